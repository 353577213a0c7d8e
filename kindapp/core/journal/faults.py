"""Turn sqlite and OS failures into JournalErrors whose words a person can act on."""

from __future__ import annotations

import errno
from pathlib import Path

from kindapp.core.errors import JournalError, JournalReason
from kindapp.core.journal.cipher import db_errors

_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_FULL = 5, 6, 8, 13
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


def describe(exc: BaseException, path: Path, doing: str) -> JournalError:
    """Turn an sqlite or OS error into a JournalError whose message a person can act on."""
    if isinstance(exc, JournalError):
        return exc
    primary = None
    if isinstance(exc, db_errors()):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
    os_errno = exc.errno if isinstance(exc, OSError) else None
    if primary == _SQLITE_FULL or os_errno == errno.ENOSPC:
        return JournalError(
            f"Your disk is full, so Kind could not {doing} (journal at {path}). "
            "Free some space and try again; nothing saved earlier is lost.",
            JournalReason.DISK_FULL,
        )
    if primary == _SQLITE_READONLY or os_errno in _READ_ONLY_ERRNOS:
        return JournalError(
            f"Kind can't write to your journal at {path}: the file or its folder is read-only "
            f"({exc}).",
            JournalReason.READ_ONLY,
        )
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return JournalError(
            f"The journal at {path} is busy (another program is using it); try again in a moment.",
            JournalReason.BUSY,
        )
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return damaged(path, str(exc))
    return JournalError(f"cannot {doing}: the journal at {path}: {exc}", JournalReason.OTHER)


def damaged(path: Path, what: str) -> JournalError:
    return JournalError(
        f"The journal at {path} is damaged and cannot be read ({what}). Nothing has been "
        "changed or overwritten; a backup can bring back what it held.",
        JournalReason.DAMAGED,
    )
