"""ReminderTimer: one coarse single-shot timer, re-armed from an injected wall + monotonic clock.

Most tests step the fake clocks and call check() (what the QTimer's timeout does); one lets a
real timer fire.
"""

from __future__ import annotations

import time as _time
from datetime import datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTimer

from kindapp.core.reminders import ReminderPlan
from kindapp.ui.desktop.reminder_timer import ReminderTimer

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")


class FakeClocks:
    """Wall and monotonic clocks that move when told: together (time passes), or the wall
    alone (suspend, a clock change), or the zone (a time-zone change)."""

    def __init__(self, wall: datetime) -> None:
        self._wall = wall
        self._mono = 1000.0

    def wall(self) -> datetime:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        self._wall += timedelta(seconds=seconds)
        self._mono += seconds

    def set_wall(self, wall: datetime) -> None:
        self._wall = wall

    def set_zone(self, zone: tzinfo) -> None:
        self._wall = self._wall.astimezone(zone)


class RealShiftedClocks:
    """The real monotonic clock, and a wall clock that follows it from a chosen start."""

    def __init__(self, wall: datetime) -> None:
        self._base_wall, self._base_mono = wall, _time.monotonic()

    def wall(self) -> datetime:
        return self._base_wall + timedelta(seconds=_time.monotonic() - self._base_mono)

    def monotonic(self) -> float:
        return _time.monotonic()


MON = datetime(2025, 6, 2, tzinfo=BERLIN)
PLAN = ReminderPlan(enabled=True, every_h=2.0, active_from=time(9), active_to=time(18))


def at(h: int, m: int = 0, day: datetime = MON) -> datetime:
    return day.replace(hour=h, minute=m)


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks(at(10))


def make(qapp, clocks: FakeClocks, plan: ReminderPlan = PLAN, **kw):  # type: ignore[no-untyped-def]
    rt = ReminderTimer(plan, clocks, **kw)
    fired: list[datetime] = []
    rt.due.connect(lambda: fired.append(clocks.wall()))
    return rt, fired


def timers(rt: ReminderTimer) -> list[QTimer]:
    return [t for t in rt.findChildren(QTimer) if t.isActive()]


def test_off_means_no_timer_at_all(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, _ = make(qapp, clocks, ReminderPlan())
    assert rt.next_due() is None and rt.armed_ms() is None and timers(rt) == []


def test_armed_once_to_the_next_due_time(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, fired = make(qapp, clocks, max_arm_s=24 * 3600)
    assert rt.next_due() == at(11)
    assert rt.armed_ms() == 3600 * 1000
    assert len(timers(rt)) == 1
    clocks.advance(3600)
    rt.check()
    assert fired == [at(11)]
    assert rt.next_due() == at(13) and rt.armed_ms() == 2 * 3600 * 1000
    assert len(timers(rt)) == 1  # still exactly one pending timer


def test_a_long_wait_is_capped_and_an_early_fire_re_arms(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    clocks.set_wall(at(18, 30))
    rt, fired = make(qapp, clocks)
    assert rt.next_due() == at(9, day=MON + timedelta(days=1))
    assert rt.armed_ms() == 3600 * 1000  # MAX_ARM_S
    clocks.advance(3600)
    rt.check()
    assert fired == [] and rt.armed_ms() == 3600 * 1000
    # A coarse timer firing a little early (under a second) still delivers it.
    clocks.set_wall(at(9, day=MON + timedelta(days=1)) - timedelta(seconds=0.5))
    rt.check()
    assert len(fired) == 1 and rt.next_due() == at(11, day=MON + timedelta(days=1))


def test_forward_jump_or_suspend_skips_the_stale_one(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, fired = make(qapp, clocks)
    clocks.advance(600)
    clocks.set_wall(at(14, 10))  # slept from 10:10 to 14:10
    rt.check()
    assert fired == []  # 11:00 and 13:00 passed while asleep: let them go
    assert rt.next_due() == at(15) and rt.armed_ms() == 50 * 60 * 1000


def test_waking_shortly_after_a_due_time_still_offers_it(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, fired = make(qapp, clocks)
    clocks.set_wall(at(11, 5))
    rt.check()
    assert fired == [at(11, 5)] and rt.next_due() == at(13)


def test_backward_jump_reschedules_from_the_new_time(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, fired = make(qapp, clocks, max_arm_s=24 * 3600)
    assert rt.next_due() == at(11)
    clocks.set_wall(at(7))  # the clock was set back three hours
    rt.check()
    assert fired == [] and rt.next_due() == at(9) and rt.armed_ms() == 2 * 3600 * 1000


def test_time_zone_change_reschedules_in_the_new_zone(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []
    rt, fired = make(qapp, clocks)
    rt.nextDueChanged.connect(seen.append)
    clocks.set_zone(TOKYO)  # 10:00 Berlin = 17:00 Tokyo
    rt.check()
    assert fired == []
    due = rt.next_due()
    assert due is not None and (due.tzinfo, due.hour, due.day) == (TOKYO, 9, 3)
    assert seen == [due]


def test_dst_night_waits_real_time(qapp) -> None:  # type: ignore[no-untyped-def]
    clocks = FakeClocks(datetime(2025, 3, 30, 1, 0, tzinfo=BERLIN))
    plan = ReminderPlan(enabled=True, mode="times", times=(time(3, 30),))
    rt, _ = make(qapp, clocks, plan, max_arm_s=24 * 3600)
    # 01:00 CET to 03:30 CEST is an hour and a half of real time, not two and a half.
    assert rt.next_due() == datetime(2025, 3, 30, 3, 30, tzinfo=BERLIN)
    assert rt.armed_ms() == 90 * 60 * 1000


def test_snooze_and_plan_changes(qapp, clocks: FakeClocks) -> None:  # type: ignore[no-untyped-def]
    rt, fired = make(qapp, clocks)
    plans: list[ReminderPlan] = []
    rt.planChanged.connect(plans.append)
    rt.snooze(at(14))
    assert rt.next_due() == at(15) and plans[-1].snoozed_until == at(14)
    rt.snooze(None)
    assert rt.next_due() == at(11)
    rt.set_plan(ReminderPlan())
    assert rt.next_due() is None and rt.armed_ms() is None
    rt.check()
    assert fired == []


def test_a_real_timer_fires_once(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    due = datetime(2025, 6, 2, 10, 0, tzinfo=BERLIN)
    clocks = RealShiftedClocks(due - timedelta(seconds=0.4))
    plan = ReminderPlan(enabled=True, mode="times", times=(time(10, 0),))
    rt = ReminderTimer(plan, clocks)
    assert 0 < (rt.armed_ms() or 0) <= 400
    with qtbot.waitSignal(rt.due, timeout=3000):
        pass
    assert rt.next_due() == due + timedelta(days=1)
    assert len(timers(rt)) == 1
