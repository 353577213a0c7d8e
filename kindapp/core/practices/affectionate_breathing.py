"""Affectionate breathing: about ten minutes guided, three short.

No pacing: the body breathes itself. A chime marks each turn of the guidance, and twice the
guidance turns to the wandering mind, to invite a kind return rather than a stern one.
"""

from __future__ import annotations

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.guided import Turn, build
from kindapp.core.practices.model import Practice, StepKind
from kindapp.core.translatable import tr_noop

TITLE = tr_noop("Affectionate breathing")

TURNS: tuple[Turn, ...] = (
    Turn(
        "settle",
        StepKind.INTRO,
        tr_noop("Settle"),
        tr_noop(
            "Find a way of sitting or lying that lets your body be at ease. "
            "Close your eyes, fully or partly, if that feels right."
        ),
        hint=tr_noop("A hand on your heart, if it helps, as a reminder to be kind."),
    ),
    Turn(
        "notice",
        StepKind.SETTLE,
        tr_noop("The breath"),
        tr_noop(
            "Notice your breath where it is easiest to feel: the nose, the chest, the belly. "
            "Let your body breathe by itself. There is nothing to do."
        ),
        paced=True,
    ),
    Turn(
        "return",
        StepKind.REST,
        tr_noop("Coming back"),
        tr_noop(
            "If your mind has wandered, that is what minds do. Come back kindly, "
            "the way you'd call a puppy back: no scolding needed."
        ),
        paced=True,
    ),
    Turn(
        "rocking",
        StepKind.SETTLE,
        tr_noop("Rocked by the breath"),
        tr_noop(
            "Feel how the breath moves your body, in and out, gently rocking it, "
            "the way a parent rocks a child. Let yourself be soothed by it."
        ),
        paced=True,
    ),
    Turn(
        "return-again",
        StepKind.REST,
        tr_noop("Coming back"),
        tr_noop(
            "Wherever your attention is now, welcome it home. Each return is a small kindness."
        ),
        paced=True,
    ),
    Turn(
        "whole",
        StepKind.SETTLE,
        tr_noop("Only breathing"),
        tr_noop(
            "Let the breath fill your whole body, until there is little else: "
            "only the breath, rocking and soothing you."
        ),
        paced=True,
    ),
    Turn(
        "rest",
        StepKind.REST,
        tr_noop("Rest"),
        tr_noop(
            "Let go of the breath now. Rest in your body as it is, "
            "and let yourself feel whatever you feel."
        ),
    ),
)

DURATIONS: dict[str, tuple[float, ...]] = {
    "guided": (60.0, 120.0, 45.0, 135.0, 45.0, 120.0, 75.0),
    "short": (20.0, 35.0, 15.0, 40.0, 15.0, 35.0, 20.0),
}
"""Ten minutes guided, three short."""


def affectionate_breathing(mode: str) -> Practice:
    """Affectionate breathing in this length ("guided" or "short")."""
    return build(PracticeName.AFFECTIONATE_BREATHING.value, mode, TITLE, TURNS, DURATIONS)
