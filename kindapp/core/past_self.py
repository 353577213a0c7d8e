"""A kind word from your past self: the letters and reframes a person wrote are meant to be
reread when the same pain comes back. Kind may offer one of them, gently:

- after a check-in that says it is heavy (HEAVY or more, before or after a practice), or
- on the anniversary of a letter (the same day of the year, a year or more later; a letter
  of 29 February has its day on 28 February in other years), when Kind is opened.

The rules (`offer_for`):
- never in a reminder's text: a reminder's moment gives no offer at all;
- never more than one at a time, and at most one a day (`OfferMemory.last_day`);
- only what was written at least MIN_AGE_DAYS ago: a word from the past, not from yesterday;
- after a heavy check-in, the one offered least lately (never offered comes first), a letter
  before a reframe among equals, then the oldest;
- asked for by the person (`Moment.ASKED`, `kindapp --practice past-self`): the one offered
  least lately, switch or no switch, however many today;
- always easy to decline ("Not now" changes nothing but the day) and to turn off
  (`enabled`, the Settings switch `past_self_offers`).

`OfferMemory` is what is remembered between offers (which uid was offered when); it lives in
the journal's meta table (private, under the lock) as JSON. Pure Python, no I/O.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol

from kindapp.core.translatable import tr_noop

HEAVY = 7
"""A check-in this heavy (0-10) or heavier may be followed by an offer."""
MIN_AGE_DAYS = 14
"""What was written less than this long ago is not 'the past' yet."""
META_KEY = "past_self"
"""Where the journal keeps the OfferMemory."""
KEEP_OFFERED = 200
"""The memory keeps the latest offers only."""


class Moment(StrEnum):
    """When an offer might be made."""

    AFTER_CHECKIN = "after-checkin"
    OPENED = "opened"
    """Kind was opened (the home screen), by the person."""
    REMINDER = "reminder"
    """A reminder's notification: never an offer."""
    ASKED = "asked"
    """The person asked for one (not an offer: neither the switch nor the day's one counts)."""


class WrittenKind(StrEnum):
    LETTER = "letter"
    REFRAME = "reframe"


@dataclass(frozen=True)
class Written:
    """Something the person wrote to themselves, as the rule needs it."""

    kind: WrittenKind
    id: int
    uid: str
    created: datetime


class Why(StrEnum):
    HEAVY = "heavy"
    ANNIVERSARY = "anniversary"
    ASKED = "asked"


@dataclass(frozen=True)
class Offer:
    written: Written
    why: Why

    @property
    def text(self) -> str:
        """The offer's words (marked for translation; the UI fills in {when}, the month, with
        the year when it was another year, in the person's language)."""
        if self.why is Why.ANNIVERSARY:
            return ANNIVERSARY_TEXT
        if self.why is Why.ASKED:
            return ASKED_LETTER if self.written.kind is WrittenKind.LETTER else ASKED_REFRAME
        if self.written.kind is WrittenKind.LETTER:
            return LETTER_TEXT
        return REFRAME_TEXT


LETTER_TEXT = tr_noop("You wrote something to yourself in {when}. Would you like to read it?")
REFRAME_TEXT = tr_noop(
    "In {when} you found kinder words for a harsh thought. Would you like to see them?"
)
ANNIVERSARY_TEXT = tr_noop(
    "On this day in {when} you wrote yourself a letter. Would you like to read it?"
)
ASKED_LETTER = tr_noop("A letter you wrote to yourself in {when}.")
ASKED_REFRAME = tr_noop("Kinder words you found for a harsh thought in {when}.")
NOTHING_YET = tr_noop(
    "Nothing to bring back yet. Letters and reframes you write can come back to you here "
    "after a couple of weeks."
)
TITLE = tr_noop("A kind word from your past self")
READ = tr_noop("Read it")
NOT_NOW = tr_noop("Not now")
TURN_OFF = tr_noop("Don't offer these")
TURNED_OFF = tr_noop("Kind won't offer these any more. You can turn them on again in Settings.")
SETTING = tr_noop("Offer a kind word from my past self")
SETTING_HINT = tr_noop(
    "After a heavy check-in, or on a letter's anniversary, Kind may offer one earlier letter "
    "or reframe. Never in a reminder."
)


@dataclass(frozen=True)
class OfferMemory:
    last_day: date | None = None
    """The day of the last offer (at most one a day)."""
    offered: Mapping[str, date] = field(default_factory=dict)
    """When each uid was last offered."""

    def after(self, offer: Offer, today: date) -> OfferMemory:
        """The memory once `offer` was made today (whether it was read or declined)."""
        offered = {**self.offered, offer.written.uid: today}
        latest = sorted(offered.items(), key=lambda kv: (kv[1], kv[0]))[-KEEP_OFFERED:]
        return OfferMemory(today, dict(latest))

    def to_json(self) -> str:
        return json.dumps(
            {
                "last_day": None if self.last_day is None else self.last_day.isoformat(),
                "offered": {uid: d.isoformat() for uid, d in sorted(self.offered.items())},
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, raw: str | None) -> OfferMemory:
        """The memory from the journal; an unreadable one is a fresh memory (nothing lost
        but which were offered)."""
        if raw is None:
            return cls()
        try:
            data: Any = json.loads(raw)
            last = data.get("last_day")
            offered = {str(k): date.fromisoformat(v) for k, v in data.get("offered", {}).items()}
            return cls(None if last is None else date.fromisoformat(last), offered)
        except (ValueError, TypeError, AttributeError):
            return cls()


def is_heavy(heaviness: int | None) -> bool:
    return heaviness is not None and heaviness >= HEAVY


def is_anniversary(created: date, today: date) -> bool:
    """`today` is the letter's day of the year, a year or more after it was written."""
    if today.year <= created.year:
        return False
    if (created.month, created.day) == (today.month, today.day):
        return True
    leap_day = (created.month, created.day) == (2, 29)
    return leap_day and (today.month, today.day) == (2, 28) and not _leap(today.year)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def offer_for(
    moment: Moment,
    written: Iterable[Written],
    today: date,
    memory: OfferMemory,
    *,
    enabled: bool,
    heaviness: int | None = None,
) -> Offer | None:
    """At most one earlier letter or reframe to offer now, or None (see the module's rules).
    `heaviness` is the check-in just given (for AFTER_CHECKIN); `today` the local day."""
    old = [w for w in written if (today - w.created.date()).days >= MIN_AGE_DAYS]
    if moment is Moment.ASKED and old:
        return Offer(min(old, key=_least_lately(memory)), Why.ASKED)
    if not enabled or moment not in (Moment.AFTER_CHECKIN, Moment.OPENED):
        return None
    if memory.last_day == today:
        return None
    if moment is Moment.OPENED:
        due = [
            w
            for w in old
            if w.kind is WrittenKind.LETTER and is_anniversary(w.created.date(), today)
        ]
        due = [w for w in due if memory.offered.get(w.uid) != today]
        if not due:
            return None
        return Offer(min(due, key=lambda w: (w.created, w.id)), Why.ANNIVERSARY)
    if not is_heavy(heaviness) or not old:
        return None
    return Offer(min(old, key=_least_lately(memory)), Why.HEAVY)


def _least_lately(memory: OfferMemory) -> Callable[[Written], tuple[date, int, datetime, int]]:
    """The one offered least lately (never offered first), a letter before a reframe among
    equals, then the oldest."""

    def order(w: Written) -> tuple[date, int, datetime, int]:
        last = memory.offered.get(w.uid, date.min)
        return (last, 0 if w.kind is WrittenKind.LETTER else 1, w.created, w.id)

    return order


def heaviest(*heaviness: int | None) -> int | None:
    """The heaviest of the check-ins around a practice (before and after), or None."""
    given = [h for h in heaviness if h is not None]
    return max(given) if given else None


class OfferJournal(Protocol):
    """What `offer_now` needs of the journal (kindapp.core.journal.Journal has it)."""

    def written_to_self(self) -> list[Written]: ...
    def get_meta(self, key: str) -> str | None: ...
    def set_meta(self, key: str, value: str | None) -> None: ...


def offer_now(
    journal: OfferJournal,
    moment: Moment,
    today: date,
    *,
    enabled: bool,
    heaviness: int | None = None,
) -> Offer | None:
    """`offer_for` on what the journal holds; an offer made is remembered at once (read or
    declined, it was offered: at most one a day). Run on the journal's thread."""
    shelf = OfferShelf(journal)
    memory = shelf.load()
    offer = offer_for(
        moment, journal.written_to_self(), today, memory, enabled=enabled, heaviness=heaviness
    )
    if offer is not None:
        shelf.save(memory.after(offer, today))
    return offer


class OfferShelf:
    """Read and write the OfferMemory in a journal's meta table (anything with
    get_meta/set_meta)."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal

    def load(self) -> OfferMemory:
        return OfferMemory.from_json(self._journal.get_meta(META_KEY))

    def save(self, memory: OfferMemory) -> None:
        self._journal.set_meta(META_KEY, memory.to_json())
