"""The journal: practice history (and later, the person's writing) in a private sqlite file.

One Journal object owns one connection. WAL mode, `PRAGMA user_version`
migrations run in order, directory 0700 and files 0600.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kindapp.core.paths import ensure_private_dir
from kindapp.core.records import PracticeRecord, iso_utc, parse_iso

EXPORT_FORMAT = "kindapp-journal"
EXPORT_VERSION = 1

# MIGRATIONS[n] brings a database from user_version n to n+1.
MIGRATIONS: tuple[str, ...] = (
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
)


class JournalError(RuntimeError):
    """The journal cannot be opened or written; the message says why in plain words."""


class Journal:
    def __init__(self, path: Path, *, now: Callable[[], datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: datetime.now(UTC))
        try:
            ensure_private_dir(path.parent)
            if not path.exists():
                # Create it 0600 before sqlite does; sqlite gives -wal/-shm the same mode.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            os.chmod(path, 0o600)
            self._db = sqlite3.connect(path, timeout=5.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"cannot open the journal at {path}: {exc}") from exc

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise JournalError(
                f"the journal at {self.path} was written by a newer Kind (version {version})"
            )
        for target in range(version, len(MIGRATIONS)):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(MIGRATIONS[target]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target + 1}")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def record_practice(self, record: PracticeRecord) -> None:
        if record.outcome not in ("finished", "stopped"):
            raise ValueError(f"unknown outcome {record.outcome!r}")
        try:
            self._db.execute(
                "INSERT INTO practice (practice, mode, started_at, ended_at, duration_s, outcome)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (record.practice, record.mode, iso_utc(record.started_at), iso_utc(record.ended_at),
                 record.duration_s, record.outcome),
            )
        except sqlite3.Error as exc:
            raise JournalError(f"cannot write to the journal at {self.path}: {exc}") from exc

    def practices(self) -> list[PracticeRecord]:
        rows = self._db.execute(
            "SELECT practice, mode, started_at, ended_at, duration_s, outcome"
            " FROM practice ORDER BY started_at, id"
        ).fetchall()
        return [PracticeRecord(p, m, parse_iso(s), parse_iso(e), d, o) for p, m, s, e, d, o in rows]

    def export(self) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "exported_at": iso_utc(self._now()),
            "practices": [r.to_json() for r in self.practices()],
        }

    def close(self) -> None:
        self._db.close()


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


def export_to_file(journal_path: Path, out: Path) -> int:
    """Write the journal as JSON to `out` (atomically); returns the number of practices.

    A missing journal exports as empty without creating one.
    """
    from kindapp.core.atomic import write_atomic

    if journal_path.exists():
        journal = Journal(journal_path)
        try:
            data = journal.export()
        finally:
            journal.close()
    else:
        data = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION,
                "exported_at": iso_utc(datetime.now(UTC)), "practices": []}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(out, text.encode("utf-8"), mode=0o600)
    return len(data["practices"])
