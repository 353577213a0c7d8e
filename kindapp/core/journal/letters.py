"""The SQL of the `letter` table (its full-text index follows by triggers) and of `meta`."""

from __future__ import annotations

import sqlite3
from datetime import date

from kindapp.core.journal.rows import (
    LETTER_COLUMNS,
    SUMMARY_COLUMNS,
    iso_date,
    letter_from_row,
    summary_from_row,
)
from kindapp.core.records import Letter, LetterSummary, count_words, iso_utc, make_snippet


def insert(
    db: sqlite3.Connection,
    *,
    id: int | None,
    uid: str,
    created: str,
    updated: str,
    reread_on: str | None,
    title: str,
    body: str,
) -> int:
    """Add a letter (words and snippet computed here); returns its id. `id=None`: a new one."""
    row = db.execute(
        "INSERT INTO letter (id, uid, created, updated, reread_on, words, title, snippet, body)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (id, uid, created, updated, reread_on, count_words(body), title, make_snippet(body), body),
    ).fetchone()
    return int(row[0])


def restore(db: sqlite3.Connection, letter: Letter) -> Letter:
    """Put a deleted letter back with its id (if still free) and dates; if a letter with its
    uid is there already, that one is returned unchanged."""
    existing = by_uid(db, letter.uid)
    if existing is not None:
        return existing
    id = insert(
        db,
        id=None if id_taken(db, letter.id) else letter.id,
        uid=letter.uid,
        created=iso_utc(letter.created),
        updated=iso_utc(letter.updated),
        reread_on=iso_date(letter.reread_on),
        title=letter.title,
        body=letter.body,
    )
    restored = by_id(db, id)
    assert restored is not None
    return restored


def update(
    db: sqlite3.Connection, id: int, updated: str, title: str, body: str
) -> tuple[str, str, str | None] | None:
    """Write a letter's words; returns its (uid, created, reread_on), None if it is gone."""
    row = db.execute(
        "UPDATE letter SET updated = ?, words = ?, title = ?, snippet = ?, body = ?"
        " WHERE id = ? RETURNING uid, created, reread_on",
        (updated, count_words(body), title, make_snippet(body), body, id),
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])


def by_id(db: sqlite3.Connection, id: int) -> Letter | None:
    row = db.execute(f"SELECT {LETTER_COLUMNS} FROM letter WHERE id = ?", (id,)).fetchone()
    return None if row is None else letter_from_row(row)


def by_uid(db: sqlite3.Connection, uid: str) -> Letter | None:
    row = db.execute(f"SELECT {LETTER_COLUMNS} FROM letter WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else letter_from_row(row)


def id_taken(db: sqlite3.Connection, id: int) -> bool:
    return db.execute("SELECT 1 FROM letter WHERE id = ?", (id,)).fetchone() is not None


def summaries(db: sqlite3.Connection) -> list[LetterSummary]:
    rows = db.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM letter ORDER BY updated DESC, id DESC"
    ).fetchall()
    return [summary_from_row(r) for r in rows]


def oldest_first(db: sqlite3.Connection) -> list[Letter]:
    rows = db.execute(f"SELECT {LETTER_COLUMNS} FROM letter ORDER BY created, id").fetchall()
    return [letter_from_row(r) for r in rows]


def delete(db: sqlite3.Connection, id: int) -> Letter | None:
    row = db.execute(
        f"DELETE FROM letter WHERE id = ? RETURNING {LETTER_COLUMNS}", (id,)
    ).fetchone()
    return None if row is None else letter_from_row(row)


def set_reread(db: sqlite3.Connection, id: int, on: date | None) -> bool:
    """Whether the letter was there to set."""
    cur = db.execute("UPDATE letter SET reread_on = ? WHERE id = ?", (iso_date(on), id))
    return cur.rowcount > 0


def due(db: sqlite3.Connection, today: date) -> list[LetterSummary]:
    rows = db.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM letter"
        " WHERE reread_on IS NOT NULL AND reread_on <= ?"
        " ORDER BY reread_on, updated DESC, id DESC",
        (today.isoformat(),),
    ).fetchall()
    return [summary_from_row(r) for r in rows]


def set_meta(db: sqlite3.Connection, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM meta WHERE key = ?", (key,))
    else:
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def get_meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0]) if row[0] is not None else None
