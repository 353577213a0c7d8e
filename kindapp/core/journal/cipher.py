"""The optional lock: a key from the passphrase, the journal's lock state, and connections.

Without the lock nothing here changes how the journal is read: the stdlib sqlite3 opens it,
and no state file exists. With the lock the whole file is SQLCipher (every page, the
full-text index and the WAL), keyed with a raw 256-bit key that `Kdf.derive` makes from the
passphrase with scrypt (n=2**17, r=8, p=1: 128 MiB, memory-hard). The salt and the scrypt
costs live in `<journal>.keyinfo.json` beside the journal (nothing secret in it), and a second
copy in `<journal>.keyinfo-copy.json`: a lost or garbled record is read from the other, so a
good journal never looks damaged for want of its salt. The passphrase is NFC-normalised
before derivation (an input method typing "é" as "e" + accent opens the same journal).
Turning the lock off removes both records.

A rewrite (lock on, new passphrase, lock off) first records where it is going: the new
state and the first 16 bytes of the new file (SQLCipher's random salt, or sqlite's own
header for a plain file). Whoever opens the journal next looks at the file's first bytes
and knows which state it is in, so a rewrite killed at any moment is read as before or
after, never as something between.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from kindapp.core.atomic import write_atomic
from kindapp.core.errors import JournalError, JournalReason

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
PLAIN_HEADER = b"SQLite format 3\x00"
STATE_VERSION = 1


@dataclass(frozen=True)
class Kdf:
    """How a passphrase becomes the key: scrypt with this salt and these costs."""

    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def fresh(cls, n: int = SCRYPT_N) -> Kdf:
        return cls(os.urandom(16), n)

    def derive(self, passphrase: str) -> bytes:
        # hashlib maps OpenSSL's libcrypto (3 MiB): only a journal with a passphrase needs it.
        import hashlib

        return hashlib.scrypt(
            unicodedata.normalize("NFC", passphrase).encode("utf-8"),
            salt=self.salt,
            n=self.n,
            r=self.r,
            p=self.p,
            maxmem=256 * self.n * self.r + (1 << 20),
            dklen=32,
        )

    def to_dict(self) -> dict[str, Any]:
        return {"kdf": "scrypt", "salt": self.salt.hex(), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_dict(cls, data: Any) -> Kdf:
        if not isinstance(data, dict) or data.get("kdf") != "scrypt":
            raise ValueError("not a key recipe")
        n, r, p = (data.get(k) for k in ("n", "r", "p"))
        if not all(isinstance(v, int) and v > 0 for v in (n, r, p)):
            raise ValueError("bad scrypt costs")
        return cls(bytes.fromhex(str(data["salt"])), int(str(n)), int(str(r)), int(str(p)))


@dataclass(frozen=True)
class LockState:
    """Whether the journal is locked, and with which key recipe (None: a plain journal)."""

    kdf: Kdf | None = None

    @property
    def locked(self) -> bool:
        return self.kdf is not None

    def to_dict(self) -> dict[str, Any] | None:
        return None if self.kdf is None else self.kdf.to_dict()

    @classmethod
    def from_dict(cls, data: Any) -> LockState:
        return cls(None if data is None else Kdf.from_dict(data))


def state_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".keyinfo.json")


def copy_path(journal: Path) -> Path:
    """The lock record's second copy (the same bytes, written after the first)."""
    return journal.with_name(journal.name + ".keyinfo-copy.json")


def rewrite_path(journal: Path) -> Path:
    """Where a rewrite builds the new file before it takes the journal's place."""
    return journal.with_name(journal.name + ".rewrite")


def file_header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(16)
    except FileNotFoundError:
        return b""


def _parse(raw: bytes) -> tuple[LockState, LockState | None, bytes]:
    data = json.loads(raw.decode("utf-8"))
    state = LockState.from_dict(data["state"])
    pending = data.get("pending")
    if pending is None:
        return state, None, b""
    return state, LockState.from_dict(pending["state"]), bytes.fromhex(pending["header"])


def _was_locked(journal: Path) -> bool:
    """Without any lock record: whether the journal's file is not plain sqlite while a
    backup's record says it was taken under a lock (then the record was lost; otherwise the
    file is simply damaged, as it was always read)."""
    header = file_header(journal)
    if len(header) < 16 or header == PLAIN_HEADER:
        return False
    for side in (journal.parent / "backups").glob("journal-*.sqlite3.json"):
        try:
            if json.loads(side.read_text(encoding="utf-8")).get("lock") is not None:
                return True
        except (OSError, ValueError, AttributeError):
            continue
    return False


_UNREADABLE = (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError)


def _read(journal: Path) -> tuple[LockState, LockState | None, bytes]:
    """The lock record: the first copy, else the second; neither there: a plain journal,
    unless the file itself says it is not plain sqlite (then the record is missing)."""
    problems: list[str] = []
    found_any = False
    for where in (state_path(journal), copy_path(journal)):
        try:
            raw = where.read_bytes()
        except FileNotFoundError:
            continue
        found_any = True
        try:
            return _parse(raw)
        except _UNREADABLE as exc:
            problems.append(f"{where.name} cannot be read ({type(exc).__name__})")
    if not found_any and not _was_locked(journal):
        return LockState(), None, b""
    if not problems:
        problems.append(f"{state_path(journal).name} is missing")
    raise JournalError(
        f"the lock record of the journal at {journal} (its salt and costs; nothing secret) "
        f"cannot be used: {'; '.join(problems)}. The journal itself was left as it is.",
        JournalReason.LOCK_RECORD,
    )


def current_state(journal: Path) -> LockState:
    """The journal's lock state, a half-done rewrite read from the file's first bytes."""
    state, pending, header = _read(journal)
    if pending is not None and file_header(journal) == header:
        return pending
    return state


def settle(journal: Path) -> LockState:
    """As current_state, and tidy up after a rewrite that was cut short (the writer only)."""
    repair(journal)
    _, pending, _ = _read(journal)
    now = current_state(journal)
    if pending is not None:
        write_state(journal, now)
    leftover = rewrite_path(journal)
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{leftover}{suffix}")
    return now


def write_state(
    journal: Path, state: LockState, pending: tuple[LockState, bytes] | None = None
) -> None:
    """Record the lock state (both copies, one after the other, each atomically). A plain
    state with nothing pending needs no record: both copies are removed."""
    if not state.locked and pending is None:
        for where in (state_path(journal), copy_path(journal)):
            with contextlib.suppress(FileNotFoundError):
                where.unlink()
        return
    data: dict[str, Any] = {"version": STATE_VERSION, "state": state.to_dict()}
    if pending is not None:
        data["pending"] = {"state": pending[0].to_dict(), "header": pending[1].hex()}
    raw = (json.dumps(data, indent=2) + "\n").encode("utf-8")
    write_atomic(state_path(journal), raw)
    write_atomic(copy_path(journal), raw)


def repair(journal: Path) -> bool:
    """Write the lock record again from whichever copy reads (one lost or garbled, the other
    whole); True when something was mended. Raises JournalError when neither reads."""
    readable: list[bool] = []
    for where in (state_path(journal), copy_path(journal)):
        try:
            _parse(where.read_bytes())
            readable.append(True)
        except (FileNotFoundError, *_UNREADABLE):
            readable.append(False)
    there = [where.exists() for where in (state_path(journal), copy_path(journal))]
    if all(readable) or not any(there):
        return False
    state, pending, header = _read(journal)
    write_state(journal, state, None if pending is None else (pending, header))
    return True


def key_for(journal: Path, passphrase: str) -> bytes:
    """The key a passphrase gives for this journal (slow on purpose: about half a second)."""
    state = current_state(journal)
    if state.kdf is None:
        raise JournalError(f"the journal at {journal} is not locked", JournalReason.OTHER)
    return state.kdf.derive(passphrase)


def sqlcipher() -> Any:
    import sqlcipher3.dbapi2 as module

    return module


def db_errors() -> tuple[type[Exception], ...]:
    """What an sqlite call may raise: the stdlib's errors, and SQLCipher's once it is loaded."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    if module is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, cast(type[Exception], module.Error))


def failures(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """What a journal operation may raise besides JournalError: sqlite's errors and the OS's
    (and `also`)."""
    return (*db_errors(), OSError, *also)


def key_pragma(key: bytes) -> str:
    return f"\"x'{key.hex()}'\""


def connect(
    target: str, key: bytes | None, *, uri: bool = False, timeout: float = 5.0
) -> sqlite3.Connection:
    """A connection: the stdlib's for a plain journal, SQLCipher's keyed with `key` otherwise.
    A wrong key raises JournalError(WRONG_PASSPHRASE), having changed nothing."""
    if key is None:
        return sqlite3.connect(target, uri=uri, timeout=timeout, isolation_level=None)
    module = sqlcipher()
    db = module.connect(target, uri=uri, timeout=timeout, isolation_level=None)
    try:
        db.execute("PRAGMA cipher_log_level = NONE")
        db.execute(f"PRAGMA key = {key_pragma(key)}")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError as exc:
        db.close()
        if getattr(exc, "sqlite_errorcode", None) == 26:
            raise JournalError(
                "That passphrase does not open the journal; nothing was changed.",
                JournalReason.WRONG_PASSPHRASE,
            ) from None
        raise
    except BaseException:
        db.close()
        raise
    return cast(sqlite3.Connection, db)
