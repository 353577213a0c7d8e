"""Why the journal or the settings failed: exceptions that carry a machine reason code.

This module imports nothing heavy (no sqlite3, no Qt), so any module can import these at
the top. The UI picks its translated words from `exc.reason`; `str(exc)` stays the plain
English message (for the log and the command line).
"""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path


class JournalReason(StrEnum):
    """Why a JournalError happened. A StrEnum: `reason == "disk_full"` still holds."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    BUSY = "busy"
    NEWER = "newer"
    MISSING = "missing"
    NOT_FOUND = "not_found"
    NOT_AN_EXPORT = "not_an_export"
    DAMAGED = "damaged"
    """The file is not a database any more (garbage, truncated): a backup can help."""
    NEEDS_PASSPHRASE = "needs_passphrase"
    """The journal is locked with a passphrase and none was given."""
    WRONG_PASSPHRASE = "wrong_passphrase"
    LOCK_RECORD = "lock_record"
    """The journal is locked but its lock record (salt and costs) is lost or garbled."""
    OTHER = "other"


# The reasons by their old names (kept for existing callers).
DISK_FULL = JournalReason.DISK_FULL
READ_ONLY = JournalReason.READ_ONLY
LOCKED = JournalReason.LOCKED
BUSY = JournalReason.BUSY
NEWER = JournalReason.NEWER
MISSING = JournalReason.MISSING
NOT_FOUND = JournalReason.NOT_FOUND
OTHER = JournalReason.OTHER


class JournalError(RuntimeError):
    """The journal cannot be opened or written; the message says why in plain words."""

    def __init__(self, message: str, reason: JournalReason | str = JournalReason.OTHER) -> None:
        super().__init__(message)
        self.reason = JournalReason(reason)


class JournalLocked(JournalError):
    """Another Kind already holds the journal for writing."""


class EntryMissing(JournalError, LookupError):
    """The letter or reframe asked for is not (or no longer) in the journal."""


class ImportProblem(JournalError):
    """The file cannot be imported (not ours, damaged, or from a newer Kind); nothing changed."""


class SettingsReason(StrEnum):
    """Why the settings could not be saved."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    OTHER = "other"


_READ_ONLY_ERRNOS = (errno.EROFS, errno.EACCES, errno.EPERM)


class SettingsSaveError(OSError):
    """settings.json could not be written. An OSError (errno and strerror kept from the
    failure), so `except OSError` and `exc.strerror` still work; `reason` says why."""

    def __init__(self, cause: OSError, path: Path) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        if cause.errno == errno.ENOSPC:
            self.reason = SettingsReason.DISK_FULL
        elif cause.errno in _READ_ONLY_ERRNOS:
            self.reason = SettingsReason.READ_ONLY
        else:
            self.reason = SettingsReason.OTHER
