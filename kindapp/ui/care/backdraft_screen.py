"""When a practice stirs things up: what is happening, what helps, grounding, and support."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kindapp.core.learn import SUPPORT
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import reading_page
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import button, label

READING_WIDTH = 620


class BackdraftScreen(QWidget):
    ground = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")

        column = QWidget()
        column.setMaximumWidth(READING_WIDTH)
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("If it stirred things up"), "Heading"))
        lay.addSpacing(4)
        lay.addWidget(
            label(
                self.tr(
                    "Sometimes kindness reaches old pain, and feelings rise instead of settling: "
                    "grief, sadness, a wave you didn't expect. This is called backdraft. It is "
                    "common, and it often means the practice touched something real. Nothing has "
                    "gone wrong."
                ),
                "Reading",
            )
        )
        lay.addWidget(
            label(
                self.tr(
                    "You can turn the intensity down and still keep going in the same direction."
                ),
                "Reading",
            )
        )
        lay.addSpacing(10)
        lay.addWidget(label(self.tr("What can help").upper(), "StepTitle"))
        for text in (
            self.tr("Make the practice shorter, or stop here for today."),
            self.tr("Open your eyes and let them rest on something in the room."),
            self.tr("Feel the soles of your feet on the floor."),
            self.tr("Breathe the way you normally do."),
            self.tr("Do something ordinary: make a drink, wash your hands, step outside."),
        ):
            lay.addWidget(self._item(text))
        lay.addSpacing(12)
        self.ground_button = button(
            self.tr("Ground for a minute"),
            "Primary",
            tip=self.tr("Feet, breath and the room around you, with no phrases"),
        )
        self.ground_button.clicked.connect(self.ground)
        lay.addWidget(self.ground_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addSpacing(22)

        support = QFrame()
        support.setObjectName("Card")
        slay = QVBoxLayout(support)
        slay.setContentsMargins(22, 16, 22, 18)
        slay.setSpacing(8)
        slay.addWidget(label(practice_text(SUPPORT.title), "CardTitle"))
        for paragraph in SUPPORT.paragraphs:
            slay.addWidget(label(practice_text(paragraph), "CardText"))
        lay.addWidget(support)
        lay.addSpacing(18)

        self.back_button = button(self.tr("Back"), "Quiet")
        self.back_button.clicked.connect(self.back)
        lay.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)

        self.reading_area = reading_page(self, column)

        shortcut(self, Qt.Key.Key_Escape, self.back)
        self.setTabOrder(self.ground_button, self.back_button)

    def _item(self, text: str) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.setSpacing(10)
        dot = label("•", "Dot", wrap=False)
        lay.addWidget(dot, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(label(text, "Reading"), 1)
        return row

    def focus_first(self) -> None:
        self.reading_area.verticalScrollBar().setValue(0)
        self.ground_button.setFocus(Qt.FocusReason.OtherFocusReason)
