"""When the letters lock again: idle time (the auto-lock), the screen locking, or asked; and
what a new lock or a restored copy means for the idle count and the open screens."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kindapp.core.clock import Clock
    from kindapp.core.journal.backups import BackupInfo
    from kindapp.core.navigation import Navigator
    from kindapp.ui.common.operations import JournalAccess
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
        clock: Clock | None = None,
    ) -> None:
        from kindapp.ui.desktop.auto_lock import AutoLock

        self._window = window
        self._nav = nav
        self._journals = journals
        self._safekeeping = safekeeping
        self._refresh_library = refresh_library
        self.auto_lock = AutoLock(self.lock_now, lock_after_minutes, parent, clock=clock)

    def lock_now(self) -> None:
        """Lock the letters again (idle time, the screen locking, or asked): what is being
        written is saved first, and a private screen gives way to home."""
        from kindapp.core.lock_rules import leave_for_home, may_lock_now
        from kindapp.core.navigation import Nav

        if not may_lock_now(self._window.current_screen()):
            self.auto_lock.arm()  # the idle time counts again (core/lock_rules.py says why)
            return
        self._safekeeping.lock_now()
        if leave_for_home(self._window.current_screen(), self._journals.is_locked()):
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
