"""NudgeTimer: the one-off nudges (a next step, a kind day's invitations) on one coarse timer,
from an injected clock: armed to the next, delivered once, let go after a long sleep, and
nothing armed when nothing is pending."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from kindapp.core import kind_day, nudges
from kindapp.core.kind_day_store import KindDay
from kindapp.core.reminders import OneOff
from kindapp.core.writing import in_the_way
from kindapp.core.writing.in_the_way_store import InTheWay
from kindapp.ui.desktop.nudge_timer import NudgeTimer

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 23, 8, 0, tzinfo=BERLIN)


class Clock:
    def __init__(self, wall: datetime) -> None:
        self.now = wall

    def wall(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return 0.0


def pending(entries: list[InTheWay], day: KindDay | None, now: datetime) -> list[OneOff]:
    """The one-offs of these entries, as the desk flow reads them (core/nudges.pending_in)."""
    return nudges.merged([in_the_way.step_nudges(entries, now), kind_day.day_nudges(day, now)])


def _day() -> KindDay:
    return KindDay(1, "u", T0.date(), T0, "be gentle")


def _step(at: datetime) -> InTheWay:
    return InTheWay(1, "w", T0, "x", "tired", "", "", "rest a little", at)


def test_nudges_arrive_in_order_once_each(qapp):  # type: ignore[no-untyped-def]
    clock = Clock(T0)
    day = _day()
    entries = [_step(T0 + timedelta(hours=1))]
    timer = NudgeTimer(lambda now: pending(entries, day, now), clock)
    got: list[str] = []
    timer.due.connect(lambda o: got.append(o.key))
    timer.refresh()
    assert timer.armed_ms() == 3600 * 1000
    clock.now = T0 + timedelta(hours=1)
    timer.check()
    assert got == [in_the_way.STEP_KEY]
    timer.check()
    assert got == [in_the_way.STEP_KEY], "delivered once"
    first_invitation = kind_day.kind_day_nudges(T0)[0].at
    assert timer.next_due() is not None and timer.next_due().at == first_invitation  # type: ignore[union-attr]
    clock.now = first_invitation + timedelta(seconds=1)
    timer.check()
    assert got == [in_the_way.STEP_KEY, kind_day.INVITATION_KEY]


def test_a_long_sleep_lets_a_nudge_go_and_nothing_pending_arms_nothing(qapp):  # type: ignore[no-untyped-def]
    clock = Clock(T0)
    entries = [_step(T0 + timedelta(minutes=30))]
    timer = NudgeTimer(lambda now: pending(entries, None, now), clock)
    got: list[str] = []
    timer.due.connect(lambda o: got.append(o.key))
    timer.refresh()
    clock.now = T0 + timedelta(hours=5)  # slept through it
    timer.check()
    assert got == []
    assert timer.armed_ms() is None and timer.next_due() is None


def test_the_kind_day_is_over_at_midnight(qapp):  # type: ignore[no-untyped-def]
    clock = Clock(T0.replace(hour=23, minute=59))
    timer = NudgeTimer(lambda now: pending([], _day(), now), clock)
    timer.refresh()
    assert timer.next_due() is None
    clock.now = T0 + timedelta(days=1)
    timer.refresh()
    assert timer.armed_ms() is None
