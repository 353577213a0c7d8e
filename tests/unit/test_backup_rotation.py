"""The rotation rules for journal backups, with a clock handed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kindapp.core.journal.rotation import drop, due, keep

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # a Tuesday


def days_ago(n: float, hour: int = 9) -> datetime:
    return (NOW - timedelta(days=n)).replace(hour=hour)


def test_a_backup_is_due_once_a_day() -> None:
    assert due([], NOW)
    assert not due([NOW.replace(hour=1)], NOW)
    assert due([days_ago(1)], NOW)


def test_one_a_day_for_a_week_and_one_a_week_for_a_month() -> None:
    daily_for_two_months = [days_ago(n) for n in range(0, 60)]
    kept = keep(daily_for_two_months, NOW)
    recent = {t for t in kept if NOW - t < timedelta(days=7)}
    assert recent == {days_ago(n) for n in range(0, 7)}
    older = sorted(t for t in kept if NOW - t >= timedelta(days=7))
    # one per calendar week (the newest of it), none older than a month
    weeks = [t.isocalendar()[:2] for t in older]
    assert len(weeks) == len(set(weeks))
    assert all(NOW - t < timedelta(days=31) for t in older)
    assert 3 <= len(older) <= 4
    assert all(t.weekday() == 6 for t in older)  # the Sunday: the newest of its week
    assert len(kept) + len(drop(daily_for_two_months, NOW)) == 60


def test_the_newest_of_a_day_stays_and_the_others_go() -> None:
    morning, evening = days_ago(2, hour=8), days_ago(2, hour=20)
    assert drop([morning, evening, NOW], NOW) == [morning]


def test_the_newest_is_kept_however_old() -> None:
    old = days_ago(400)
    assert keep([old], NOW) == {old}
    assert drop([old, days_ago(500)], NOW) == [days_ago(500)]


def test_a_backup_from_the_future_is_never_dropped() -> None:
    future = NOW + timedelta(days=3)
    assert future in keep([future, NOW, days_ago(100)], NOW)
    assert drop([future, NOW, days_ago(100)], NOW) == [days_ago(100)]
