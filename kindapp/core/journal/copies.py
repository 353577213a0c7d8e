"""The copies Kind makes beside the journal follow its lock.

Two kinds live beside `journal.sqlite3`: the migration backups (`<journal>.bak-v<n>-<stamp>`,
taken before a schema migration) and the journal as it was before a restore
(`<journal>.before-restore-<stamp>`, with its lock record `….keyinfo.json` when it was
locked, and its `-wal` after a crash). When the journal's lock changes (on, a new
passphrase, off) every copy that opens with the old key (or is plain) is rewritten under the
new one, each swapped whole (a kill leaves the old copy or the new, never half): no plain
copy outlives turning the lock on, and no old passphrase is needed later. A copy made under
a passphrase older still cannot be opened here and is left as it is (and counted).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from kindapp.core.atomic import write_atomic
from kindapp.core.errors import JournalError
from kindapp.core.journal import cipher, rekey

_NOT_A_COPY = ("-wal", "-shm", "-journal", ".keyinfo.json", ".relock")


@dataclass(frozen=True)
class CopiesRelocked:
    rewritten: int
    """Copies now under the journal's lock (encrypted with its key, or plain with it off)."""
    left: int
    """Copies under an older passphrase, left as they were."""


def copies(journal: Path) -> list[Path]:
    """The migration backups and before-restore copies of the journal, oldest name first."""
    found: list[Path] = []
    for pattern in (".bak-v*", ".before-restore-*"):
        for path in journal.parent.glob(journal.name + pattern):
            if path.is_file() and not path.name.endswith(_NOT_A_COPY):
                found.append(path)
    return sorted(found)


def _opens_with(path: Path, key: bytes | None) -> bool:
    try:
        db = cipher.connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    except cipher.failures(JournalError):
        return False
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except cipher.failures():
        return False
    finally:
        db.close()


def relock_copies(journal: Path, old_key: bytes | None, new_key: bytes | None) -> CopiesRelocked:
    """Rewrite every copy that opens with `old_key` (or is plain) under `new_key`, with the
    journal's lock record beside it (or none when plain)."""
    state = cipher.current_state(journal)
    rewritten = left = 0
    for copy in copies(journal):
        plain = cipher.file_header(copy) == cipher.PLAIN_HEADER
        if plain and new_key is None:
            continue
        if plain:
            key: bytes | None = None
        elif old_key is not None and old_key != new_key and _opens_with(copy, old_key):
            key = old_key
        elif new_key is not None and _opens_with(copy, new_key):
            continue
        else:
            left += 1
            continue
        fresh = copy.with_name(f".{copy.name}.relock")
        try:
            rekey.export_copy(copy, key, fresh, new_key)
            os.replace(fresh, copy)  # killed here: the copy is whole under its new key
        finally:
            _remove(fresh)  # a failure leaves no stray file (after the swap: nothing there)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{copy}{suffix}")
        side = Path(f"{copy}.keyinfo.json")
        if new_key is None:
            with contextlib.suppress(FileNotFoundError):
                side.unlink()
        else:
            record = {"version": cipher.STATE_VERSION, "state": state.to_dict()}
            write_atomic(side, json.dumps(record, indent=2).encode())
        rewritten += 1
    rekey.fsync_path(journal.parent)
    return CopiesRelocked(rewritten, left)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
