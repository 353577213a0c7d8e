"""Why the journal failed, as exceptions that carry a machine reason code.

This module imports nothing heavy (no sqlite3), so any module can import JournalError at
the top: the UI picks its translated words from `exc.reason`; `str(exc)` stays the plain
English message for the log.
"""

from __future__ import annotations

from enum import StrEnum


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
