"""The journal's lock, as the Journal carries it: its key, rewriting under a new lock, and
putting the key away (suspend) and back (resume) while the writer keeps its file lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kindapp.core.journal import opening, rekey
from kindapp.core.journal.cipher import LockState, current_state


class Lockable:
    path: Path
    writer: bool
    _db: sqlite3.Connection | None
    _key: bytes | None

    def _writable(self, doing: str) -> sqlite3.Connection:
        raise NotImplementedError

    @property
    def key(self) -> bytes | None:
        """The key this journal was opened with, when it is locked (None: a plain journal)."""
        return self._key if current_state(self.path).locked else None

    @property
    def locked(self) -> bool:
        """Whether the journal on disk is locked with a passphrase."""
        return current_state(self.path).locked

    def change_lock(self, state: LockState, key: bytes | None) -> None:
        """Rewrite the journal under a new lock state (on, new passphrase, off), crash-safely
        (see `rekey`); the journal stays open, with `key`. The writer only."""
        db, self._db = self._writable("change the lock"), None
        try:
            rekey.rewrite(db, self.path, self.key, state, key)
        finally:
            if current_state(self.path) == state:
                self._key = key
            self._db = opening.connect_writer(self.path, self._key)

    @property
    def suspended(self) -> bool:
        return self._db is None

    def suspend(self) -> None:
        """Close the connection and forget the key (the lock again after idle time or the
        screen locking); `resume` with the key opens it again. Nothing else changes."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._key = None

    def resume(self, key: bytes | None) -> None:
        """Open again after `suspend`; a wrong key raises JournalError and changes nothing."""
        if self._db is not None:
            return
        if self.writer:
            self._db = opening.connect_writer(self.path, key)
        else:
            self._db = opening.connect_reader(self.path, key)
        self._key = key
