"""The self-compassion journal's evening invitation: if the person asks for it (Settings, off
by default), a gentle reminder at the evening time they chose, each day the journal has no
entry yet. It goes through the same path as the other one-off reminders (the nudge timer, the
notification or the tray's message), and its words never carry anything the person wrote:
only Kind's own invitation.

`TIME` is "HH:MM" (24 h, local time) or "" (off). Pure Python, no I/O.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kindapp.core.reminders import OneOff
from kindapp.core.translatable import tr_noop

KEY = "journal-evening"
"""The nudge's key: a click on it opens today's entry."""
DEFAULT_TIME = "21:00"
TITLE = tr_noop("Self-compassion journal")
TEXT = tr_noop("A few kind lines before the day ends? Your journal is here when you'd like it.")
SETTING = tr_noop("Invite me to write in my journal in the evening")
SETTING_HINT = tr_noop(
    "A quiet reminder at this time on days without an entry. It never shows what you wrote."
)


def parse_time(text: str) -> time | None:
    """ "HH:MM" as a time, "" as None (off); ValueError for anything else."""
    if text == "":
        return None
    hours, sep, minutes = text.partition(":")
    if not sep or len(hours) != 2 or len(minutes) != 2:
        raise ValueError(f"an evening time is HH:MM, not {text!r}")
    return time(int(hours), int(minutes))


def pending(
    setting: str, now: datetime, written_on: set[date] | frozenset[date] = frozenset()
) -> list[OneOff]:
    """The invitations still to come after `now` (aware, local): today's unless today has an
    entry, and tomorrow's (so the timer is armed across midnight). None when off."""
    at = parse_time(setting)
    if at is None:
        return []
    out: list[OneOff] = []
    for day in (now.date(), now.date() + timedelta(days=1)):
        when = datetime.combine(day, at, tzinfo=now.tzinfo)
        if when > now and day not in written_on:
            out.append(OneOff(when, KEY, TITLE, TEXT))
    return out


def still_wanted(item: OneOff, written_today: bool) -> bool:
    """An invitation that comes due is let pass when an entry was written meanwhile."""
    return item.key != KEY or not written_today
