"""Reminders that read the room: pure rules, no Qt.

When a reminder comes due, Kind first asks the desktop what is going on (ui/desktop/room.py reads
the desktop's own services into a `Reading`) and these rules decide:

- **Away**: the person has not touched keyboard or mouse for `away_after_s` (5 minutes), or the
  screen is locked. The reminder is held.
- **Do Not Disturb** is on (GNOME's show-banners off, the notification server's `Inhibited`,
  mako's "do-not-disturb" mode). Held until it ends.
- **Busy**: another app inhibits idle (a video call, a film, a presentation), or a full-screen
  window has the focus. Held until that ends.

While a reminder is held Kind looks again every `recheck_s` (30 s); only then, never while
nothing is held. When nothing holds it any more, the held reminder is offered, once, however
many came due meanwhile (they are never piled up). If the person was away for a **long
absence** (`long_absence_s`, 30 minutes, counted from their last input to their first one
back), the missed reminders are replaced by at most one gentle "welcome back" invitation.

A desktop that cannot say something answers "don't know" (None), and "don't know" never holds a
reminder: it is delivered as it always was. Each rule can be turned off (`Respect`, kept in the
reminder plan and switched in Settings).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum

from kindapp.core.translatable import tr_noop

AWAY_AFTER_S = 300.0
"""Five minutes without keyboard or mouse: the person is away from the computer."""
LONG_ABSENCE_S = 1800.0
"""Thirty minutes away is a long absence: a welcome back instead of the reminders missed."""
RECHECK_S = 30.0
"""While a reminder is held, how often the desktop is asked again."""

WELCOME_TITLE = tr_noop("Welcome back")
WELCOME_TEXT = tr_noop(
    "Good to see you again. If a kind minute would help you settle in, it's one click away."
)


class Reason(StrEnum):
    """Why a reminder waits (as written in the log)."""

    AWAY = "away"
    LOCKED = "locked"
    DND = "dnd"
    INHIBITED = "inhibited"
    FULLSCREEN = "fullscreen"


@dataclass(frozen=True)
class Reading:
    """What the desktop says right now; None is "don't know"."""

    idle_s: float | None = None
    locked: bool | None = None
    dnd: bool | None = None
    inhibited: bool | None = None
    fullscreen: bool | None = None

    def merged(self, other: Reading) -> Reading:
        """Two sources together: idle is the shorter of the two known (any sign of the person
        counts), a yes/no is yes if either says yes, no if one says no, else don't know."""

        def either(a: bool | None, b: bool | None) -> bool | None:
            if a is None:
                return b
            if b is None:
                return a
            return a or b

        idles = [i for i in (self.idle_s, other.idle_s) if i is not None]
        return Reading(
            idle_s=min(idles) if idles else None,
            locked=either(self.locked, other.locked),
            dnd=either(self.dnd, other.dnd),
            inhibited=either(self.inhibited, other.inhibited),
            fullscreen=either(self.fullscreen, other.fullscreen),
        )


@dataclass(frozen=True)
class Respect:
    """What Kind respects (each on unless the person turned it off)."""

    away: bool = True
    dnd: bool = True
    busy: bool = True


@dataclass(frozen=True)
class Timings:
    away_after_s: float = AWAY_AFTER_S
    long_absence_s: float = LONG_ABSENCE_S
    recheck_s: float = RECHECK_S

    def __post_init__(self) -> None:
        for name in ("away_after_s", "long_absence_s", "recheck_s"):
            if not getattr(self, name) > 0:
                raise ValueError(f"{name} must be positive")


TEST_HOOKS = {
    "KIND_TEST_AWAY_AFTER_S": "away_after_s",
    "KIND_TEST_LONG_ABSENCE_S": "long_absence_s",
    "KIND_TEST_ROOM_RECHECK_S": "recheck_s",
}


def timings_from(environ: Mapping[str, str] | None = None) -> Timings:
    """The timings, shortened by the test hooks in TEST_HOOKS (seconds) when they are set, so a
    system test sees an absence in seconds rather than half an hour."""
    env = os.environ if environ is None else environ
    changes: dict[str, float] = {}
    for var, name in TEST_HOOKS.items():
        raw = env.get(var, "")
        if raw:
            try:
                changes[name] = float(raw)
            except ValueError:
                raise ValueError(f"{var} is a number of seconds, not {raw!r}") from None
    return replace(Timings(), **changes)


def holds(reading: Reading, respect: Respect, away_after_s: float = AWAY_AFTER_S) -> list[Reason]:
    """Every reason the room gives to hold a reminder now (empty: offer it)."""
    out: list[Reason] = []
    if respect.away:
        if reading.locked:
            out.append(Reason.LOCKED)
        if reading.idle_s is not None and reading.idle_s >= away_after_s:
            out.append(Reason.AWAY)
    if respect.dnd and reading.dnd:
        out.append(Reason.DND)
    if respect.busy:
        if reading.inhibited:
            out.append(Reason.INHIBITED)
        if reading.fullscreen:
            out.append(Reason.FULLSCREEN)
    return out


class Outcome(StrEnum):
    NOTHING = "nothing"
    """Nothing is due, or a reminder is held (see `Decision.reasons`)."""
    REMINDER = "reminder"
    WELCOME_BACK = "welcome-back"


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    reasons: tuple[Reason, ...] = ()
    """Why it waits (non-empty only while a reminder is held)."""

    @property
    def held(self) -> bool:
        return bool(self.reasons)


_AWAY = (Reason.AWAY, Reason.LOCKED)


class RoomRules:
    """Holds a due reminder while the room says so, and says what to offer when it clears.

    Times are seconds on a monotonic clock the caller passes in (`now`)."""

    def __init__(self, timings: Timings | None = None) -> None:
        self.timings = timings or Timings()
        self._pending = False
        self._away_since: float | None = None
        """When the current absence began (the person's last input), while they are away."""
        self._long_absence = False
        """The person came back (or is still away) after a long absence, while held."""

    @property
    def pending(self) -> bool:
        """A reminder is held."""
        return self._pending

    def due(self, now: float, reading: Reading, respect: Respect) -> Decision:
        """A reminder came due: offer it now, or hold it (one held reminder at most)."""
        self._pending = True
        return self.look(now, reading, respect)

    def look(self, now: float, reading: Reading, respect: Respect) -> Decision:
        """Look at the room again (while a reminder is held)."""
        if not self._pending:
            return Decision(Outcome.NOTHING)
        reasons = holds(reading, respect, self.timings.away_after_s)
        away = [r for r in reasons if r in _AWAY]
        if away:
            began = now - reading.idle_s if reading.idle_s is not None else now
            if self._away_since is None or began < self._away_since:
                self._away_since = began
            if now - self._away_since >= self.timings.long_absence_s:
                self._long_absence = True
        elif self._away_since is not None:
            # Back: the absence ended at the person's first input (idle counts from it).
            back = now - reading.idle_s if reading.idle_s is not None else now
            if back - self._away_since >= self.timings.long_absence_s:
                self._long_absence = True
            self._away_since = None
        if reasons:
            return Decision(Outcome.NOTHING, tuple(reasons))
        outcome = Outcome.WELCOME_BACK if self._long_absence else Outcome.REMINDER
        self.clear()
        return Decision(outcome)

    def long_absence(self) -> bool:
        """The held reminder has become a welcome back (for the log and tests)."""
        return self._long_absence

    def clear(self) -> None:
        """Nothing held any more (offered, or reminders were turned off)."""
        self._pending = False
        self._away_since = None
        self._long_absence = False
