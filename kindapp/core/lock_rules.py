"""When the letters lock again, and what the window shows after: plain rules for the lock
policy (kindapp/app/lock_policy.py carries them out)."""

from __future__ import annotations

from kindapp.core.navigation import Screen, Where

PRIVATE_SCREENS = frozenset(
    {
        Screen.LETTER,
        Screen.LETTERS,
        Screen.REFRAME,
        Screen.REFRAMES,
        Screen.HISTORY,
        Screen.JOURNAL_ENTRY,
    }
)
"""Screens that show the person's writing or history: they give way to home once locked."""


def may_lock_now(showing: Where | None) -> bool:
    """Whether the idle time (or the screen locking) may lock now. Not during a reframe: it is
    kept only when finished, so locking would lose its words; the idle time counts again
    instead (the desktop's own lock guards the screen)."""
    return showing is not Screen.REFRAME


def leave_for_home(showing: Where | None, locked: bool) -> bool:
    """Whether a private screen gives way to home: only once the journal is really locked."""
    return locked and showing in PRIVATE_SCREENS


def idle_left(used_at: float, now: float, minutes: int) -> float:
    """Seconds of idle time left before the letters lock (0 or less: lock now), from the last
    use of Kind and the clock's reading now."""
    return minutes * 60.0 - (now - used_at)
