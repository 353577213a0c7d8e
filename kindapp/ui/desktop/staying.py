"""What closing Kind's window does, and how to quit it when there is no tray.

On a desktop with a tray Kind rests there when its window closes. Without one (stock GNOME) it
used to quit; now it keeps running, windowless, while something the person asked for needs it
(reminders, start at login: `DeskFlow.stays_when_closed`, the rule in core/staying.py), and the
launcher brings the window back (a second launch, single instance). Otherwise it quits, as
before. Ctrl+Q (the platform's Quit key) quits Kind from its window on every desktop.

The decision is taken when the window is asked to close, so a change in Settings counts at
once. Qt's quit-on-last-window follows it: a hidden window must not end Kind, and the small
capture window closing while the main one is hidden must not either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

events = logging.getLogger("kindapp.events")


class Staying(QObject):
    """Decides, at each close of the window, whether Kind stays running; gives Ctrl+Q."""

    def __init__(
        self,
        window: QWidget,
        *,
        stays: Callable[[], bool],
        quit_on_last_window_closed: Callable[[bool], None],
        quit_app: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._stays = stays
        self._quit_on_last = quit_on_last_window_closed
        self._apply(self._stays())
        # The main window's signal, emitted before it looks at hide_on_close.
        window.closeRequested.connect(self._on_close)  # type: ignore[attr-defined]
        self.quit_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Quit), window)
        self.quit_shortcut.activated.connect(quit_app)

    def _on_close(self) -> None:
        stays = self._stays()
        self._apply(stays)
        events.info("window-close stays=%d", int(stays))

    def _apply(self, stays: bool) -> None:
        self._window.hide_on_close = stays  # type: ignore[attr-defined]
        self._quit_on_last(not stays)
