"""The parts of a practice's description (kindapp.core.practice_registry): its home cards and
their buttons, its tray entry, its screenshots, its page, and the rules the house asks of it.
Plain data (no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kindapp.core.moment_kind import MomentKind, MomentStore
from kindapp.core.reminders import OneOff
from kindapp.core.translatable import tr_noop

Nudges = Callable[[MomentStore, datetime], list[OneOff]]
"""A practice's one-off reminders still to come after now, read from the journal (its rules)."""
UnderWay = Callable[[MomentStore, datetime], bool]
"""Whether the practice is under way now, read from the journal (its rules)."""
BEGIN = tr_noop("Begin")
"""The first button of most home cards."""


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


@dataclass(frozen=True)
class Practice:
    """One practice, everything the house needs to know of it."""

    id: str
    """Its id: also the kind its moments are kept under in the history ("break", "way")."""
    title: str
    icon: str = ""
    """An icon theme name for its actions (menus that show icons)."""
    durations: tuple[str, ...] = ()
    """The lengths a person may choose (the break: "quick", "guided"); () for one length."""
    guided_by_sound: bool = False
    """Whether it runs on the practice screen, guided by sound cues (else it is a page)."""
    cards: tuple[HomeCard, ...] = ()
    tray: TrayEntry | None = None
    cli_name: str | None = None
    """`kindapp --practice NAME` (and a second launch) can start it by this name."""
    start: str | None = None
    """The command the command line, a second launch and its tray entry start it with."""
    history_label: str | None = None
    """How the history names its moments; None if it keeps none."""
    history_labels_by_mode: tuple[tuple[str, str], ...] = ()
    """(duration, label) where a length has a name of its own in the history."""
    timed: bool = True
    """Whether the history says how long it took (a kind day is a day, not minutes)."""
    shots: tuple[Shot, ...] = ()
    stored: tuple[MomentKind[Any], ...] = ()
    """What it keeps in the journal, each kind described once (its storage module's
    `MomentKind`): the journal's tables, export and import are built from these."""
    nudges: Nudges | None = None
    """Its one-off gentle reminders (the desk flow's nudges), from its rules."""
    nudge_opens: tuple[str, ...] = ()
    """The keys of its nudges that, clicked, run its first home command (a look back)."""
    under_way: UnderWay | None = None
    """Whether it is under way (its home button then says its `Command.under_way`)."""
    page: Page | None = None
    """Its page in the main window, if it is one."""

    def commands(self) -> Iterator[Command]:
        for card in self.cards:
            yield from card.buttons
