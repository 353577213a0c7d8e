"""One coarse single-shot QTimer armed to the next one-off gentle reminder (a next step, a
kind day's invitations and look back; see kindapp.core.nudges), as ReminderTimer does for the
repeating plan: nothing polls, and nothing is armed when nothing is pending.

`pending(now)` is asked again whenever the timer fires, `refresh()` is called (the journal's
entries changed), or the application becomes active (a suspend may have passed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from kindapp.core.reminders import (
    OneOff,
    ReminderClock,
    SystemReminderClock,
    due_one_offs,
    next_one_off,
    seconds_between,
)

log = logging.getLogger(__name__)
MAX_ARM_S = 3600.0


class NudgeTimer(QObject):
    due = Signal(object)  # a OneOff

    def __init__(
        self,
        pending: Callable[[datetime], list[OneOff]],
        clock: ReminderClock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pending = pending
        self._clock: ReminderClock = clock or SystemReminderClock()
        self._items: list[OneOff] = []
        self._since: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.check)

    def armed_ms(self) -> int | None:
        return self._timer.interval() if self._timer.isActive() else None

    def next_due(self) -> OneOff | None:
        return next_one_off(self._items, self._since) if self._since is not None else None

    def check(self) -> None:
        """Deliver what came due since the last look, then arm for the next."""
        now = self._clock.wall()
        if self._since is not None:
            for item in due_one_offs(self._items, self._since, now):
                self.due.emit(item)
        self.refresh(now)

    def refresh(self, now: datetime | None = None) -> None:
        now = now or self._clock.wall()
        self._timer.stop()
        self._since = now
        self._items = self._pending(now)
        upcoming = next_one_off(self._items, now)
        if upcoming is not None:
            wait_ms = seconds_between(now, upcoming.at) * 1000.0
            self._timer.start(int(min(max(wait_ms, 0.0), MAX_ARM_S * 1000)))

    def stop(self) -> None:
        self._timer.stop()
