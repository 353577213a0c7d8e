"""The compassionate body scan: about twenty minutes guided, eight short.

Attention moves from the feet to the head (`kindapp.core.practices.body`), one place per
turn, meeting each with appreciation and, where it is hard to be with, with kindness. Each
turn rings a chime and names its place for the body outline; Next skips a place that is too
much.
"""

from __future__ import annotations

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.body import BODY_PLACES
from kindapp.core.practices.guided import Turn, build
from kindapp.core.practices.model import Practice, StepKind
from kindapp.core.translatable import tr_noop

TITLE = tr_noop("Compassionate body scan")

_HARD = tr_noop("A hand on any part that is hard to be with. Skip any part that is too much.")

TURNS: tuple[Turn, ...] = (
    Turn(
        "settle",
        StepKind.INTRO,
        tr_noop("Settle"),
        tr_noop(
            "Lie down or sit comfortably, and let your eyes close if you like. Take a few "
            "easy breaths, and feel the whole body resting."
        ),
        hint=_HARD,
    ),
    *(Turn(p.id, StepKind.SETTLE, p.name, p.scan, hint=_HARD, place=p.id) for p in BODY_PLACES),
    Turn(
        "whole",
        StepKind.SETTLE,
        tr_noop("The whole body"),
        tr_noop(
            "Now feel your body as a whole, from the feet to the head, all of it breathing. "
            "Offer it some thanks for carrying you through your life."
        ),
    ),
    Turn(
        "rest",
        StepKind.REST,
        tr_noop("Rest"),
        tr_noop("Rest here for a while, just as you are, before you move on with your day."),
    ),
)

DURATIONS: dict[str, tuple[float, ...]] = {
    "guided": (60.0, *(85.0,) * len(BODY_PLACES), 60.0, 60.0),
    "short": (30.0, *(30.0,) * len(BODY_PLACES), 45.0, 45.0),
}
"""Twenty minutes guided, eight short."""


def body_scan_practice(mode: str) -> Practice:
    """The compassionate body scan in this length ("guided" or "short")."""
    return build(PracticeName.BODY_SCAN.value, mode, TITLE, TURNS, DURATIONS)
