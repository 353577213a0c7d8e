"""The compassionate friend reframe's six steps, and where Next and Back go from each.

THOUGHT      the critical thought, as it sounds (needs words to go on)
PERSON       someone you cherish
WOULD_SAY    would you say this to them?
KIND_VERSION the kind version (needs words to go on)
FEELINGS     how each version feels; Next from here saves the reframe
READ_ALOUD   the kind version, large, to read aloud; Next finishes

Back from the first step leaves (nothing is saved). Once saved, Back from the read-aloud view
finishes instead of going back to edit (that would only make a second copy). A past reframe,
opened to be read again, only has the read-aloud view: Next and Back both leave it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum


class ReframeExit(Enum):
    LEAVE = "leave"
    """Back to where the reframe was opened from (nothing new is saved)."""
    FINISH = "finish"
    """The new reframe is done (it is saved)."""


@dataclass(frozen=True)
class ReframeMove:
    """Where a Next or Back goes: to a step (saving first if `save_first`), or out."""

    to: ReframeStep | None = None
    exit: ReframeExit | None = None
    save_first: bool = False


class ReframeStep(IntEnum):
    """A step, numbered as the screen's pages are (an IntEnum: `step == 0` still holds)."""

    THOUGHT = 0
    PERSON = 1
    WOULD_SAY = 2
    KIND_VERSION = 3
    FEELINGS = 4
    READ_ALOUD = 5

    @property
    def is_first(self) -> bool:
        return self is ReframeStep.THOUGHT

    @property
    def is_last(self) -> bool:
        return self is ReframeStep.READ_ALOUD

    @property
    def needs_words(self) -> bool:
        """Next stays disabled here until something is written (the multi-line steps)."""
        return self in (ReframeStep.THOUGHT, ReframeStep.KIND_VERSION)

    def next(self, *, viewing_past: bool) -> ReframeMove:
        if self.is_last:
            return ReframeMove(exit=ReframeExit.LEAVE if viewing_past else ReframeExit.FINISH)
        after = ReframeStep(self + 1)
        return ReframeMove(to=after, save_first=after.is_last)

    def back(self, *, viewing_past: bool, saved: bool) -> ReframeMove:
        if self.is_first or viewing_past:
            return ReframeMove(exit=ReframeExit.LEAVE)
        if self.is_last and saved:
            return ReframeMove(exit=ReframeExit.FINISH)
        return ReframeMove(to=ReframeStep(self - 1))

    def back_leaves(self, *, viewing_past: bool) -> bool:
        """Whether Back here is a Leave (so the button says so)."""
        return self.is_first or viewing_past
