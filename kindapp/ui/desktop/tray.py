"""The tray icon and its menu. Clicking the icon opens Kind.

On an XEmbed tray (X11) and a StatusNotifier host (waybar, KDE, GNOME's AppIndicator extension)
alike: the same menu, the same click. The icon is the theme's org.kindapp.Kind when the icon
theme has it (`make install-desktop` installs it), so a StatusNotifier item carries an IconName
and the host draws it at its own size; the bundled pixmap otherwise.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from kindapp.core.catalog import DESKTOP_ID
from kindapp.ui.common.practice_actions import PracticeActions
from kindapp.ui.common.text import with_args

events = logging.getLogger("kindapp.events")


def themed_icon(fallback: QIcon) -> QIcon:
    """Kind's icon from the icon theme, or `fallback` where the theme does not have it."""
    return QIcon.fromTheme(DESKTOP_ID, fallback)


class Tray(QObject):
    """The icon and its menu: the practices' tray entries (the registry's, as the shared
    actions), Open Kind, Pause reminders, Quit."""

    pauseReminders = Signal(str)  # "hour" | "tomorrow"
    reminderClicked = Signal()
    messageAction = Signal(str)  # a clicked notification that asked for an action
    openWindow = Signal()
    quitRequested = Signal()

    def __init__(
        self, icon: QIcon, actions: PracticeActions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self._geometry_tries = 0
        self._geometry_timer = QTimer(self)
        self._geometry_timer.setInterval(100)
        self._geometry_timer.timeout.connect(self._report_geometry)
        if not self.available:
            events.info("tray available=0")
            return
        # A tray icon does not own its menu, and a menu has no QObject parent to go with: it
        # goes with the tray (a Kind that builds its tray again would keep every old menu).
        self.menu = QMenu()
        self.destroyed.connect(self.menu.deleteLater)
        for entry in actions.practices.tray_entries():
            self.menu.addAction(actions.action(entry.command))
        self.menu.addAction(self.tr("Open Kind"), self.openWindow.emit)
        self.pause_menu = self.menu.addMenu(self.tr("Pause reminders"))
        self.pause_menu.addAction(self.tr("For an hour"), lambda: self.pauseReminders.emit("hour"))
        self.pause_menu.addAction(
            self.tr("Until tomorrow"), lambda: self.pauseReminders.emit("tomorrow")
        )
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quitRequested.emit)
        self.icon = QSystemTrayIcon(themed_icon(icon), self)
        events.info("tray icon name=%s", self.icon.icon().name() or "-")
        self.icon.setToolTip(self.tr("Kind: a kind moment, whenever you need one"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self._on_message_clicked)
        self._reminder_showing = False
        self._action = ""
        self._tooltip = self.tr("Kind: a kind moment, whenever you need one")

    def show(self) -> None:
        if self.icon is None:
            return
        self.icon.show()
        # The tray host embeds the icon asynchronously; report where it landed once it has
        # (a short, bounded check — no timer survives into idle).
        self._geometry_timer.start()

    def _report_geometry(self) -> None:
        assert self.icon is not None
        self._geometry_tries += 1
        g = self.icon.geometry()
        if (g.width() > 0 and g.height() > 0) or self._geometry_tries >= 50:
            self._geometry_timer.stop()
            events.info(
                "tray available=1 geometry=%d,%d,%d,%d", g.x(), g.y(), g.width(), g.height()
            )

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openWindow.emit()

    def tell(self, title: str, message: str, *, reminder: bool = False, action: str = "") -> None:
        """A notification beside the icon (never a window that takes the focus). A click on it
        emits reminderClicked (for a reminder) or messageAction(action) (when one is given)."""
        if self.icon is not None:
            self._reminder_showing = reminder
            self._action = action
            self.icon.showMessage(title, message, QSystemTrayIcon.MessageIcon.NoIcon, 8000)

    def _on_message_clicked(self) -> None:
        action, self._action = self._action, ""
        if action:
            self.messageAction.emit(action)
        elif self._reminder_showing:
            self._reminder_showing = False
            self.reminderClicked.emit()

    def show_next_reminder(self, due: datetime | None) -> None:
        """The tooltip names the next reminder, if any."""
        if self.icon is None:
            return
        text = self._tooltip
        if due is not None:
            when = due.strftime("%H:%M")
            text += "\n" + with_args(self.tr("Next gentle reminder: %1"), when)
        self.icon.setToolTip(text)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
