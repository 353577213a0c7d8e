"""The self-compassion journal: today's entry in three short turns, one at a time (what
happened and what I felt; how this is human; a few kind words to myself).

The entry is kept as the person writes (a moment after the typing pauses, and at every Next,
Back and Leave), through the operations layer; opening the screen again the same day goes on
with today's entry. A short entry is a full entry: one turn with words is enough.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.operations import Change
from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label
from kindapp.ui.writing.reframe_parts import ThoughtEdit

if TYPE_CHECKING:
    from kindapp.core.records import JournalEntry
    from kindapp.ui.common.operations import Operations

log = logging.getLogger(__name__)
TURNS = 3
KEEP_AFTER_MS = 700
"""How long the typing pauses before what was written is kept."""


class JournalEntryScreen(QWidget):
    finished = Signal()
    saved = Signal(int)  # today's entry reached the journal (its id)

    def __init__(
        self, ops: Operations, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.ops = ops
        self._now = now
        self.entry: JournalEntry | None = None
        self._kept_words: tuple[str, str, str] = ("", "", "")
        column = QWidget()
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("Your self-compassion journal"), "Heading"))
        self.dots = ProgressDots()
        lay.addWidget(self.dots)
        lay.addSpacing(6)
        self.turns = QStackedWidget()
        lay.addWidget(self.turns, 1)

        self.noticed = ThoughtEdit(
            self.tr("What happened, and what you felt"),
            self.tr("For example: “I snapped at Sam in the meeting and felt ashamed all day”"),
        )
        self._turn(
            self.tr("What happened today, and what did you feel?"),
            self.tr(
                "Something that was hard, said plainly: what happened and how it felt, "
                "without making it bigger or smaller than it was."
            ),
            self.noticed,
        )
        self.human = ThoughtEdit(
            self.tr("How this is part of being human"),
            self.tr("For example: “Everyone loses their patience when they're tired”"),
        )
        self._turn(
            self.tr("How is this part of being human?"),
            self.tr(
                "Others go through this too. Feeling it doesn't set you apart; "
                "it's something people share."
            ),
            self.human,
        )
        self.kind_words = ThoughtEdit(
            self.tr("A few kind words to yourself"),
            self.tr("For example: “It's okay. You were worn out, and you care. That matters.”"),
        )
        self._turn(
            self.tr("A few kind words to yourself"),
            self.tr("The way a good friend would say them to you, warmly and simply."),
            self.kind_words,
        )

        self.kept_note = label("", "KeyHint")
        lay.addWidget(self.kept_note)
        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        lay.addWidget(self.problem)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.back_button = button(self.tr("Leave"), "Quiet")
        self.next_button = button(self.tr("Next"), "Primary")
        self.key_hint = label(self.tr("Ctrl+Enter: next"), "KeyHint", wrap=False)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.key_hint)
        row.addSpacing(10)
        row.addWidget(self.next_button)
        # The turn scrolls at a large text size; Back and Next stay in view below it.
        frame, body = scrolling_page(self, (48, 26, 48, 8))
        body.addLayout(centered(column, 720, (0, 0, 0, 0)), 1)
        frame.addLayout(centered(bar, 720, (48, 4, 48, 22)))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_AFTER_MS)
        self._timer.timeout.connect(self.keep)
        for edit in self.edits():
            edit.textChanged.connect(self._typed)
            edit.submitted.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        shortcut(self, Qt.Key.Key_Escape, self.go_back)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(self, key, self._enter)

    def _turn(self, title: str, text: str, edit: ThoughtEdit) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(10)
        pl.addWidget(label(title, "StepHeading"))
        pl.addWidget(label(text, "Subtle"))
        pl.addSpacing(4)
        pl.addWidget(edit)
        pl.addWidget(
            label(self.tr("A few words are enough. A short entry is a full entry."), "KeyHint")
        )
        pl.addStretch(1)
        self.turns.addWidget(page)

    def edits(self) -> tuple[ThoughtEdit, ThoughtEdit, ThoughtEdit]:
        return (self.noticed, self.human, self.kind_words)

    def words(self) -> tuple[str, str, str]:
        return (self.noticed.text(), self.human.text(), self.kind_words.text())

    def turn(self) -> int:
        return self.turns.currentIndex()

    # -- opening ---------------------------------------------------------------------------
    def open(self) -> None:
        """Today's entry, to write or to go on with (the first turn shown)."""
        from kindapp.core.errors import JournalError

        self._timer.stop()
        today = self._now().date()
        try:
            entry = self.ops.read(lambda j: j.journal_entry_on(today))
        except JournalError as exc:
            log.warning("today's journal entry not read: %s", exc)
            entry = None
        self.entry = entry
        texts = ("", "", "") if entry is None else (entry.noticed, entry.human, entry.kind_words)
        for edit, text in zip(self.edits(), texts, strict=True):
            edit.blockSignals(True)
            edit.setPlainText(text)
            edit.blockSignals(False)
        self._kept_words = self.words()
        self.problem.setVisible(False)
        self.kept_note.setText(
            self.tr("Today's entry is here to go on with.") if entry is not None else ""
        )
        self.go_to(0)

    def go_to(self, turn: int) -> None:
        self.turns.setCurrentIndex(turn)
        self.dots.set_state(TURNS, turn, 0.0)
        last = turn == TURNS - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setText(self.tr("Leave") if turn == 0 else self.tr("Back"))
        self.key_hint.setText(self.tr("Ctrl+Enter: done") if last else self.tr("Ctrl+Enter: next"))
        edit = self.edits()[turn]
        edit.moveCursor(QTextCursor.MoveOperation.End)  # to go on where the words end
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- moving ----------------------------------------------------------------------------
    def _enter(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPushButton):
            focus.click()

    def go_next(self) -> None:
        if not self.keep():
            return
        if self.turn() == TURNS - 1:
            self.finished.emit()
        else:
            self.go_to(self.turn() + 1)

    def go_back(self) -> None:
        if not self.keep():
            return
        if self.turn() == 0:
            self.finished.emit()
        else:
            self.go_to(self.turn() - 1)

    # -- keeping ---------------------------------------------------------------------------
    def _typed(self) -> None:
        self._timer.start()

    def unsaved(self) -> bool:
        """Whether there are words on the screen not yet in the journal."""
        return self.words() != self._kept_words

    def keep(self) -> bool:
        """Keep what is written now (nothing to do if nothing changed); False if the journal
        refused, and the words stay on the screen."""
        from kindapp.core.errors import JournalError

        self._timer.stop()
        words = self.words()
        if not self.unsaved() or (self.entry is None and not any(words)):
            return True
        day = self._now().date()
        entry = self.entry
        try:
            if entry is not None and not any(words):  # every word taken back: no entry
                entry_id = entry.id
                self.ops.write(lambda j: j.delete_journal_entry(entry_id), {Change.JOURNAL_ENTRIES})
                self.entry, self._kept_words = None, words
                self.kept_note.setText("")
                return True
            if entry is None:
                kept = self.ops.write(
                    lambda j: j.add_journal_entry(day, *words), {Change.JOURNAL_ENTRIES}
                )
            else:
                entry_id = entry.id
                kept = self.ops.write(
                    lambda j: j.save_journal_entry(entry_id, *words), {Change.JOURNAL_ENTRIES}
                )
        except (JournalError, ValueError) as exc:
            log.warning("journal entry not kept: %s", exc)
            reason = (
                plain_reason(exc)
                if isinstance(exc, JournalError)
                else self.tr("each turn is at most a long page")
            )
            self.problem.setText(
                with_args(
                    self.tr("Kind couldn't keep this just now: %1. Your words are still here."),
                    reason,
                )
            )
            self.problem.setVisible(True)
            return False
        self.problem.setVisible(False)
        self.entry = kept
        self._kept_words = words
        self.kept_note.setText(self.tr("Kept in your journal, for you alone."))
        self.saved.emit(kept.id)
        return True
