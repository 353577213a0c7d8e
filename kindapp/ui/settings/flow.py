"""The settings screen: what it changes is handed in as plain callables (sound, reminders,
import and export, start at login), so this flow knows no other feature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.reminders import ReminderPlan
from kindapp.ui.common.services import Prefs, ScreenHost, page_of

if TYPE_CHECKING:
    from kindapp.ui.common.operations import BackupInfo
    from kindapp.ui.settings.settings_screen import SettingsScreen


@dataclass(frozen=True)
class SettingsActions:
    """What the settings screen's controls do beyond saving a setting."""

    set_volume: Callable[[float], None]
    set_muted: Callable[[bool], None]
    set_theme: Callable[[str], None]
    set_device: Callable[[str], None]
    preview: Callable[[str], None]
    set_reduced_motion: Callable[[bool], None]
    set_look: Callable[[str | None, float | None], None]
    list_devices: Callable[[], None]
    set_reminders: Callable[[dict[str, Any]], None]
    reminder_plan: Callable[[], ReminderPlan]
    ask_import: Callable[[], None]
    ask_export: Callable[[], None]
    set_autostart: Callable[[bool], None]
    tray_available: Callable[[], bool]
    notifications_available: Callable[[], bool] = lambda: False
    """A notification service is on the session bus (reminders need it or the tray)."""
    lock_state: Callable[[], bool] = lambda: False
    """Whether the journal is locked with a passphrase (on disk)."""
    change_lock: Callable[[str | None, str | None], str | None] = lambda _old, _new: None
    """(passphrase now or None, new one or None: off) → None when done, else the reason."""
    lock_now: Callable[[], None] = lambda: None
    list_backups: Callable[[], list[BackupInfo]] = list
    restore_backup: Callable[[BackupInfo], str | None] = lambda _b: None
    keyring_available: Callable[[], bool] = lambda: False
    remembered: Callable[[], bool] = lambda: False
    set_remembered: Callable[[bool], bool] = lambda _on: False
    launcher_state: Callable[[], str] = lambda: "none"
    """Kind's launcher entry: "user" (this person's), "system" (a package's) or "none"."""
    set_launcher: Callable[[bool], bool] = lambda _on: False
    """Add Kind to the person's launcher (True) or take it away; True when done."""
    set_journal_invitation: Callable[[str], None] = lambda _at: None
    """The journal's evening invitation at "HH:MM", or "" (off): kept and armed."""


class SettingsFlow(QObject):
    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        prefs: Prefs,
        actions: SettingsActions,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._nav = nav
        self._prefs = prefs
        self._do = actions
        host.set_factory(Screen.SETTINGS, self._build, self._show)

    def _build(self) -> QWidget:
        from kindapp.ui.settings.settings_screen import SettingsScreen

        do = self._do
        page = SettingsScreen()
        page.done.connect(lambda: self._nav.go(Nav.HOME))
        page.volumeChanged.connect(do.set_volume)
        page.mutedChanged.connect(do.set_muted)
        page.themeChanged.connect(do.set_theme)
        page.deviceChanged.connect(do.set_device)
        page.previewRequested.connect(do.preview)
        page.reducedMotionChanged.connect(do.set_reduced_motion)
        page.lookChanged.connect(lambda look: do.set_look(look, None))
        page.languageChanged.connect(lambda lang: self._prefs.update(language=lang))
        page.textScaleChanged.connect(lambda scale: do.set_look(None, scale))
        page.breakModeChanged.connect(lambda m: self._prefs.update(break_mode=m))
        page.pastSelfChanged.connect(lambda on: self._prefs.update(past_self_offers=on))
        page.journalInvitationChanged.connect(do.set_journal_invitation)
        page.devicesWanted.connect(do.list_devices)
        page.remindersChanged.connect(do.set_reminders)
        page.importRequested.connect(do.ask_import)
        page.exportRequested.connect(do.ask_export)
        page.autostartChanged.connect(do.set_autostart)
        page.privacy.lockToggled.connect(lambda on: self._ask_lock("on" if on else "off"))
        page.privacy.changeWanted.connect(lambda: self._ask_lock("change"))
        page.privacy.lockNowWanted.connect(self._lock_now)
        page.privacy.lockAfterChanged.connect(lambda m: self._prefs.update(lock_after_minutes=m))
        page.backups.restoreWanted.connect(self._restore)
        page.privacy.rememberToggled.connect(lambda on: self._remember(on))
        page.launcherWanted.connect(self._launcher)
        return page

    def _launcher(self, on: bool) -> None:
        page = self.page()
        if not self._do.set_launcher(on):
            page.show_launcher(
                self._do.launcher_state(),
                self.tr("Kind could not change the launcher; nothing has changed."),
            )
            return
        page.show_launcher(
            self._do.launcher_state(),
            self.tr("Kind is in your app launcher now.")
            if on
            else self.tr("Kind is no longer in your app launcher."),
        )

    def _ask_lock(self, mode: str) -> None:
        """The lock on, a new passphrase, or off: ask (honestly), then rewrite the journal."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        from kindapp.ui.settings.lock_dialogs import LockDialog

        page = self.page()
        dialog = LockDialog(mode, self._do.ask_export if mode == "on" else None, page)
        while dialog.exec() == LockDialog.DialogCode.Accepted:
            current, new = dialog.passphrases()
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                problem = self._do.change_lock(current, new)
            finally:
                QGuiApplication.restoreOverrideCursor()
            if problem is None:
                self.page().privacy.tell(
                    {
                        "on": self.tr(
                            "The lock is on. Kind will ask for your passphrase when you open "
                            "your letters."
                        ),
                        "off": self.tr("The lock is off. Your letters open without a passphrase."),
                    }.get(mode, self.tr("Your new passphrase is in place."))
                )
                break
            if problem == "wrong_passphrase":
                dialog.say(self.tr("That passphrase doesn't open them; nothing has changed."))
            else:
                dialog.say(self.tr("Kind could not change the lock; nothing has changed."))
        dialog.deleteLater()
        self._show_privacy()

    def _lock_now(self) -> None:
        self._do.lock_now()
        if self._do.lock_state():
            self.page().privacy.tell(self.tr("Locked. Your passphrase opens them again."))

    def _restore(self, backup: BackupInfo) -> None:
        problem = self._do.restore_backup(backup)
        if problem is not None:
            self.page().backups.empty.setText(
                self.tr("Kind could not bring that backup back; nothing has changed.")
            )
            self.page().backups.empty.show()
        self._show_privacy()

    def _remember(self, on: bool) -> None:
        self._do.set_remembered(on)
        self._show_privacy()

    def _show_privacy(self) -> None:
        page = self.page()
        page.privacy.show_lock(self._do.lock_state(), self._prefs.settings.lock_after_minutes)
        if self._do.keyring_available():
            page.privacy.show_keyring(True, self._do.lock_state() and self._do.remembered())
        page.backups.show_backups(self._do.list_backups())

    def page(self) -> SettingsScreen:
        from kindapp.ui.settings.settings_screen import SettingsScreen

        return page_of(self._host, Screen.SETTINGS, SettingsScreen)

    def show_devices(self, names: list[str]) -> None:
        if self._host.built(Screen.SETTINGS):
            self.page().show_devices(names)

    def _show(self) -> None:
        from kindapp.core.autostart import is_autostart_enabled

        page = self.page()
        page.show_settings(self._prefs.settings)
        page.show_reminders(
            self._do.reminder_plan(),
            is_autostart_enabled(),
            self._do.tray_available(),
            self._do.notifications_available(),
        )
        page.show_launcher(self._do.launcher_state())
        self._show_privacy()
