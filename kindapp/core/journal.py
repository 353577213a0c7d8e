"""The journal: practice history and the person's writing in a private sqlite file.

One Journal object owns one connection. WAL mode, `PRAGMA user_version` migrations run in
order (an existing database is backed up first), directory 0700 and files 0600.

Only one Kind writes: a writer holds an exclusive advisory lock (`<journal>.lock`) for its
whole life, and a second writer is refused with `JournalLocked`. Readers (`writer=False`, as
`kindapp --export` uses) open the file read-only, never migrate, and work while a writer runs.
"""

from __future__ import annotations

import contextlib
import dataclasses
import errno
import fcntl
import json
import logging
import os
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kindapp.core.care import CheckIn
from kindapp.core.history import HistoryEntry
from kindapp.core.paths import ensure_private_dir
from kindapp.core.records import (
    SNIPPET_CHARS,
    Letter,
    LetterSummary,
    PracticeRecord,
    Reframe,
    collapse_space,
    count_words,
    iso_utc,
    make_snippet,
    parse_iso,
    validate_ratings,
    validate_would_say,
)

log = logging.getLogger(__name__)

EXPORT_FORMAT = "kindapp-journal"
EXPORT_VERSION = 2

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
)

# Why a JournalError happened, for the UI to choose its (translated) words.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
LOCKED = "locked"
BUSY = "busy"
NEWER = "newer"
MISSING = "missing"
NOT_FOUND = "not_found"
OTHER = "other"

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 5, 6, 8, 13
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)

_LETTER = "id, uid, title, body, created, updated, reread_on"
_REFRAME = (
    "id, uid, critical, person, would_say, kind_version, ratings_critical, ratings_kind, created"
)
_SEARCH_SNIPPET_TOKENS = 24


class JournalError(RuntimeError):
    """The journal cannot be opened or written; the message says why in plain words.

    `reason` is one of DISK_FULL, READ_ONLY, LOCKED, BUSY, NEWER, MISSING, NOT_FOUND, OTHER.
    """

    def __init__(self, message: str, reason: str = OTHER) -> None:
        super().__init__(message)
        self.reason = reason


class JournalLocked(JournalError):
    """Another Kind already holds the journal for writing."""


class EntryMissing(JournalError, LookupError):
    """The letter or reframe asked for is not (or no longer) in the journal."""


def describe(exc: BaseException, path: Path, doing: str) -> JournalError:
    """Turn an sqlite or OS error into a JournalError whose message a person can act on."""
    if isinstance(exc, JournalError):
        return exc
    primary = None
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
    os_errno = exc.errno if isinstance(exc, OSError) else None
    if primary == _SQLITE_FULL or os_errno == errno.ENOSPC:
        return JournalError(
            f"Your disk is full, so Kind could not {doing} (journal at {path}). "
            "Free some space and try again; nothing saved earlier is lost.",
            DISK_FULL,
        )
    if primary == _SQLITE_READONLY or os_errno in _READ_ONLY_ERRNOS:
        return JournalError(
            f"Kind can't write to your journal at {path}: the file or its folder is read-only "
            f"({exc}).",
            READ_ONLY,
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return JournalError(
            f"The journal at {path} is busy (another program is using it); try again in a moment.",
            BUSY,
        )
    return JournalError(f"cannot {doing}: the journal at {path}: {exc}", OTHER)


class Journal:
    def __init__(
        self, path: Path, *, now: Callable[[], datetime] | None = None, writer: bool = True
    ) -> None:
        self.path = path
        self.writer = writer
        self._now = now or (lambda: datetime.now(UTC))
        self._lock_fd: int | None = None
        self._db: sqlite3.Connection | None = None
        self._depth = 0
        try:
            if writer:
                self._open_writer()
            else:
                self._open_reader()
        except BaseException as exc:
            self.close()
            if isinstance(exc, JournalError):
                raise
            if isinstance(exc, (OSError, sqlite3.Error)):
                problem = describe(exc, path, "open the journal")
                if problem.reason == OTHER:
                    problem = JournalError(f"cannot open the journal at {path}: {exc}", OTHER)
                raise problem from exc
            raise

    # -- opening -------------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    def _open_writer(self) -> None:
        ensure_private_dir(self.path.parent)
        self._take_lock()
        if not self.path.exists():
            # Create it 0600 before sqlite does; sqlite gives -wal/-shm the same mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f"{self.path}{suffix}", 0o600)
        self._db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _take_lock(self) -> None:
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise JournalLocked(
                "Kind is already open and writing to your journal "
                f"({self.path}); only one Kind can write to it at a time.",
                LOCKED,
            ) from None
        except BaseException:
            os.close(fd)
            raise
        self._lock_fd = fd
        with contextlib.suppress(OSError):  # who holds it, for a curious person; not needed
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)

    def _open_reader(self) -> None:
        if not self.path.exists():
            raise JournalError(f"there is no journal at {self.path}", MISSING)
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self._db = sqlite3.connect(uri, uri=True, timeout=5.0, isolation_level=None)
        try:
            version = self.schema_version
        except sqlite3.OperationalError:
            # On a read-only filesystem sqlite cannot create the -shm file a WAL reader needs.
            # With no -wal there is nothing uncheckpointed, and no writer can be running
            # there, so the file can be read as immutable.
            wal = Path(f"{self.path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise
            self._db.close()
            self._db = sqlite3.connect(uri + "&immutable=1", uri=True, isolation_level=None)
            version = self.schema_version
        if version > len(MIGRATIONS):
            raise JournalError(
                f"the journal at {self.path} was written by a newer Kind (version {version})", NEWER
            )

    def _migrate(self) -> None:
        db = self._conn
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise JournalError(
                f"the journal at {self.path} was written by a newer Kind (version {version})", NEWER
            )
        if 1 <= version < len(MIGRATIONS):
            backup = self.backup(version)
            log.info("journal backed up to %s before migrating from version %d", backup, version)
        for target in range(version, len(MIGRATIONS)):
            db.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(MIGRATIONS[target]):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {target + 1}")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    def backup(self, version: int | None = None) -> Path:
        """Copy the journal (sqlite backup API) to `<name>.bak-v<version>-<stamp>`, 0600."""
        db = self._conn
        if version is None:
            version = self.schema_version
        stamp = self._now().astimezone().strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.bak-v{version}-{stamp}")
        n = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.name}.bak-v{version}-{stamp}-{n}")
            n += 1
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        try:
            copy = sqlite3.connect(target, isolation_level=None)
            try:
                db.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
            os.chmod(target, 0o600)
        except BaseException:
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):
                    os.unlink(f"{target}{suffix}")
            raise
        return target

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise JournalError(f"the journal at {self.path} is closed", OTHER)
        return self._db

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    @property
    def has_writing(self) -> bool:
        """Whether this journal has letters and reframes (a reader may see an older schema)."""
        return self.schema_version >= 2

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _guard(self, doing: str) -> Iterator[sqlite3.Connection]:
        """Run sqlite work, turning its failures into JournalErrors with plain words."""
        try:
            yield self._conn
        except (sqlite3.Error, OSError) as exc:
            raise describe(exc, self.path, doing) from exc

    def _writable(self, doing: str) -> sqlite3.Connection:
        if not self.writer:
            raise JournalError(
                f"cannot {doing}: the journal at {self.path} was opened for reading only", READ_ONLY
            )
        return self._conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All the writes inside happen together or not at all (nests: the outermost wins)."""
        db = self._writable("write to the journal")
        if self._depth:
            self._depth += 1
            try:
                yield db
            finally:
                self._depth -= 1
            return
        with self._guard("write to the journal"):
            db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield db
        except BaseException:
            self._depth = 0
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            db.execute("COMMIT")
        except (sqlite3.Error, OSError) as exc:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise describe(exc, self.path, "write to the journal") from exc

    def _stamp(self) -> tuple[str, datetime]:
        text = iso_utc(self._now())
        return text, parse_iso(text)

    # -- practice history ----------------------------------------------------------------------
    def record_practice(self, record: PracticeRecord) -> int:
        """Keep a practice; returns its row id (for the after check-in, or deleting)."""
        if record.outcome not in ("finished", "stopped"):
            raise ValueError(f"unknown outcome {record.outcome!r}")
        CheckIn(record.before, record.words_before)  # the check-ins' own rules (ValueError)
        CheckIn(record.after, record.words_after)
        db = self._writable("record the practice")
        with self._guard("record the practice"):
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

    def set_after_checkin(
        self, practice_id: int, after: int | None, words: str, stirred: bool
    ) -> None:
        """The check-in given after a practice was kept."""
        CheckIn(after, words)
        db = self._writable("keep the check-in")
        with self._guard("keep the check-in"):
            db.execute(
                "UPDATE practice SET after_heaviness = ?, after_words = ?, stirred = ?"
                " WHERE id = ?",
                (after, words, int(stirred), practice_id),
            )

    def delete_practice(self, practice_id: int) -> None:
        db = self._writable("remove the entry")
        with self._guard("remove the entry"):
            db.execute("DELETE FROM practice WHERE id = ?", (practice_id,))

    _PRACTICE_COLUMNS = (
        "id, practice, mode, started_at, ended_at, duration_s, outcome,"
        " before_heaviness, after_heaviness, before_words, after_words, stirred"
    )

    _OLD_PRACTICE_COLUMNS = (
        "id, practice, mode, started_at, ended_at, duration_s, outcome, NULL, NULL, '', '', 0"
    )

    def _practice_rows(self) -> list[tuple[int, PracticeRecord]]:
        with self._guard("read the practice history") as db:
            # A reader never migrates: an older journal has no check-in columns yet.
            names = {row[1] for row in db.execute("PRAGMA table_info(practice)")}
            columns = self._PRACTICE_COLUMNS if "stirred" in names else self._OLD_PRACTICE_COLUMNS
            rows = db.execute(f"SELECT {columns} FROM practice ORDER BY started_at, id").fetchall()
        return [
            (i, PracticeRecord(p, m, parse_iso(s), parse_iso(e), d, o, b, a, wb, wa, bool(st)))
            for i, p, m, s, e, d, o, b, a, wb, wa, st in rows
        ]

    def practices(self) -> list[PracticeRecord]:
        return [r for _, r in self._practice_rows()]

    def history_entries(self) -> list[HistoryEntry]:
        """Every practice as the gentle history shows it (with its row id)."""
        return [HistoryEntry.from_record(i, r) for i, r in self._practice_rows()]

    def has_practice(self, practice: str, mode: str, started_at: datetime) -> bool:
        with self._guard("read the practice history") as db:
            row = db.execute(
                "SELECT 1 FROM practice WHERE practice = ? AND mode = ? AND started_at = ?",
                (practice, mode, iso_utc(started_at)),
            ).fetchone()
        return row is not None

    # -- letters -------------------------------------------------------------------------------
    def create_letter(self, title: str = "", body: str = "") -> Letter:
        _check_text(title=title, body=body)
        db = self._writable("save the letter")
        text, when = self._stamp()
        uid = uuid.uuid4().hex
        with self._guard("save the letter"):
            row = db.execute(
                "INSERT INTO letter (uid, created, updated, words, title, snippet, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (uid, text, text, count_words(body), title, make_snippet(body), body),
            ).fetchone()
        return Letter(int(row[0]), uid, title, body, when, when, None)

    def save_letter(self, id: int, title: str, body: str) -> Letter:
        """Write the letter's title and body (autosave); `updated` becomes now."""
        _check_text(title=title, body=body)
        db = self._writable("save the letter")
        text, when = self._stamp()
        with self._guard("save the letter"):
            row = db.execute(
                "UPDATE letter SET updated = ?, words = ?, title = ?, snippet = ?, body = ?"
                " WHERE id = ? RETURNING uid, created, reread_on",
                (text, count_words(body), title, make_snippet(body), body, id),
            ).fetchone()
        if row is None:
            raise EntryMissing(f"letter {id} is not in the journal (was it deleted?)", NOT_FOUND)
        uid, created, reread_on = row
        return Letter(id, uid, title, body, parse_iso(created), when, _date(reread_on))

    def get_letter(self, id: int) -> Letter | None:
        with self._guard("read the letter") as db:
            row = db.execute(f"SELECT {_LETTER} FROM letter WHERE id = ?", (id,)).fetchone()
        return None if row is None else _letter(row)

    def get_letter_by_uid(self, uid: str) -> Letter | None:
        with self._guard("read the letter") as db:
            row = db.execute(f"SELECT {_LETTER} FROM letter WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else _letter(row)

    def letters(self) -> list[LetterSummary]:
        """The library: every letter, most recently written first (never reads the bodies)."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            rows = db.execute(
                "SELECT id, title, snippet, updated, words FROM letter"
                " ORDER BY updated DESC, id DESC"
            ).fetchall()
        return [LetterSummary(i, t, s, parse_iso(u), w) for i, t, s, u, w in rows]

    def all_letters(self) -> list[Letter]:
        """Every letter in full, oldest first (for export)."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            rows = db.execute(f"SELECT {_LETTER} FROM letter ORDER BY created, id").fetchall()
        return [_letter(r) for r in rows]

    def search_letters(self, query: str) -> list[LetterSummary]:
        """Full-text search over titles and bodies, newest first. Any text is safe here:
        words are matched as quoted phrases (no operators), the last one as a prefix, and
        accents and case are ignored. A query without words lists every letter."""
        match = fts_query(query)
        if match is None:
            return self.letters()
        if not self.has_writing:
            return []
        anchor = _anchor(query)
        with self._guard("search the letters") as db:
            rows = db.execute(
                "SELECT l.id, l.title, l.updated, l.words, l.body"
                " FROM letter_fts JOIN letter AS l ON l.id = letter_fts.rowid"
                " WHERE letter_fts MATCH ? ORDER BY l.updated DESC, l.id DESC",
                (match,),
            ).fetchall()
            # The snippet is cut around the first place the longest word typed appears: a
            # plain find (measured: FTS5's snippet() costs ~35 µs a letter, 3x this). Only
            # where that fails (accents, a match only in the title) does snippet() run.
            found: list[LetterSummary] = []
            missing: dict[int, int] = {}
            for id, title, updated, words, body in rows:
                at = body.find(anchor)
                if at < 0:
                    at = body.lower().find(anchor)
                snippet = _around(body, at) if at >= 0 else ""
                if at < 0:
                    missing[id] = len(found)
                found.append(LetterSummary(id, title, snippet, parse_iso(updated), words))
            if missing:
                for chunk in _chunks(list(missing), 500):
                    marks = ",".join("?" * len(chunk))
                    for id, snippet in db.execute(
                        f"SELECT rowid, snippet(letter_fts, 1, '', '', '…',"
                        f" {_SEARCH_SNIPPET_TOKENS}) FROM letter_fts"
                        f" WHERE letter_fts MATCH ? AND rowid IN ({marks})",
                        (match, *chunk),
                    ):
                        i = missing[id]
                        found[i] = dataclasses.replace(found[i], snippet=_trim(snippet))
        return found

    def delete_letter(self, id: int) -> Letter:
        """Delete a letter; returns it whole so that `restore_letter` can undo the delete."""
        db = self._writable("delete the letter")
        with self._guard("delete the letter"):
            row = db.execute(
                f"DELETE FROM letter WHERE id = ? RETURNING {_LETTER}", (id,)
            ).fetchone()
        if row is None:
            raise EntryMissing(f"letter {id} is not in the journal", NOT_FOUND)
        return _letter(row)

    def restore_letter(self, letter: Letter) -> Letter:
        """Put a deleted letter back (same uid, id, created, updated, reread date).
        If a letter with its uid is already there, that one is returned unchanged."""
        _check_text(title=letter.title, body=letter.body)
        with self.transaction() as db, self._guard("restore the letter"):
            existing = self.get_letter_by_uid(letter.uid)
            if existing is not None:
                return existing
            taken = db.execute("SELECT 1 FROM letter WHERE id = ?", (letter.id,)).fetchone()
            row = db.execute(
                "INSERT INTO letter (id, uid, created, updated, reread_on, words, title,"
                " snippet, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    None if taken else letter.id,
                    letter.uid,
                    iso_utc(letter.created),
                    iso_utc(letter.updated),
                    _iso_date(letter.reread_on),
                    count_words(letter.body),
                    letter.title,
                    make_snippet(letter.body),
                    letter.body,
                ),
            ).fetchone()
        restored = self.get_letter(int(row[0]))
        assert restored is not None
        return restored

    def set_reread(self, id: int, on: date | None) -> None:
        """Ask to be reminded to reread a letter on `on` (None: no reminder)."""
        db = self._writable("set the reminder")
        with self._guard("set the reminder"):
            cur = db.execute("UPDATE letter SET reread_on = ? WHERE id = ?", (_iso_date(on), id))
        if cur.rowcount == 0:
            raise EntryMissing(f"letter {id} is not in the journal", NOT_FOUND)

    def letters_due(self, today: date) -> list[LetterSummary]:
        """Letters whose reread date has come (on or before `today`), earliest date first."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            rows = db.execute(
                "SELECT id, title, snippet, updated, words FROM letter"
                " WHERE reread_on IS NOT NULL AND reread_on <= ?"
                " ORDER BY reread_on, updated DESC, id DESC",
                (today.isoformat(),),
            ).fetchall()
        return [LetterSummary(i, t, s, parse_iso(u), w) for i, t, s, u, w in rows]

    # -- small remembered values (e.g. "open_letter": the draft to reopen) -------------------
    def set_meta(self, key: str, value: str | None) -> None:
        db = self._writable("remember a setting")
        with self._guard("remember a setting"):
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def get_meta(self, key: str) -> str | None:
        if not self.has_writing:
            return None
        with self._guard("read a setting") as db:
            row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0]) if row[0] is not None else None

    # -- reframes ------------------------------------------------------------------------------
    def add_reframe(
        self,
        critical: str,
        person: str,
        would_say: str,
        kind_version: str,
        ratings_critical: dict[str, int],
        ratings_kind: dict[str, int],
    ) -> Reframe:
        text, _ = self._stamp()
        return self._insert_reframe(
            None,
            uuid.uuid4().hex,
            critical,
            person,
            would_say,
            kind_version,
            ratings_critical,
            ratings_kind,
            text,
        )

    def _insert_reframe(
        self,
        id: int | None,
        uid: str,
        critical: str,
        person: str,
        would_say: str,
        kind_version: str,
        ratings_critical: Any,
        ratings_kind: Any,
        created: str,
    ) -> Reframe:
        _check_text(critical=critical, person=person, kind_version=kind_version)
        would_say = validate_would_say(would_say)
        rc = validate_ratings(ratings_critical, "ratings for the critical version")
        rk = validate_ratings(ratings_kind, "ratings for the kind version")
        db = self._writable("save the reframe")
        with self._guard("save the reframe"):
            row = db.execute(
                "INSERT INTO reframe (id, uid, created, would_say, ratings_critical, ratings_kind,"
                " person, critical, kind_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " RETURNING id",
                (
                    id,
                    uid,
                    created,
                    would_say,
                    json.dumps(rc),
                    json.dumps(rk),
                    person,
                    critical,
                    kind_version,
                ),
            ).fetchone()
        return Reframe(
            int(row[0]), uid, critical, person, would_say, kind_version, rc, rk, parse_iso(created)
        )

    def reframes(self) -> list[Reframe]:
        """Every reframe, newest first."""
        if not self.has_writing:
            return []
        with self._guard("read the reframes") as db:
            rows = db.execute(
                f"SELECT {_REFRAME} FROM reframe ORDER BY created DESC, id DESC"
            ).fetchall()
        return [_reframe(r) for r in rows]

    def get_reframe(self, id: int) -> Reframe | None:
        with self._guard("read the reframe") as db:
            row = db.execute(f"SELECT {_REFRAME} FROM reframe WHERE id = ?", (id,)).fetchone()
        return None if row is None else _reframe(row)

    def has_reframe_uid(self, uid: str) -> bool:
        with self._guard("read the reframes") as db:
            return db.execute("SELECT 1 FROM reframe WHERE uid = ?", (uid,)).fetchone() is not None

    def delete_reframe(self, id: int) -> Reframe:
        db = self._writable("delete the reframe")
        with self._guard("delete the reframe"):
            row = db.execute(
                f"DELETE FROM reframe WHERE id = ? RETURNING {_REFRAME}", (id,)
            ).fetchone()
        if row is None:
            raise EntryMissing(f"reframe {id} is not in the journal", NOT_FOUND)
        return _reframe(row)

    def restore_reframe(self, r: Reframe) -> Reframe:
        """Put a deleted reframe back (same uid, id and created); idempotent by uid."""
        with self.transaction() as db, self._guard("restore the reframe"):
            row = db.execute(f"SELECT {_REFRAME} FROM reframe WHERE uid = ?", (r.uid,)).fetchone()
            if row is not None:
                return _reframe(row)
            taken = db.execute("SELECT 1 FROM reframe WHERE id = ?", (r.id,)).fetchone()
            return self._insert_reframe(
                None if taken else r.id,
                r.uid,
                r.critical,
                r.person,
                r.would_say,
                r.kind_version,
                dict(r.ratings_critical),
                dict(r.ratings_kind),
                iso_utc(r.created),
            )

    # -- export --------------------------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        from kindapp.core.journal_io import export_data

        return export_data(self)


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    statements: list[str] = []
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip(" \n\t;"):
        statements.append(buffer.strip())
    return statements


_HAS_WORD = re.compile(r"\w")


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when it has no words.

    Every term is a quoted string (quotes doubled), so operators, brackets, colons and
    stars are just text; terms are ANDed; the last is a prefix ("kin" finds "kindness").
    """
    text = text.replace("\x00", " ")  # FTS5 reads the expression as a C string
    terms = [t for t in text.split() if _HAS_WORD.search(t)]
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _check_text(**fields: object) -> None:
    for name, value in fields.items():
        if not isinstance(value, str):
            raise ValueError(f"{name} must be text, not {type(value).__name__}")


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _iso_date(on: date | None) -> str | None:
    if on is None:
        return None
    if isinstance(on, datetime):
        on = on.date()
    return on.isoformat()


def _anchor(text: str) -> str:
    """The word a search snippet is centred on: the longest word typed, lower-cased."""
    words = re.findall(r"\w+", text.lower())
    return max(words, key=len) if words else ""


def _around(body: str, at: int, before: int = 50) -> str:
    """About SNIPPET_CHARS of `body` around position `at`, whitespace collapsed, "…" where cut."""
    start = max(0, at - before)
    window = body[start : start + SNIPPET_CHARS + 40]
    if start > 0:  # drop the partial word the cut landed in
        head, space, rest = window.partition(" ")
        if space and len(head) < at - start:
            window = rest
    text = " ".join(window.split())
    cut = start + SNIPPET_CHARS + 40 < len(body) or len(text) > SNIPPET_CHARS
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return ("…" if start > 0 else "") + text + ("…" if cut else "")


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _trim(snippet: str) -> str:
    text = collapse_space(snippet)
    if len(text) > SNIPPET_CHARS:
        text = text[: SNIPPET_CHARS - 1].rstrip() + "…"
    return text


def _letter(row: tuple[Any, ...]) -> Letter:
    id, uid, title, body, created, updated, reread_on = row
    return Letter(
        int(id), uid, title, body, parse_iso(created), parse_iso(updated), _date(reread_on)
    )


def _reframe(row: tuple[Any, ...]) -> Reframe:
    id, uid, critical, person, would_say, kind_version, rc, rk, created = row
    return Reframe(
        int(id),
        uid,
        critical,
        person,
        would_say,
        kind_version,
        json.loads(rc),
        json.loads(rk),
        parse_iso(created),
    )


def export_to_file(journal_path: Path, out: Path) -> int:
    """Write the journal as JSON to `out` (atomically); returns the number of practices.

    Opens the journal read-only, so it works while Kind runs. A missing journal exports as
    empty without creating one. (Lives in journal_io; kept here for existing callers.)
    """
    from kindapp.core.journal_io import export_to_file as _export

    return _export(journal_path, out)
