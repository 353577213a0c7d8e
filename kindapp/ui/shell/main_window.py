"""The main window: a calm notice banner above a stack of screens."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kindapp.core.navigation import Screen
from kindapp.ui.common.widgets import button, label
from kindapp.ui.shell.home import HomeScreen

if TYPE_CHECKING:
    from kindapp.ui.practices.done_screen import DoneScreen
    from kindapp.ui.practices.practice_screen import PracticeScreen
    from kindapp.ui.practices.setup_screens import BreatheSetupScreen, TouchSetupScreen
    from kindapp.ui.practices.words_screen import WordsScreen
    from kindapp.ui.settings.settings_screen import SettingsScreen


# Screen -> (module, class). Screens other than home are built (and their modules imported) on
# first use, which keeps start-up quick and an idle Kind in the tray small.
_SCREENS: dict[Screen, tuple[str, str]] = {
    Screen.PRACTICE: ("practices.practice_screen", "PracticeScreen"),
    Screen.DONE: ("practices.done_screen", "DoneScreen"),
    Screen.SETTINGS: ("settings.settings_screen", "SettingsScreen"),
    Screen.WORDS: ("practices.words_screen", "WordsScreen"),
    Screen.TOUCH_SETUP: ("practices.setup_screens", "TouchSetupScreen"),
    Screen.BREATHE_SETUP: ("practices.setup_screens", "BreatheSetupScreen"),
    Screen.CHECKIN: ("care.checkin_panel", "CheckInPanel"),
    Screen.BACKDRAFT: ("care.backdraft_screen", "BackdraftScreen"),
    Screen.LEARN: ("care.learn_screen", "LearnScreen"),
    Screen.HISTORY: ("care.history_screen", "HistoryScreen"),
    Screen.FIRST_RUN: ("care.first_run", "FirstRun"),
}


def _build(screen: Screen) -> QWidget:
    try:
        module, name = _SCREENS[screen]
    except KeyError:
        raise ValueError(
            f"no screen {screen} (screens that need the journal have a factory)"
        ) from None
    widget: QWidget = getattr(importlib.import_module(f"kindapp.ui.{module}"), name)()
    return widget


class NoticeBanner(QFrame):
    """Tells the person something once, gently, until they dismiss it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.text = label("", "")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss = button(self.tr("OK"), accessible=self.tr("Dismiss this message"))
        self.dismiss.clicked.connect(self.clear)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(16, 10, 10, 10)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self._messages: list[str] = []
        self.setVisible(False)

    @property
    def messages(self) -> list[str]:
        return list(self._messages)

    def add(self, message: str) -> None:
        if message in self._messages:
            return
        self._messages.append(message)
        self.text.setText("\n\n".join(self._messages))
        self.text.setAccessibleName(self.text.text())
        self.setVisible(True)

    def clear(self) -> None:
        self._messages.clear()
        self.text.clear()
        self.setVisible(False)


class MainWindow(QMainWindow):
    shown = Signal()
    closeRequested = Signal()
    screenBuilt = Signal(object, object)  # Screen, the new widget

    def __init__(self, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Kind"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.hide_on_close = False
        root = QWidget()
        root.setObjectName("Root")
        lay = QVBoxLayout(root)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.banner = NoticeBanner()
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(16, 12, 16, 0)
        banner_box.addWidget(self.banner)
        lay.addLayout(banner_box)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(root)

        self.home = HomeScreen()
        self._screens: dict[Screen, QWidget] = {Screen.HOME: self.home}
        self._factories: dict[Screen, Callable[[], QWidget]] = {}
        self.stack.addWidget(self.home)
        self._first_show = True

    def sizeHint(self) -> QSize:
        return QSize(900, 680)

    def screen(self, screen: Screen) -> QWidget:
        """The widget for `screen`, built on first use (listeners hear of it via screenBuilt)."""
        widget = self._screens.get(screen)
        if widget is None:
            factory = self._factories.get(screen)
            widget = factory() if factory is not None else _build(screen)
            self._screens[screen] = widget
            self.stack.addWidget(widget)
            self.screenBuilt.emit(screen, widget)
        return widget

    def set_factory(self, screen: Screen, factory: Callable[[], QWidget]) -> None:
        """Build `screen` with `factory` (for screens that need the journal, say)."""
        self._factories[screen] = factory

    def built(self, screen: Screen) -> bool:
        return screen in self._screens

    @property
    def practice(self) -> PracticeScreen:
        return self.screen(Screen.PRACTICE)  # type: ignore[return-value]

    @property
    def done(self) -> DoneScreen:
        return self.screen(Screen.DONE)  # type: ignore[return-value]

    @property
    def settings(self) -> SettingsScreen:
        return self.screen(Screen.SETTINGS)  # type: ignore[return-value]

    @property
    def words(self) -> WordsScreen:
        return self.screen(Screen.WORDS)  # type: ignore[return-value]

    @property
    def touch(self) -> TouchSetupScreen:
        return self.screen(Screen.TOUCH_SETUP)  # type: ignore[return-value]

    @property
    def breathe(self) -> BreatheSetupScreen:
        return self.screen(Screen.BREATHE_SETUP)  # type: ignore[return-value]

    def show_screen(self, screen: Screen) -> None:
        widget = self.screen(screen)
        self.stack.setCurrentWidget(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if screen is Screen.HOME:
            self.home.focus_first()

    def current_screen(self) -> Screen:
        current = self.stack.currentWidget()
        return next(s for s, w in self._screens.items() if w is current)

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closeRequested.emit()
        if self.hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
