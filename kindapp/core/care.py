"""Care around the practices: the check-ins, when to offer backdraft care, and grounding.

Pure data and rules; the UI asks the questions and shows the pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Grounding is a practice, defined with the others; kept importable from here.
from kindapp.core.practices.grounding import GROUNDING as GROUNDING

HEAVINESS_MIN = 0
HEAVINESS_MAX = 10
MAX_CHECKIN_WORDS = 80
BACKDRAFT_RISE = 2
"""A rise in heaviness of this much (or more) from before to after offers backdraft care."""


@dataclass(frozen=True)
class CheckIn:
    """How heavy things feel (0 light .. 10 very heavy; None: not said) and a word or two."""

    heaviness: int | None = None
    words: str = ""

    def __post_init__(self) -> None:
        h = self.heaviness
        if h is not None and (
            isinstance(h, bool) or not isinstance(h, int) or not HEAVINESS_MIN <= h <= HEAVINESS_MAX
        ):
            raise ValueError(f"heaviness is {HEAVINESS_MIN}..{HEAVINESS_MAX} or None, not {h!r}")
        if len(self.words) > MAX_CHECKIN_WORDS:
            raise ValueError(f"a check-in keeps at most {MAX_CHECKIN_WORDS} characters of words")

    @classmethod
    def make(cls, heaviness: int | None, words: str) -> CheckIn | None:
        """A check-in from what was entered (words trimmed and cut to length); None if empty."""
        words = " ".join(words.split())[:MAX_CHECKIN_WORDS].strip()
        if heaviness is None and not words:
            return None
        return cls(heaviness, words)

    @property
    def is_empty(self) -> bool:
        return self.heaviness is None and not self.words


WELCOME_SAMPLE_CUE = "soft_bell"
"""What the welcome plays when Soft bells is chosen: the bell a practice opens with."""
TEN_WITHIN_S = 1.2
"""Typing 1 and then 0 within this long picks 10 (the scale goes to 10; digits are one key)."""


def heaviness_typed(digit: int, previous: int | None, since_previous_s: float | None) -> int:
    """The scale value after typing `digit`: the digit itself, or 10 when it is a 0 typed
    soon after a 1 (`previous` is the value the last digit set, `since_previous_s` how long
    ago that was; None when no digit came before)."""
    if not 0 <= digit <= 9:
        raise ValueError(f"a digit is 0..9, not {digit!r}")
    if (
        digit == 0
        and previous == 1
        and since_previous_s is not None
        and 0.0 <= since_previous_s <= TEN_WITHIN_S
    ):
        return HEAVINESS_MAX
    return digit


def needs_backdraft_care(before: CheckIn | None, after: CheckIn | None, stirred: bool) -> bool:
    """True when the practice seems to have stirred things up.

    Either the person said so, or the heaviness rose by BACKDRAFT_RISE or more.
    """
    if stirred:
        return True
    if before is None or after is None or before.heaviness is None or after.heaviness is None:
        return False
    return after.heaviness - before.heaviness >= BACKDRAFT_RISE


MIN_PRACTISED_FOR_CHECKIN_S = 10.0
"""A practice left sooner than this is not asked about afterwards."""


class AfterPractice(StrEnum):
    """What follows a practice that ended on its screen."""

    BACKDRAFT_CARE = "backdraft-care"  # it was left to ground: care first, nothing asked
    CHECKIN = "checkin"  # how is it now (kept with the practice's record)
    DONE = "done"


def after_practice(
    *,
    grounding: bool,
    checkins_on: bool,
    practice_id: str,
    practised_s: float,
    recorded: bool,
) -> AfterPractice:
    """Backdraft care after a grounding pause; the check-in after a practice that was kept
    and lasted a while (not after grounding itself, not when check-ins are off); else done."""
    if grounding:
        return AfterPractice.BACKDRAFT_CARE
    if (
        checkins_on
        and practice_id != "ground"
        and practised_s >= MIN_PRACTISED_FOR_CHECKIN_S
        and recorded
    ):
        return AfterPractice.CHECKIN
    return AfterPractice.DONE


def checkin_first(*, ask_first: bool, checkins_on: bool) -> bool:
    """Whether a practice begins with the check-in before it: begun from Kind's own screens
    (the tray, --break and --practice go straight in) with check-ins on."""
    return ask_first and checkins_on


# Words that say a practice felt hollow or awkward (English and German), as whole words.
HOLLOW_WORDS = (
    "fake",
    "hollow",
    "awkward",
    "forced",
    "silly",
    "empty",
    "weird",
    "cheesy",
    "pointless",
    "unnatural",
    "phony",
    "phoney",
    "künstlich",
    "hohl",
    "leer",
    "komisch",
    "albern",
    "gezwungen",
    "seltsam",
    "unecht",
    "peinlich",
)


def sounds_hollow(words: str) -> bool:
    """Whether a check-in's words say the practice felt hollow, fake or awkward."""
    found = {w.strip(".,;:!?\"'“”„()").lower() for w in words.split()}
    return bool(found & set(HOLLOW_WORDS))
