"""The newer writing practices' screens, for WritingFlow: what's in the way, a kind day, and
the self-compassion journal.

Each counts as a moment of practice in the history; each says when its gentle reminders
change (`nudgesChanged`), so the desk flow can arm its one timer again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from kindapp.core.catalog import PracticeName
from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.practice_registry import UnderWay
from kindapp.core.records import PracticeRecord
from kindapp.core.reminders import local_zone
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.operations import Operations
from kindapp.ui.common.services import ScreenHost, page_of

if TYPE_CHECKING:
    from kindapp.ui.writing.in_the_way_screen import InTheWayScreen
    from kindapp.ui.writing.journal_entry_screen import JournalEntryScreen
    from kindapp.ui.writing.kind_day_screen import KindDayScreen


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
        open_writing: Callable[[Nav, Callable[[], None] | None], None],
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
        nav.add_listener(self._moved)
        host.set_factory(Screen.IN_THE_WAY, self._build_in_the_way)
        host.set_factory(Screen.KIND_DAY, self._build_kind_day)
        host.set_factory(Screen.JOURNAL_ENTRY, self._build_journal_entry)

    def _ops(self) -> Operations:
        return self._journal.operations

    def _build_in_the_way(self) -> QWidget:
        from kindapp.ui.writing.in_the_way_screen import InTheWayScreen

        page = InTheWayScreen(self._ops(), self._now)
        page.finished.connect(lambda: self._nav.go(Nav.HOME))
        page.saved.connect(lambda _id: self._saved("way", "write"))
        page.learnWanted.connect(lambda: self.learnWanted.emit("accountability"))
        return page

    def _build_kind_day(self) -> QWidget:
        from kindapp.ui.writing.kind_day_screen import KindDayScreen

        page = KindDayScreen(self._ops(), self._now)
        page.finished.connect(lambda: self._nav.go(Nav.HOME))
        page.changed.connect(self._kind_day_changed)
        return page

    def _build_journal_entry(self) -> QWidget:
        from kindapp.ui.writing.journal_entry_screen import JournalEntryScreen

        page = JournalEntryScreen(self._ops(), self._now)
        page.finished.connect(lambda: self._nav.go(Nav.HOME))
        page.saved.connect(self._entry_kept)
        return page

    def in_the_way(self) -> InTheWayScreen:
        from kindapp.ui.writing.in_the_way_screen import InTheWayScreen

        return page_of(self._host, Screen.IN_THE_WAY, InTheWayScreen)

    def kind_day(self) -> KindDayScreen:
        from kindapp.ui.writing.kind_day_screen import KindDayScreen

        return page_of(self._host, Screen.KIND_DAY, KindDayScreen)

    def open_in_the_way(self) -> None:
        def go() -> None:
            self._since = self._now().astimezone(UTC)
            self.in_the_way().start()

        self._open_writing(Nav.OPEN_IN_THE_WAY, go)

    def open_kind_day(self) -> None:
        def go() -> None:
            self._since = self._now().astimezone(UTC)
            self.kind_day().open()

        self._open_writing(Nav.OPEN_KIND_DAY, go)

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

    def _moved(self, old: Screen, new: Screen) -> None:
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

    def _kind_day_changed(self) -> None:
        self._saved("kind_day", "day")
        self.nudgesChanged.emit()
        self.underWayChanged.emit()

    def _saved(self, practice: str, mode: str) -> None:
        if practice == "way":
            self.nudgesChanged.emit()
        since, self._since = self._since, None
        if since is None:
            return
        now = self._now().astimezone(UTC)
        self._journal.record_practice(
            PracticeRecord(
                practice, mode, since, now, max((now - since).total_seconds(), 0.0), "finished"
            )
        )
