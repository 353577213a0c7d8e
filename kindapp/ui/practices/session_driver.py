"""The thin Qt adapter over PracticeRun: one precise single-shot timer armed to each deadline."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from kindapp.core.practice_run import PracticeRun
from kindapp.core.session import State, Transition


class SessionDriver(QObject):
    """Arms a single-shot timer to the session's next deadline; emits `changed` on transitions."""

    changed = Signal(object)  # Transition
    ended = Signal(str)  # "finished" | "stopped"

    def __init__(self, run: PracticeRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.session = run.session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_deadline)
        self.session.add_listener(self._on_transition)

    def start(self, lead_s: float = 0.0) -> None:
        self.run.start(lead_s)
        self._arm()

    def _on_transition(self, tr: Transition) -> None:
        self._arm()
        self.changed.emit(tr)
        if tr.new in (State.FINISHED, State.STOPPED):
            self.ended.emit(tr.new.value)

    def _on_deadline(self) -> None:
        if self.session.state is State.RUNNING:
            self.session.tick()
        self._arm()

    def _arm(self) -> None:
        deadline = self.session.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        remaining_ms = max(0, math.ceil((deadline - self.run.clock.now()) * 1000))
        self._timer.start(remaining_ms)

    @property
    def armed(self) -> bool:
        return self._timer.isActive()
