"""When it feels fake: compassion for the lack of self-compassion, offered once, lightly,
after a check-in that said a practice felt hollow or awkward. A letter prompt in the same
spirit, and a Learn link."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import reading_page
from kindapp.ui.common.widgets import button, label

READING_WIDTH = 620


class FeelsFakeScreen(QWidget):
    writeLetter = Signal(str)  # the letter prompt, in the person's language
    learnMore = Signal()
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        column = QWidget()
        column.setMaximumWidth(READING_WIDTH)
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("If it felt hollow"), "Heading"))
        lay.addSpacing(4)
        for text in (
            self.tr(
                "That's a very common way to start. If you learned to push yourself with "
                "criticism, a kind voice is bound to sound foreign at first, and a little weak "
                "next to years of the other one."
            ),
            self.tr(
                "You could begin right there: “It makes sense that this feels strange to me. I "
                "grew up on tough love.” Being kind about finding kindness hard is already the "
                "practice."
            ),
            self.tr(
                "You don't have to believe the kind words for them to work. The voice gets "
                "stronger with use, a little at a time."
            ),
            self.tr(
                "Some people find it easier in the third person, by name: “Alex, this is new "
                "for you, and that's okay.”"
            ),
        ):
            lay.addWidget(label(text, "Reading"))
        lay.addSpacing(14)
        self.prompt = self.tr(
            "Write to yourself about how strange kindness feels: where you learned to be hard "
            "on yourself, and what a patient friend would say about that. You can use your own "
            "name."
        )
        row = FlowLayout(spacing=8)  # the buttons wrap at large text
        self.letter_button = button(
            self.tr("Write about it"),
            "Primary",
            accessible=self.tr("Write a letter about how strange kindness feels"),
        )
        self.learn_button = button(
            self.tr("Why it can feel awkward"),
            "Quiet",
            accessible=self.tr("Learn why it can feel awkward"),
        )
        self.back_button = button(self.tr("Not now"), "Quiet")
        row.addWidget(self.letter_button)
        row.addWidget(self.learn_button)
        row.addWidget(self.back_button)
        lay.addLayout(row)
        lay.addStretch(1)
        self.letter_button.clicked.connect(lambda: self.writeLetter.emit(self.prompt))
        self.learn_button.clicked.connect(self.learnMore)
        self.back_button.clicked.connect(self.back)

        self.reading_area = reading_page(self, column)
        shortcut(self, Qt.Key.Key_Escape, self.back)
        self.setTabOrder(self.letter_button, self.learn_button)
        self.setTabOrder(self.learn_button, self.back_button)

    def focus_first(self) -> None:
        self.reading_area.verticalScrollBar().setValue(0)
        self.letter_button.setFocus(Qt.FocusReason.OtherFocusReason)
