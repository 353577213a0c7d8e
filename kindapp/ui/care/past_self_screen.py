"""A kind word from your past self: one earlier letter or reframe, offered gently (the rule is
kindapp.core.past_self). Three answers, each one key: read it, not now, don't offer these
again. Reading shows the words on the same page; nothing else is asked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kindapp.core import past_self
from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import reading_page
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import button, label

READING_WIDTH = 620


class PastSelfScreen(QWidget):
    """`read`, `notNow` and `turnOff` are the person's answers to the offer; `done` leaves
    once the words were read (or the offers turned off)."""

    read = Signal()
    notNow = Signal()
    turnOff = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        column = QWidget()
        column.setMaximumWidth(READING_WIDTH)
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.heading = label(practice_text(past_self.TITLE), "Heading")
        lay.addWidget(self.heading)
        lay.addSpacing(4)
        self.offer = label("", "Reading")
        lay.addWidget(self.offer)
        self.title = label("", "RowTitle")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words = label("", "Reading")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(self.tr("What you wrote then"))
        lay.addSpacing(6)
        lay.addWidget(self.title)
        lay.addWidget(self.words)
        lay.addSpacing(14)

        row = FlowLayout(spacing=8)  # the buttons wrap at large text
        self.read_button = button(practice_text(past_self.READ), "Primary")
        self.not_now_button = button(practice_text(past_self.NOT_NOW), "Quiet", tip="Esc")
        self.off_button = button(
            practice_text(past_self.TURN_OFF),
            "Quiet",
            accessible=self.tr("Don't offer earlier letters or reframes again"),
        )
        self.done_button = button(self.tr("Done"), "Primary")
        for b in (self.read_button, self.not_now_button, self.off_button, self.done_button):
            row.addWidget(b)
        lay.addLayout(row)
        lay.addStretch(1)
        self.read_button.clicked.connect(self.read)
        self.not_now_button.clicked.connect(self.notNow)
        self.off_button.clicked.connect(self.turnOff)
        self.done_button.clicked.connect(self.done)
        self.reading_area = reading_page(self, column)
        shortcut(self, Qt.Key.Key_Escape, self._leave)
        self.setTabOrder(self.read_button, self.not_now_button)
        self.setTabOrder(self.not_now_button, self.off_button)
        self.show_nothing()

    # -- what it shows -----------------------------------------------------------------------
    def show_offer(self, text: str, written: date, today: date) -> None:
        """The offer's words (untranslated, from core), with {when}: the month it was written,
        and the year when that was another year, in the person's language."""
        when = QLocale().toString(
            QDate(written.year, written.month, written.day),
            "MMMM" if written.year == today.year else "MMMM yyyy",
        )
        self.offer.setText(practice_text(text).replace("{when}", when))
        self._answers(offering=True)
        self.title.hide()
        self.words.hide()
        self.read_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_words(self, title: str, words: str) -> None:
        """What was written then (a letter's title and body, a reframe's kind version)."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.words.setText(words)
        self.words.show()
        self._answers(offering=False)
        self.reading_area.verticalScrollBar().setValue(0)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_turned_off(self) -> None:
        self.offer.setText(practice_text(past_self.TURNED_OFF))
        self.title.hide()
        self.words.hide()
        self._answers(offering=False)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_nothing(self) -> None:
        """Asked for one, with nothing old enough yet."""
        self.offer.setText(practice_text(past_self.NOTHING_YET))
        self.title.hide()
        self.words.hide()
        self._answers(offering=False)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def offering(self) -> bool:
        return not self.read_button.isHidden()

    def _answers(self, *, offering: bool) -> None:
        self.read_button.setVisible(offering)
        self.not_now_button.setVisible(offering)
        self.off_button.setVisible(offering)
        self.done_button.setVisible(not offering)

    def _leave(self) -> None:
        (self.notNow if self.offering() else self.done).emit()
