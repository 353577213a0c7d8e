"""The compassionate friend reframe: a critical thought, rewritten as you'd say it to a friend.

Six steps in one screen: the thought as it sounds; someone you cherish; would you say this to
them; the kind version; how each version feels; the kind version, large, to read aloud.
Earlier reframes are listed by `PastReframes` (past_reframes.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.voice_store import reframe_key
from kindapp.core.writing.reframe_steps import ReframeExit, ReframeMove, ReframeStep
from kindapp.ui.common.operations import Change
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import with_args
from kindapp.ui.common.voice import VoiceDesk
from kindapp.ui.common.widgets import button, label
from kindapp.ui.writing.caught_list import CaughtThoughts
from kindapp.ui.writing.reframe_parts import RatingSlider, ReadAloud, ThoughtEdit, short

if TYPE_CHECKING:
    from kindapp.core.records import Reframe
    from kindapp.ui.common.operations import Operations

log = logging.getLogger(__name__)

STEPS = ("critical", "person", "would_say", "kind", "feel", "read")
PAIRS = ("motivated", "empowered", "validated")  # = kindapp.core.records.RATING_PAIRS


class ReframeScreen(QWidget):
    """The guided reframe. Needs a Journal to save into."""

    finished = Signal()  # the person is done (from the read-aloud view)
    back = Signal()  # leave from the first step (nothing is saved)
    saved = Signal(int)  # the reframe reached the journal (its id)
    openPast = Signal()  # show past reframes

    def __init__(
        self, ops: Operations, parent: QWidget | None = None, desk: VoiceDesk | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        """Recording the kind version as it is read aloud (None: not offered)."""
        self.setObjectName("Screen")
        self.ops = ops
        self.saved_id: int | None = None
        self._viewing_past = False
        self._answering: int | None = None  # the caught thought this reframe answers

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 26, 48, 22)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("A friend's voice"), "Heading"), 1)
        self.past_button = button(
            self.tr("Past reframes"), "Quiet", accessible=self.tr("Show past reframes")
        )
        head.addWidget(self.past_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(head)
        self.dots = ProgressDots()
        self.dots.set_state(len(STEPS), 0, 0.0)
        outer.addWidget(self.dots)
        outer.addSpacing(8)

        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)

        # 1 — the critical thought
        self.critical = ThoughtEdit(
            self.tr("The critical thought"),
            self.tr("For example: “You always mess things up. What is wrong with you?”"),
        )
        self.caught = CaughtThoughts(ops)
        self.caught.answer.connect(self.answer_caught)
        self._add_step(
            self.tr("The critical thought"),
            self.tr("Write it down just as it sounds in your head. No need to soften it here."),
            [self.critical, self.caught],
        )

        # 2 — someone you cherish
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Someone you cherish"))
        self.person.setPlaceholderText(self.tr("A name, or “a close friend”"))
        self.person.setMaxLength(80)
        self.close_friend = button(
            self.tr("A close friend"), "Quiet", accessible=self.tr("Use “a close friend”")
        )
        self.close_friend.clicked.connect(lambda: self.person.setText(self.tr("a close friend")))
        row = QWidget()
        row_lay = QHBoxLayout(row)
        row_lay.setContentsMargins(0, 0, 0, 0)
        row_lay.addWidget(self.person, 1)
        row_lay.addWidget(self.close_friend)
        self._add_step(
            self.tr("Someone you cherish"),
            self.tr(
                "Think of someone you care about deeply: a friend, a child, a sister, a "
                "younger you. Who comes to mind?"
            ),
            [row],
        )

        # 3 — would you say this to them?
        self.quote = label("", "Quote")
        self.answers = QButtonGroup(self)
        self.answer_buttons: dict[str, QRadioButton] = {}
        answer_row = QWidget()
        ar = QHBoxLayout(answer_row)
        ar.setContentsMargins(0, 4, 0, 4)
        ar.setSpacing(24)
        for value, text in (
            ("yes", self.tr("Yes")),
            ("no", self.tr("No")),
            ("not sure", self.tr("Not sure")),
        ):
            rb = QRadioButton(text)
            rb.setAccessibleName(text)
            self.answers.addButton(rb)
            self.answer_buttons[value] = rb
            ar.addWidget(rb)
            rb.toggled.connect(self._answer_changed)
        ar.addStretch(1)
        self.answer_note = label("", "Gentle")
        self.would_title = label("", "StepHeading")
        self._add_step(
            "", "", [self.quote, answer_row, self.answer_note], title_label=self.would_title
        )

        # 4 — the kind version
        self.kind_quote = label("", "Quote")
        self.kind = ThoughtEdit(
            self.tr("The kind version"),
            self.tr(
                "For example: “That was hard, and you did what you could. What would help now?”"
            ),
        )
        self.kind_hint = label(
            self.tr(
                "If you like, write it to yourself by name, in the third person: “Alex, this "
                "was a rough day, and it makes sense that it hurts.”"
            ),
            "Hint",
        )
        self.kind_title = label("", "StepHeading")
        self._add_step(
            "",
            self.tr("Say what you'd really say: honest, warm, on their side."),
            [self.kind_quote, self.kind, self.kind_hint],
            title_label=self.kind_title,
        )

        # 5 — how each version feels
        feel = QWidget()
        grid = QGridLayout(feel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        words = {
            "motivated": (self.tr("stuck"), self.tr("motivated")),
            "empowered": (self.tr("powerless"), self.tr("empowered")),
            "validated": (self.tr("dismissed"), self.tr("validated")),
        }
        self.ratings: dict[str, dict[str, RatingSlider]] = {"critical": {}, "kind": {}}
        r = 0
        self.feel_quotes: dict[str, QLabel] = {}
        for which, heading in (
            ("critical", self.tr("The critical thought")),
            ("kind", self.tr("The kind version")),
        ):
            grid.addWidget(label(heading.upper(), "StepTitle"), r, 0)
            r += 1
            quote = label("", "SmallQuote")
            self.feel_quotes[which] = quote
            grid.addWidget(quote, r, 0)
            r += 1
            for pair in PAIRS:
                low, high = words[pair]
                acc = with_args(self.tr("%1: from %2 to %3"), heading, low, high)
                rs = RatingSlider(low, high, acc)
                self.ratings[which][pair] = rs
                grid.addWidget(rs, r, 0)
                r += 1
            grid.setRowMinimumHeight(r, 8)
            r += 1
        self._add_step(
            self.tr("How does each one feel?"),
            self.tr("Read each one to yourself and notice, without judging, where it leaves you."),
            [feel],
        )

        # 6 — read aloud
        self.read = ReadAloud()
        self.steps.addWidget(self.read)
        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        outer.addWidget(self.problem)

        nav = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Quiet")
        self.next_button = button(self.tr("Next"), "Primary")
        self.again_button = button(self.tr("Try again"), accessible=self.tr("Try saving again"))
        self.again_button.setVisible(False)
        self.key_hint = label("", "KeyHint", wrap=False)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.key_hint)
        nav.addSpacing(10)
        nav.addWidget(self.again_button)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.again_button.clicked.connect(self.go_next)
        self.past_button.clicked.connect(self.openPast)
        self.critical.textChanged.connect(self._update_nav)
        self.kind.textChanged.connect(self._update_nav)
        self.critical.submitted.connect(self.go_next)
        self.kind.submitted.connect(self.go_next)
        self.person.returnPressed.connect(self.go_next)

        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.go_back)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._enter)
        self.start()

    def _add_step(
        self, title: str, text: str, widgets: list[QWidget], *, title_label: QLabel | None = None
    ) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        heading = title_label if title_label is not None else label(title, "StepHeading")
        if title:
            heading.setText(title)
        lay.addWidget(heading)
        if text:
            lay.addWidget(label(text, "Subtle"))
        lay.addSpacing(6)
        for w in widgets:
            lay.addWidget(w)
        lay.addStretch(1)
        self.steps.addWidget(page)

    # ---- state -----------------------------------------------------------------------------

    def start(self) -> None:
        """A fresh, empty reframe at step one."""
        self.saved_id = None
        self._viewing_past = False
        self._answering = None
        self.caught.refresh()
        self.read.show_voice(None, None)
        self.critical.clear()
        self.person.clear()
        self.kind.clear()
        self.answers.setExclusive(False)
        for rb in self.answer_buttons.values():
            rb.setChecked(False)
        self.answers.setExclusive(True)
        for group in self.ratings.values():
            for rs in group.values():
                rs.set_value(0)
        self.problem.setVisible(False)
        self.again_button.setVisible(False)
        self.past_button.setVisible(True)
        self.go_to(0)

    def step(self) -> ReframeStep:
        return ReframeStep(self.steps.currentIndex())

    def person_name(self) -> str:
        return self.person.text().strip() or self.tr("a close friend")

    def would_say(self) -> str:
        for value, rb in self.answer_buttons.items():
            if rb.isChecked():
                return value
        return ""

    def rating_values(self, which: str) -> dict[str, int]:
        return {pair: rs.value() for pair, rs in self.ratings[which].items()}

    def go_to(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
        self.dots.set_state(len(STEPS), index, 0.0)
        self.dots.setVisible(not self._viewing_past)
        if index == 2:
            self.would_title.setText(
                with_args(self.tr("Would you say this to %1?"), self.person_name())
            )
            self.quote.setText(self._quoted(self.critical.text()))
        if index == 3:
            self.kind_title.setText(
                with_args(self.tr("How would you say it to %1?"), self.person_name())
            )
            self.kind_quote.setText(self._quoted(self.critical.text()))
        if index == 4:
            self.feel_quotes["critical"].setText(self._quoted(short(self.critical.text())))
            self.feel_quotes["kind"].setText(self._quoted(short(self.kind.text())))
        if index == 5 and not self._viewing_past:
            self.read.show_text(self.kind.text(), self.person_name())
        self._update_nav()
        self._focus_step()

    def _quoted(self, text: str) -> str:
        return with_args(self.tr("“%1”", "a thought in quotation marks"), text)

    def _focus_step(self) -> None:
        index = self.step()
        target: QWidget
        if index == 0:
            target = self.critical
        elif index == 1:
            target = self.person
        elif index == 2:
            target = next(
                (rb for rb in self.answer_buttons.values() if rb.isChecked()),
                self.answer_buttons["yes"],
            )
        elif index == 3:
            target = self.kind
        elif index == 4:
            target = self.ratings["critical"]["motivated"].slider
        else:
            target = self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_nav(self) -> None:
        index = self.step()
        ready = True
        if index.needs_words:
            ready = bool((self.critical if index.is_first else self.kind).text())
        self.next_button.setEnabled(ready)
        last = index.is_last
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setText(
            self.tr("Leave")
            if index.back_leaves(viewing_past=self._viewing_past)
            else self.tr("Back")
        )
        self.past_button.setVisible(index == 0 and not self._viewing_past)
        # Once saved, the read-aloud view is left with Done or Esc; going back to edit would
        # only make a second copy.
        self.back_button.setVisible(not (last and self.saved_id is not None))
        if not ready:  # Next waits for words: say so, gently, where the keys are told
            self.key_hint.setText(
                self.tr("Whenever you're ready: a few words here first, in any shape, then Next.")
            )
        elif index in (0, 3):
            self.key_hint.setText(self.tr("Ctrl+Enter: next"))
        elif last:
            self.key_hint.setText("")
        else:
            self.key_hint.setText(self.tr("Enter: next · Esc: back"))

    def _answer_changed(self) -> None:
        answer = self.would_say()
        if answer == "no":
            text = self.tr(
                "That's fine — no need to scold yourself for the scolding. Most of "
                "us speak to ourselves in ways we'd never speak to someone we love."
            )
        elif answer == "yes":
            text = self.tr(
                "Then let's see whether there's a warmer way to say it, to them and to you."
            )
        elif answer == "not sure":
            text = self.tr("That's all right. Let's try a kinder version and see how it feels.")
        else:
            text = ""
        self.answer_note.setText(text)

    # ---- moving ----------------------------------------------------------------------------

    def _enter(self) -> None:
        # Enter moves on where a single line or a choice is asked; in the multi-line steps,
        # Enter is a new line and Ctrl+Enter moves on (handled by ThoughtEdit).
        focus = self.focusWidget()
        if isinstance(focus, QPlainTextEdit):
            return
        if isinstance(focus, QPushButton):
            focus.click()
            return
        self.go_next()

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        self._move(self.step().next(viewing_past=self._viewing_past))

    def go_back(self) -> None:
        saved = self.saved_id is not None
        self._move(self.step().back(viewing_past=self._viewing_past, saved=saved))

    def _move(self, move: ReframeMove) -> None:
        if move.to is None:
            (self.back if move.exit is ReframeExit.LEAVE else self.finished).emit()
        elif not move.save_first or self._save():
            self.go_to(move.to)

    def _save(self) -> bool:
        from kindapp.core.errors import JournalError

        if self.saved_id is not None:
            return True
        words = (  # read here, on the UI thread; written on the journal's
            self.critical.text(),
            self.person.text().strip() or self.person_name(),
            self.would_say(),
            self.kind.text(),
            self.rating_values("critical"),
            self.rating_values("kind"),
        )
        try:
            r = self.ops.write(lambda j: j.add_reframe(*words), {Change.REFRAMES})
        except JournalError as exc:
            log.warning("reframe not saved: %s", exc)
            text = self.tr(
                "Kind couldn't save this just now: %1. Your words are still here; try again "
                "in a moment."
            )
            self.problem.setText(with_args(text, plain_reason(exc)))
            self.problem.setVisible(True)
            self.again_button.setVisible(True)
            return False
        self.problem.setVisible(False)
        self.again_button.setVisible(False)
        self.saved_id = r.id
        self.read.show_voice(self.desk, reframe_key(r.uid))
        answered = self._answering
        if answered is not None:  # answered: it need not wait any more
            try:
                self.ops.write(lambda j: j.let_go(answered), {Change.CAUGHT})
            except JournalError as exc:
                log.warning("caught thought kept after its reframe: %s", exc)
            self._answering = None
        self.saved.emit(r.id)
        return True

    def answer_caught(self, caught_id: int, thought: str) -> None:
        """Begin with a caught thought as the critical thought, and go on to the next step."""
        self._answering = caught_id
        self.critical.setPlainText(thought)
        self.go_to(ReframeStep.PERSON)

    def show_reframe(self, reframe: Reframe) -> None:
        """Open a past reframe in the large read-aloud view."""
        self._viewing_past = True
        self.saved_id = reframe.id
        self.read.show_text(reframe.kind_version, reframe.person)
        self.read.show_voice(self.desk, reframe_key(reframe.uid))
        self.go_to(len(STEPS) - 1)
