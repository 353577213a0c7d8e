"""The SQL of the newer practices' tables: `caught`, `in_the_way` and `kind_day`."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from kindapp.core.records import CaughtThought, InTheWay, KindDay, iso_utc, parse_iso

CAUGHT_COLUMNS = "id, uid, thought, created"
IN_THE_WAY_COLUMNS = (
    "id, uid, created, hard_thing, reason, reason_words, answer, next_step, remind_at"
)
KIND_DAY_COLUMNS = "id, uid, day, started, intention, kind_moment, hard_moment"


def caught_from_row(row: tuple[Any, ...]) -> CaughtThought:
    id, uid, thought, created = row
    return CaughtThought(int(id), uid, thought, parse_iso(created))


def in_the_way_from_row(row: tuple[Any, ...]) -> InTheWay:
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


def kind_day_from_row(row: tuple[Any, ...]) -> KindDay:
    id, uid, day, started, intention, kind_moment, hard_moment = row
    return KindDay(
        int(id),
        uid,
        date.fromisoformat(day),
        parse_iso(started),
        intention,
        kind_moment,
        hard_moment,
    )


# -- caught thoughts -------------------------------------------------------------------------
def add_caught(db: sqlite3.Connection, c: CaughtThought) -> CaughtThought:
    row = db.execute(
        "INSERT INTO caught (uid, created, thought) VALUES (?, ?, ?) RETURNING id",
        (c.uid, iso_utc(c.created), c.thought),
    ).fetchone()
    return CaughtThought(int(row[0]), c.uid, c.thought, c.created)


def caught_newest_first(db: sqlite3.Connection) -> list[CaughtThought]:
    rows = db.execute(
        f"SELECT {CAUGHT_COLUMNS} FROM caught ORDER BY created DESC, id DESC"
    ).fetchall()
    return [caught_from_row(r) for r in rows]


def delete_caught(db: sqlite3.Connection, id: int) -> CaughtThought | None:
    row = db.execute(
        f"DELETE FROM caught WHERE id = ? RETURNING {CAUGHT_COLUMNS}", (id,)
    ).fetchone()
    return None if row is None else caught_from_row(row)


def has_uid(db: sqlite3.Connection, table: str, uid: str) -> bool:
    assert table in ("caught", "in_the_way", "kind_day")
    return db.execute(f"SELECT 1 FROM {table} WHERE uid = ?", (uid,)).fetchone() is not None


# -- what's in the way -----------------------------------------------------------------------
def add_in_the_way(db: sqlite3.Connection, w: InTheWay) -> InTheWay:
    row = db.execute(
        "INSERT INTO in_the_way (uid, created, hard_thing, reason, reason_words, answer,"
        " next_step, remind_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            w.uid,
            iso_utc(w.created),
            w.hard_thing,
            w.reason,
            w.reason_words,
            w.answer,
            w.next_step,
            None if w.remind_at is None else iso_utc(w.remind_at),
        ),
    ).fetchone()
    return InTheWay(int(row[0]), *_fields(w)[1:])


def _fields(w: InTheWay) -> tuple[Any, ...]:
    return (
        w.id,
        w.uid,
        w.created,
        w.hard_thing,
        w.reason,
        w.reason_words,
        w.answer,
        w.next_step,
        w.remind_at,
    )


def in_the_way_newest_first(db: sqlite3.Connection) -> list[InTheWay]:
    rows = db.execute(
        f"SELECT {IN_THE_WAY_COLUMNS} FROM in_the_way ORDER BY created DESC, id DESC"
    ).fetchall()
    return [in_the_way_from_row(r) for r in rows]


def delete_in_the_way(db: sqlite3.Connection, id: int) -> bool:
    return db.execute("DELETE FROM in_the_way WHERE id = ?", (id,)).rowcount > 0


# -- kind days -------------------------------------------------------------------------------
def add_kind_day(db: sqlite3.Connection, d: KindDay) -> KindDay:
    row = db.execute(
        "INSERT INTO kind_day (uid, day, started, intention, kind_moment, hard_moment)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        (d.uid, d.day.isoformat(), iso_utc(d.started), d.intention, d.kind_moment, d.hard_moment),
    ).fetchone()
    return KindDay(int(row[0]), d.uid, d.day, d.started, d.intention, d.kind_moment, d.hard_moment)


def set_kind_day_evening(db: sqlite3.Connection, id: int, kind_moment: str, hard: str) -> bool:
    done = db.execute(
        "UPDATE kind_day SET kind_moment = ?, hard_moment = ? WHERE id = ?",
        (kind_moment, hard, id),
    )
    return done.rowcount > 0


def kind_days_newest_first(db: sqlite3.Connection) -> list[KindDay]:
    rows = db.execute(
        f"SELECT {KIND_DAY_COLUMNS} FROM kind_day ORDER BY day DESC, id DESC"
    ).fetchall()
    return [kind_day_from_row(r) for r in rows]


def kind_day_on(db: sqlite3.Connection, day: date) -> KindDay | None:
    row = db.execute(
        f"SELECT {KIND_DAY_COLUMNS} FROM kind_day WHERE day = ? ORDER BY id DESC LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    return None if row is None else kind_day_from_row(row)
