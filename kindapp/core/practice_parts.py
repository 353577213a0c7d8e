"""The parts of a practice's description (kindapp.core.practice_registry): its home cards and
their buttons, its tray entry, its screenshots, its page, and the rules the house asks of it.
Plain data (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kindapp.core.moment_kind import MomentStore
from kindapp.core.reminders import OneOff

Nudges = Callable[[MomentStore, datetime], list[OneOff]]
"""A practice's one-off reminders still to come after now, read from the journal (its rules)."""
UnderWay = Callable[[MomentStore, datetime], bool]
"""Whether the practice is under way now, read from the journal (its rules)."""


@dataclass(frozen=True)
class Command:
    """A button of a home card: what it says, and the command it runs (a command id such as
    "touch.open", bound to what it does where the app is put together)."""

    id: str
    text: str
    accessible: str = ""
    """The longer name a screen reader reads (WCAG 2.5.3: it starts with `text`, or is a
    description read after it)."""
    style: str = ""
    """"Primary" (the first thing to press) or "Quiet" (a secondary way in); "" plain."""
    under_way: tuple[str, str] | None = None
    """(text, accessible) while the practice is under way (a kind day: "Look back")."""


@dataclass(frozen=True)
class HomeCard:
    """A card on the home screen: a title, a line of text and one or two buttons."""

    title: str
    text: str
    buttons: tuple[Command, ...]
    wide: bool = False
    """Across both columns (on a row of its own)."""


@dataclass(frozen=True)
class TrayEntry:
    """A line of the tray menu: its words and the command it runs."""

    text: str
    command: str


@dataclass(frozen=True)
class Shot:
    """One of the practice's own screens (a navigation Screen's value) and the command that
    opens it: the screenshot tests open each such screen by running its command."""

    screen: str
    command: str


@dataclass(frozen=True)
class Page:
    """A practice that is a page of the main window (a writing practice such as a kind day):
    the writing flow builds it on first use and opens it by its command."""

    screen: str
    """Its navigation Screen's value."""
    module: str
    """Its screen's module (under kindapp.ui.writing), whose `build_page(PageWiring)` builds it
    (imported when it is first shown; an architecture test holds the module to its room)."""
    command: str
    """The command that opens it (one of its home card's)."""
    mode: str = "write"
    """The history's mode of a moment kept on it."""
