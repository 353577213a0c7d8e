"""The journal's methods for the practices' moments (a part of `Journal`, kept apart so that
store.py stays small): caught thoughts, and every kind a practice describes with a
`MomentKind` (kept, read, changed and deleted through the description; the practice's storage
module gives it the words of its own)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypeVar

from kindapp.core.errors import EntryMissing, JournalReason
from kindapp.core.journal import moments
from kindapp.core.journal.kinds import KINDS
from kindapp.core.journal.part import JournalPart
from kindapp.core.journal.rows import check_text
from kindapp.core.moment_kind import MomentKind, texts_of
from kindapp.core.records import MAX_CAUGHT_CHARS, CaughtThought, parse_iso

T = TypeVar("T")

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

    def has_caught(self, uid: str) -> bool:
        """Whether a caught thought has `uid` (import merges by uid)."""
        with self._guard("read the journal") as db:
            return moments.has_uid(db, "caught", uid)

    # -- the kinds a practice describes (its storage module's MomentKind) -------------------
    _moment_kinds: tuple[MomentKind[Any], ...] = KINDS

    @property
    def moment_kinds(self) -> tuple[MomentKind[Any], ...]:
        """Every kind of moment the practices keep (their registry entries' `stored`)."""
        return self._moment_kinds

    def moment_time(self, when: datetime | None = None) -> datetime:
        """When a new moment happened: `when` as the journal keeps times, or now."""
        return self._when(when)

    def moments(
        self,
        kind: MomentKind[T],
        *,
        where: str = "",
        args: tuple[Any, ...] = (),
        order: str = "",
        limit: int | None = None,
    ) -> list[T]:
        """The moments of `kind`, newest first (or in `order`; `where` and `order` are the
        storage module's SQL); none in an older journal that has no table for them."""
        if self.schema_version < kind.schema_version:
            return []
        with self._guard(f"read the {kind.noun}s") as db:
            return moments.select(db, kind, where, args, order, limit)

    def keep_moment(self, kind: MomentKind[T], moment: T) -> T:
        """Keep a new moment (its id is given by the journal; its uid and times are kept)."""
        check_text(**texts_of(moment))
        kind.check(moment)
        with self._writing(f"keep the {kind.noun}") as db:
            return moments.insert(db, kind, moment)

    def change_moment(self, kind: MomentKind[Any], id: int, **fields: str) -> None:
        """Change some of a kept moment's words."""
        check_text(**fields)
        with self._writing(f"keep the {kind.noun}") as db:
            found = moments.update(db, kind, id, fields)
        if not found:
            raise EntryMissing(f"{kind.noun} {id} is not in the journal", JournalReason.NOT_FOUND)

    def delete_moment(self, kind: MomentKind[Any], id: int) -> bool:
        with self._writing(f"remove the {kind.noun}") as db:
            return moments.delete(db, kind, id)

    def has_moment(self, kind: MomentKind[Any], uid: str) -> bool:
        """Whether a moment of `kind` has `uid` (import merges by uid)."""
        with self._guard("read the journal") as db:
            return moments.has_uid(db, kind.table, uid)
