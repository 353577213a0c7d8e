"""Transactions that nest: all the writes inside the outermost one happen together or not at all."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from kindapp.core.journal.cipher import db_errors, failures
from kindapp.core.journal.faults import describe


class Nesting:
    """How deep the journal's connection is in transactions (one per connection)."""

    def __init__(self) -> None:
        self._depth = 0

    @contextlib.contextmanager
    def run(self, db: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
        if self._depth:
            self._depth += 1
            try:
                yield db
            finally:
                self._depth -= 1
            return
        try:
            db.execute("BEGIN IMMEDIATE")
        except failures() as exc:
            raise describe(exc, path, "write to the journal") from exc
        self._depth = 1
        try:
            yield db
        except BaseException:
            self._depth = 0
            with contextlib.suppress(*db_errors()):
                db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            db.execute("COMMIT")
        except failures() as exc:
            with contextlib.suppress(*db_errors()):
                db.execute("ROLLBACK")
            raise describe(exc, path, "write to the journal") from exc
