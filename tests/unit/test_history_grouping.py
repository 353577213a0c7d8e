"""The history list's groups and how near each is to today (which words its heading)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from kindapp.core.history import Grouping, HistoryEntry, Nearness, grouped, nearness

TZ = timezone(timedelta(hours=2))
TODAY = date(2026, 11, 26)  # a Thursday


def at(day: date, hour: int = 12, i: int = 0, dur: float = 60.0) -> HistoryEntry:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=TZ).astimezone(UTC)
    return HistoryEntry(i, "break", "quick", start, dur, "finished")


def test_days_are_today_yesterday_or_a_date_with_the_year_when_it_differs() -> None:
    assert nearness(Grouping.DAY, TODAY, TODAY) is Nearness.TODAY
    assert nearness(Grouping.DAY, TODAY - timedelta(days=1), TODAY) is Nearness.YESTERDAY
    assert nearness(Grouping.DAY, TODAY - timedelta(days=2), TODAY) is Nearness.THIS_YEAR
    assert nearness(Grouping.DAY, date(2025, 12, 31), TODAY) is Nearness.OTHER_YEAR
    assert nearness(Grouping.DAY, date(2027, 1, 1), date(2027, 1, 2)) is Nearness.YESTERDAY


def test_weeks_are_this_week_last_week_or_a_date() -> None:
    monday = date(2026, 11, 23)
    assert nearness(Grouping.WEEK, monday, TODAY) is Nearness.THIS_WEEK
    assert nearness(Grouping.WEEK, monday - timedelta(days=7), TODAY) is Nearness.LAST_WEEK
    assert nearness(Grouping.WEEK, monday - timedelta(days=14), TODAY) is Nearness.THIS_YEAR
    # the week of 29 Dec 2025 began last year, though it is last-but-many weeks
    assert nearness(Grouping.WEEK, date(2025, 12, 29), TODAY) is Nearness.OTHER_YEAR


def test_grouped_by_day_newest_first_with_minutes() -> None:
    entries = [
        at(TODAY, 9, i=1, dur=120.0),
        at(TODAY, 18, i=2, dur=60.0),
        at(TODAY - timedelta(days=1), i=3),
        at(date(2025, 5, 1), i=4),
    ]
    groups = grouped(entries, Grouping.DAY, TODAY, TZ)
    assert [g.start for g in groups] == [TODAY, TODAY - timedelta(days=1), date(2025, 5, 1)]
    assert [g.nearness for g in groups] == [
        Nearness.TODAY,
        Nearness.YESTERDAY,
        Nearness.OTHER_YEAR,
    ]
    assert [e.id for e in groups[0].entries] == [2, 1] and groups[0].minutes == 3.0


def test_grouped_by_week_starts_on_mondays() -> None:
    entries = [at(TODAY, i=1), at(date(2026, 11, 23), i=2), at(date(2026, 11, 22), i=3)]
    groups = grouped(entries, Grouping.WEEK, TODAY, TZ)
    assert [(g.start, g.nearness) for g in groups] == [
        (date(2026, 11, 23), Nearness.THIS_WEEK),
        (date(2026, 11, 16), Nearness.LAST_WEEK),
    ]
    assert [e.id for e in groups[0].entries] == [1, 2]


def test_the_grouping_is_named_as_the_screen_names_it() -> None:
    assert Grouping("day") is Grouping.DAY and Grouping("week") is Grouping.WEEK
    assert grouped([], Grouping.WEEK, TODAY) == []
