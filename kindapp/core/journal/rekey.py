"""Rewriting the journal under a new lock state (lock on, new passphrase, lock off).

The steps, each safe to be killed after:

1. The writer's connection folds its WAL into the file and leaves WAL mode, so the journal is
   one self-contained file; then it is closed.
2. `sqlcipher_export` copies everything into `<journal>.rewrite` beside it, under the new key
   (or none); the schema version goes with it; the file is fsynced.
3. The lock record (`<journal>.keyinfo.json`) notes the new state as pending, with the new
   file's first 16 bytes, atomically.
4. `os.replace` puts the new file in the journal's place; the folder is fsynced.
5. The lock record says the new state, no longer pending.

Killed before 4, the journal is the old file and the record's pending state does not match
its first bytes: it opens as it was (the leftover is removed). Killed after 4, the first bytes
match: it opens as it became. Both files are always whole.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from kindapp.core.journal import cipher
from kindapp.core.journal.schema import schema_version


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _key_clause(key: bytes | None) -> str:
    return "''" if key is None else cipher.key_pragma(key)


def export_copy(source: Path, old_key: bytes | None, target: Path, new_key: bytes | None) -> None:
    """Copy the journal at `source` (closed, one file) into the new file `target` under
    `new_key`, with its schema version; 0600 and fsynced."""
    for suffix in ("", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{target}{suffix}")
    os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    module = cipher.sqlcipher()
    src = module.connect(str(source), isolation_level=None)
    try:
        src.execute("PRAGMA cipher_log_level = NONE")
        if old_key is not None:
            src.execute(f"PRAGMA key = {cipher.key_pragma(old_key)}")
        version = schema_version(src)
        src.execute(f"ATTACH DATABASE ? AS rewrite KEY {_key_clause(new_key)}", (str(target),))
        src.execute("SELECT sqlcipher_export('rewrite')")
        src.execute(f"PRAGMA rewrite.user_version = {int(version)}")
        src.execute("DETACH DATABASE rewrite")
    finally:
        src.close()
    os.chmod(target, 0o600)
    fsync_path(target)


def rewrite(
    db: sqlite3.Connection,
    path: Path,
    old_key: bytes | None,
    state: cipher.LockState,
    new_key: bytes | None,
) -> None:
    """Rewrite the journal at `path` (whose writer's connection `db` this closes; the caller
    holds the journal's lock) under `state`, keyed with `new_key`."""
    if state.locked != (new_key is not None):
        raise ValueError("a locked state needs a key, a plain one none")
    old_state = cipher.current_state(path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode=DELETE")
    finally:
        db.close()
    target = cipher.rewrite_path(path)
    export_copy(path, old_key, target, new_key)
    cipher.write_state(path, old_state, (state, cipher.file_header(target)))
    os.replace(target, path)
    fsync_path(path.parent)
    cipher.write_state(path, state)
