"""Gentle reminders as data: when the next invitation is due. Pure Python, no Qt.

A `ReminderPlan` says when Kind may offer a kind moment: every N hours within active hours
(anchored at the start of the active hours each day), or at chosen times of day; never on quiet
days; never before a snooze ends. Reminders are off by default.

`next_due(plan, now)` works in local wall time and converts each candidate to an instant with
the zone of `now` (a `zoneinfo.ZoneInfo`, so daylight saving time is handled):

- a wall time that does not exist (inside a spring-forward gap) moves forward by the gap
  (02:30 on a night that jumps from 02:00 to 03:00 becomes 03:30), as PEP 495's fold=0 does;
- a wall time that happens twice (an autumn fall-back) is used once, at its first occurrence.

`detect_jump` compares how far the wall clock and the monotonic clock moved since a reference
pair was taken: they disagree after a suspend (the monotonic clock stops while the machine
sleeps), after the clock is set, and a different UTC offset means the time zone (or its daylight
saving time) changed. Any of these means "compute the next due time again".

The reminder texts are invitations, never pressure: ignoring one costs nothing and is not
recorded.
"""

from __future__ import annotations

import contextlib
import os
import time as _time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any, Literal, Protocol, cast

from kindapp.core.room import Respect
from kindapp.core.translatable import tr_noop

Mode = Literal["interval", "times"]
MODES: tuple[Mode, ...] = ("interval", "times")
MIN_EVERY_H = 0.5
MAX_EVERY_H = 12.0
MAX_TIMES = 24

# A reminder's title and its invitations (the UI translates them; context "Reminders").
REMINDER_TITLE = tr_noop("A kind moment?")
REMINDER_TEXTS: tuple[str, ...] = (
    tr_noop("If you'd like, a one-minute break is here for you. Click to begin."),
    tr_noop("How are you, right now? A quick break is here whenever you want it."),
    tr_noop("A breath or two, a kind word to yourself: click for a quick break, if it suits you."),
    tr_noop("Whatever today is like, you're welcome to a kind minute. Click to begin."),
    tr_noop("No need to do anything. If a quiet minute would help, it's one click away."),
)


def reminder_text(n: int) -> str:
    """The n-th invitation, going round the list (untranslated; the UI translates it)."""
    return REMINDER_TEXTS[n % len(REMINDER_TEXTS)]


def _parse_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    if not isinstance(value, str):
        raise ValueError(f"not a time of day: {value!r}")
    try:
        parsed = time.fromisoformat(value)
    except ValueError:
        raise ValueError(f"not a time of day: {value!r}") from None
    return parsed


def _hhmm(t: time) -> str:
    return t.strftime("%H:%M:%S") if t.second else t.strftime("%H:%M")


@dataclass(frozen=True)
class ReminderPlan:
    enabled: bool = False
    mode: Mode = "interval"
    every_h: float = 2.0
    """Hours between reminders in interval mode, 0.5 to 12."""
    active_from: time = time(9, 0)
    active_to: time = time(18, 0)
    """Interval mode: reminders at active_from + k * every_h while before active_to. An
    active_to at or before active_from means the active hours run past midnight (a window
    belongs to the day it starts on)."""
    times: tuple[time, ...] = (time(10, 30), time(15, 0))
    """Times mode: these wall-clock times each day (kept sorted, without repeats)."""
    quiet_days: frozenset[int] = field(default_factory=frozenset)
    """Weekdays without reminders, 0 = Monday .. 6 = Sunday."""
    snoozed_until: datetime | None = None
    """No reminder before this instant (timezone-aware)."""
    respect_away: bool = True
    respect_dnd: bool = True
    respect_busy: bool = True
    """Reading the room (kindapp.core.room): hold a reminder while the person is away, while
    Do Not Disturb is on, while another app is busy full screen or keeps the screen awake."""

    def __post_init__(self) -> None:
        for flag in ("enabled", "respect_away", "respect_dnd", "respect_busy"):
            if not isinstance(getattr(self, flag), bool):
                raise ValueError(f"{flag} must be true or false")
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, not {self.mode!r}")
        if (
            isinstance(self.every_h, bool)
            or not isinstance(self.every_h, int | float)
            or not MIN_EVERY_H <= float(self.every_h) <= MAX_EVERY_H
        ):
            raise ValueError(f"every_h must be {MIN_EVERY_H} to {MAX_EVERY_H} hours")
        object.__setattr__(self, "every_h", float(self.every_h))
        for name in ("active_from", "active_to"):
            value = getattr(self, name)
            if not isinstance(value, time) or value.tzinfo is not None:
                raise ValueError(f"{name} must be a local time of day without a zone")
        times = tuple(self.times)
        if len(times) > MAX_TIMES:
            raise ValueError(f"at most {MAX_TIMES} reminder times")
        for t in times:
            if not isinstance(t, time) or t.tzinfo is not None:
                raise ValueError("reminder times must be local times of day without a zone")
        object.__setattr__(self, "times", tuple(sorted(set(times))))
        days = frozenset(self.quiet_days)
        if any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days):
            raise ValueError("quiet days are weekday numbers 0 (Monday) to 6 (Sunday)")
        object.__setattr__(self, "quiet_days", days)
        if self.snoozed_until is not None and (
            not isinstance(self.snoozed_until, datetime) or self.snoozed_until.utcoffset() is None
        ):
            raise ValueError("snoozed_until must be a timezone-aware datetime")

    def to_dict(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "mode": self.mode,
            "every_h": self.every_h,
            "active_from": _hhmm(self.active_from),
            "active_to": _hhmm(self.active_to),
            "times": [_hhmm(t) for t in self.times],
            "quiet_days": sorted(self.quiet_days),
            "snoozed_until": (
                self.snoozed_until.isoformat() if self.snoozed_until is not None else None
            ),
            "respect_away": self.respect_away,
            "respect_dnd": self.respect_dnd,
            "respect_busy": self.respect_busy,
        }

    def respect(self) -> Respect:
        return Respect(away=self.respect_away, dnd=self.respect_dnd, busy=self.respect_busy)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReminderPlan:
        """The plan in `data` (as written by to_dict); missing keys take their defaults.

        Raises ValueError for anything malformed (the caller keeps its defaults).
        """
        if not isinstance(data, Mapping):
            raise ValueError("a reminder plan is a JSON object")
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown reminder keys: {sorted(unknown)}")
        kw: dict[str, Any] = {}
        for key in ("enabled", "mode", "every_h", "respect_away", "respect_dnd", "respect_busy"):
            if key in data:
                kw[key] = data[key]
        for key in ("active_from", "active_to"):
            if key in data:
                kw[key] = _parse_time(data[key])
        if "times" in data:
            if not isinstance(data["times"], list | tuple):
                raise ValueError("times must be a list")
            kw["times"] = tuple(_parse_time(t) for t in data["times"])
        if "quiet_days" in data:
            if not isinstance(data["quiet_days"], list | tuple):
                raise ValueError("quiet_days must be a list")
            kw["quiet_days"] = frozenset(data["quiet_days"])
        snooze = data.get("snoozed_until")
        if snooze is not None:
            if not isinstance(snooze, str):
                raise ValueError("snoozed_until must be an ISO 8601 string or null")
            try:
                kw["snoozed_until"] = datetime.fromisoformat(snooze)
            except ValueError:
                raise ValueError(f"snoozed_until is not a date and time: {snooze!r}") from None
        try:
            return cls(**kw)
        except TypeError as exc:  # pragma: no cover - defensive: wrong shapes
            raise ValueError(str(exc)) from None


# --------------------------------------------------------------------------- wall time


def wall_to_instant(wall: datetime, zone: tzinfo) -> datetime:
    """The aware instant for the naive local wall time `wall` in `zone`.

    Nonexistent wall times (a spring-forward gap) move forward by the gap; ambiguous ones
    (a fall-back) take their first occurrence.
    """
    first = wall.replace(tzinfo=zone, fold=0)
    # fold=0 reads a gap time with the offset from before the gap, which lands after the gap
    # by the gap's length: normalising through UTC gives that later, real wall time.
    return first.astimezone(UTC).astimezone(zone)


def _windows(plan: ReminderPlan, day: date) -> list[datetime]:
    """The naive wall times of the reminders belonging to `day` (ignoring quiet days)."""
    if plan.mode == "times":
        return [datetime.combine(day, t) for t in plan.times]
    start = datetime.combine(day, plan.active_from)
    end = datetime.combine(day, plan.active_to)
    if end <= start:
        end += timedelta(days=1)
    step = timedelta(seconds=round(plan.every_h * 3600))
    out: list[datetime] = []
    t = start
    while t < end:
        out.append(t)
        t += step
    return out


def next_due(plan: ReminderPlan, now: datetime) -> datetime | None:
    """The first reminder strictly after `now` (and not before a snooze ends), or None.

    `now` must be timezone-aware; its zone is the local zone the plan's wall times are read in
    (pass a ZoneInfo, e.g. `datetime.now(local_zone())`, for correct daylight saving time).
    The result is an aware datetime in that zone.
    """
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if not plan.enabled or (plan.mode == "times" and not plan.times):
        return None
    zone = now.tzinfo
    assert zone is not None
    earliest = now
    if plan.snoozed_until is not None and plan.snoozed_until > now:
        earliest = plan.snoozed_until.astimezone(zone)
    # Start a day early: yesterday's active hours may run past midnight.
    first_day = earliest.astimezone(zone).date() - timedelta(days=1)
    for offset in range(9):
        day = first_day + timedelta(days=offset)
        if day.weekday() in plan.quiet_days:
            continue
        instants = sorted({wall_to_instant(w, zone) for w in _windows(plan, day)})
        for due in instants:
            if due > now and due >= earliest:
                return due
    return None


def seconds_between(earlier: datetime, later: datetime) -> float:
    """Real seconds from `earlier` to `later` (aware). Python subtracts two datetimes of the
    same tzinfo as wall times, which is wrong by an hour across a DST change: go through UTC."""
    return (later.astimezone(UTC) - earlier.astimezone(UTC)).total_seconds()


def detect_jump(
    expected_wall: datetime,
    expected_mono: float,
    now_wall: datetime,
    now_mono: float,
    tolerance_s: float = 2.0,
) -> bool:
    """Did the wall clock jump since the reference pair (expected_wall, expected_mono)?

    True when the wall clock moved more or less than the monotonic clock by over
    `tolerance_s` (a suspend and resume, or the clock was set), or when the UTC offset changed
    (the time zone was changed, or daylight saving time began or ended). Either way the next due
    time should be computed again.
    """
    wall_elapsed = seconds_between(expected_wall, now_wall)
    mono_elapsed = now_mono - expected_mono
    if abs(wall_elapsed - mono_elapsed) > tolerance_s:
        return True
    return expected_wall.utcoffset() != now_wall.utcoffset()


# --------------------------------------------------------------------------- one-off nudges


@dataclass(frozen=True)
class OneOff:
    """A single gentle reminder at one instant (a next step, a kind day's invitation), apart
    from the repeating plan. `key` says what it is, for the one who acts on a click."""

    at: datetime
    key: str
    title: str
    text: str
    """Untranslated templates (tr_noop), `text` with %1 for `detail`."""
    detail: str = ""


def next_one_off(items: list[OneOff], after: datetime) -> OneOff | None:
    """The earliest one strictly after `after`."""
    later = [i for i in items if i.at > after]
    return min(later, key=lambda i: (i.at, i.key)) if later else None


def due_one_offs(
    items: list[OneOff], after: datetime, now: datetime, grace_s: float = 600.0
) -> list[OneOff]:
    """Those that came due in (after, now], oldest first; any more than `grace_s` late (the
    machine slept through them) are let go quietly."""
    return sorted(
        (i for i in items if after < i.at <= now and seconds_between(i.at, now) <= grace_s),
        key=lambda i: (i.at, i.key),
    )


# --------------------------------------------------------------------------- clocks


def local_zone(
    environ: Mapping[str, str] | None = None, localtime: Path = Path("/etc/localtime")
) -> tzinfo:
    """The local time zone, read fresh each call (so a changed zone is noticed).

    $TZ (a zone name, optionally with a leading ':') wins; then the /etc/localtime link's
    zone name; then the file itself; then the fixed offset the C library reports.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # here: not needed before a reminder

    env = os.environ if environ is None else environ
    tz = env.get("TZ", "").lstrip(":")
    candidates: list[str] = []
    if tz:
        candidates.append(tz)
    with contextlib.suppress(OSError):
        target = os.readlink(localtime)
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for key in candidates:
        if key.startswith("/"):
            with contextlib.suppress(OSError, ValueError), open(key, "rb") as f:
                return ZoneInfo.from_file(f, key=key)
            continue
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            return ZoneInfo(key)
    if not tz:
        with contextlib.suppress(OSError, ValueError), localtime.open("rb") as f:
            return ZoneInfo.from_file(f, key="localtime")
    return cast(tzinfo, datetime.now().astimezone().tzinfo)


class ReminderClock(Protocol):
    """The two clocks a reminder schedule needs (injected; tests use a fake)."""

    def wall(self) -> datetime:
        """Now, timezone-aware, in the current local zone."""
        ...

    def monotonic(self) -> float:
        """Seconds that never go backwards (and stop while the machine sleeps)."""
        ...


class SystemReminderClock:
    def wall(self) -> datetime:
        return datetime.now(local_zone())

    def monotonic(self) -> float:
        return _time.monotonic()
