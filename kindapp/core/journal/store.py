"""The journal store: practice history and the person's writing in a private sqlite file.

One Journal object owns one connection. WAL mode, `PRAGMA user_version` migrations run in
order (an existing database is backed up first), directory 0700 and files 0600.

Only one Kind writes: a writer holds an exclusive advisory lock (`<journal>.lock`) for its
whole life, and a second writer is refused with `JournalLocked`. Readers (`writer=False`, as
`kindapp --export` uses) open the file read-only, never migrate, and work while a writer runs.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kindapp.core.care import CheckIn
from kindapp.core.errors import EntryMissing, JournalError, JournalReason
from kindapp.core.history import HistoryEntry
from kindapp.core.journal import letters, opening, practice_log, reframes, schema, search
from kindapp.core.journal.cipher import failures
from kindapp.core.journal.entries_api import EntriesJournal
from kindapp.core.journal.export import export_data
from kindapp.core.journal.faults import describe
from kindapp.core.journal.lockable import Lockable
from kindapp.core.journal.moments_api import MomentsJournal
from kindapp.core.journal.nesting import Nesting
from kindapp.core.journal.rows import check_text, iso_date, parse_date
from kindapp.core.moment_kind import MomentKind
from kindapp.core.records import (
    Letter,
    LetterSummary,
    PracticeRecord,
    Reframe,
    iso_utc,
    parse_iso,
)

log = logging.getLogger(__name__)


class Journal(MomentsJournal, EntriesJournal, Lockable):
    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], datetime] | None = None,
        writer: bool = True,
        key: bytes | None = None,
        kinds: Sequence[MomentKind[Any]] | None = None,
    ) -> None:
        """`key` opens a journal locked with a passphrase (`cipher.key_for`). `kinds`: the
        practices' moments it keeps (their tables, export sections, import), by default those
        of Kind's practice registry (a test gives a practice of its own)."""
        if kinds is not None:
            self._moment_kinds = tuple(kinds)
        self.path = path
        self.writer = writer
        self._key = key
        self._clock = now or (lambda: datetime.now(UTC))
        self._lock_fd: int | None = None
        self._db: sqlite3.Connection | None = None
        self._nesting = Nesting()
        try:
            if writer:
                self._lock_fd = opening.take_lock(path)
                self._db = opening.connect_writer(path, key)
                schema.migrate(
                    self._db,
                    path,
                    self._backup_before_migrating,
                    schema.with_kinds(schema.STEPS, self._moment_kinds),
                )
            else:
                self._db = opening.connect_reader(path, key)
        except BaseException as exc:
            self.close()
            problem = opening.open_failure(exc, path)
            if problem is exc:
                raise
            raise problem from exc

    # -- the file ------------------------------------------------------------------------------
    @property
    def lock_path(self) -> Path:
        return opening.lock_path_for(self.path)

    def now(self) -> datetime:
        """The journal's clock (injected in tests): what entries are stamped with."""
        return self._clock()

    def _backup_before_migrating(self, version: int) -> Path:
        backup = self.backup(version)
        log.info("journal backed up to %s before migrating from version %d", backup, version)
        return backup

    def backup(self, version: int | None = None) -> Path:
        """Copy the journal (sqlite backup API) to `<name>.bak-v<version>-<stamp>`, 0600."""
        db = self._conn
        if version is None:
            version = self.schema_version
        stamp = self.now().astimezone().strftime("%Y%m%dT%H%M%S")
        return opening.backup_copy(db, self.path, version, stamp, self.key)

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise JournalError(f"the journal at {self.path} is closed")
        return self._db

    @property
    def schema_version(self) -> int:
        return schema.schema_version(self._conn)

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
        except failures() as exc:
            raise describe(exc, self.path, doing) from exc

    def _writable(self, doing: str) -> sqlite3.Connection:
        if not self.writer:
            raise JournalError(
                f"cannot {doing}: the journal at {self.path} was opened for reading only",
                JournalReason.READ_ONLY,
            )
        return self._conn

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[sqlite3.Connection]:
        """As `_guard`, for writes: a reader refuses them first."""
        self._writable(doing)
        with self._guard(doing) as db:
            yield db

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All the writes inside happen together or not at all (nests: the outermost wins)."""
        db = self._writable("write to the journal")
        with self._nesting.run(db, self.path) as conn:
            yield conn

    def _stamp(self) -> tuple[str, datetime]:
        text = iso_utc(self.now())
        return text, parse_iso(text)

    # -- practice history ----------------------------------------------------------------------
    def record_practice(self, record: PracticeRecord) -> int:
        """Keep a practice; returns its row id (for the after check-in, or deleting)."""
        if record.outcome not in ("finished", "stopped"):
            raise ValueError(f"unknown outcome {record.outcome!r}")
        CheckIn(record.before, record.words_before)  # the check-ins' own rules (ValueError)
        CheckIn(record.after, record.words_after)
        with self._writing("record the practice") as db:
            return practice_log.insert(db, record)

    def set_after_checkin(
        self, practice_id: int, after: int | None, words: str, stirred: bool
    ) -> None:
        """The check-in given after a practice was kept."""
        CheckIn(after, words)
        with self._writing("keep the check-in") as db:
            practice_log.set_after(db, practice_id, after, words, stirred)

    def delete_practice(self, practice_id: int) -> None:
        with self._writing("remove the entry") as db:
            practice_log.delete(db, practice_id)

    def practices(self) -> list[PracticeRecord]:
        with self._guard("read the practice history") as db:
            return [r for _, r in practice_log.rows(db)]

    def history_entries(self) -> list[HistoryEntry]:
        """Every practice as the gentle history shows it (with its row id)."""
        with self._guard("read the practice history") as db:
            return [HistoryEntry.from_record(i, r) for i, r in practice_log.rows(db)]

    def has_practice(self, practice: str, mode: str, started_at: datetime) -> bool:
        with self._guard("read the practice history") as db:
            return practice_log.exists(db, practice, mode, started_at)

    # -- letters -------------------------------------------------------------------------------
    def create_letter(self, title: str = "", body: str = "") -> Letter:
        check_text(title=title, body=body)
        text, when = self._stamp()
        uid = uuid.uuid4().hex
        with self._writing("save the letter") as db:
            id = letters.insert(
                db,
                id=None,
                uid=uid,
                created=text,
                updated=text,
                reread_on=None,
                title=title,
                body=body,
            )
        return Letter(id, uid, title, body, when, when, None)

    def add_letter(
        self,
        uid: str,
        title: str,
        body: str,
        created: datetime,
        updated: datetime,
        reread_on: date | None = None,
    ) -> Letter:
        """Add a letter as it was elsewhere (import): its uid and dates are kept, it gets a
        new id. The caller checks first that no letter has this uid."""
        check_text(uid=uid, title=title, body=body)
        with self._writing("save the letter") as db:
            id = letters.insert(
                db,
                id=None,
                uid=uid,
                created=iso_utc(created),
                updated=iso_utc(updated),
                reread_on=iso_date(reread_on),
                title=title,
                body=body,
            )
        return Letter(id, uid, title, body, created, updated, reread_on)

    def save_letter(self, id: int, title: str, body: str) -> Letter:
        """Write the letter's title and body (autosave); `updated` becomes now."""
        check_text(title=title, body=body)
        text, when = self._stamp()
        with self._writing("save the letter") as db:
            row = letters.update(db, id, text, title, body)
        if row is None:
            raise EntryMissing(
                f"letter {id} is not in the journal (was it deleted?)", JournalReason.NOT_FOUND
            )
        uid, created, reread_on = row
        return Letter(id, uid, title, body, parse_iso(created), when, parse_date(reread_on))

    def get_letter(self, id: int) -> Letter | None:
        with self._guard("read the letter") as db:
            return letters.by_id(db, id)

    def get_letter_by_uid(self, uid: str) -> Letter | None:
        with self._guard("read the letter") as db:
            return letters.by_uid(db, uid)

    def letters(self) -> list[LetterSummary]:
        """The library: every letter, most recently written first (never reads the bodies)."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            return letters.summaries(db)

    def all_letters(self) -> list[Letter]:
        """Every letter in full, oldest first (for export)."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            return letters.oldest_first(db)

    def search_letters(self, query: str) -> list[LetterSummary]:
        """Full-text search over titles and bodies, newest first. Any text is safe here:
        words are matched as quoted phrases (no operators), the last one as a prefix, and
        accents and case are ignored. A query without words lists every letter."""
        match = search.fts_query(query)
        if match is None:
            return self.letters()
        if not self.has_writing:
            return []
        with self._guard("search the letters") as db:
            return search.search_letters(db, match, query)

    def delete_letter(self, id: int) -> Letter:
        """Delete a letter; returns it whole so that `restore_letter` can undo the delete."""
        with self._writing("delete the letter") as db:
            letter = letters.delete(db, id)
        if letter is None:
            raise EntryMissing(f"letter {id} is not in the journal", JournalReason.NOT_FOUND)
        return letter

    def restore_letter(self, letter: Letter) -> Letter:
        """Put a deleted letter back (same uid, id, created, updated, reread date).
        If a letter with its uid is already there, that one is returned unchanged."""
        check_text(title=letter.title, body=letter.body)
        with self.transaction(), self._guard("restore the letter") as db:
            return letters.restore(db, letter)

    def set_reread(self, id: int, on: date | None) -> None:
        """Ask to be reminded to reread a letter on `on` (None: no reminder)."""
        with self._writing("set the reminder") as db:
            found = letters.set_reread(db, id, on)
        if not found:
            raise EntryMissing(f"letter {id} is not in the journal", JournalReason.NOT_FOUND)

    def letters_due(self, today: date) -> list[LetterSummary]:
        """Letters whose reread date has come (on or before `today`), earliest date first."""
        if not self.has_writing:
            return []
        with self._guard("read the letters") as db:
            return letters.due(db, today)

    # -- small remembered values (e.g. "open_letter": the draft to reopen) -------------------
    def set_meta(self, key: str, value: str | None) -> None:
        with self._writing("remember a setting") as db:
            letters.set_meta(db, key, value)

    def get_meta(self, key: str) -> str | None:
        if not self.has_writing:
            return None
        with self._guard("read a setting") as db:
            return letters.get_meta(db, key)

    # -- reframes ------------------------------------------------------------------------------
    def add_reframe(
        self,
        critical: str,
        person: str,
        would_say: str,
        kind_version: str,
        ratings_critical: Mapping[str, int],
        ratings_kind: Mapping[str, int],
        *,
        uid: str | None = None,
        created: datetime | None = None,
    ) -> Reframe:
        """Keep a reframe. `uid` and `created` are given when it comes from elsewhere
        (import; the caller checks first that no reframe has this uid), else new and now."""
        when = self._stamp()[0] if created is None else iso_utc(created)
        uid = uuid.uuid4().hex if uid is None else uid
        reframe = reframes.checked(
            uid, critical, person, would_say, kind_version, ratings_critical, ratings_kind, when
        )
        with self._writing("save the reframe") as db:
            return reframes.add(db, reframe)

    def reframes(self) -> list[Reframe]:
        """Every reframe, newest first."""
        if not self.has_writing:
            return []
        with self._guard("read the reframes") as db:
            return reframes.newest_first(db)

    def get_reframe(self, id: int) -> Reframe | None:
        with self._guard("read the reframe") as db:
            return reframes.by_id(db, id)

    def has_reframe_uid(self, uid: str) -> bool:
        with self._guard("read the reframes") as db:
            return reframes.by_uid(db, uid) is not None

    def delete_reframe(self, id: int) -> Reframe:
        with self._writing("delete the reframe") as db:
            reframe = reframes.delete(db, id)
        if reframe is None:
            raise EntryMissing(f"reframe {id} is not in the journal", JournalReason.NOT_FOUND)
        return reframe

    def restore_reframe(self, r: Reframe) -> Reframe:
        """Put a deleted reframe back (same uid, id and created); idempotent by uid."""
        with self.transaction(), self._guard("restore the reframe") as db:
            return reframes.restore(db, r)

    # -- export --------------------------------------------------------------------------------
    def export(self) -> dict[str, Any]:
        """Everything in the journal as the export format (see `journal.export`)."""
        return export_data(self)
