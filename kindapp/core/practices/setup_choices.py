"""What a person chooses before two of the MSC course's guided practices, as plain rules.

Giving and receiving compassion (`GivingChoice`): the ratio the pacer carries (one for me one
for you, two for me one for you, all for me) and, if they like, the name of the person they
breathe for. The name is shown during the practice only; it is kept for next time only when
the person asks ("Remember the name"), else nothing of it is kept.

Soften, soothe, allow (`SoftenChoice`): the emotion's name (one of the short list, or their own
words, which win) and the place in the body where it is felt (the outline or the list). Both
optional; neither is kept anywhere.

Begun from Kind's own screens these are asked first; from the tray or `--practice NAME` the
practice goes straight in with the ratio chosen last time (and the name, if it was kept).
"""

from __future__ import annotations

from dataclasses import dataclass

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.body import body_place
from kindapp.core.practices.giving_receiving import (
    DEFAULT_RATIO,
    giving_receiving_practice,
    ratio,
)
from kindapp.core.practices.giving_receiving import (
    clean_name as clean_breathed_for,
)
from kindapp.core.practices.model import Practice
from kindapp.core.practices.soften_soothe_allow import (
    EMOTIONS,
    clean_emotion,
    soften_practice,
)
from kindapp.core.translatable import tr_noop

ASKED_FIRST: tuple[PracticeName, ...] = (PracticeName.GIVING_RECEIVING, PracticeName.SOFTEN)
"""The guided practices whose choices are asked before they begin (from Kind's own screens)."""

GIVING_TEXT = tr_noop(
    "Each in-breath is for you and each out-breath for someone else, in the measure you choose. "
    "You can change your mind at any time; the breath can go where it is needed most."
)
NAME_LABEL = tr_noop("Someone you'd like to breathe for (optional)")
NAME_HINT = tr_noop("A first name is enough. It is shown during the practice only.")
REMEMBER_NAME = tr_noop("Remember this name for next time")
SOFTEN_TEXT = tr_noop(
    "Think of something mildly difficult, not the hardest thing you know. If you like, name "
    "the feeling and find where it sits in your body. Both are optional, and neither is kept."
)
EMOTION_LABEL = tr_noop("The feeling, if it has a name")
OWN_WORDS = tr_noop("Or in your own words")
PLACE_LABEL = tr_noop("Where you feel it most")
NO_PLACE = tr_noop("Not sure yet")


@dataclass(frozen=True)
class GivingChoice:
    ratio: str = DEFAULT_RATIO
    name: str = ""
    """Whom the out-breaths are for (shown during the practice only)."""
    remember_name: bool = False

    def checked(self) -> GivingChoice:
        """The choice with the name tidied; ValueError for a ratio Kind does not know or a
        name longer than a name."""
        ratio(self.ratio)
        return GivingChoice(self.ratio, clean_breathed_for(self.name), self.remember_name)

    def kept_name(self) -> str:
        """What is kept of the name: all of it when asked, else nothing."""
        return clean_breathed_for(self.name) if self.remember_name else ""

    def practice(self, mode: str) -> Practice:
        return giving_receiving_practice(mode, self.checked().ratio)


@dataclass(frozen=True)
class SoftenChoice:
    emotion: str = ""
    """One of EMOTIONS (its untranslated name), or ""."""
    own_words: str = ""
    place: str | None = None

    def checked(self) -> SoftenChoice:
        """ValueError for a name not on the list, words too long for a name, or a place
        the body outline does not know."""
        if self.emotion and self.emotion not in EMOTIONS:
            raise ValueError(f"no emotion {self.emotion!r} on the list")
        if self.place is not None:
            body_place(self.place)
        return SoftenChoice(self.emotion, clean_emotion(self.own_words), self.place)

    def named(self) -> str:
        """The emotion's name as the practice shows it: the person's own words when they gave
        some, else the name chosen from the list (translated by the UI), else ""."""
        own = clean_emotion(self.own_words)
        return own or self.emotion

    def practice(self, mode: str) -> Practice:
        checked = self.checked()
        return soften_practice(mode, checked.named(), checked.place)
