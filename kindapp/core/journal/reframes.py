"""The SQL of the `reframe` table."""

from __future__ import annotations

import json
import sqlite3

from kindapp.core.journal.rows import REFRAME_COLUMNS, reframe_from_row
from kindapp.core.records import Reframe


def insert(
    db: sqlite3.Connection,
    *,
    id: int | None,
    uid: str,
    created: str,
    critical: str,
    person: str,
    would_say: str,
    kind_version: str,
    ratings_critical: dict[str, int],
    ratings_kind: dict[str, int],
) -> int:
    row = db.execute(
        "INSERT INTO reframe (id, uid, created, would_say, ratings_critical, ratings_kind,"
        " person, critical, kind_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " RETURNING id",
        (
            id,
            uid,
            created,
            would_say,
            json.dumps(ratings_critical),
            json.dumps(ratings_kind),
            person,
            critical,
            kind_version,
        ),
    ).fetchone()
    return int(row[0])


def newest_first(db: sqlite3.Connection) -> list[Reframe]:
    rows = db.execute(
        f"SELECT {REFRAME_COLUMNS} FROM reframe ORDER BY created DESC, id DESC"
    ).fetchall()
    return [reframe_from_row(r) for r in rows]


def by_id(db: sqlite3.Connection, id: int) -> Reframe | None:
    row = db.execute(f"SELECT {REFRAME_COLUMNS} FROM reframe WHERE id = ?", (id,)).fetchone()
    return None if row is None else reframe_from_row(row)


def by_uid(db: sqlite3.Connection, uid: str) -> Reframe | None:
    row = db.execute(f"SELECT {REFRAME_COLUMNS} FROM reframe WHERE uid = ?", (uid,)).fetchone()
    return None if row is None else reframe_from_row(row)


def id_taken(db: sqlite3.Connection, id: int) -> bool:
    return db.execute("SELECT 1 FROM reframe WHERE id = ?", (id,)).fetchone() is not None


def delete(db: sqlite3.Connection, id: int) -> Reframe | None:
    row = db.execute(
        f"DELETE FROM reframe WHERE id = ? RETURNING {REFRAME_COLUMNS}", (id,)
    ).fetchone()
    return None if row is None else reframe_from_row(row)
