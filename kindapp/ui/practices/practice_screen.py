"""The practice screen: one step at a time, the phrase large and calm, with the gesture or the
breathing pacer above it when the step has one.

Space pauses and resumes, the arrows go back and forward, Esc leaves, G opens the grounding
pause (feet, breath, the room; Continue or Leave). The same actions are visible as buttons.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QPropertyAnimation, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QHideEvent
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLayout,
    QStackedLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.practices import StepKind
from kindapp.core.practices.giving_receiving import FOR_ME, FOR_NAME, FOR_YOU, ME, breath_for_at
from kindapp.core.session import IllegalTransition, State, Transition
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import scroll_area
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import button, label
from kindapp.ui.practices.body_outline import BodyOutline
from kindapp.ui.practices.choosers import GestureArt
from kindapp.ui.practices.control_row import ControlRow
from kindapp.ui.practices.grounding_pause import GroundingPause
from kindapp.ui.practices.pacer import Pacer
from kindapp.ui.practices.session_driver import SessionDriver


class PracticeScreen(QWidget):
    leaveRequested = Signal()
    groundRequested = Signal()
    continueRequested = Signal()  # Continue, from the grounding pause
    leaveFromGroundRequested = Signal()  # Leave, from the grounding pause

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._driver: SessionDriver | None = None

        self.practice_title = label("", "Subtle", center=True)
        self.step_title = label("", "StepTitle", center=True)
        self.text = label("", "Phrase", center=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.hint = label("", "Hint", center=True)
        self.paused_tag = label(
            self.tr("Paused. Press Space to go on when you're ready."), "PausedTag", center=True
        )
        self.paused_tag.setVisible(False)
        self.dots = ProgressDots()
        self.gesture = GestureArt()
        self.pacer = Pacer()
        self.outline = BodyOutline()
        self.visual = QStackedWidget()
        self.visual.addWidget(self.gesture)
        self.visual.addWidget(self.pacer)
        self.visual.addWidget(self.outline)
        # Whom this breath is for (giving and receiving compassion), under the pacer.
        self.for_whom = label("", "StepTitle", center=True)
        self.for_whom.setVisible(False)
        self._for_name = ""
        self.pacer.phaseChanged.connect(lambda _phase: self._show_for_whom())
        self.visual.setMinimumHeight(220)
        self.visual.setVisible(False)
        self._reduced_motion = False

        # The words fade in with each step. The effect is on only while they fade: a label
        # drawn through an opacity effect inside a scrolled page is not drawn at all (Qt paints
        # the effect's source at the unscrolled place), so at large text, with the page
        # scrolled down to the buttons, the step's words would vanish.
        self._fade = QGraphicsOpacityEffect(self.text)
        self._fade.setOpacity(1.0)
        self._fade.setEnabled(False)
        self.text.setGraphicsEffect(self._fade)
        self._fade_anim = QPropertyAnimation(self._fade, b"opacity", self)
        self._fade_anim.setDuration(700)
        self._fade_anim.setStartValue(0.0)
        self._fade_anim.setEndValue(1.0)
        self._fade_anim.finished.connect(lambda: self._fade.setEnabled(False))

        self.back_button = button(self.tr("Back"), tip=self.tr("Back (Left arrow)"))
        self.pause_button = button(self.tr("Pause"), "Primary", tip=self.tr("Pause (Space)"))
        self.next_button = button(self.tr("Next"), tip=self.tr("Next (Right arrow)"))
        self.leave_button = button(self.tr("Leave"), "Quiet", tip=self.tr("Leave (Esc)"))
        self.ground_button = button(
            self.tr("Ground"),
            "Quiet",
            tip=self.tr("Too much right now? Pause and feel the ground under you (G)"),
        )
        self.ground_button.clicked.connect(self.ground)
        for b in (
            self.back_button,
            self.pause_button,
            self.next_button,
            self.leave_button,
            self.ground_button,
        ):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.back_button.clicked.connect(self.go_back)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.go_next)
        self.leave_button.clicked.connect(self.leave)

        self.body = QWidget()
        lay = QVBoxLayout(self.body)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        lay.setContentsMargins(56, 32, 56, 28)
        lay.addWidget(self.practice_title)
        lay.addStretch(2)
        lay.addWidget(self.step_title)
        lay.addSpacing(14)
        lay.addWidget(self.visual, 4)
        lay.addWidget(self.for_whom)
        lay.addSpacing(10)
        lay.addWidget(self.text)
        lay.addSpacing(14)
        lay.addWidget(self.hint)
        lay.addStretch(3)
        lay.addWidget(self.paused_tag)
        lay.addSpacing(8)
        lay.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addSpacing(18)
        steps = QWidget()  # Back, Pause, Next: together, in the middle
        steps_row = QHBoxLayout(steps)
        steps_row.setContentsMargins(0, 0, 0, 0)
        for b in (self.back_button, self.pause_button, self.next_button):
            steps_row.addWidget(b)
        self.controls = ControlRow()
        self.controls.addWidget(self.leave_button)
        self.controls.addWidget(steps)
        self.controls.addWidget(self.ground_button)
        lay.addLayout(self.controls)
        lay.addSpacing(10)
        lay.addWidget(
            label(
                self.tr("Space pauses · ← and → move between steps · Esc leaves · G grounds"),
                "KeyHint",
                center=True,
            )
        )
        self.grounding = GroundingPause()
        self.grounding.continueRequested.connect(self.continueRequested)
        self.grounding.leaveRequested.connect(self.leaveFromGroundRequested)
        # Scrolls when larger text makes the step taller than the window, instead of
        # squeezing its words; the keys stay with the practice, not the scroll area.
        self._body_area = scroll_area(self.body, reading=False)
        self._body_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._pages = QStackedLayout(self)
        self._pages.addWidget(self._body_area)
        self._pages.addWidget(self.grounding)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Left, self.go_back),
            (Qt.Key.Key_Right, self.go_next),
            (Qt.Key.Key_Escape, self.leave),
            (Qt.Key.Key_G, self.ground),
            (Qt.Key.Key_Return, self._continue_if_grounding),
            (Qt.Key.Key_Enter, self._continue_if_grounding),
        ):
            shortcut(self, key, slot, ctx)

        # Repaints the progress ring a few times a second, only while a step is running.
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._update_progress)

    # -- binding ---------------------------------------------------------------------------
    def bind(self, driver: SessionDriver) -> None:
        self.unbind()
        self._driver = driver
        driver.changed.connect(self._on_changed)
        self.practice_title.setText(practice_text(driver.run.practice.title))
        self._show_step(animate=False)
        self._show_state()

    def unbind(self) -> None:
        self.show_grounding(False)
        if self._driver is not None:
            self._driver.changed.disconnect(self._on_changed)
            self._driver = None
        self._for_name = ""
        self._progress_timer.stop()
        self.pacer.set_running(False)

    def set_reduced_motion(self, reduced: bool) -> None:
        self._reduced_motion = reduced
        self.pacer.set_reduced_motion(reduced)

    @property
    def driver(self) -> SessionDriver | None:
        return self._driver

    # -- actions ---------------------------------------------------------------------------
    def _act(self, name: str) -> None:
        if self._driver is None or self.is_grounding():
            return
        session = self._driver.session
        if session.state not in (State.RUNNING, State.PAUSED):
            return
        with contextlib.suppress(IllegalTransition):
            getattr(session, name)()

    def toggle_pause(self) -> None:
        if self.is_grounding():
            self.continueRequested.emit()
            return
        self._act("toggle_pause")

    def go_back(self) -> None:
        self._act("back")

    def go_next(self) -> None:
        self._act("next")

    def leave(self) -> None:
        if self.is_grounding():
            self.leaveFromGroundRequested.emit()
            return
        self.leaveRequested.emit()

    def ground(self) -> None:
        if not self.is_grounding():
            self.groundRequested.emit()

    def _continue_if_grounding(self) -> None:
        if self.is_grounding():
            self.continueRequested.emit()

    # -- the grounding pause ----------------------------------------------------------------
    def is_grounding(self) -> bool:
        return self._pages.currentWidget() is self.grounding

    def show_grounding(self, shown: bool) -> None:
        """Show the grounding pause over the practice (or go back to the practice)."""
        self._pages.setCurrentWidget(self.grounding if shown else self._body_area)
        if shown:
            self.grounding.focus_first()

    # -- display ---------------------------------------------------------------------------
    def _on_changed(self, tr: Transition) -> None:
        if tr.step_changed or tr.old is State.READY:
            self._show_step(animate=True)
        self._show_state()

    def _show_step(self, *, animate: bool) -> None:
        assert self._driver is not None
        session = self._driver.session
        step = session.step
        single = len(session.practice.steps) == 1 and step.title == session.practice.title
        self.step_title.setText("" if single else practice_text(step.title).upper())
        self.step_title.setVisible(not single)
        paced = step.pattern is not None or step.follow_own_breath
        visual = paced or step.gesture is not None or step.place is not None
        self.visual.setVisible(visual)
        if paced:
            self.visual.setCurrentWidget(self.pacer)
            self.pacer.set_source(session.step_elapsed, 0.0, step.pattern)
        elif step.gesture is not None:
            self.gesture.set_gesture(step.gesture)
            self.visual.setCurrentWidget(self.gesture)
        elif step.place is not None:
            self.outline.set_place(step.place)
            self.visual.setCurrentWidget(self.outline)
        self._show_for_whom()
        big = step.kind is StepKind.PHRASE or (step.kind is StepKind.TOUCH and step.id == "touch")
        self.text.setObjectName("Phrase" if big else "Intro")
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        # The person's own words are shown as written; the suggested phrases are translated.
        own = step.editable and step.text not in session.practice.alternatives.get(step.id, ())
        # Several phrases, one a line (finding your phrases): each line is translated on its
        # own (Kind's examples are; a person's own words are shown as written).
        shown = step.text if own else "\n".join(map(practice_text, step.text.split("\n")))
        self.text.setText(shown)
        self.text.setAccessibleName(shown)
        # Tell assistive technology the step changed (a screen reader speaks the new phrase).
        self.text.setAccessibleDescription(practice_text(step.title))
        QAccessible.updateAccessibility(QAccessibleEvent(self.text, QAccessible.Event.NameChanged))
        self.hint.setText(practice_text(step.hint) if step.hint else "")
        self.hint.setVisible(bool(step.hint))
        if animate:
            self._fade_anim.stop()
            self._fade.setEnabled(True)
            self._fade_anim.start()
        self._update_progress()

    def set_breathing_for(self, name: str) -> None:
        """The name of the person breathed for (shown during the practice, never kept)."""
        self._for_name = name.strip()
        if self._driver is not None:
            self._show_for_whom()

    def _show_for_whom(self) -> None:
        if self._driver is None:
            return
        session = self._driver.session
        whom = breath_for_at(session.step, session.step_elapsed())
        self.for_whom.setVisible(whom is not None)
        if whom is None:
            self.for_whom.setText("")
        elif whom == ME:
            self.for_whom.setText(practice_text(FOR_ME))
        elif self._for_name:
            self.for_whom.setText(practice_text(FOR_NAME).format(name=self._for_name))
        else:
            self.for_whom.setText(practice_text(FOR_YOU))
        self.for_whom.setAccessibleName(self.for_whom.text())

    def _show_state(self) -> None:
        assert self._driver is not None
        state = self._driver.session.state
        paused = state is State.PAUSED
        self.paused_tag.setVisible(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_button.setToolTip(
            self.tr("Resume (Space)") if paused else self.tr("Pause (Space)")
        )
        self.pause_button.setAccessibleName(self.pause_button.text())
        active = state in (State.RUNNING, State.PAUSED)
        for b in (self.back_button, self.pause_button, self.next_button):
            b.setEnabled(active)
        if state is State.RUNNING:
            self._progress_timer.start()
        else:
            self._progress_timer.stop()
        self.pacer.set_running(state is State.RUNNING)
        self._update_progress()

    def _update_progress(self) -> None:
        if self._driver is None:
            return
        session = self._driver.session
        self.dots.set_state(
            len(session.practice.steps), session.step_index, session.step_progress()
        )
        if self.for_whom.isVisible():
            self._show_for_whom()  # the pacer's phase change says it first; this keeps it true

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._progress_timer.stop()
