"""Opening the journal file: the writer's lock, private file modes, read-only readers, backups."""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from pathlib import Path

from kindapp.core.errors import JournalError, JournalLocked, JournalReason
from kindapp.core.journal import cipher
from kindapp.core.journal.faults import damaged, describe
from kindapp.core.journal.schema import check_not_newer, schema_version
from kindapp.core.paths import ensure_private_dir


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def take_lock(path: Path) -> int:
    """Hold `<journal>.lock` exclusively; returns its descriptor (closing it lets go).
    Raises JournalLocked when another Kind holds it. Makes the private folder first."""
    ensure_private_dir(path.parent)
    fd = os.open(lock_path_for(path), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        os.fchmod(fd, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise JournalLocked(
            "Kind is already open and writing to your journal "
            f"({path}); only one Kind can write to it at a time.",
            JournalReason.LOCKED,
        ) from None
    except BaseException:
        os.close(fd)
        raise
    with contextlib.suppress(OSError):  # who holds it, for a curious person; not needed
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    return fd


def connect_writer(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-write WAL connection to a private (0600) file in a private (0700) folder.
    The caller has taken the lock (which made the folder) and migrates. A locked journal
    needs its `key` (JournalError NEEDS_PASSPHRASE without); a plain one ignores it."""
    state = cipher.settle(path)
    key = _key_needed(path, state, key)
    if not path.exists():
        # Create it 0600 before sqlite does; sqlite gives -wal/-shm the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(f"{path}{suffix}", 0o600)
    db = cipher.connect(str(path), key)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA foreign_keys=ON")
        check_health(db, path)
    except BaseException:
        db.close()
        raise
    return db


def _key_needed(path: Path, state: cipher.LockState, key: bytes | None) -> bytes | None:
    if not state.locked:
        return None
    if key is None:
        raise JournalError(
            f"the journal at {path} is locked with a passphrase", JournalReason.NEEDS_PASSPHRASE
        )
    return key


def check_health(db: sqlite3.Connection, path: Path) -> None:
    """A quick look at every page: a damaged file is said to be so before anything is written."""
    rows = [str(r[0]) for r in db.execute("PRAGMA quick_check(3)").fetchall()]
    if rows != ["ok"]:
        raise damaged(path, "; ".join(rows))


def connect_reader(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A read-only connection that never migrates and works while a writer runs."""
    if not path.exists():
        raise JournalError(f"there is no journal at {path}", JournalReason.MISSING)
    key = _key_needed(path, cipher.current_state(path), key)
    uri = path.resolve().as_uri() + "?mode=ro"
    db = cipher.connect(uri, key, uri=True)
    try:
        try:
            version = schema_version(db)
        except cipher.db_errors() as exc:
            if type(exc).__name__ != "OperationalError":
                raise
            # On a read-only filesystem sqlite cannot create the -shm file a WAL reader needs.
            # With no -wal there is nothing uncheckpointed, and no writer can be running
            # there, so the file can be read as immutable.
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise
            db.close()
            db = cipher.connect(uri + "&immutable=1", key, uri=True)
            version = schema_version(db)
        check_not_newer(version, path)
    except BaseException:
        db.close()
        raise
    return db


def backup_copy(
    db: sqlite3.Connection, path: Path, version: int, stamp: str, key: bytes | None = None
) -> Path:
    """Copy the database (sqlite backup API) to `<name>.bak-v<version>-<stamp>`, 0600."""
    target = path.with_name(f"{path.name}.bak-v{version}-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.bak-v{version}-{stamp}-{n}")
        n += 1
    copy_database(db, target, key)
    return target


def copy_database(db: sqlite3.Connection, target: Path, key: bytes | None) -> None:
    """Copy `db` into the new file `target` (sqlite backup API), 0600, one self-contained file,
    fsynced; encrypted with `key` when given (the same key as `db`'s). Nothing is left of
    `target` if it fails."""
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        copy = cipher.connect(str(target), key)
        try:
            db.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            copy.close()
        os.chmod(target, 0o600)
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{target}{suffix}")
        raise


def open_failure(exc: BaseException, path: Path) -> BaseException:
    """What opening the journal raises for `exc`: plain words for sqlite's and the OS's."""
    if isinstance(exc, JournalError) or not isinstance(exc, cipher.failures()):
        return exc
    problem = describe(exc, path, "open the journal")
    if problem.reason == JournalReason.OTHER:
        problem = JournalError(f"cannot open the journal at {path}: {exc}")
    return problem
