"""What's in the way? Compassionate problem-solving, as steps and data.

Self-criticism ends the inquiry ("I'm hopeless at this": the start and the end of the
analysis). This practice assumes there is a good reason when something is hard to start or
to keep going, and gently asks what it might be:

HARD_THING  what is hard to start or keep going (needs words to go on)
REASON      what might be in the way: one of REASONS (needs a choice; "something else" needs
            words of one's own)
QUESTION    the reason's one gentle follow-up question (an answer is optional)
NEXT_STEP   one small, doable next step (needs words), and, if wanted, a reminder of it
KEPT        what was written, read back; Done leaves

Nothing is graded: there is no plan to keep, only one small step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import IntEnum

from kindapp.core.moment_kind import MomentStore
from kindapp.core.reminders import OneOff, wall_to_instant
from kindapp.core.translatable import tr_noop
from kindapp.core.writing.in_the_way_store import InTheWay, in_the_way_entries


@dataclass(frozen=True)
class Reason:
    key: str
    label: str
    question: str
    """The one gentle follow-up question (translated in the context "practices")."""


REASONS: tuple[Reason, ...] = (
    Reason(
        "too_much",
        tr_noop("Too much at once, or no time to sit down with it"),
        tr_noop(
            "What could make a little room for it? Is there something that could wait, or "
            "someone who could help?"
        ),
    ),
    Reason(
        "fear",
        tr_noop("Worry that it will go badly"),
        tr_noop(
            "What is the worry trying to protect you from? And what matters to you about doing "
            "it anyway?"
        ),
    ),
    Reason(
        "start",
        tr_noop("Hard to get started, or to keep track"),
        tr_noop(
            "What small structure would help: a first step you can see, a timer, a list, "
            "someone working beside you?"
        ),
    ),
    Reason(
        "tired",
        tr_noop("Tired, unwell or grieving"),
        tr_noop("What would rest look like right now? What does your body need first?"),
    ),
    Reason(
        "other",
        tr_noop("Something else"),
        tr_noop("What would a friend who understands you say is going on?"),
    ),
)
REASON_KEYS = tuple(r.key for r in REASONS)


def reason_for(key: str) -> Reason | None:
    return next((r for r in REASONS if r.key == key), None)


class WayStep(IntEnum):
    HARD_THING = 0
    REASON = 1
    QUESTION = 2
    NEXT_STEP = 3
    KEPT = 4

    @property
    def is_first(self) -> bool:
        return self is WayStep.HARD_THING

    @property
    def is_last(self) -> bool:
        return self is WayStep.KEPT

    def ready(self, *, hard_thing: str, reason: str, reason_words: str, next_step: str) -> bool:
        """Whether Next may go on from here with what has been written so far."""
        if self is WayStep.HARD_THING:
            return bool(hard_thing.strip())
        if self is WayStep.REASON:
            return reason in REASON_KEYS and (reason != "other" or bool(reason_words.strip()))
        if self is WayStep.NEXT_STEP:
            return bool(next_step.strip())
        return True

    @property
    def saves(self) -> bool:
        """Next from here keeps the entry in the journal."""
        return self is WayStep.NEXT_STEP


# -- a gentle reminder of the next step ----------------------------------------------------------

REMIND_CHOICES: tuple[tuple[str, str], ...] = (
    ("none", tr_noop("No reminder")),
    ("hour", tr_noop("In an hour")),
    ("evening", tr_noop("This evening")),
    ("tomorrow", tr_noop("Tomorrow morning")),
)
EVENING = time(18, 30)
MORNING = time(9, 30)


def remind_at(choice: str, now: datetime) -> datetime | None:
    """When to remind of the next step (`now` aware and local), or None for no reminder.
    "This evening" after the evening has begun means in an hour."""
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    zone = now.tzinfo
    assert zone is not None
    if choice == "none":
        return None
    if choice == "hour":
        return now + timedelta(hours=1)
    if choice == "evening":
        at = wall_to_instant(datetime.combine(now.date(), EVENING), zone)
        return at if at > now + timedelta(minutes=30) else now + timedelta(hours=1)
    if choice == "tomorrow":
        return wall_to_instant(datetime.combine(now.date() + timedelta(days=1), MORNING), zone)
    raise ValueError(f"unknown reminder choice {choice!r}")


STEP_REMINDER_TITLE = tr_noop("Your small next step")
STEP_REMINDER_TEXT = tr_noop("If it still suits you: %1")


STEP_KEY = "step"
"""The next step's reminder (a one-off)."""


def step_nudges(entries: Iterable[InTheWay], now: datetime) -> list[OneOff]:
    """The next steps someone asked to be reminded of, still to come after `now`."""
    return [
        OneOff(w.remind_at, STEP_KEY, STEP_REMINDER_TITLE, STEP_REMINDER_TEXT, w.next_step)
        for w in entries
        if w.remind_at is not None and w.remind_at > now
    ]


def pending_nudges(journal: MomentStore, now: datetime) -> list[OneOff]:
    """The reminders of next steps, read from the journal."""
    return step_nudges(in_the_way_entries(journal), now)
