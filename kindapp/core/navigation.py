"""Which screen the main window shows: a small state machine of the same shape as Session.

Kind's own screens are `Screen`s; a practice that is a page of its own (its registry entry's
Page) is a `Page` named by the registry: it is opened with `Navigator.open_page` from every
screen but a running practice, and from it every way a writing screen has is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Screen(Enum):
    HOME = "home"
    PRACTICE = "practice"
    DONE = "done"
    SETTINGS = "settings"
    WORDS = "words"
    TOUCH_SETUP = "touch_setup"
    BREATHE_SETUP = "breathe_setup"
    CHECKIN = "checkin"
    BACKDRAFT = "backdraft"
    LEARN = "learn"
    HISTORY = "history"
    FIRST_RUN = "first_run"
    LETTER = "letter"
    LETTERS = "letters"
    REFRAME = "reframe"
    REFRAMES = "reframes"
    JOURNAL_ENTRY = "journal_entry"
    FEELS_FAKE = "feels_fake"
    PAST_SELF = "past_self"
    GIVING_SETUP = "giving_setup"
    SOFTEN_SETUP = "soften_setup"
    FIND_PHRASES = "find_phrases"


class Nav(Enum):
    OPEN_PRACTICE = "open_practice"
    PRACTICE_ENDED = "practice_ended"
    OPEN_SETTINGS = "open_settings"
    OPEN_WORDS = "open_words"
    OPEN_TOUCH = "open_touch"
    OPEN_BREATHE = "open_breathe"
    OPEN_CHECKIN = "open_checkin"
    OPEN_DONE = "open_done"
    OPEN_BACKDRAFT = "open_backdraft"
    OPEN_LEARN = "open_learn"
    OPEN_HISTORY = "open_history"
    OPEN_FIRST_RUN = "open_first_run"
    OPEN_LETTER = "open_letter"
    OPEN_LETTERS = "open_letters"
    OPEN_REFRAME = "open_reframe"
    OPEN_REFRAMES = "open_reframes"
    OPEN_JOURNAL_ENTRY = "open_journal_entry"
    OPEN_FEELS_FAKE = "open_feels_fake"
    OPEN_PAST_SELF = "open_past_self"
    OPEN_GIVING_SETUP = "open_giving_setup"
    OPEN_SOFTEN_SETUP = "open_soften_setup"
    OPEN_FIND_PHRASES = "open_find_phrases"
    HOME = "home"


@dataclass(frozen=True)
class Page:
    """A practice's own page (its registry entry's `Page.screen`)."""

    value: str


Where = Screen | Page
"""What the main window can show."""

_PAGE = None
"""The table's row for every practice's page (they all go where a writing screen goes)."""
_CALM: tuple[Screen | None, ...] = (*(s for s in Screen if s is not Screen.PRACTICE), _PAGE)
"""Every screen but a running practice, and the pages."""

_TABLE: dict[tuple[Screen | None, Nav], Screen] = {}
for _screen in (*Screen, _PAGE):
    _TABLE[(_screen, Nav.HOME)] = Screen.HOME
    _TABLE[(_screen, Nav.OPEN_PRACTICE)] = Screen.PRACTICE
for _screen in (Screen.HOME, Screen.DONE, Screen.WORDS):
    _TABLE[(_screen, Nav.OPEN_SETTINGS)] = Screen.SETTINGS
for _screen in (Screen.HOME, Screen.DONE, Screen.SETTINGS):
    _TABLE[(_screen, Nav.OPEN_WORDS)] = Screen.WORDS
for _screen in (Screen.HOME, Screen.DONE):
    _TABLE[(_screen, Nav.OPEN_TOUCH)] = Screen.TOUCH_SETUP
    _TABLE[(_screen, Nav.OPEN_BREATHE)] = Screen.BREATHE_SETUP
# Care: the check-in comes before a practice and after one; backdraft care after one (or from
# the Ground button); Learn, History and the welcome from anywhere calm.
for _screen in _CALM:
    _TABLE[(_screen, Nav.OPEN_CHECKIN)] = Screen.CHECKIN
    _TABLE[(_screen, Nav.OPEN_LEARN)] = Screen.LEARN
    _TABLE[(_screen, Nav.OPEN_HISTORY)] = Screen.HISTORY
    _TABLE[(_screen, Nav.OPEN_FIRST_RUN)] = Screen.FIRST_RUN
for _screen in (*Screen, _PAGE):
    _TABLE[(_screen, Nav.OPEN_BACKDRAFT)] = Screen.BACKDRAFT
_TABLE[(Screen.PRACTICE, Nav.OPEN_CHECKIN)] = Screen.CHECKIN
_TABLE[(Screen.CHECKIN, Nav.OPEN_DONE)] = Screen.DONE
_TABLE[(Screen.FEELS_FAKE, Nav.OPEN_DONE)] = Screen.DONE

# The writing practices are reachable from every screen but a running practice (and so are the
# practices' pages: `Navigator.open_page`).
for _screen in _CALM:
    _TABLE[(_screen, Nav.OPEN_LETTER)] = Screen.LETTER
    _TABLE[(_screen, Nav.OPEN_LETTERS)] = Screen.LETTERS
    _TABLE[(_screen, Nav.OPEN_REFRAME)] = Screen.REFRAME
    _TABLE[(_screen, Nav.OPEN_REFRAMES)] = Screen.REFRAMES
    _TABLE[(_screen, Nav.OPEN_JOURNAL_ENTRY)] = Screen.JOURNAL_ENTRY
    _TABLE[(_screen, Nav.OPEN_FEELS_FAKE)] = Screen.FEELS_FAKE
_TABLE[(Screen.PRACTICE, Nav.PRACTICE_ENDED)] = Screen.DONE
# A kind word from your past self: after a check-in, when Kind is opened, or asked for; what
# followed the check-in (done) comes after it.
for _screen in Screen:
    if _screen is not Screen.PRACTICE:
        _TABLE[(_screen, Nav.OPEN_PAST_SELF)] = Screen.PAST_SELF
        # The choices before giving and receiving, soften soothe allow (their home cards).
        _TABLE[(_screen, Nav.OPEN_GIVING_SETUP)] = Screen.GIVING_SETUP
        _TABLE[(_screen, Nav.OPEN_SOFTEN_SETUP)] = Screen.SOFTEN_SETUP
        # Finding your phrases: its writing step, before the meditation.
        _TABLE[(_screen, Nav.OPEN_FIND_PHRASES)] = Screen.FIND_PHRASES
_TABLE[(Screen.PAST_SELF, Nav.OPEN_DONE)] = Screen.DONE


class IllegalNavigation(RuntimeError):
    pass


NavListener = Callable[[Where, Where], None]


class Navigator:
    def __init__(self) -> None:
        self._screen: Where = Screen.HOME
        self._listeners: list[NavListener] = []

    @property
    def screen(self) -> Where:
        return self._screen

    def add_listener(self, listener: NavListener) -> None:
        self._listeners.append(listener)

    def _row(self) -> Screen | None:
        return self._screen if isinstance(self._screen, Screen) else _PAGE

    def can(self, event: Nav) -> bool:
        return (self._row(), event) in _TABLE

    def go(self, event: Nav) -> Where:
        try:
            new = _TABLE[(self._row(), event)]
        except KeyError:
            raise IllegalNavigation(
                f"cannot {event.value} from the {self._screen.value} screen"
            ) from None
        return self._move(new)

    def can_open_page(self) -> bool:
        return self._screen is not Screen.PRACTICE

    def open_page(self, page: Page) -> Where:
        """Show a practice's page (from every screen but a running practice)."""
        if not self.can_open_page():
            raise IllegalNavigation(f"cannot open {page.value} from the practice screen")
        return self._move(page)

    def _move(self, new: Where) -> Where:
        old, self._screen = self._screen, new
        if new != old:
            for listener in list(self._listeners):
                listener(old, new)
        return new
