"""Gentle history summaries: by day, by ISO week, totals, before/after pairs."""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kindapp.core import history
from kindapp.core.history import HistoryEntry, by_day, by_week, pairs, summarise, without
from kindapp.core.records import PracticeRecord

TZ = timezone(timedelta(hours=2))  # a local zone a little east of UTC


def at(
    y: int,
    m: int,
    d: int,
    h: int = 12,
    i: int = 0,
    dur: float = 60.0,
    before: int | None = None,
    after: int | None = None,
    outcome: str = "finished",
) -> HistoryEntry:
    start = datetime(y, m, d, h, tzinfo=TZ).astimezone(UTC)
    return HistoryEntry(i, "break", "quick", start, dur, outcome, before, after)


def test_from_record() -> None:
    t0 = datetime(2025, 3, 1, 8, tzinfo=UTC)
    rec = PracticeRecord("touch", "self-hug", t0, t0 + timedelta(seconds=90), 88.0, "stopped")
    e = HistoryEntry.from_record(7, rec, 6, 4, "tight", "softer")
    assert (e.id, e.practice, e.mode, e.started_at, e.duration_s, e.outcome) == (
        7,
        "touch",
        "self-hug",
        t0,
        88.0,
        "stopped",
    )
    assert (e.before, e.after, e.words_before, e.words_after) == (6, 4, "tight", "softer")


def test_days_follow_local_time() -> None:
    late = at(2025, 3, 10, h=1, i=1)  # 01:00 local on the 10th is 23:00 UTC on the 9th
    assert late.started_at.day == 9
    days = by_day([late, at(2025, 3, 10, h=20, i=2), at(2025, 3, 8, i=3)], TZ)
    assert [g.day for g in days] == [date(2025, 3, 10), date(2025, 3, 8)]
    assert [e.id for e in days[0].entries] == [2, 1]  # newest first
    assert days[0].minutes == 2.0


def test_iso_weeks_across_the_new_year() -> None:
    entries = [at(2024, 12, 30, i=1), at(2025, 1, 5, i=2), at(2024, 12, 29, i=3)]
    weeks = by_week(entries, TZ)
    assert [(w.year, w.week, w.monday) for w in weeks] == [
        (2025, 1, date(2024, 12, 30)),
        (2024, 52, date(2024, 12, 23)),
    ]
    assert [e.id for e in weeks[0].entries] == [2, 1]


def test_summary_counts_every_moment_finished_or_not() -> None:
    today = date(2025, 3, 12)  # a Wednesday
    entries = [
        at(2025, 3, 12, i=1, dur=56, outcome="stopped"),
        at(2025, 3, 10, i=2, dur=300),  # Monday, this week
        at(2025, 3, 9, i=3, dur=120),  # Sunday: last week, this month
        at(2025, 3, 1, i=4),
        at(2025, 2, 28, i=5),  # last month
        at(2024, 3, 12, i=6),  # same month, another year
    ]
    s = summarise(entries, today, TZ)
    assert s.moments_this_month == 4
    assert s.moments_this_week == 2
    assert abs(s.minutes_this_week - (56 + 300) / 60) < 1e-9
    assert s.moments_total == 6
    empty = summarise([], today, TZ)
    assert (empty.moments_this_month, empty.minutes_this_week, empty.moments_total) == (0, 0, 0)


def test_pairs_are_recent_complete_and_oldest_first() -> None:
    entries = [at(2025, 3, d, i=d, before=d % 11, after=(d + 1) % 11) for d in range(1, 21)]
    entries.append(at(2025, 3, 25, i=99, before=5))  # no after: not a pair
    got = pairs(entries, limit=5)
    assert [p.entry_id for p in got] == [16, 17, 18, 19, 20]
    assert (got[0].before, got[0].after) == (5, 6)
    assert pairs(entries, limit=0) == []


def test_without() -> None:
    entries = [at(2025, 3, 1, i=1), at(2025, 3, 2, i=2)]
    assert [e.id for e in without(entries, 1)] == [2]


@given(st.lists(st.tuples(st.integers(0, 60 * 24 * 90), st.floats(1, 3600)), max_size=40))
def test_grouping_keeps_every_entry_once(offsets: list[tuple[int, float]]) -> None:
    base = datetime(2025, 1, 1, tzinfo=UTC)
    entries = [
        HistoryEntry(i, "break", "quick", base + timedelta(minutes=m), d, "finished")
        for i, (m, d) in enumerate(offsets)
    ]
    for groups in (by_day(entries, TZ), by_week(entries, TZ)):
        ids = [e.id for g in groups for e in g.entries]
        assert sorted(ids) == list(range(len(entries)))
    days = by_day(entries, TZ)
    assert [g.day for g in days] == sorted({g.day for g in days}, reverse=True)
    for w in by_week(entries, TZ):
        assert all(history.monday_of(e.local_day(TZ)) == w.monday for e in w.entries)


def test_no_streaks_or_gaps_anywhere() -> None:
    """The history module has no notion of runs of days or of days without practice."""
    src = Path(history.__file__).read_text(encoding="utf-8")
    names = {
        n.id
        if isinstance(n, ast.Name)
        else n.attr
        if isinstance(n, ast.Attribute)
        else n.name
        if isinstance(n, ast.FunctionDef | ast.ClassDef)
        else ""
        for n in ast.walk(ast.parse(src))
    }
    for word in ("streak", "gap", "missed", "skipped", "best", "record_run"):
        assert not any(word in name.lower() for name in names), word


def test_a_moments_length_is_never_a_count_of_seconds_and_a_kind_day_has_none():
    from kindapp.core.history import Length, how_long

    assert how_long("break", 8.0) == (Length.MOMENT, 0)
    assert how_long("break", 29.9) == (Length.MOMENT, 0)
    assert how_long("break", 56.0) == (Length.MINUTES, 1)
    assert how_long("break", 31.0) == (Length.MINUTES, 1)  # never "0 min"
    assert how_long("break", 300.0) == (Length.MINUTES, 5)
    assert how_long("kind_day", 8.0) == (Length.NONE, 0)  # never "A kind day 8 s"
    assert how_long("kind_day", 3600.0) == (Length.NONE, 0)
