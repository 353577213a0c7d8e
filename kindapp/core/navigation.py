"""Which screen the main window shows: a small state machine of the same shape as Session."""

from __future__ import annotations

from collections.abc import Callable
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
    IN_THE_WAY = "in_the_way"
    KIND_DAY = "kind_day"
    JOURNAL_ENTRY = "journal_entry"
    FEELS_FAKE = "feels_fake"
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
    OPEN_IN_THE_WAY = "open_in_the_way"
    OPEN_KIND_DAY = "open_kind_day"
    OPEN_JOURNAL_ENTRY = "open_journal_entry"
    OPEN_FEELS_FAKE = "open_feels_fake"
    OPEN_FIND_PHRASES = "open_find_phrases"
    HOME = "home"


_TABLE: dict[tuple[Screen, Nav], Screen] = {}
for _screen in Screen:
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
for _screen in Screen:
    if _screen is not Screen.PRACTICE:
        _TABLE[(_screen, Nav.OPEN_CHECKIN)] = Screen.CHECKIN
        _TABLE[(_screen, Nav.OPEN_LEARN)] = Screen.LEARN
        _TABLE[(_screen, Nav.OPEN_HISTORY)] = Screen.HISTORY
        _TABLE[(_screen, Nav.OPEN_FIRST_RUN)] = Screen.FIRST_RUN
    _TABLE[(_screen, Nav.OPEN_BACKDRAFT)] = Screen.BACKDRAFT
_TABLE[(Screen.PRACTICE, Nav.OPEN_CHECKIN)] = Screen.CHECKIN
_TABLE[(Screen.CHECKIN, Nav.OPEN_DONE)] = Screen.DONE
_TABLE[(Screen.FEELS_FAKE, Nav.OPEN_DONE)] = Screen.DONE

# The writing practices are reachable from every screen but a running practice.
for _screen in Screen:
    if _screen is not Screen.PRACTICE:
        _TABLE[(_screen, Nav.OPEN_LETTER)] = Screen.LETTER
        _TABLE[(_screen, Nav.OPEN_LETTERS)] = Screen.LETTERS
        _TABLE[(_screen, Nav.OPEN_REFRAME)] = Screen.REFRAME
        _TABLE[(_screen, Nav.OPEN_REFRAMES)] = Screen.REFRAMES
        _TABLE[(_screen, Nav.OPEN_IN_THE_WAY)] = Screen.IN_THE_WAY
        _TABLE[(_screen, Nav.OPEN_KIND_DAY)] = Screen.KIND_DAY
        _TABLE[(_screen, Nav.OPEN_JOURNAL_ENTRY)] = Screen.JOURNAL_ENTRY
        _TABLE[(_screen, Nav.OPEN_FEELS_FAKE)] = Screen.FEELS_FAKE
        _TABLE[(_screen, Nav.OPEN_FIND_PHRASES)] = Screen.FIND_PHRASES
_TABLE[(Screen.PRACTICE, Nav.PRACTICE_ENDED)] = Screen.DONE


class IllegalNavigation(RuntimeError):
    pass


NavListener = Callable[[Screen, Screen], None]


class Navigator:
    def __init__(self) -> None:
        self._screen = Screen.HOME
        self._listeners: list[NavListener] = []

    @property
    def screen(self) -> Screen:
        return self._screen

    def add_listener(self, listener: NavListener) -> None:
        self._listeners.append(listener)

    def can(self, event: Nav) -> bool:
        return (self._screen, event) in _TABLE

    def go(self, event: Nav) -> Screen:
        try:
            new = _TABLE[(self._screen, event)]
        except KeyError:
            raise IllegalNavigation(
                f"cannot {event.value} from the {self._screen.value} screen"
            ) from None
        old, self._screen = self._screen, new
        if new is not old:
            for listener in list(self._listeners):
                listener(old, new)
        return new
