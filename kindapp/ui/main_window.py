"""The main window: a calm notice banner above a stack of screens."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kindapp.core.navigation import Screen
from kindapp.ui.break_screen import BreakScreen
from kindapp.ui.done_screen import DoneScreen
from kindapp.ui.home import HomeScreen
from kindapp.ui.settings_screen import SettingsScreen
from kindapp.ui.widgets import button, label
from kindapp.ui.words_screen import WordsScreen


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
        self.practice = BreakScreen()
        self.done = DoneScreen()
        self.settings = SettingsScreen()
        self.words = WordsScreen()
        self._screens: dict[Screen, QWidget] = {
            Screen.HOME: self.home,
            Screen.PRACTICE: self.practice,
            Screen.DONE: self.done,
            Screen.SETTINGS: self.settings,
            Screen.WORDS: self.words,
        }
        for w in self._screens.values():
            self.stack.addWidget(w)
        self._first_show = True

    def sizeHint(self) -> QSize:
        return QSize(860, 600)

    def show_screen(self, screen: Screen) -> None:
        widget = self._screens[screen]
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
