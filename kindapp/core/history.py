"""Gentle summaries of the moments practised: by day, by week, a few totals, before and after.

Every moment counts, finished or not. There is deliberately nothing here about runs of days
or days without practice: the history shows what was done, never what wasn't.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import Enum, StrEnum

from kindapp.core.practice_registry import kind_practices
from kindapp.core.records import PracticeRecord

MOMENT_BELOW_S = 30.0
"""Shorter than this, a kept moment reads "just a moment": never a count of seconds."""
UNTIMED: frozenset[str] = kind_practices().untimed()
"""Practices whose length is not worth a word (a kind day is a day, not its minutes): the
registry's practices that are not `timed`."""


class Length(Enum):
    NONE = "none"  # say nothing about how long
    MOMENT = "moment"  # "just a moment"
    MINUTES = "minutes"  # "%1 min"


def how_long(practice: str, duration_s: float) -> tuple[Length, int]:
    """How the history words a moment's length: (kind, whole minutes, at least 1)."""
    if practice in UNTIMED:
        return Length.NONE, 0
    if duration_s < MOMENT_BELOW_S:
        return Length.MOMENT, 0
    return Length.MINUTES, max(1, round(duration_s / 60.0))


@dataclass(frozen=True)
class HistoryEntry:
    """One practice as the history shows it; `id` is the journal's row id (for deleting)."""

    id: int
    practice: str
    mode: str
    started_at: datetime
    duration_s: float
    outcome: str
    before: int | None = None
    after: int | None = None
    words_before: str = ""
    words_after: str = ""

    @classmethod
    def from_record(
        cls,
        record_id: int,
        record: PracticeRecord,
        before: int | None = None,
        after: int | None = None,
        words_before: str | None = None,
        words_after: str | None = None,
    ) -> HistoryEntry:
        """The entry for a kept practice; its check-ins come from the record unless given."""
        return cls(
            record_id,
            record.practice,
            record.mode,
            record.started_at,
            record.duration_s,
            record.outcome,
            record.before if before is None else before,
            record.after if after is None else after,
            record.words_before if words_before is None else words_before,
            record.words_after if words_after is None else words_after,
        )

    def local_start(self, tz: tzinfo | None = None) -> datetime:
        """The start in `tz` (None: this computer's local time zone)."""
        return self.started_at.astimezone(tz)

    def local_day(self, tz: tzinfo | None = None) -> date:
        return self.local_start(tz).date()


@dataclass(frozen=True)
class DayGroup:
    day: date
    entries: tuple[HistoryEntry, ...]
    """Newest first."""

    @property
    def minutes(self) -> float:
        return sum(e.duration_s for e in self.entries) / 60.0


@dataclass(frozen=True)
class WeekGroup:
    year: int
    week: int
    """ISO year and week number."""
    monday: date
    entries: tuple[HistoryEntry, ...]
    """Newest first."""

    @property
    def minutes(self) -> float:
        return sum(e.duration_s for e in self.entries) / 60.0


@dataclass(frozen=True)
class Pair:
    """A before/after pair of heaviness for the chart."""

    entry_id: int
    started_at: datetime
    before: int
    after: int


@dataclass(frozen=True)
class Summary:
    moments_this_month: int
    """Practices started this calendar month, finished or not."""
    minutes_this_week: float
    """Minutes practised this ISO week (Monday to Sunday)."""
    moments_this_week: int
    moments_total: int


def _newest_first(entries: Iterable[HistoryEntry]) -> list[HistoryEntry]:
    return sorted(entries, key=lambda e: (e.started_at, e.id), reverse=True)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def by_day(entries: Iterable[HistoryEntry], tz: tzinfo | None = None) -> list[DayGroup]:
    """Entries grouped by local day, newest day first (and newest first within a day)."""
    groups: dict[date, list[HistoryEntry]] = {}
    for e in _newest_first(entries):
        groups.setdefault(e.local_day(tz), []).append(e)
    return [DayGroup(d, tuple(es)) for d, es in sorted(groups.items(), reverse=True)]


def by_week(entries: Iterable[HistoryEntry], tz: tzinfo | None = None) -> list[WeekGroup]:
    """Entries grouped by ISO week of their local day, newest week first."""
    groups: dict[tuple[int, int], list[HistoryEntry]] = {}
    for e in _newest_first(entries):
        iso = e.local_day(tz).isocalendar()
        groups.setdefault((iso.year, iso.week), []).append(e)
    return [
        WeekGroup(y, w, date.fromisocalendar(y, w, 1), tuple(es))
        for (y, w), es in sorted(groups.items(), reverse=True)
    ]


def summarise(entries: Iterable[HistoryEntry], today: date, tz: tzinfo | None = None) -> Summary:
    """Totals for the month and ISO week that contain `today` (a local date)."""
    month = this_week = 0
    minutes = 0.0
    total = 0
    week_start = monday_of(today)
    week_end = week_start + timedelta(days=7)
    for e in entries:
        total += 1
        day = e.local_day(tz)
        if (day.year, day.month) == (today.year, today.month):
            month += 1
        if week_start <= day < week_end:
            this_week += 1
            minutes += e.duration_s / 60.0
    return Summary(month, minutes, this_week, total)


def pairs(entries: Iterable[HistoryEntry], limit: int = 14) -> list[Pair]:
    """The most recent `limit` practices with both a before and an after, oldest first."""
    found = [
        Pair(e.id, e.started_at, e.before, e.after)
        for e in _newest_first(entries)
        if e.before is not None and e.after is not None
    ]
    return list(reversed(found[: max(0, limit)]))


def without(entries: Sequence[HistoryEntry], entry_id: int) -> list[HistoryEntry]:
    """The entries without the one with this id (for showing a deletion at once)."""
    return [e for e in entries if e.id != entry_id]


# -- the list, grouped ---------------------------------------------------------------------


class Grouping(StrEnum):
    """How the history list is grouped (the "By day" / "By week" toggle)."""

    DAY = "day"
    WEEK = "week"


class Nearness(Enum):
    """How near a group is to today, which picks how its heading is worded."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    THIS_WEEK = "this_week"
    LAST_WEEK = "last_week"
    THIS_YEAR = "this_year"
    """Further back this year: the date without the year."""
    OTHER_YEAR = "other_year"
    """In another year: the date with the year."""


@dataclass(frozen=True)
class Group:
    """One heading of the list and its entries (newest first)."""

    start: date
    """The day, or the Monday of the week."""
    nearness: Nearness
    entries: tuple[HistoryEntry, ...]

    @property
    def minutes(self) -> float:
        return sum(e.duration_s for e in self.entries) / 60.0


def nearness(grouping: Grouping, start: date, today: date) -> Nearness:
    """Today / Yesterday for days, This week / Last week for weeks (starting `start`), else
    whether the date needs its year."""
    if grouping is Grouping.WEEK:
        this_monday = monday_of(today)
        if start == this_monday:
            return Nearness.THIS_WEEK
        if start == this_monday - timedelta(days=7):
            return Nearness.LAST_WEEK
    else:
        if start == today:
            return Nearness.TODAY
        if start == today - timedelta(days=1):
            return Nearness.YESTERDAY
    return Nearness.THIS_YEAR if start.year == today.year else Nearness.OTHER_YEAR


def grouped(
    entries: Iterable[HistoryEntry], grouping: Grouping, today: date, tz: tzinfo | None = None
) -> list[Group]:
    """The list as shown: by local day or by ISO week, newest first."""
    if grouping is Grouping.WEEK:
        spans = [(w.monday, w.entries) for w in by_week(entries, tz)]
    else:
        spans = [(d.day, d.entries) for d in by_day(entries, tz)]
    return [Group(start, nearness(grouping, start, today), es) for start, es in spans]
