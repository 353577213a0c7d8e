"""One coarse single-shot QTimer armed to the next reminder, from the wall clock.

There is never more than one pending timer and nothing polls: the timer is armed for the time
left until the next due instant (capped, see MAX_ARM_S), and each time it fires, or `check()` is
called (the app connects it to QGuiApplication.applicationStateChanged; a resume signal can be
connected too), the clocks are compared:

- if the wall clock jumped (suspend and resume, the clock was set, the time zone changed), the
  next due time is computed again from the current wall clock and zone;
- if the due time has come (within a second: coarse timers may fire a little early), `due` is
  emitted, unless the machine slept through it by more than LATE_GRACE_S (then it is quietly
  skipped: a stale invitation is worth nothing, and skipping costs nothing);
- if it has not come yet (an early or capped fire), the timer is armed for what is left.

MAX_ARM_S bounds how late a reminder can be noticed after a suspend the app was not told of: a
timer counts monotonic time, which stops while the machine sleeps. With the default of one hour
and reminders every two hours, that is at most two extra wake-ups in two hours, and none at all
while reminders are off.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from kindapp.core.reminders import (
    ReminderClock,
    ReminderPlan,
    SystemReminderClock,
    detect_jump,
    next_due,
    seconds_between,
)

log = logging.getLogger(__name__)

MAX_ARM_S = 3600.0
LATE_GRACE_S = 600.0
EARLY_TOLERANCE_S = 1.0


class ReminderTimer(QObject):
    due = Signal()
    nextDueChanged = Signal(object)
    """The next due instant (an aware datetime) or None; for the tray's tooltip."""
    planChanged = Signal(object)
    """The plan after snooze() changed it (the app saves it)."""

    def __init__(
        self,
        plan: ReminderPlan | None = None,
        clock: ReminderClock | None = None,
        parent: QObject | None = None,
        *,
        max_arm_s: float = MAX_ARM_S,
        late_grace_s: float = LATE_GRACE_S,
    ) -> None:
        super().__init__(parent)
        self._clock: ReminderClock = clock or SystemReminderClock()
        self._plan = plan or ReminderPlan()
        self._max_arm_ms = int(max_arm_s * 1000)
        self._late_grace_s = late_grace_s
        self._due: datetime | None = None
        self._ref: tuple[datetime, float] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self.check)
        self._arm(self._clock.wall())

    # -- the API ---------------------------------------------------------------------------
    def plan(self) -> ReminderPlan:
        return self._plan

    def set_plan(self, plan: ReminderPlan) -> None:
        self._plan = plan
        self._arm(self._clock.wall())

    def next_due(self) -> datetime | None:
        return self._due

    def snooze(self, until: datetime | None) -> None:
        """No reminder before `until` (None ends a snooze); emits planChanged."""
        self.set_plan(replace(self._plan, snoozed_until=until))
        self.planChanged.emit(self._plan)

    def armed_ms(self) -> int | None:
        """The pending timer's interval, or None when nothing is scheduled (for tests)."""
        return self._timer.interval() if self._timer.isActive() else None

    def stop(self) -> None:
        self._timer.stop()
        self._due = None

    # -- the one timer ---------------------------------------------------------------------
    def check(self) -> None:
        """Compare the clocks: deliver a due reminder, or re-arm after a jump or early fire."""
        wall, mono = self._clock.wall(), self._clock.monotonic()
        if self._ref is not None and detect_jump(self._ref[0], self._ref[1], wall, mono):
            log.info("reminders: the clock or time zone changed; scheduling again")
        due = self._due
        if due is None or not self._plan.enabled:
            self._arm(wall)
            return
        early_s = seconds_between(wall, due)
        if early_s > EARLY_TOLERANCE_S:
            self._arm(wall)  # not yet (early fire, capped wait, or the clock went back)
            return
        # Arm first, so a slot connected to `due` sees the next due time.
        self._arm(max(wall, due))
        if -early_s <= self._late_grace_s:
            self.due.emit()
        else:
            log.info("reminders: slept through one due %s; letting it go", due.isoformat())

    def _arm(self, after: datetime) -> None:
        old = self._due
        self._timer.stop()
        self._due = next_due(self._plan, after) if self._plan.enabled else None
        self._ref = (self._clock.wall(), self._clock.monotonic())
        if self._due is not None:
            wait_ms = seconds_between(self._ref[0], self._due) * 1000.0
            self._timer.start(int(min(max(wait_ms, 0.0), self._max_arm_ms)))
        if self._due != old:
            self.nextDueChanged.emit(self._due)
