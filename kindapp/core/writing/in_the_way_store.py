"""How the journal keeps the looks at what's in the way (a `MomentKind`, named in the
practice's registry entry): the record, its table, its export section ("in_the_way", since
format 3) and its import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kindapp.core.moment_kind import Checker, MomentKind, MomentStore
from kindapp.core.records import iso_utc, parse_iso


@dataclass(frozen=True)
class InTheWay:
    """One look at what's in the way: what is hard, what might be behind it, one next step."""

    id: int
    uid: str
    created: datetime
    hard_thing: str
    reason: str
    """A key of kindapp.core.writing.in_the_way.REASONS ("too_much", "fear", ...)."""
    reason_words: str
    """The reason in the person's own words (for "something else")."""
    answer: str
    """What they said to the reason's gentle question."""
    next_step: str
    remind_at: datetime | None = None
    """When to be reminded of the next step, if they asked to be."""


def _from_row(row: tuple[Any, ...]) -> InTheWay:
    id, uid, created, hard, reason, words, answer, step, remind_at = row
    return InTheWay(
        int(id),
        uid,
        parse_iso(created),
        hard,
        reason,
        words,
        answer,
        step,
        None if remind_at is None else parse_iso(remind_at),
    )


def _to_row(w: InTheWay) -> tuple[Any, ...]:
    return (
        w.uid,
        iso_utc(w.created),
        w.hard_thing,
        w.reason,
        w.reason_words,
        w.answer,
        w.next_step,
        None if w.remind_at is None else iso_utc(w.remind_at),
    )


def _to_json(w: InTheWay) -> dict[str, Any]:
    return {
        "uid": w.uid,
        "created": iso_utc(w.created),
        "hard_thing": w.hard_thing,
        "reason": w.reason,
        "reason_words": w.reason_words,
        "answer": w.answer,
        "next_step": w.next_step,
        "remind_at": None if w.remind_at is None else iso_utc(w.remind_at),
    }


def _from_json(c: Checker, item: dict[str, Any], where: str) -> InTheWay:
    remind = item.get("remind_at")
    return InTheWay(
        0,
        c.uid(item, where),
        c.when(item, "created", where),
        c.text(item, "hard_thing", where),
        c.text(item, "reason", where, default=""),
        c.text(item, "reason_words", where, default=""),
        c.text(item, "answer", where, default=""),
        c.text(item, "next_step", where, default=""),
        None if remind is None else c.when(item, "remind_at", where),
    )


def _check(w: InTheWay) -> None:
    if w.remind_at is not None and w.remind_at.utcoffset() is None:
        raise ValueError("remind_at must be timezone-aware")


IN_THE_WAY: MomentKind[InTheWay] = MomentKind(
    table="in_the_way",
    noun="what's in the way entry",
    columns=(
        "id",
        "uid",
        "created",
        "hard_thing",
        "reason",
        "reason_words",
        "answer",
        "next_step",
        "remind_at",
    ),
    newest_first="created DESC, id DESC",
    from_row=_from_row,
    to_row=_to_row,
    schema_version=4,
    tables="""
    CREATE TABLE in_the_way (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        uid           TEXT NOT NULL UNIQUE,
        created       TEXT NOT NULL,
        hard_thing    TEXT NOT NULL,
        reason        TEXT NOT NULL,
        reason_words  TEXT NOT NULL DEFAULT '',
        answer        TEXT NOT NULL DEFAULT '',
        next_step     TEXT NOT NULL DEFAULT '',
        remind_at     TEXT                        -- ISO 8601, UTC, or NULL
    );
    CREATE INDEX in_the_way_created ON in_the_way(created DESC, id DESC);
    """,
    export_key="in_the_way",
    export_since=3,
    to_json=_to_json,
    export_order=lambda w: (w.created, w.id),
    from_json=_from_json,
    check=_check,
)


def add_in_the_way(
    journal: MomentStore,
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
    """Keep one look at what's in the way."""
    w = InTheWay(
        0,
        uid or _new_uid(),
        journal.moment_time(created),
        hard_thing,
        reason,
        reason_words,
        answer,
        next_step,
        remind_at,
    )
    return journal.keep_moment(IN_THE_WAY, w)


def in_the_way_entries(journal: MomentStore) -> list[InTheWay]:
    """Every look at what's in the way, newest first."""
    return journal.moments(IN_THE_WAY)


def delete_in_the_way(journal: MomentStore, entry_id: int) -> None:
    journal.delete_moment(IN_THE_WAY, entry_id)


def _new_uid() -> str:
    import uuid  # here: uuid brings platform along, not needed before a moment is kept

    return uuid.uuid4().hex
