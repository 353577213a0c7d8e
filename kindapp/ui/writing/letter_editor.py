"""The letter's editor: the text column, the prompts beside it, and the text as it is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kindapp.core import records
from kindapp.ui.common.widgets import label

if TYPE_CHECKING:
    pass


TEXT_WIDTH_CH = 70


def count_words(text: str) -> int:
    return records.count_words(text)  # a chunk at a time: gentle on a worker thread


# QTextDocument.toPlainText turns these into "\n" and " "; toRawText (about half the time on
# the UI thread) keeps them, and plain_text does the rest on the journal's thread.
_RAW_TO_PLAIN = (("\u2029", "\n"), ("\u2028", "\n"), ("\ufdd0", "\n"), ("\ufdd1", "\n"))


def plain_text(raw: str) -> str:
    """What QPlainTextEdit.toPlainText() gives, from QTextDocument.toRawText()."""
    for old, new in _RAW_TO_PLAIN:
        if old in raw:
            raw = raw.replace(old, new)
    return raw.replace("\u00a0", " ") if "\u00a0" in raw else raw


class LetterEdit(QPlainTextEdit):
    """A plain-text editor whose text column is at most about 70 characters wide, centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LetterBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        font = QFont(self.font())
        font.setFamilies(["DejaVu Serif", "Noto Serif", "Georgia", "serif"])
        font.setPointSizeF(max(font.pointSizeF(), 10.5) * 1.18)
        self.setFont(font)
        self.document().setDocumentMargin(6)
        self._update_margins()

    def _update_margins(self) -> None:
        char = self.fontMetrics().horizontalAdvance("0")
        column = TEXT_WIDTH_CH * char
        side = max(20, (self.width() - column) // 2)
        self.setViewportMargins(side, 18, side, 18)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)


class PromptPanel(QFrame):
    """The letter's prompts, in a quiet panel beside the page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PromptPanel")
        self.setFixedWidth(260)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(1, 1, 1, 1)
        scroll = QScrollArea()
        scroll.setObjectName("PromptScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        inner = QWidget()
        inner.setObjectName("PromptInner")
        scroll.setWidget(inner)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(19, 17, 19, 17)
        lay.setSpacing(10)
        self.intro = label(
            self.tr(
                "Write to yourself as a wise, loving friend who knows everything and cares anyway. "
                "Honest and kind matters more than long or polished."
            ),
            "PromptIntro",
        )
        lay.addWidget(self.intro)
        self.extra = label("", "Prompt")
        self.extra.setVisible(False)
        lay.addWidget(self.extra)
        lay.addSpacing(4)
        self.prompts = [
            self.tr("What would this friend say about what happened?"),
            self.tr("What do they understand about why you did what you did?"),
            self.tr("Which of your strengths would they remind you of?"),
            self.tr(
                "What gentle advice would they give, for your wellbeing and not just "
                "for how well you do?"
            ),
        ]
        for text in self.prompts:
            lay.addWidget(label(text, "Prompt"))
        lay.addWidget(
            label(
                self.tr(
                    "If “I” feels too close, write to yourself by name, as “you”: “Alex, you "
                    "did what you could.”"
                ),
                "PromptNote",
            )
        )
        lay.addSpacing(4)
        lay.addWidget(
            label(
                self.tr(
                    "Later, when the old pain comes back, rereading what you wrote is part of the "
                    "practice."
                ),
                "PromptNote",
            )
        )
        lay.addStretch(1)
        self.setAccessibleName(self.tr("Prompts for the letter"))

    def set_extra(self, text: str) -> None:
        """A prompt for this letter in particular, above the others (empty: none)."""
        self.extra.setText(text)
        self.extra.setVisible(bool(text))
