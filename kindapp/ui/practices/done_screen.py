"""After a practice: a quiet word, and a way back or once more."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QVBoxLayout, QWidget

from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.widgets import button, label


class DoneScreen(QWidget):
    again = Signal()
    home = Signal()
    learn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.heading = label("", "Heading", center=True)
        self.body = label("", "Subtle", center=True)
        self.again_button = button(self.tr("Once more"))
        self.home_button = button(self.tr("Home"), "Primary")
        self.learn_button = button(self.tr("Why it can feel awkward at first"), "Quiet")
        self.learn_button.clicked.connect(self.learn)
        self.again_button.clicked.connect(self.again)
        self.home_button.clicked.connect(self.home)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(56, 40, 56, 40)
        lay.addStretch(2)
        lay.addWidget(self.heading)
        lay.addSpacing(12)
        lay.addWidget(self.body)
        lay.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addWidget(self.home_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addSpacing(8)
        lay.addWidget(self.learn_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        shortcut(self, Qt.Key.Key_Escape, self.home)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(self, key, self._enter)

    def _enter(self) -> None:
        """Enter presses the focused button; with none focused, it goes home."""
        focus = self.focusWidget()
        if isinstance(focus, QAbstractButton) and focus.isVisible() and focus.isEnabled():
            focus.click()
        else:
            self.home.emit()

    def show_outcome(self, outcome: str) -> None:
        if outcome == "finished":
            self.heading.setText(self.tr("Thank you for this moment."))
            self.body.setText(
                self.tr(
                    "However it felt is okay. Kindness towards yourself can feel awkward or hollow "
                    "at first; it grows out of many small moments like this one."
                )
            )
        else:
            self.heading.setText(self.tr("That's enough for now."))
            self.body.setText(
                self.tr(
                    "Stopping part-way is fine. Even turning towards yourself for a few breaths "
                    "counts."
                )
            )
        self.home_button.setFocus(Qt.FocusReason.OtherFocusReason)
