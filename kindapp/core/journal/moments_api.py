"""The journal's methods for the newer practices (a part of `Journal`, kept apart so that
store.py stays small): caught thoughts, what's in the way, kind days."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from kindapp.core.errors import EntryMissing, JournalReason
from kindapp.core.journal import moments
from kindapp.core.journal.part import JournalPart
from kindapp.core.journal.rows import check_text
from kindapp.core.records import MAX_CAUGHT_CHARS, CaughtThought, InTheWay, KindDay, parse_iso

MOMENTS_VERSION = 4
"""The schema version that has these tables (an older journal, read-only, has none)."""


class MomentsJournal(JournalPart):
    """Mixed into `Journal` (its connection helpers: JournalPart)."""

    @property
    def has_moments(self) -> bool:
        return self.schema_version >= MOMENTS_VERSION

    def _when(self, created: datetime | None) -> datetime:
        return self._stamp()[1] if created is None else parse_iso(created.isoformat())

    # -- caught thoughts -----------------------------------------------------------------------
    def catch_thought(
        self, thought: str, *, uid: str | None = None, created: datetime | None = None
    ) -> CaughtThought:
        """Keep a harsh thought as it sounded (one line), to answer later in the reframe."""
        check_text(thought=thought)
        text = " ".join(thought.split())
        if not text:
            raise ValueError("a caught thought needs a few words")
        if len(text) > MAX_CAUGHT_CHARS:
            raise ValueError(f"a caught thought is at most {MAX_CAUGHT_CHARS} characters")
        c = CaughtThought(0, uid or uuid.uuid4().hex, text, self._when(created))
        with self._writing("keep the thought") as db:
            return moments.add_caught(db, c)

    def caught_thoughts(self) -> list[CaughtThought]:
        """The caught thoughts waiting for the reframe, newest first."""
        if not self.has_moments:
            return []
        with self._guard("read the caught thoughts") as db:
            return moments.caught_newest_first(db)

    def let_go(self, caught_id: int) -> CaughtThought:
        """Delete a caught thought (answered, or simply let go)."""
        with self._writing("let the thought go") as db:
            gone = moments.delete_caught(db, caught_id)
        if gone is None:
            raise EntryMissing(
                f"caught thought {caught_id} is not in the journal", JournalReason.NOT_FOUND
            )
        return gone

    def has_uid(self, table: str, uid: str) -> bool:
        """Whether `table` ("caught", "in_the_way" or "kind_day") has an entry with `uid`."""
        with self._guard("read the journal") as db:
            return moments.has_uid(db, table, uid)

    # -- what's in the way ---------------------------------------------------------------------
    def add_in_the_way(
        self,
        hard_thing: str,
        reason: str,
        reason_words: str,
        answer: str,
        next_step: str,
        remind_at: datetime | None = None,
        *,
        uid: str | None = None,
        created: datetime | None = None,
    ) -> InTheWay:
        check_text(
            hard_thing=hard_thing,
            reason=reason,
            reason_words=reason_words,
            answer=answer,
            next_step=next_step,
        )
        if remind_at is not None and remind_at.utcoffset() is None:
            raise ValueError("remind_at must be timezone-aware")
        w = InTheWay(
            0,
            uid or uuid.uuid4().hex,
            self._when(created),
            hard_thing,
            reason,
            reason_words,
            answer,
            next_step,
            remind_at,
        )
        with self._writing("keep what's in the way") as db:
            return moments.add_in_the_way(db, w)

    def in_the_way_entries(self) -> list[InTheWay]:
        if not self.has_moments:
            return []
        with self._guard("read what's in the way") as db:
            return moments.in_the_way_newest_first(db)

    def delete_in_the_way(self, entry_id: int) -> None:
        with self._writing("remove the entry") as db:
            moments.delete_in_the_way(db, entry_id)

    # -- kind days -----------------------------------------------------------------------------
    def start_kind_day(
        self,
        day: date,
        intention: str,
        *,
        uid: str | None = None,
        started: datetime | None = None,
        kind_moment: str = "",
        hard_moment: str = "",
    ) -> KindDay:
        check_text(intention=intention, kind_moment=kind_moment, hard_moment=hard_moment)
        d = KindDay(
            0,
            uid or uuid.uuid4().hex,
            day,
            self._when(started),
            intention,
            kind_moment,
            hard_moment,
        )
        with self._writing("keep the kind day") as db:
            return moments.add_kind_day(db, d)

    def end_kind_day(self, day_id: int, kind_moment: str, hard_moment: str) -> None:
        """The evening look back: a moment you were kind to yourself, a moment that was hard."""
        check_text(kind_moment=kind_moment, hard_moment=hard_moment)
        with self._writing("keep the evening's words") as db:
            found = moments.set_kind_day_evening(db, day_id, kind_moment, hard_moment)
        if not found:
            raise EntryMissing(f"kind day {day_id} is not in the journal", JournalReason.NOT_FOUND)

    def kind_day_on(self, day: date) -> KindDay | None:
        if not self.has_moments:
            return None
        with self._guard("read the kind day") as db:
            return moments.kind_day_on(db, day)

    def kind_days(self) -> list[KindDay]:
        if not self.has_moments:
            return []
        with self._guard("read the kind days") as db:
            return moments.kind_days_newest_first(db)
