"""The SQL of the practices' moments: caught thoughts (`caught`), and every kind a practice
describes with a `MomentKind` (its table and columns come from the description)."""

from __future__ import annotations

import sqlite3
from typing import Any, TypeVar

from kindapp.core.moment_kind import MomentKind, with_id
from kindapp.core.records import CaughtThought, iso_utc, parse_iso

T = TypeVar("T")

CAUGHT_COLUMNS = "id, uid, thought, created"


def caught_from_row(row: tuple[Any, ...]) -> CaughtThought:
    id, uid, thought, created = row
    return CaughtThought(int(id), uid, thought, parse_iso(created))


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
    """Whether `table` (caught, or a MomentKind's, never words from outside) has `uid`."""
    return db.execute(f"SELECT 1 FROM {table} WHERE uid = ?", (uid,)).fetchone() is not None


# -- the kinds a practice describes ---------------------------------------------------------
def select(
    db: sqlite3.Connection,
    kind: MomentKind[T],
    where: str = "",
    args: tuple[Any, ...] = (),
    order: str = "",
    limit: int | None = None,
) -> list[T]:
    """The moments of `kind` (newest first unless `order`); `where` and `order` are SQL
    written by the kind's own storage module, its values in `args`."""
    sql = f"SELECT {kind.read_columns()} FROM {kind.table}"
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order or kind.newest_first}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [kind.from_row(r) for r in db.execute(sql, args).fetchall()]


def insert(db: sqlite3.Connection, kind: MomentKind[T], moment: T) -> T:
    names = kind.columns[1:]
    row = db.execute(
        f"INSERT INTO {kind.table} ({', '.join(names)})"
        f" VALUES ({', '.join('?' for _ in names)}) RETURNING id",
        kind.to_row(moment),
    ).fetchone()
    return with_id(moment, int(row[0]))


def update(db: sqlite3.Connection, kind: MomentKind[Any], id: int, fields: dict[str, Any]) -> bool:
    unknown = [name for name in fields if not kind.has_column(name)]
    if unknown or not fields:
        raise ValueError(f"{kind.table} has no columns {unknown}")
    sets = ", ".join(f"{name} = ?" for name in fields)
    done = db.execute(f"UPDATE {kind.table} SET {sets} WHERE id = ?", (*fields.values(), id))
    return done.rowcount > 0


def delete(db: sqlite3.Connection, kind: MomentKind[Any], id: int) -> bool:
    return db.execute(f"DELETE FROM {kind.table} WHERE id = ?", (id,)).rowcount > 0
