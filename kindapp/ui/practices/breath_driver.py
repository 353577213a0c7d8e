"""Breath phase boundaries during a paced step: logged against the clock, and (if wanted)
marked with the soft in- and out-breath sounds. One precise single-shot timer, armed to the
next boundary computed from the session clock, never counted."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from kindapp.core.breathing import Phase
from kindapp.core.session import Session, State, Transition

events = logging.getLogger("kindapp.events")

_CUES = {Phase.IN: "inhale", Phase.OUT: "exhale"}


class BreathDriver(QObject):
    def __init__(
        self,
        session: Session,
        now: Callable[[], float],
        play: Callable[[str], None] | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._now = now
        self._play = play
        self._due: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer)
        session.add_listener(self._on_transition)

    def _on_transition(self, tr: Transition) -> None:
        self._arm()

    def _arm(self) -> None:
        self._timer.stop()
        self._due = None
        s = self.session
        pattern = s.step.pattern
        if s.state is not State.RUNNING or pattern is None:
            return
        step_start = s.practice.step_starts()[s.step_index]
        boundary = pattern.next_boundary(s.step_elapsed())
        if boundary >= s.step.duration_s - 1e-6:
            return  # the step (and its own cue) ends first
        due = s.clock_time_of(step_start + boundary)
        if due is None:
            return
        self._due = due
        self._timer.start(max(0, math.ceil((due - self._now()) * 1000)))

    def _on_timer(self) -> None:
        due, now = self._due, self._now()
        if due is None:
            return
        if now < due - 0.0005:  # woke a hair early: wait for the real boundary
            self._timer.start(max(0, math.ceil((due - now) * 1000)))
            return
        pattern = self.session.step.pattern
        if pattern is not None and self.session.state is State.RUNNING:
            phase, _ = pattern.phase_at(self.session.step_elapsed(due) + 1e-6)
            events.info("breath-phase phase=%s due=%.6f at=%.6f", phase.name.lower(), due, now)
            cue = _CUES.get(phase)
            if cue and self._play is not None:
                self._play(cue)
        self._arm_after(due)

    def _arm_after(self, due: float) -> None:
        # Arm from the boundary just passed, so a late wake-up never skips or repeats one.
        s = self.session
        pattern = s.step.pattern
        if s.state is not State.RUNNING or pattern is None:
            return
        boundary = pattern.next_boundary(s.step_elapsed(due) + 1e-6)
        if boundary >= s.step.duration_s - 1e-6:
            self._due = None
            return
        nxt = s.clock_time_of(s.practice.step_starts()[s.step_index] + boundary)
        if nxt is None:
            return
        self._due = nxt
        self._timer.start(max(0, math.ceil((nxt - self._now()) * 1000)))

    def stop(self) -> None:
        self._timer.stop()
        self._due = None
