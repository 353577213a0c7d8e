"""The grounding pause: feet, breath and the room, while the practice waits.

Shown over the practice when the person presses Ground (or G). Nothing ends here: Continue
goes back to the practice where it was, Leave ends it. The prompts are the grounding
practice's own steps (core/practices/grounding.py), so they read the same in both places.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kindapp.core.practices.grounding import GROUNDING
from kindapp.ui.common.pages import reading_page
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import button, label

READING_WIDTH = 600


class GroundingPause(QWidget):
    continueRequested = Signal()
    leaveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(self.tr("Feel the ground"), "Heading", center=True)
        self.intro = label(
            self.tr("The practice is paused. Take all the time you need; it will wait for you."),
            "Hint",
            center=True,
        )
        self.prompts = [
            label(practice_text(step.text), "ReadingTitle", center=True) for step in GROUNDING.steps
        ]
        self.continue_button = button(
            self.tr("Continue"),
            "Primary",
            tip=self.tr("Go back to the practice where you left it (Enter)"),
        )
        self.leave_button = button(
            self.tr("Leave the practice"), "Quiet", tip=self.tr("End the practice here (Esc)")
        )
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.continueRequested)
        self.leave_button.clicked.connect(self.leaveRequested)

        column = QWidget()
        column.setMaximumWidth(READING_WIDTH)
        col = QVBoxLayout(column)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(14)
        col.addWidget(self.title)
        col.addWidget(self.intro)
        col.addSpacing(10)
        for prompt in self.prompts:
            col.addWidget(prompt)
        col.addSpacing(18)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.leave_button)
        row.addSpacing(12)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        col.addLayout(row)
        col.addSpacing(8)
        col.addWidget(
            label(self.tr("Enter or Space continues · Esc leaves"), "KeyHint", center=True)
        )
        col.addStretch(1)

        self.reading_area = reading_page(self, column)
        self.setTabOrder(self.continue_button, self.leave_button)

    def focus_first(self) -> None:
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
