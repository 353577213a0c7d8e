"""Soothing touch, built from the person's choices.

A gesture, a length, a kind phrase and (optionally) a breathing pattern make a
Practice with a short settling step and one long step; the closing bell ends it.
"""

from __future__ import annotations

from dataclasses import dataclass

from kindapp.core.breathing import BreathPattern
from kindapp.core.catalog import PracticeName
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.translatable import tr_noop


@dataclass(frozen=True)
class Gesture:
    id: str
    name: str
    how: str


GESTURES: tuple[Gesture, ...] = (
    Gesture(
        "hand-on-heart",
        tr_noop("Hand on heart"),
        tr_noop("Rest one hand over your heart. Feel its warmth, and the gentle pressure."),
    ),
    Gesture(
        "both-hands-on-heart",
        tr_noop("Both hands on heart"),
        tr_noop("Rest both hands over your heart, one on top of the other."),
    ),
    Gesture(
        "heart-and-belly",
        tr_noop("Heart and belly"),
        tr_noop("One hand on your heart, the other on your belly. Let both rise and fall."),
    ),
    Gesture(
        "self-hug",
        tr_noop("A gentle hug"),
        tr_noop("Cross your arms and hold your shoulders, squeezing a little, kindly."),
    ),
    Gesture(
        "cupping-face",
        tr_noop("Cupping your face"),
        tr_noop("Hold your face softly in your hands, the way you'd hold someone dear."),
    ),
    Gesture(
        "holding-hand",
        tr_noop("Holding your hand"),
        tr_noop("Hold one hand in the other. Notice the warmth where they meet."),
    ),
    Gesture(
        "stroking-forearm",
        tr_noop("Stroking your arm"),
        tr_noop("Slowly stroke one forearm with the other hand, from elbow to wrist."),
    ),
)
GESTURE_IDS = tuple(g.id for g in GESTURES)

KIND_PHRASES: tuple[str, ...] = (
    tr_noop("I'm here for you."),
    tr_noop("It's going to be okay."),
    tr_noop("This is hard."),
    tr_noop("I'm doing my best."),
    tr_noop("I'm allowed to struggle and still be okay."),
)

LENGTHS_MIN: tuple[int, ...] = (1, 2, 3, 5, 10)
MIN_LENGTH_S = 30.0
MAX_LENGTH_S = 60 * 60.0
SETTLE_S = 12.0

_SELF_CONSCIOUS = tr_noop("Feeling a little self-conscious at first is normal.")


def gesture(gesture_id: str) -> Gesture:
    for g in GESTURES:
        if g.id == gesture_id:
            return g
    raise ValueError(f"no gesture {gesture_id!r}; known: {', '.join(GESTURE_IDS)}")


def check_length(length_s: float) -> float:
    if not MIN_LENGTH_S <= length_s <= MAX_LENGTH_S:
        raise ValueError(
            f"a practice lasts from {MIN_LENGTH_S:.0f} s to {MAX_LENGTH_S / 60:.0f} minutes, "
            f"not {length_s:g} s"
        )
    return float(length_s)


def touch_practice(
    gesture_id: str, length_s: float, phrase: str, pattern: BreathPattern | None
) -> Practice:
    """Soothing touch: settle into the gesture, then stay with it, the phrase and the breath."""
    g = gesture(gesture_id)
    length_s = check_length(length_s)
    phrase = phrase.strip() or KIND_PHRASES[0]
    steps = (
        Step(
            "settle",
            StepKind.TOUCH,
            g.name,
            g.how,
            SETTLE_S,
            cue="soft_bell",
            hint=_SELF_CONSCIOUS,
            gesture=g.id,
        ),
        Step(
            "touch",
            StepKind.TOUCH,
            g.name,
            phrase,
            length_s - SETTLE_S,
            cue="breath_chime",
            gesture=g.id,
            pattern=pattern,
            follow_own_breath=pattern is None,
        ),
    )
    return Practice(
        PracticeName.TOUCH.value, g.id, tr_noop("Soothing touch"), steps, end_cue="closing_bell"
    )
