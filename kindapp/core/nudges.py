"""Which one-off gentle reminders are pending: a next step someone asked to be reminded of
(what's in the way), and today's kind day's invitations and evening look back. Read from the
journal's entries; nothing is stored about reminders that were let pass."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from kindapp.core import kind_day
from kindapp.core.records import InTheWay, KindDay
from kindapp.core.reminders import OneOff
from kindapp.core.writing.in_the_way import STEP_REMINDER_TEXT, STEP_REMINDER_TITLE

STEP_KEY = "step"
INVITATION_KEY = "kind-day-invitation"
EVENING_KEY = "kind-day-evening"


class NudgeSource(Protocol):
    """Where the one-offs are read from (the journal)."""

    def in_the_way_entries(self) -> list[InTheWay]: ...

    def kind_day_on(self, day: date) -> KindDay | None: ...


def pending_in(journal: NudgeSource, now: datetime) -> list[OneOff]:
    """Every one-off still to come after `now`, read from the journal's entries."""
    return pending(journal.in_the_way_entries(), journal.kind_day_on(now.date()), now)


def pending(entries: Iterable[InTheWay], day: KindDay | None, now: datetime) -> list[OneOff]:
    """Every one-off still to come after `now` (aware; its zone is the local one)."""
    out: list[OneOff] = []
    for w in entries:
        if w.remind_at is not None and w.remind_at > now:
            out.append(
                OneOff(w.remind_at, STEP_KEY, STEP_REMINDER_TITLE, STEP_REMINDER_TEXT, w.next_step)
            )
    if day is not None and not (day.kind_moment or day.hard_moment):
        started = day.started.astimezone(now.tzinfo)
        if kind_day.is_active(started, now):
            for n in kind_day.kind_day_nudges(started):
                if n.at <= now:
                    continue
                if n.kind is kind_day.NudgeKind.EVENING:
                    out.append(
                        OneOff(n.at, EVENING_KEY, kind_day.INVITATION_TITLE, kind_day.EVENING_TEXT)
                    )
                else:
                    text = kind_day.INVITATIONS[n.n % len(kind_day.INVITATIONS)]
                    out.append(OneOff(n.at, INVITATION_KEY, kind_day.INVITATION_TITLE, text))
    return sorted(out, key=lambda o: (o.at, o.key))
