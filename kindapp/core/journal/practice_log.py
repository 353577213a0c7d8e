"""The SQL of the `practice` table: the moments practised, with their check-ins."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from kindapp.core.records import PracticeRecord, iso_utc, parse_iso

_COLUMNS = (
    "id, practice, mode, started_at, ended_at, duration_s, outcome,"
    " before_heaviness, after_heaviness, before_words, after_words, stirred"
)
# A reader never migrates: a version 1 journal has no check-in columns yet.
_OLD_COLUMNS = (
    "id, practice, mode, started_at, ended_at, duration_s, outcome, NULL, NULL, '', '', 0"
)


def insert(db: sqlite3.Connection, record: PracticeRecord) -> int:
    cur = db.execute(
        "INSERT INTO practice (practice, mode, started_at, ended_at, duration_s, outcome,"
        " before_heaviness, after_heaviness, before_words, after_words, stirred)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.practice,
            record.mode,
            iso_utc(record.started_at),
            iso_utc(record.ended_at),
            record.duration_s,
            record.outcome,
            record.before,
            record.after,
            record.words_before,
            record.words_after,
            int(record.stirred),
        ),
    )
    return int(cur.lastrowid or 0)


def set_after(
    db: sqlite3.Connection, practice_id: int, after: int | None, words: str, stirred: bool
) -> None:
    db.execute(
        "UPDATE practice SET after_heaviness = ?, after_words = ?, stirred = ? WHERE id = ?",
        (after, words, int(stirred), practice_id),
    )


def delete(db: sqlite3.Connection, practice_id: int) -> None:
    db.execute("DELETE FROM practice WHERE id = ?", (practice_id,))


def rows(db: sqlite3.Connection) -> list[tuple[int, PracticeRecord]]:
    """Every practice with its row id, oldest first."""
    names = {row[1] for row in db.execute("PRAGMA table_info(practice)")}
    columns = _COLUMNS if "stirred" in names else _OLD_COLUMNS
    found = db.execute(f"SELECT {columns} FROM practice ORDER BY started_at, id").fetchall()
    return [
        (i, PracticeRecord(p, m, parse_iso(s), parse_iso(e), d, o, b, a, wb, wa, bool(st)))
        for i, p, m, s, e, d, o, b, a, wb, wa, st in found
    ]


def exists(db: sqlite3.Connection, practice: str, mode: str, started_at: datetime) -> bool:
    row = db.execute(
        "SELECT 1 FROM practice WHERE practice = ? AND mode = ? AND started_at = ?",
        (practice, mode, iso_utc(started_at)),
    ).fetchone()
    return row is not None
