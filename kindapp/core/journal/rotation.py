"""Which journal backups to keep: plain rules over the moments they were taken.

One backup a day is taken (the first chance of a day with none). Kept: the newest backup of
each of the last `DAILY_DAYS` days, the newest of each calendar week for the last
`WEEKLY_DAYS` days, and always the newest one (so a long pause never leaves none). A backup
dated in the future (the clock went back) is kept: it is never ours to judge. Time is handed
in (`now`), so the rules are tested with any clock.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

DAILY_DAYS = 7
WEEKLY_DAYS = 31


def due(taken: Iterable[datetime], now: datetime) -> bool:
    """Whether a backup should be taken now: none yet on `now`'s calendar day."""
    today = now.date()
    return all(t.astimezone(now.tzinfo).date() != today for t in taken)


def keep(taken: Iterable[datetime], now: datetime) -> set[datetime]:
    """The moments whose backups stay; every other one may go."""
    ordered = sorted(set(taken), reverse=True)
    kept: set[datetime] = set(ordered[:1])
    days: set[object] = set()
    weeks: set[object] = set()
    for moment in ordered:
        local = moment.astimezone(now.tzinfo)
        age = now - moment
        if age < timedelta(0):
            kept.add(moment)
            continue
        day, week = local.date(), local.isocalendar()[:2]
        if age < timedelta(days=DAILY_DAYS) and day not in days:
            days.add(day)
            kept.add(moment)
        if age < timedelta(days=WEEKLY_DAYS) and week not in weeks:
            weeks.add(week)
            kept.add(moment)
    return kept


def drop(taken: Iterable[datetime], now: datetime) -> list[datetime]:
    """The moments whose backups go, oldest first."""
    moments = set(taken)
    return sorted(moments - keep(moments, now))
