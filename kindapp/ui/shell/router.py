"""The router: navigation events move the main window from screen to screen.

The flows decide where to go (`nav.go`); the router only shows the screen the navigator is on.
It knows no feature: the flows give the window their screens' factories.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kindapp.core.navigation import Navigator, Screen, Where
from kindapp.ui.shell.main_window import MainWindow

events = logging.getLogger("kindapp.events")


class Router(QObject):
    def __init__(self, window: MainWindow, nav: Navigator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.nav = nav
        nav.add_listener(self._on_nav)
        window.show_screen(Screen.HOME)

    def _on_nav(self, old: Where, new: Where) -> None:
        events.info("screen name=%s", new.value)
        self.window.show_screen(new)
