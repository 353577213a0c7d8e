"""What the practice flow tells when a practice is over and its screen is to be left
(`PracticeFlow.practiceOver`): the care flow decides what follows (a check-in, backdraft care)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.core.care import CheckIn


@dataclass(frozen=True)
class PracticeEnd:
    """A practice that ran and ended while its screen was showing."""

    outcome: str  # "finished" | "stopped"
    practice_id: str
    practised_s: float
    record_id: int | None  # its row in the journal, if it was written
    before: CheckIn | None  # the check-in taken before it
    grounding: bool  # the person asked to ground during it
