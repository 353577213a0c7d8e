"""Catch the critic: a small, calm window to write a harsh thought down in a few seconds.

One line. Enter keeps it (it waits, privately, in the friend reframe; a short word says so
before the window goes), Esc leaves: words typed and not kept stay as a draft, there again the
next time the window opens (clear the line to let them go). It is its
own small top-level window, not the main window: closing it neither quits Kind nor shows the
main window, and the focus goes back to where it was (a Kind window it came from is
activated again; any other window gets it back from the window manager).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from kindapp.core.records import MAX_CAUGHT_CHARS
from kindapp.ui.common.widgets import label

events = logging.getLogger("kindapp.events")

KEPT_SHOWN_MS = 900
"""How long "Kept" is shown before the window goes (long enough to read, short enough to
get back to the day)."""


class CatchLine(QLineEdit):
    """The one line; Esc is the window's to handle."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CatchWindow(QWidget):
    """`keep(text)` writes the thought and says whether it reached the journal."""

    kept = Signal()

    def __init__(self, keep: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("CatchWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(self.tr("Catch a harsh thought"))
        self._keep = keep
        self._came_from: QWidget | None = None
        self._draft = ""
        self._closing = QTimer(self)
        self._closing.setSingleShot(True)
        self._closing.setInterval(KEPT_SHOWN_MS)
        self._closing.timeout.connect(self.close)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 16)
        lay.setSpacing(8)
        self.prompt = label(self.tr("What did the critic just say? Write it as it sounded."))
        self.prompt.setObjectName("CatchPrompt")
        lay.addWidget(self.prompt)
        self.line = CatchLine()
        self.line.setMaxLength(MAX_CAUGHT_CHARS)
        self.line.setAccessibleName(self.tr("The harsh thought, as it sounded"))
        self.line.setPlaceholderText(self.tr("For example: “Why can't you ever get this right?”"))
        lay.addWidget(self.line)
        self.hint = label(
            self.tr("Enter keeps it, privately, for “A friend's voice” · Esc leaves"),
            "KeyHint",
        )
        lay.addWidget(self.hint)
        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        lay.addWidget(self.problem)
        self.line.returnPressed.connect(self._enter)
        self.line.escaped.connect(self._escape)
        self.resize(520, self.sizeHint().height())

    def open(self) -> None:
        """Show it empty, in front, with the focus in the line."""
        active = QApplication.activeWindow()
        self._came_from = active if active is not self else self._came_from
        self._closing.stop()
        self.line.setEnabled(True)
        self.line.setText(self._draft)
        self.problem.setText(
            self.tr("Your words from before are still here. Enter keeps them.")
            if self._draft
            else ""
        )
        self.problem.setVisible(bool(self._draft))
        self.adjustSize()
        self.resize(max(self.width(), 520), self.sizeHint().height())
        self.show()
        self.raise_()
        self.activateWindow()
        self.line.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        events.info("catch-window-shown")

    def _escape(self) -> None:
        """Leave; what was typed stays as a draft for the next time."""
        if not self._closing.isActive():
            self._draft = self.line.text().strip()
            if self._draft:
                events.info("catch-draft-kept")
        self.close()

    def _enter(self) -> None:
        if self._closing.isActive():
            return
        text = " ".join(self.line.text().split())
        if not text:
            self._draft = ""
            self.close()
            return
        if not self._keep(text):
            self.problem.setText(
                self.tr("Kind couldn't keep it just now. Your words are still here.")
            )
            self.problem.setVisible(True)
            return
        events.info("thought-caught")
        self._draft = ""
        self.line.clear()
        self.line.setEnabled(False)
        self.problem.setText(self.tr("Kept, privately, for the friend reframe."))
        self.problem.setVisible(True)
        self.kept.emit()
        self._closing.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        came_from, self._came_from = self._came_from, None
        if came_from is not None and came_from.isVisible():
            came_from.activateWindow()
        events.info("catch-window-closed")
