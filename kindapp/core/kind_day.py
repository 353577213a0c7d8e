"""A kind day: one day of treating yourself as you would treat a good friend.

Started on purpose (never on by default), it has a morning intention, two gentle invitations
during the day and an evening look back, and it ends by itself at the end of the local day.

`kind_day_nudges(started, now)` says when the invitations and the look back come, from when
the day was started, in local wall time (the zone of `started`):

- the evening look back at EVENING, or an hour after the start when it began later than
  LATE_START (but never after the day is over);
- the two invitations evenly between the start and the look back (at a third and two
  thirds), dropped when that leaves less than MIN_GAP between them and the start: a day begun
  in the evening has only its look back.

Nothing here is recorded if it is let pass; the invitations only invite.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from kindapp.core.kind_day_store import KindDay, kind_day_on
from kindapp.core.moment_kind import MomentStore
from kindapp.core.reminders import OneOff, seconds_between, wall_to_instant
from kindapp.core.translatable import tr_noop

EVENING = time(20, 0)
LATE_START = time(19, 0)
LAST_CALL = time(23, 30)
MIN_GAP = timedelta(minutes=45)


class NudgeKind(StrEnum):
    INVITATION = "invitation"
    EVENING = "evening"


@dataclass(frozen=True)
class DayNudge:
    at: datetime
    kind: NudgeKind
    n: int = 0
    """Which invitation (0 or 1); 0 for the look back."""


INVITATION_TITLE = tr_noop("A kind day")
INVITATIONS = (
    tr_noop("How are you treating yourself right now? A friend's word is one breath away."),
    tr_noop("A small kindness for yourself, if you like: water, a stretch, a gentler thought."),
)
EVENING_TEXT = tr_noop("When you're ready, a short look back at your day. Click to open it.")


def day_of(started: datetime) -> date:
    return started.date()


def day_ends(started: datetime) -> datetime:
    """The instant the kind day is over: midnight at the end of its local day."""
    zone = started.tzinfo
    assert zone is not None
    return wall_to_instant(datetime.combine(started.date() + timedelta(days=1), time(0)), zone)


def is_active(started: datetime, now: datetime) -> bool:
    return started <= now < day_ends(started)


class DayState(StrEnum):
    """Where today's kind day stands (what its screen shows, whether home says it is on)."""

    NOT_STARTED = "not-started"  # none today (or yesterday's is over): the morning intention
    GOING_ON = "going-on"  # started, not looked back on yet: the evening look back is next
    LOOKED_BACK = "looked-back"  # its kind and hard moments are kept


def day_state(day: KindDay | None, now: datetime) -> DayState:
    """Today's kind day, as of `now` (aware, local): a day begun on another date, or over, is
    not today's."""
    if day is None or not is_active(day.started.astimezone(now.tzinfo), now):
        return DayState.NOT_STARTED
    if day.kind_moment or day.hard_moment:
        return DayState.LOOKED_BACK
    return DayState.GOING_ON


def kind_day_nudges(started: datetime) -> list[DayNudge]:
    """Every invitation and the evening look back of a day started at `started` (aware)."""
    if started.utcoffset() is None:
        raise ValueError("started must be timezone-aware")
    zone = started.tzinfo
    assert zone is not None
    day = started.date()
    evening = wall_to_instant(datetime.combine(day, EVENING), zone)
    if started.timetz().replace(tzinfo=None) >= LATE_START or evening <= started + MIN_GAP:
        evening = started + timedelta(hours=1)
    last = wall_to_instant(datetime.combine(day, LAST_CALL), zone)
    evening = min(evening, max(last, started + timedelta(minutes=5)))
    if evening >= day_ends(started):
        evening = started + (day_ends(started) - started) / 2
    out: list[DayNudge] = []
    span = seconds_between(started, evening)
    third = timedelta(seconds=span / 3)
    if third >= MIN_GAP:
        out = [
            DayNudge(started + third, NudgeKind.INVITATION, 0),
            DayNudge(started + 2 * third, NudgeKind.INVITATION, 1),
        ]
    out.append(DayNudge(evening, NudgeKind.EVENING))
    return out


def next_nudge(started: datetime, after: datetime) -> DayNudge | None:
    """The first nudge strictly after `after`, while the day lasts."""
    if not is_active(started, after):
        return None
    return next((n for n in kind_day_nudges(started) if n.at > after), None)


# -- what the house asks of a kind day (its registry entry names these) ----------------------
INVITATION_KEY = "kind-day-invitation"
EVENING_KEY = "kind-day-evening"
"""The look back's nudge: clicked, it opens the kind day (the registry entry's nudge_opens)."""


def day_nudges(day: KindDay | None, now: datetime) -> list[OneOff]:
    """Today's kind day's invitations and evening look back still to come after `now` (aware;
    its zone is the local one); none once it is looked back on."""
    out: list[OneOff] = []
    if day is None or day.kind_moment or day.hard_moment:
        return out
    started = day.started.astimezone(now.tzinfo)
    if not is_active(started, now):
        return out
    for n in kind_day_nudges(started):
        if n.at <= now:
            continue
        if n.kind is NudgeKind.EVENING:
            out.append(OneOff(n.at, EVENING_KEY, INVITATION_TITLE, EVENING_TEXT))
        else:
            text = INVITATIONS[n.n % len(INVITATIONS)]
            out.append(OneOff(n.at, INVITATION_KEY, INVITATION_TITLE, text))
    return out


def pending_nudges(journal: MomentStore, now: datetime) -> list[OneOff]:
    """The one-offs of today's kind day, read from the journal."""
    return day_nudges(kind_day_on(journal, now.date()), now)


def going_on(journal: MomentStore, now: datetime) -> bool:
    """Whether today is a kind day still to be looked back on (home's card says "Look back")."""
    return day_state(kind_day_on(journal, now.date()), now) is DayState.GOING_ON
