"""Rotating backups of the journal, and bringing one back.

They live in `<data>/backups/` (0700), one file per backup (0600), named by the moment it
was taken (UTC), with a small `.json` beside it saying when, what it holds (how many letters,
reframes and practices: counts only, never words) and the lock it was taken under. A backup
of a locked journal is encrypted with the journal's own key. Which backups stay is decided
by `rotation`; `take` runs on any thread: it reads through its own read-only connection.

Restoring never deletes: the current journal (and its WAL) is first copied aside to
`<journal>.before-restore-<stamp>`, and the swap itself is a pending rewrite in the lock
record (see `rekey`), so a kill at any moment leaves one whole journal in place.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kindapp.core.atomic import write_atomic
from kindapp.core.errors import JournalError
from kindapp.core.journal import cipher, opening, rekey, rotation
from kindapp.core.journal.rekey import fsync_path
from kindapp.core.paths import ensure_private_dir

log = logging.getLogger(__name__)

STAMP = "%Y%m%dT%H%M%SZ"
TABLES = {"letters": "letter", "reframes": "reframe", "practices": "practice"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    letters: int
    reframes: int
    practices: int
    lock: cipher.LockState

    @property
    def locked(self) -> bool:
        return self.lock.locked


class Backups:
    def __init__(self, journal: Path, now: Callable[[], datetime] | None = None) -> None:
        self.journal = journal
        self.folder = journal.parent / "backups"
        self._now = now or (lambda: datetime.now(UTC))

    def entries(self) -> list[BackupInfo]:
        """Every backup with its record, newest first (a file without one is left alone)."""
        found: list[BackupInfo] = []
        if not self.folder.is_dir():
            return found
        for side in self.folder.glob("journal-*.sqlite3.json"):
            backup = side.with_suffix("")
            try:
                data = json.loads(side.read_text(encoding="utf-8"))
                pending = data.get("pending")
                if pending and cipher.file_header(backup).hex() == pending["header"]:
                    data["lock"] = pending["lock"]
                info = BackupInfo(
                    backup,
                    datetime.fromisoformat(data["taken"]),
                    int(data["letters"]),
                    int(data["reframes"]),
                    int(data["practices"]),
                    cipher.LockState.from_dict(data["lock"]),
                )
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("backup record %s cannot be read: %s", side.name, exc)
                continue
            if backup.is_file():
                found.append(info)
        return sorted(found, key=lambda b: b.taken, reverse=True)

    def latest_good(self, key: bytes | None = None) -> BackupInfo | None:
        """The newest backup that reads whole (a locked one without `key`: the newest whose
        file is not plain sqlite, as it was when taken and checked)."""
        for backup in self.entries():
            if backup.locked and key is None:
                header = cipher.file_header(backup.path)
                if len(header) == 16 and header != cipher.PLAIN_HEADER:
                    return backup
                continue
            try:
                db = cipher.connect(f"{backup.path.resolve().as_uri()}?mode=ro", key, uri=True)
                try:
                    opening.check_health(db, backup.path)
                finally:
                    db.close()
            except cipher.failures(JournalError) as exc:
                log.warning("backup %s does not read: %s", backup.path.name, exc)
                continue
            return backup
        return None

    def due(self) -> bool:
        return rotation.due([b.taken for b in self.entries()], self._now())

    def take(self, key: bytes | None) -> BackupInfo:
        """Copy the journal now (sqlite's backup API; a locked one with `key`, staying
        encrypted), record what it holds, then let old backups go by the rotation."""
        ensure_private_dir(self.folder)
        taken = self._now().astimezone(UTC).replace(microsecond=0)
        name = f"journal-{taken.strftime(STAMP)}.sqlite3"
        target, partial = self.folder / name, self.folder / f".{name}.partial"
        lock = cipher.current_state(self.journal)
        key = key if lock.locked else None
        for leftover in self.folder.glob(".journal-*.partial*"):  # from a killed backup
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        source = opening.connect_reader(self.journal, key)
        try:
            opening.copy_database(source, partial, key)
        finally:
            source.close()
        try:
            copy = cipher.connect(str(partial), key)
            try:
                opening.check_health(copy, partial)
                counts = {k: _count(copy, table) for k, table in TABLES.items()}
            finally:
                copy.close()
            record = {"taken": taken.isoformat(), **counts, "lock": lock.to_dict()}
            write_atomic(Path(f"{target}.json"), json.dumps(record, indent=2).encode())
            os.replace(partial, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(partial)
            raise
        fsync_path(self.folder)
        self.prune()
        return BackupInfo(
            target, taken, counts["letters"], counts["reframes"], counts["practices"], lock
        )

    def prune(self) -> list[Path]:
        """Remove the backups the rotation lets go; returns their paths."""
        backups = self.entries()
        going = set(rotation.drop([b.taken for b in backups], self._now()))
        removed = []
        for b in backups:
            if b.taken in going:
                for p in (b.path, Path(f"{b.path}.json")):
                    with contextlib.suppress(FileNotFoundError):
                        p.unlink()
                removed.append(b.path)
        return removed

    def relock(self, old: cipher.LockState, old_key: bytes | None, new_key: bytes | None) -> int:
        """After the journal's lock changed: rewrite the backups taken under `old` (with
        `old_key`) under the journal's lock now, so no plain copy outlives turning the lock on
        and no old passphrase is needed later. Each file is swapped whole (`rekey`)."""
        now = cipher.current_state(self.journal)
        done = 0
        for b in self.entries():
            if b.lock != old or b.lock == now:
                continue
            fresh = b.path.with_name(f".{b.path.name}.relock")
            try:
                rekey.export_copy(b.path, old_key, fresh, new_key)
            except BaseException:
                for suffix in ("", "-journal"):  # a failure leaves no stray file
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(f"{fresh}{suffix}")
                raise
            side = Path(f"{b.path}.json")
            record = json.loads(side.read_text(encoding="utf-8"))
            header = cipher.file_header(fresh).hex()
            record["pending"] = {"lock": now.to_dict(), "header": header}
            write_atomic(side, json.dumps(record, indent=2).encode())
            os.replace(fresh, b.path)  # killed here: the record's pending lock is read
            record["lock"] = record.pop("pending")["lock"]
            write_atomic(side, json.dumps(record, indent=2).encode())
            done += 1
        return done

    def restore(self, backup: BackupInfo, *, holding_lock: bool = False) -> Path | None:
        """Put `backup` in the journal's place (no Kind may hold the journal: this takes its
        lock, unless `holding_lock`: the caller's suspended Journal holds it). The journal
        there before is copied aside first; returns where (None if there was none). The
        journal then opens with the lock `backup` was taken under."""
        fd = None if holding_lock else opening.take_lock(self.journal)
        incoming = cipher.rewrite_path(self.journal)
        try:
            # Read the lock record first: a garbled one stops here, before anything is made.
            now = cipher.current_state(self.journal)
            aside = self._keep_aside(now)
            with contextlib.suppress(FileNotFoundError):
                incoming.unlink()
            os.close(os.open(incoming, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            shutil.copyfile(backup.path, incoming)
            fsync_path(incoming)
            cipher.write_state(self.journal, now, (backup.lock, cipher.file_header(incoming)))
            os.replace(incoming, self.journal)
            fsync_path(self.journal.parent)
            cipher.write_state(self.journal, backup.lock)
        finally:
            with contextlib.suppress(FileNotFoundError):  # a failure leaves no stray file
                incoming.unlink()
            if fd is not None:
                os.close(fd)
        log.info("journal restored from the backup of %s", backup.taken.isoformat())
        return aside

    def _keep_aside(self, lock: cipher.LockState) -> Path | None:
        if not self.journal.exists():
            return None
        stamp = self._now().astimezone(UTC).strftime(STAMP)
        aside = self.journal.with_name(f"{self.journal.name}.before-restore-{stamp}")
        n = 2
        while aside.exists():
            aside = self.journal.with_name(f"{self.journal.name}.before-restore-{stamp}-{n}")
            n += 1
        os.close(os.open(aside, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        shutil.copyfile(self.journal, aside)
        fsync_path(aside)
        wal = Path(f"{self.journal}-wal")
        if wal.exists():  # only after a crash (closing folds the WAL in): it goes with it
            os.rename(wal, f"{aside}-wal")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{self.journal}-shm")
        if lock.locked:  # its lock record goes with it, as private as the rest
            record = {"version": cipher.STATE_VERSION, "state": lock.to_dict()}
            write_atomic(Path(f"{aside}.keyinfo.json"), json.dumps(record, indent=2).encode())
        fsync_path(self.journal.parent)
        return aside


def _count(db: sqlite3.Connection, table: str) -> int:
    execute = db.execute
    exists = execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,))
    if exists.fetchone() is None:
        return 0
    return int(execute(f"SELECT count(*) FROM {table}").fetchone()[0])
