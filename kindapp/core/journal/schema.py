"""The journal's tables, and the `PRAGMA user_version` migrations that build them in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kindapp.core.errors import JournalError, JournalReason
from kindapp.core.journal.kinds import KINDS
from kindapp.core.moment_kind import MomentKind

# STEPS[n] brings a database from user_version n to n+1; the tables a practice describes
# (MomentKind.tables) join the step of their `schema_version` (`with_kinds` below).
STEPS: tuple[str, ...] = (
    """
    CREATE TABLE practice (
        id          INTEGER PRIMARY KEY,
        practice    TEXT NOT NULL,
        mode        TEXT NOT NULL,
        started_at  TEXT NOT NULL,   -- ISO 8601, UTC
        ended_at    TEXT NOT NULL,
        duration_s  REAL NOT NULL,   -- time spent practising (pauses not counted)
        outcome     TEXT NOT NULL CHECK (outcome IN ('finished', 'stopped'))
    );
    CREATE INDEX practice_started ON practice(started_at);
    """,
    # 2: the writing practices. The small columns come before `body` so that listing the
    # library never has to read a letter's text (words and snippet are kept up to date on save).
    """
    CREATE TABLE letter (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,   -- never reused: undo gets its id back
        uid         TEXT NOT NULL UNIQUE,                -- uuid4 hex, stable across export/import
        created     TEXT NOT NULL,                       -- ISO 8601, UTC
        updated     TEXT NOT NULL,
        reread_on   TEXT,                                -- YYYY-MM-DD, or NULL
        words       INTEGER NOT NULL DEFAULT 0,
        title       TEXT NOT NULL DEFAULT '',
        snippet     TEXT NOT NULL DEFAULT '',
        body        TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX letter_library ON letter(updated DESC, id DESC, words, title, snippet);
    CREATE INDEX letter_reread ON letter(reread_on) WHERE reread_on IS NOT NULL;
    CREATE VIRTUAL TABLE letter_fts USING fts5(
        title, body, content='letter', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER letter_fts_insert AFTER INSERT ON letter BEGIN
        INSERT INTO letter_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TRIGGER letter_fts_delete AFTER DELETE ON letter BEGIN
        INSERT INTO letter_fts (letter_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END;
    CREATE TRIGGER letter_fts_update AFTER UPDATE OF title, body ON letter BEGIN
        INSERT INTO letter_fts (letter_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO letter_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END;
    CREATE TABLE reframe (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        uid               TEXT NOT NULL UNIQUE,
        created           TEXT NOT NULL,
        would_say         TEXT NOT NULL CHECK (would_say IN ('yes', 'no', 'not sure', '')),
        ratings_critical  TEXT NOT NULL,   -- JSON object, e.g. {"motivated": -1}
        ratings_kind      TEXT NOT NULL,
        person            TEXT NOT NULL,
        critical          TEXT NOT NULL,
        kind_version      TEXT NOT NULL
    );
    CREATE INDEX reframe_created ON reframe(created DESC, id DESC);
    CREATE TABLE meta (
        key    TEXT PRIMARY KEY,
        value  TEXT
    );
    """,
    # 3: check-ins around each practice (issue: care around the practices).
    """
    ALTER TABLE practice ADD COLUMN before_heaviness INTEGER
        CHECK (before_heaviness IS NULL OR before_heaviness BETWEEN 0 AND 10);
    ALTER TABLE practice ADD COLUMN after_heaviness INTEGER
        CHECK (after_heaviness IS NULL OR after_heaviness BETWEEN 0 AND 10);
    ALTER TABLE practice ADD COLUMN before_words TEXT NOT NULL DEFAULT ''
        CHECK (length(before_words) <= 80);
    ALTER TABLE practice ADD COLUMN after_words TEXT NOT NULL DEFAULT ''
        CHECK (length(after_words) <= 80);
    ALTER TABLE practice ADD COLUMN stirred INTEGER NOT NULL DEFAULT 0 CHECK (stirred IN (0, 1));
    """,
    # 4: the newer practices: caught thoughts (waiting for the reframe); the tables of the
    # practices' moments that came with version 4 join this step (see `with_kinds`).
    """
    CREATE TABLE caught (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        uid      TEXT NOT NULL UNIQUE,
        created  TEXT NOT NULL,
        thought  TEXT NOT NULL CHECK (length(thought) BETWEEN 1 AND 500)
    );
    """,
    # 5: the self-compassion journal: an evening's entry in three turns, searchable like the
    # letters (its own full-text index, kept by triggers).
    """
    CREATE TABLE sc_entry (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        uid         TEXT NOT NULL UNIQUE,
        day         TEXT NOT NULL,               -- YYYY-MM-DD, the local day
        created     TEXT NOT NULL,               -- ISO 8601, UTC
        updated     TEXT NOT NULL,
        noticed     TEXT NOT NULL DEFAULT '',    -- mindfulness
        human       TEXT NOT NULL DEFAULT '',    -- common humanity
        kind_words  TEXT NOT NULL DEFAULT ''     -- kindness
    );
    CREATE INDEX sc_entry_day ON sc_entry(day DESC, id DESC);
    CREATE VIRTUAL TABLE sc_entry_fts USING fts5(
        noticed, human, kind_words, content='sc_entry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sc_entry_fts_insert AFTER INSERT ON sc_entry BEGIN
        INSERT INTO sc_entry_fts (rowid, noticed, human, kind_words)
            VALUES (new.id, new.noticed, new.human, new.kind_words);
    END;
    CREATE TRIGGER sc_entry_fts_delete AFTER DELETE ON sc_entry BEGIN
        INSERT INTO sc_entry_fts (sc_entry_fts, rowid, noticed, human, kind_words)
            VALUES ('delete', old.id, old.noticed, old.human, old.kind_words);
    END;
    CREATE TRIGGER sc_entry_fts_update AFTER UPDATE OF noticed, human, kind_words ON sc_entry
    BEGIN
        INSERT INTO sc_entry_fts (sc_entry_fts, rowid, noticed, human, kind_words)
            VALUES ('delete', old.id, old.noticed, old.human, old.kind_words);
        INSERT INTO sc_entry_fts (rowid, noticed, human, kind_words)
            VALUES (new.id, new.noticed, new.human, new.kind_words);
    END;
    """,
)


def with_kinds(steps: Sequence[str], kinds: Iterable[MomentKind[Any]]) -> tuple[str, ...]:
    """The migrations: each step, followed by the tables of the kinds that came with it (in
    the kinds' order). A kind may also bring the next version of its own."""
    found = list(steps)
    for kind in kinds:
        if not 1 <= kind.schema_version <= len(found) + 1:
            raise ValueError(f"{kind.table}: no migration before version {kind.schema_version}")
        if kind.schema_version == len(found) + 1:
            found.append("")
        found[kind.schema_version - 1] += kind.tables
    return tuple(found)


MIGRATIONS: tuple[str, ...] = with_kinds(STEPS, KINDS)
"""MIGRATIONS[n] brings a database from user_version n to n+1."""


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_not_newer(version: int, path: Path, newest: int = len(MIGRATIONS)) -> None:
    if version > newest:
        raise JournalError(
            f"the journal at {path} was written by a newer Kind (version {version})",
            JournalReason.NEWER,
        )


def migrate(
    db: sqlite3.Connection,
    path: Path,
    backup: Callable[[int], Path],
    migrations: Sequence[str] = MIGRATIONS,
) -> None:
    """Bring the database to the newest schema, one transaction per step. An existing
    database is copied first (`backup(version)`), so a failed upgrade loses nothing."""
    version = schema_version(db)
    check_not_newer(version, path, len(migrations))
    if 1 <= version < len(migrations):
        backup(version)
    for target in range(version, len(migrations)):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(migrations[target]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {target + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def statements(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    found: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                found.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n\t;"):
        found.append(buffer.strip())
    return found
