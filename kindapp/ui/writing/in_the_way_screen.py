"""What's in the way? Compassionate problem-solving in five calm steps (the rules are in
kindapp.core.writing.in_the_way): what is hard, what might be in the way, one gentle question,
one small next step (and a reminder of it, if wanted), and what was kept, read back.

Strings of the steps live in core (context "practices"); this screen only shows them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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

from kindapp.core.writing.in_the_way import REASONS, REMIND_CHOICES, WayStep, reason_for, remind_at
from kindapp.core.writing.in_the_way_store import add_in_the_way
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.operations import Change
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.widgets import button, label
from kindapp.ui.writing.reframe_parts import ThoughtEdit

if TYPE_CHECKING:
    from kindapp.core.writing.in_the_way_store import InTheWay
    from kindapp.ui.common.operations import Operations
    from kindapp.ui.common.practice_page import PageWiring

log = logging.getLogger(__name__)
STEPS = len(WayStep)


class InTheWayScreen(QWidget):
    finished = Signal()
    saved = Signal(int)  # the entry reached the journal (its id)
    learnWanted = Signal()  # "Accountability, not punishment" in Learn (LEARN_TOPIC)

    def __init__(
        self,
        ops: Operations,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.ops = ops
        self._now = now
        self.saved_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 26, 48, 22)
        outer.setSpacing(6)
        outer.addWidget(label(self.tr("What's in the way?"), "Heading"))
        self.dots = ProgressDots()
        outer.addWidget(self.dots)
        outer.addSpacing(8)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)

        self.hard = ThoughtEdit(
            self.tr("What is hard to start or keep going"),
            self.tr("For example: “Answering that email” or “Going for a run again”"),
        )
        self._page(
            self.tr("What is hard to start, or to keep going?"),
            self.tr(
                "Name it plainly. There is probably a good reason it's hard; let's look for it."
            ),
            [self.hard],
        )

        self.reasons = QButtonGroup(self)
        self.reason_buttons: dict[str, QRadioButton] = {}
        choices = QWidget()
        cl = QVBoxLayout(choices)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(8)
        for r in REASONS:
            rb = QRadioButton(practice_text(r.label))
            rb.setAccessibleName(practice_text(r.label))
            self.reasons.addButton(rb)
            self.reason_buttons[r.key] = rb
            cl.addWidget(rb)
            rb.toggled.connect(self._update)
        self.own_reason = QLineEdit()
        self.own_reason.setMaxLength(200)
        self.own_reason.setAccessibleName(self.tr("What's in the way, in your own words"))
        self.own_reason.setPlaceholderText(self.tr("In your own words"))
        self.own_reason.textChanged.connect(self._update)
        cl.addWidget(self.own_reason)
        self.reason_title = label("", "StepHeading")
        self._page(
            "",
            self.tr(
                "Instead of “what's wrong with me?”, try “what is making this hard?” "
                "Choose what fits best."
            ),
            [choices],
            title_label=self.reason_title,
        )

        self.question = label("", "StepHeading")
        self.answer = ThoughtEdit(
            self.tr("Your answer (optional)"), self.tr("A few words are enough, if you like.")
        )
        self._page(
            "",
            self.tr("There's no wrong answer. Take your time."),
            [self.answer],
            title_label=self.question,
        )

        self.next_step = QLineEdit()
        self.next_step.setMaxLength(300)
        self.next_step.setAccessibleName(self.tr("One small next step"))
        self.next_step.setPlaceholderText(
            self.tr("For example: “Open the file and read the first line”")
        )
        self.next_step.textChanged.connect(self._update)
        self.remind = QComboBox()
        self.remind.setAccessibleName(self.tr("A gentle reminder of it"))
        for choice, text in REMIND_CHOICES:
            self.remind.addItem(practice_text(text), choice)
        remind_row = QHBoxLayout()
        remind_row.addWidget(label(self.tr("A gentle reminder of it?"), wrap=False))
        remind_row.addWidget(self.remind)
        remind_row.addStretch(1)
        holder = QWidget()
        holder.setLayout(remind_row)
        remind_row.setContentsMargins(0, 8, 0, 0)
        self._page(
            self.tr("One small next step"),
            self.tr("Something small enough to do soon. Not a plan to live up to, just one step."),
            [self.next_step, holder],
        )

        self.kept = label("", "Quote")
        self.kept.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept_note = label(
            self.tr(
                "Whatever happens with it, your worth stays just where it was. "
                "It's kept in your journal, for you alone."
            ),
            "Gentle",
        )
        self.learn_button = button(
            self.tr("Accountability, not punishment"),
            "Quiet",
            accessible=self.tr("Read about accountability without punishment, in Learn"),
        )
        self.learn_button.clicked.connect(self.learnWanted)
        learn_row = QHBoxLayout()
        learn_row.setContentsMargins(0, 0, 0, 0)
        learn_row.addWidget(self.learn_button)
        learn_row.addStretch(1)
        learn_holder = QWidget()
        learn_holder.setLayout(learn_row)
        self._page(self.tr("What you found"), "", [self.kept, self.kept_note, learn_holder])

        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        outer.addWidget(self.problem)
        nav = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Quiet")
        self.next_button = button(self.tr("Next"), "Primary")
        self.key_hint = label("", "KeyHint", wrap=False)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.key_hint)
        nav.addSpacing(10)
        nav.addWidget(self.next_button)
        outer.addLayout(nav)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.hard.textChanged.connect(self._update)
        self.hard.submitted.connect(self.go_next)
        self.answer.submitted.connect(self.go_next)
        self.next_step.returnPressed.connect(self.go_next)
        self.own_reason.returnPressed.connect(self.go_next)
        shortcut(self, Qt.Key.Key_Escape, self.go_back)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(self, key, self._enter)
        self.open()

    def _page(
        self, title: str, text: str, widgets: list[QWidget], *, title_label: QLabel | None = None
    ) -> None:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        heading = title_label if title_label is not None else label(title, "StepHeading")
        lay.addWidget(heading)
        if text:
            lay.addWidget(label(text, "Subtle"))
        lay.addSpacing(6)
        for w in widgets:
            lay.addWidget(w)
        lay.addStretch(1)
        self.steps.addWidget(page)

    # -- state -----------------------------------------------------------------------------
    def open(self) -> None:
        """A new look, from the first step."""
        self.saved_id = None
        self.hard.clear()
        self.answer.clear()
        self.next_step.clear()
        self.own_reason.clear()
        self.reasons.setExclusive(False)
        for rb in self.reason_buttons.values():
            rb.setChecked(False)
        self.reasons.setExclusive(True)
        self.remind.setCurrentIndex(0)
        self.problem.setVisible(False)
        self.go_to(WayStep.HARD_THING)

    def step(self) -> WayStep:
        return WayStep(self.steps.currentIndex())

    def reason(self) -> str:
        return next((k for k, rb in self.reason_buttons.items() if rb.isChecked()), "")

    def go_to(self, step: WayStep) -> None:
        self.steps.setCurrentIndex(int(step))
        self.dots.set_state(STEPS, int(step), 0.0)
        if step is WayStep.REASON:
            self.reason_title.setText(
                with_args(self.tr("What might be in the way of “%1”?"), self.hard.text())
            )
        if step is WayStep.QUESTION:
            r = reason_for(self.reason())
            self.question.setText(practice_text(r.question) if r is not None else "")
        self._update()
        target: QWidget = {
            WayStep.HARD_THING: self.hard,
            WayStep.REASON: self.reason_buttons.get(self.reason() or REASONS[0].key),
            WayStep.QUESTION: self.answer,
            WayStep.NEXT_STEP: self.next_step,
        }.get(step) or self.next_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self) -> None:
        step = self.step()
        self.own_reason.setVisible(self.reason() == "other")
        ready = step.ready(
            hard_thing=self.hard.text(),
            reason=self.reason(),
            reason_words=self.own_reason.text(),
            next_step=self.next_step.text(),
        )
        self.next_button.setEnabled(ready)
        self.next_button.setText(self.tr("Done") if step.is_last else self.tr("Next"))
        self.back_button.setText(self.tr("Leave") if step.is_first else self.tr("Back"))
        self.back_button.setVisible(not step.is_last)
        if not ready:  # Next waits for an answer: say so, gently, where the keys are told
            self.key_hint.setText(
                self.tr("Whenever you're ready: a few words or a choice here first, then Next.")
            )
        elif step in (WayStep.HARD_THING, WayStep.QUESTION):
            self.key_hint.setText(self.tr("Ctrl+Enter: next"))
        elif step.is_last:
            self.key_hint.setText("")
        else:
            self.key_hint.setText(self.tr("Enter: next · Esc: back"))

    # -- moving ----------------------------------------------------------------------------
    def _enter(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPlainTextEdit | QComboBox):
            return
        if isinstance(focus, QPushButton):
            focus.click()
            return
        self.go_next()

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.step()
        if step.is_last:
            self.finished.emit()
            return
        if step.saves and not self._save():
            return
        self.go_to(WayStep(step + 1))

    def go_back(self) -> None:
        step = self.step()
        if step.is_first or step.is_last:
            self.finished.emit()
        else:
            self.go_to(WayStep(step - 1))

    def _save(self) -> bool:
        from kindapp.core.errors import JournalError

        when = remind_at(str(self.remind.currentData()), self._now())
        words = (  # read here, on the UI thread; written on the journal's
            self.hard.text(),
            self.reason(),
            self.own_reason.text().strip() if self.reason() == "other" else "",
            self.answer.text(),
            self.next_step.text().strip(),
            when,
        )
        try:
            entry = self.ops.write(lambda j: add_in_the_way(j, *words), {Change.MOMENTS})
        except JournalError as exc:
            log.warning("not kept: %s", exc)
            self.problem.setText(
                with_args(
                    self.tr("Kind couldn't keep this just now: %1. Your words are still here."),
                    plain_reason(exc),
                )
            )
            self.problem.setVisible(True)
            return False
        self.problem.setVisible(False)
        self.saved_id = entry.id
        self.show_kept(entry)
        self.saved.emit(entry.id)
        return True

    def show_kept(self, entry: InTheWay) -> None:
        r = reason_for(entry.reason)
        why = entry.reason_words or (practice_text(r.label) if r is not None else entry.reason)
        lines = [
            with_args(self.tr("Hard right now: %1"), entry.hard_thing),
            with_args(self.tr("What might be in the way: %1"), why),
        ]
        if entry.answer:
            lines.append(with_args(self.tr("What you noticed: %1"), entry.answer))
        lines.append(with_args(self.tr("One small next step: %1"), entry.next_step))
        if entry.remind_at is not None:
            at = entry.remind_at.astimezone().strftime("%H:%M")
            lines.append(with_args(self.tr("A gentle reminder comes at %1."), at))
        self.kept.setText("\n\n".join(lines))
        self.kept.setAccessibleName(" ".join(lines))


LEARN_TOPIC = "accountability"
"""The Learn topic its "Accountability, not punishment" button opens."""


def build_page(w: PageWiring) -> InTheWayScreen:
    """The page as the writing flow shows it (the registry entry's Page)."""
    page = InTheWayScreen(w.ops, w.now)
    page.finished.connect(w.finished)
    page.saved.connect(lambda _id: w.kept())
    page.learnWanted.connect(lambda: w.learn(LEARN_TOPIC))
    return page
