"""The writing practices that are pages of their own, for WritingFlow: each practice whose
registry entry has a `Page` (built from its screen module's `build_page`), and the
self-compassion journal.

Each counts as a moment of practice in the history; each says when its gentle reminders
change (`nudgesChanged`), so the desk flow can arm its one timer again, and when a practice may
have begun or ended (`underWayChanged`, for home's buttons).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kindapp.core.catalog import PracticeName
from kindapp.core.navigation import Nav, Navigator, Page, Screen, Where
from kindapp.core.practice_registry import Practice, UnderWay
from kindapp.core.records import PracticeRecord
from kindapp.core.reminders import local_zone
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.operations import Operations
from kindapp.ui.common.practice_page import PageWiring, PracticePage
from kindapp.ui.common.services import ScreenHost, page_of

if TYPE_CHECKING:
    from kindapp.ui.writing.journal_entry_screen import JournalEntryScreen


def local_now() -> datetime:
    return datetime.now(local_zone())


class MoreWriting(QObject):
    nudgesChanged = Signal()
    underWayChanged = Signal()  # a practice may have begun or ended (home's buttons)
    learnWanted = Signal(str)  # a Learn topic's id (app.py hands it to the care flow)

    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        journal: JournalDoor,
        open_writing: Callable[[Nav | Page, Callable[[], None] | None], None],
        now: Callable[[], datetime] = local_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._nav = nav
        self._journal = journal
        self._open_writing = open_writing
        self._now = now
        self._since: datetime | None = None
        self._wrote = False
        self._pages: dict[str, Practice] = {}
        nav.add_listener(self._moved)
        host.set_factory(Screen.JOURNAL_ENTRY, self._build_journal_entry)

    def _ops(self) -> Operations:
        return self._journal.operations

    def add_page(self, practice: Practice) -> None:
        """A practice whose registry entry has a Page: built on first use from its module."""
        page = practice.page
        if page is None:
            raise ValueError(f"{practice.id!r} has no page")
        if not page.module.startswith(f"{__package__}."):  # its own room: ui/writing
            raise ValueError(f"{practice.id!r}: its page's module is not in {__package__}")
        self._pages[practice.id] = practice

        def build() -> QWidget:
            module = importlib.import_module(page.module)
            built: QWidget = module.build_page(
                PageWiring(
                    self._ops(),
                    self._now,
                    self._home,
                    lambda: self._kept(practice),
                    self.learnWanted.emit,
                )
            )
            return built

        self._host.set_factory(Page(page.screen), build)

    def _home(self) -> None:
        self._nav.go(Nav.HOME)

    def page(self, practice_id: str) -> PracticePage:
        """A practice's page (built if need be)."""
        page = self._pages[practice_id].page
        assert page is not None
        widget = page_of(self._host, Page(page.screen), QWidget)
        if not isinstance(widget, PracticePage):
            raise TypeError(f"{practice_id}'s page cannot be opened")
        return widget

    def open_page(self, practice_id: str) -> None:
        """Open a practice's page afresh (the writing screens' way in: the journal first)."""
        page = self._pages[practice_id].page
        assert page is not None

        def go() -> None:
            self._since = self._now().astimezone(UTC)
            self.page(practice_id).open()

        self._open_writing(Page(page.screen), go)

    def _kept(self, practice: Practice) -> None:
        """A page kept a moment: one in the history (from when it was opened), and its
        reminders and home's buttons may change."""
        assert practice.page is not None
        self._saved(practice.id, practice.page.mode)
        self.nudgesChanged.emit()
        self.underWayChanged.emit()

    def _build_journal_entry(self) -> QWidget:
        from kindapp.ui.writing.journal_entry_screen import JournalEntryScreen

        page = JournalEntryScreen(self._ops(), self._now)
        page.finished.connect(lambda: self._nav.go(Nav.HOME))
        page.saved.connect(self._entry_kept)
        return page

    def journal_entry(self) -> JournalEntryScreen:
        from kindapp.ui.writing.journal_entry_screen import JournalEntryScreen

        return page_of(self._host, Screen.JOURNAL_ENTRY, JournalEntryScreen)

    def open_journal_entry(self) -> None:
        """Today's entry of the self-compassion journal (written, or to go on with)."""

        def go() -> None:
            self._since = self._now().astimezone(UTC)
            self._wrote = False
            self.journal_entry().open()

        self._open_writing(Nav.OPEN_JOURNAL_ENTRY, go)

    def save_writing(self) -> None:
        """The journal entry being written reaches the journal now (before a lock, on quit)."""
        if self._host.built(Screen.JOURNAL_ENTRY):
            self.journal_entry().keep()

    def _entry_kept(self, _entry_id: int) -> None:
        self._wrote = True

    def _moved(self, old: Where, new: Where) -> None:
        """Leaving the journal by any way (Leave, Done, the tray, the lock): what was written
        is kept, and it is a moment in the history if something was."""
        if old is not Screen.JOURNAL_ENTRY or new is Screen.JOURNAL_ENTRY:
            return
        self.journal_entry().keep()
        if self._wrote:
            self._saved(PracticeName.SELF_COMPASSION_JOURNAL.value, "write")
        self._since, self._wrote = None, False

    def under_way(self, under_way: UnderWay) -> bool:
        """Whether a practice is under way now (its registry entry's rule, read from the
        journal); False when the journal cannot be read."""
        from kindapp.core.errors import JournalError

        now = self._now()
        try:
            return self._ops().read(lambda j: under_way(j, now))
        except JournalError:
            return False

    def _saved(self, practice: str, mode: str) -> None:
        since, self._since = self._since, None
        if since is None:
            return
        now = self._now().astimezone(UTC)
        self._journal.record_practice(
            PracticeRecord(
                practice, mode, since, now, max((now - since).total_seconds(), 0.0), "finished"
            )
        )
