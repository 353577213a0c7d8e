"""The SQL of the `reframe` table."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any

from kindapp.core.journal.rows import REFRAME_COLUMNS, check_text, reframe_from_row
from kindapp.core.records import Reframe, iso_utc, parse_iso, validate_ratings, validate_would_say


def checked(
    uid: str,
    critical: str,
    person: str,
    would_say: str,
    kind_version: str,
    ratings_critical: Any,
    ratings_kind: Any,
    created: str,
) -> Reframe:
    """A reframe to write (its id not known yet), its values checked: ValueError if not."""
    check_text(uid=uid, critical=critical, person=person, kind_version=kind_version)
    return Reframe(
        0,
        uid,
        critical,
        person,
        validate_would_say(would_say),
        kind_version,
        validate_ratings(ratings_critical, "ratings for the critical version"),
        validate_ratings(ratings_kind, "ratings for the kind version"),
        parse_iso(created),
    )


def add(db: sqlite3.Connection, r: Reframe, id: int | None = None) -> Reframe:
    """Write a `checked` reframe (with this id; None: a new one); returns it with its id."""
    new_id = insert(
        db,
        id=id,
        uid=r.uid,
        created=iso_utc(r.created),
        critical=r.critical,
        person=r.person,
        would_say=r.would_say,
        kind_version=r.kind_version,
        ratings_critical=dict(r.ratings_critical),
        ratings_kind=dict(r.ratings_kind),
    )
    return dataclasses.replace(r, id=new_id)


def restore(db: sqlite3.Connection, r: Reframe) -> Reframe:
    """Put a deleted reframe back with its id (if still free); idempotent by uid."""
    existing = by_uid(db, r.uid)
    if existing is not None:
        return existing
    again = checked(
        r.uid,
        r.critical,
        r.person,
        r.would_say,
        r.kind_version,
        dict(r.ratings_critical),
        dict(r.ratings_kind),
        iso_utc(r.created),
    )
    return add(db, again, None if id_taken(db, r.id) else r.id)


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
