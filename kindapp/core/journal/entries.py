"""The SQL of the self-compassion journal's `sc_entry` table (its full-text index follows by
triggers, see schema.py migration 5)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from kindapp.core.records import JournalEntry, iso_utc, parse_iso

COLUMNS = "id, uid, day, created, updated, noticed, human, kind_words"
_QUALIFIED = ", ".join(f"e.{c.strip()}" for c in COLUMNS.split(","))


def from_row(row: tuple[Any, ...]) -> JournalEntry:
    id, uid, day, created, updated, noticed, human, kind_words = row
    return JournalEntry(
        int(id),
        uid,
        date.fromisoformat(day),
        parse_iso(created),
        parse_iso(updated),
        noticed,
        human,
        kind_words,
    )


def add(db: sqlite3.Connection, e: JournalEntry) -> JournalEntry:
    row = db.execute(
        "INSERT INTO sc_entry (uid, day, created, updated, noticed, human, kind_words)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (
            e.uid,
            e.day.isoformat(),
            iso_utc(e.created),
            iso_utc(e.updated),
            e.noticed,
            e.human,
            e.kind_words,
        ),
    ).fetchone()
    return JournalEntry(int(row[0]), *_fields(e)[1:])


def _fields(e: JournalEntry) -> tuple[Any, ...]:
    return (e.id, e.uid, e.day, e.created, e.updated, e.noticed, e.human, e.kind_words)


def update(
    db: sqlite3.Connection, id: int, updated: str, noticed: str, human: str, kind_words: str
) -> JournalEntry | None:
    row = db.execute(
        "UPDATE sc_entry SET updated = ?, noticed = ?, human = ?, kind_words = ? WHERE id = ?"
        f" RETURNING {COLUMNS}",
        (updated, noticed, human, kind_words, id),
    ).fetchone()
    return None if row is None else from_row(row)


def on_day(db: sqlite3.Connection, day: date) -> JournalEntry | None:
    row = db.execute(
        f"SELECT {COLUMNS} FROM sc_entry WHERE day = ? ORDER BY id DESC LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    return None if row is None else from_row(row)


def newest_first(db: sqlite3.Connection) -> list[JournalEntry]:
    rows = db.execute(f"SELECT {COLUMNS} FROM sc_entry ORDER BY day DESC, id DESC").fetchall()
    return [from_row(r) for r in rows]


def by_id(db: sqlite3.Connection, id: int) -> JournalEntry | None:
    row = db.execute(f"SELECT {COLUMNS} FROM sc_entry WHERE id = ?", (id,)).fetchone()
    return None if row is None else from_row(row)


def delete(db: sqlite3.Connection, id: int) -> JournalEntry | None:
    row = db.execute(f"DELETE FROM sc_entry WHERE id = ? RETURNING {COLUMNS}", (id,)).fetchone()
    return None if row is None else from_row(row)


def has_uid(db: sqlite3.Connection, uid: str) -> bool:
    return db.execute("SELECT 1 FROM sc_entry WHERE uid = ?", (uid,)).fetchone() is not None


def search(db: sqlite3.Connection, match: str) -> list[JournalEntry]:
    """The entries matching `match` (an FTS5 expression from `search.fts_query`), newest
    first."""
    rows = db.execute(
        f"SELECT {_QUALIFIED} FROM sc_entry_fts JOIN sc_entry AS e ON e.id = sc_entry_fts.rowid"
        " WHERE sc_entry_fts MATCH ? ORDER BY e.day DESC, e.id DESC",
        (match,),
    ).fetchall()
    return [from_row(r) for r in rows]
