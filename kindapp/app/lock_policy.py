"""When the letters lock again: idle time (the auto-lock), the screen locking, or asked; and
what a new lock or a restored copy means for the idle count and the open screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kindapp.core.journal.backups import BackupInfo
    from kindapp.core.navigation import Navigator
    from kindapp.ui.common.services import JournalAccess
    from kindapp.ui.desktop.safekeeping import Safekeeping
    from kindapp.ui.shell.main_window import MainWindow


class LockPolicy:
    """Locks the journal when it should be, through `safekeeping`; owns the auto-lock."""

    def __init__(
        self,
        window: MainWindow,
        nav: Navigator,
        journals: JournalAccess,
        safekeeping: Safekeeping,
        lock_after_minutes: Callable[[], int],
        refresh_library: Callable[[], None],
        parent: QObject,
    ) -> None:
        from kindapp.ui.desktop.auto_lock import AutoLock

        self._window = window
        self._nav = nav
        self._journals = journals
        self._safekeeping = safekeeping
        self._refresh_library = refresh_library
        self.auto_lock = AutoLock(self.lock_now, lock_after_minutes, parent)

    def lock_now(self) -> None:
        """Lock the letters again (idle time, the screen locking, or asked): what is being
        written is saved first, and a private screen gives way to home."""
        from kindapp.core.navigation import Nav, Screen

        if self._window.current_screen() is Screen.REFRAME:
            # A reframe is kept only when it is finished: locking now would lose its words.
            # Count the idle time again instead (the desktop's own lock guards the screen).
            self.auto_lock.arm()
            return
        self._safekeeping.lock_now()
        private = {Screen.LETTER, Screen.LETTERS, Screen.REFRAME, Screen.REFRAMES, Screen.HISTORY}
        if self._journals.is_locked() and self._window.current_screen() in private:
            self._nav.go(Nav.HOME)

    def change_lock(self, current: str | None, new: str | None) -> str | None:
        problem = self._safekeeping.change_lock(current, new)
        if problem is None and new is not None:
            self.auto_lock.arm()
        return problem

    def restore_backup(self, backup: BackupInfo) -> str | None:
        problem = self._safekeeping.restore(backup)
        self._refresh_library()
        return problem

    def close(self) -> None:
        self.auto_lock.close()
