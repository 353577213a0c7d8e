"""Finding your phrases, the writing before the meditation, in three turns: what do I need;
what would I like to hear from someone who loves me; then the answers as phrases, each in the
person's own words with a wish ("May I…") offered beside it, two to four kept, and whether
they become My words. Begin (or Short) starts the meditation with them.

The rules are core's (`kindapp.core.practices.finding`, `phrases`); this screen only shows
them. It stores nothing itself: the flow keeps the phrases (My words) when asked to.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.practices.finding import (
    PhrasesProblem,
    answer_lines,
    offer_wish,
    phrases_problem,
)
from kindapp.core.practices.phrases import KEEPING, MAX_PHRASE_CHARS, QUESTIONS, SHAPING
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.widgets import WrapCheckBox, button, label

TURNS = 3
LAST = TURNS - 1


class AnswerEdit(QPlainTextEdit):
    """A few lines, one answer a line; Tab moves on, Ctrl+Enter asks for the next turn."""

    submitted = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThoughtEdit")
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit_to_font(self) -> None:
        """Four lines high at any text size."""
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * 4 + 24)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class PhraseRow(QWidget):
    """One phrase: the person's words, editable, and the wish offered for them (a button that
    puts the wish in, and then gives the words back as they were written)."""

    def __init__(self, number: int, words: str, language: str) -> None:
        super().__init__()
        self.written = words
        self.language = language
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.edit = QLineEdit(words)
        self.edit.setMaxLength(MAX_PHRASE_CHARS * 2)  # too long is said, not cut off
        self.edit.setAccessibleName(with_args(self.tr("Phrase %1"), str(number)))
        self.offer = button("", "Gentle")
        self.offer.clicked.connect(self.toggle)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.offer)
        self._wish: str | None = None
        self.edit.textChanged.connect(self._changed)
        self._changed(words)

    def _changed(self, text: str) -> None:
        if self._wish is not None and text == self._wish:
            self._show_offer(wished=True)  # the wish taken: the words as written stay at hand
            return
        self.written = text
        self._wish = offer_wish(text, self.language)
        self._show_offer(wished=False)

    def _show_offer(self, *, wished: bool) -> None:
        if wished:
            self.offer.setText(self.tr("As I wrote it"))
            self.offer.setAccessibleName(self.tr("As I wrote it"))
            self.offer.setAccessibleDescription(self.written)
        elif self._wish is not None:
            self.offer.setText(self.tr("As a wish"))
            self.offer.setAccessibleName(self.tr("As a wish"))
            self.offer.setAccessibleDescription(self._wish)
            self.offer.setToolTip(self._wish)
        self.offer.setVisible(wished or self._wish is not None)

    def wished(self) -> bool:
        return self._wish is not None and self.edit.text() == self._wish

    def toggle(self) -> None:
        """The wish in, or the words back as the person wrote them."""
        if self._wish is None:
            return
        self.edit.setText(self.written if self.wished() else self._wish)

    def text(self) -> str:
        return self.edit.text()


class FindingPhrasesScreen(QWidget):
    begin = Signal(tuple, str, bool)  # the phrases as written, "guided" | "short", keep them
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.mode = "guided"
        self.language = QLocale().name()
        self.rows: list[PhraseRow] = []
        self._rows_from: tuple[str, ...] = ()
        column = QWidget()
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("Finding your phrases"), "Heading"))
        self.dots = ProgressDots()
        lay.addWidget(self.dots)
        lay.addSpacing(6)
        self.turns = QStackedWidget()
        lay.addWidget(self.turns, 1)

        self.answers: list[AnswerEdit] = []
        for question in QUESTIONS:
            edit = AnswerEdit(practice_text(question.text))
            self.answers.append(edit)
            examples = "  ".join(
                with_args(self.tr("“%1”"), practice_text(e)) for e in question.examples
            )
            self._turn(
                practice_text(question.text),
                practice_text(question.help),
                edit,
                with_args(self.tr("For example: %1"), examples),
            )

        shaping = QWidget()
        sl = QVBoxLayout(shaping)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.setSpacing(10)
        sl.addWidget(label(self.tr("Your phrases"), "StepHeading"))
        sl.addWidget(label(practice_text(SHAPING), "Subtle"))
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(6)
        sl.addLayout(self.rows_box)
        sl.addWidget(label(practice_text(KEEPING), "KeyHint"))
        self.keep_words = WrapCheckBox(
            self.tr("Keep them in My words, for the break's kind words and for soothing touch")
        )
        sl.addWidget(self.keep_words)
        sl.addWidget(
            label(
                self.tr("In My words you can record them in your own voice, to be guided by it."),
                "KeyHint",
            )
        )
        sl.addStretch(1)
        self.turns.addWidget(shaping)

        # What the phrases still need is said below the page, in view however long it is.
        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.back_button = button(self.tr("Leave"), "Quiet")
        self.key_hint = label(self.tr("Ctrl+Enter: next"), "KeyHint", wrap=False)
        self.short_button = button(
            self.tr("Short"), "Quiet", accessible=self.tr("Short meditation, about three minutes")
        )
        self.next_button = button(self.tr("Next"), "Primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.key_hint)
        row.addSpacing(10)
        row.addWidget(self.short_button)
        row.addWidget(self.next_button)
        frame, body = scrolling_page(self, (48, 26, 48, 8))
        body.addLayout(centered(column, 720, (0, 0, 0, 0)), 1)
        frame.addLayout(centered(self.problem, 720, (48, 4, 48, 0)))
        frame.addLayout(centered(bar, 720, (48, 4, 48, 22)))

        for edit in self.answers:
            edit.submitted.connect(self.go_next)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.short_button.clicked.connect(lambda: self.try_begin("short"))
        shortcut(self, Qt.Key.Key_Escape, self.go_back)
        shortcut(self, "Ctrl+Return", self.go_next)
        shortcut(self, "Ctrl+Enter", self.go_next)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(self, key, self._enter)
        self.go_to(0)

    def _turn(self, title: str, text: str, edit: AnswerEdit, examples: str) -> None:
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.setSpacing(10)
        pl.addWidget(label(title, "StepHeading"))
        pl.addWidget(label(text, "Subtle"))
        pl.addWidget(label(examples, "Subtle"))
        pl.addSpacing(4)
        pl.addWidget(edit)
        pl.addWidget(label(self.tr("One answer a line. A few words are enough."), "KeyHint"))
        pl.addStretch(1)
        self.turns.addWidget(page)

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        for edit in self.answers:
            edit.fit_to_font()

    # -- opening ---------------------------------------------------------------------------
    def open(self, mode: str = "guided") -> None:
        """A fresh start: no answers yet, the first question shown; `mode` is the meditation's
        length Ctrl+Enter begins at the end."""
        self.mode = mode if mode in ("guided", "short") else "guided"
        self.language = QLocale().name()
        for edit in self.answers:
            edit.setPlainText("")
            edit.fit_to_font()
        self._set_rows(())
        self.keep_words.setChecked(False)
        self.go_to(0)

    def turn(self) -> int:
        return self.turns.currentIndex()

    def go_to(self, turn: int) -> None:
        if turn == LAST:
            found = answer_lines(e.toPlainText() for e in self.answers)
            if found != self._rows_from:
                self._set_rows(found)
        self.problem.setVisible(False)
        self.turns.setCurrentIndex(turn)
        self.dots.set_state(TURNS, turn, 0.0)
        last = turn == LAST
        self.short_button.setVisible(last)
        self.back_button.setText(self.tr("Leave") if turn == 0 else self.tr("Back"))
        if last:
            self.next_button.setText(self.tr("Begin"))
            self.next_button.setAccessibleName(self.tr("Begin the meditation, about ten minutes"))
            self.key_hint.setText(
                self.tr("Ctrl+Enter: begin")
                if self.mode == "guided"
                else self.tr("Ctrl+Enter: short meditation")
            )
            target: QWidget = self.rows[0].edit if self.rows else self.next_button
        else:
            self.next_button.setText(self.tr("Next"))
            self.next_button.setAccessibleName(self.tr("Next"))
            self.key_hint.setText(self.tr("Ctrl+Enter: next"))
            edit = self.answers[turn]
            edit.moveCursor(QTextCursor.MoveOperation.End)
            target = edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_rows(self, found: tuple[str, ...]) -> None:
        for old in self.rows:
            self.rows_box.removeWidget(old)
            old.deleteLater()
        self.rows = []
        self._rows_from = found
        for number, words in enumerate(found, start=1):
            phrase_row = PhraseRow(number, words, self.language)
            self.rows_box.addWidget(phrase_row)
            self.rows.append(phrase_row)
        # Tab goes through the phrases in order (each with its offer), then on to the yes.
        chain: list[QWidget] = [w for r in self.rows for w in (r.edit, r.offer)]
        for first, then in zip(chain, [*chain[1:], self.keep_words], strict=False):
            QWidget.setTabOrder(first, then)

    # -- moving ----------------------------------------------------------------------------
    def _enter(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPushButton):
            focus.click()

    def go_next(self) -> None:
        if self.turn() == LAST:
            self.try_begin(self.mode)
        else:
            self.go_to(self.turn() + 1)

    def go_back(self) -> None:
        if self.turn() == 0:
            self.leave.emit()
        else:
            self.go_to(self.turn() - 1)

    def phrases(self) -> tuple[str, ...]:
        """The phrases as they stand on the last turn (empty ones left out)."""
        return tuple(r.text() for r in self.rows if r.text().strip())

    def try_begin(self, mode: str) -> bool:
        """Begin the meditation with the phrases, or say gently what they still need."""
        problem = phrases_problem(self.phrases())
        if problem is not None:
            self.problem.setText(self._problem_text(problem))
            self.problem.setVisible(True)
            return False
        self.problem.setVisible(False)
        self.begin.emit(self.phrases(), mode, self.keep_words.isChecked())
        return True

    def _problem_text(self, problem: PhrasesProblem) -> str:
        if problem is PhrasesProblem.NONE:
            return self.tr(
                "There are no phrases here yet. Go back and write a few words to one of the "
                "questions, one answer a line."
            )
        if problem is PhrasesProblem.ONE:
            return self.tr(
                "One phrase is here. The meditation takes two to four: go back and add "
                "another answer, even a small one."
            )
        if problem is PhrasesProblem.TOO_MANY:
            return self.tr(
                "There are more than four. Keep the ones that feel truest, and empty the "
                "others' lines: they stay in your answers."
            )
        return with_args(
            self.tr(
                "One phrase is long to say in a breath. Could it be shorter (at most %1 "
                "characters)?"
            ),
            str(MAX_PHRASE_CHARS),
        )
