"""The main window: a calm notice banner above a stack of screens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QShowEvent, QWindow
from PySide6.QtWidgets import QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kindapp.core.navigation import Page, Screen, Where
from kindapp.ui.common.practice_actions import PracticeActions
from kindapp.ui.common.widgets import button, label
from kindapp.ui.shell.home import HomeScreen


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


FIRST_FRAME_FALLBACK_MS = 1000
"""If no expose event ever arrives (a window manager that never maps us), `firstFrame` comes
this long after the first show anyway, so what waits for it is never left unbuilt."""


class MainWindow(QMainWindow):
    shown = Signal()
    firstFrame = Signal()
    """Once, just after the window's first frame reached the screen (after its first expose
    and paint): the moment to build what the first frame did not need."""
    closeRequested = Signal()

    def __init__(self, actions: PracticeActions, icon: QIcon | None = None) -> None:
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
        # A calm word while the journal opens on its worker (a migration can take a moment).
        self.waiting = label(self.tr("Opening your journal…"), "Subtle", wrap=False)
        self.waiting.setAccessibleName(self.waiting.text())
        self.waiting.setVisible(False)
        banner_box = QVBoxLayout()
        banner_box.setContentsMargins(16, 12, 16, 0)
        banner_box.addWidget(self.banner)
        banner_box.addWidget(self.waiting, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addLayout(banner_box)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(root)

        self.home = HomeScreen(actions)
        self._screens: dict[Where, QWidget] = {Screen.HOME: self.home}
        self._factories: dict[Where, Callable[[], QWidget]] = {}
        self._on_show: dict[Where, Callable[[], None]] = {}
        self.stack.addWidget(self.home)
        self._first_show = True
        self._frame_pending = True

    def set_waiting(self, waiting: bool) -> None:
        """Show (or hide) that the journal is still opening; the busy cursor says it too."""
        self.waiting.setVisible(waiting)
        if waiting:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def sizeHint(self) -> QSize:
        return QSize(900, 680)

    def page(self, screen: Where) -> QWidget:
        """The widget for `screen`, built on first use by the factory its flow gave."""
        widget = self._screens.get(screen)
        if widget is None:
            try:
                factory = self._factories[screen]
            except KeyError:
                raise ValueError(f"no screen {screen}: no flow gave a factory for it") from None
            widget = factory()
            self._screens[screen] = widget
            self.stack.addWidget(widget)
        return widget

    def set_factory(
        self,
        screen: Where,
        factory: Callable[[], QWidget],
        on_show: Callable[[], None] | None = None,
    ) -> None:
        """Build `screen` with `factory` on first use; `on_show` freshens it each time it is
        about to be shown."""
        self._factories[screen] = factory
        if on_show is not None:
            self._on_show[screen] = on_show

    def built(self, screen: Where) -> bool:
        return screen in self._screens

    def release(self, screen: Where) -> bool:
        """Let `screen`'s widget go (its factory builds it again when it is next needed);
        not Home, nor the screen showing. False: nothing was released."""
        widget = self._screens.get(screen)
        if widget is None or screen is Screen.HOME or widget is self.stack.currentWidget():
            return False
        del self._screens[screen]
        self.stack.removeWidget(widget)
        widget.deleteLater()
        return True

    def screens(self) -> list[Where]:
        """Every screen the window can show: Home and those a flow gave a factory for (the
        practices' pages after Kind's own screens)."""
        given = {*self._screens, *self._factories}
        pages = [s for s in self._factories if isinstance(s, Page)]
        return [*(s for s in Screen if s in given), *pages]

    def show_screen(self, screen: Where) -> None:
        on_show = self._on_show.get(screen)
        if on_show is not None:
            on_show()
        widget = self.page(screen)
        self.stack.setCurrentWidget(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if screen is Screen.HOME:
            self.home.focus_first()

    def current_screen(self) -> Where:
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
            handle = self.windowHandle()
            if handle is not None:
                handle.installEventFilter(self)
            QTimer.singleShot(FIRST_FRAME_FALLBACK_MS, self._first_frame_done)
            self.shown.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._frame_pending
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            # The expose is handled (painted and flushed) before this zero timer fires.
            # With the window as its context: not called once the window is gone.
            QTimer.singleShot(0, self, self._first_frame_done)
        return super().eventFilter(watched, event)

    def _first_frame_done(self) -> None:
        if self._frame_pending:
            self._frame_pending = False
            self.firstFrame.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closeRequested.emit()
        if self.hide_on_close:
            event.ignore()
            self.hide()
        else:
            event.accept()
