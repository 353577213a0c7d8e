"""Why something could not be done, in a few translated words, from a reason code.

Core raises errors that carry a machine reason (`JournalError.reason`, an OSError's errno);
notices carry the code. Only here do codes become words, through Qt translation, so the person
never sees an English `str(exc)` in a German Kind, and the log keeps codes, not sentences.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication

from kindapp.core.errors import JournalError, JournalReason


def journal_reason_text(code: str) -> str:
    """A JournalReason code ("disk_full", …) as a short phrase to sit inside a sentence."""
    words = {
        JournalReason.DISK_FULL: QCoreApplication.translate("reasons", "your disk is full"),
        JournalReason.READ_ONLY: QCoreApplication.translate(
            "reasons", "the journal file is read-only"
        ),
        JournalReason.BUSY: QCoreApplication.translate(
            "reasons", "another program is using the journal"
        ),
        JournalReason.LOCKED: QCoreApplication.translate(
            "reasons", "another Kind is writing to the journal"
        ),
        JournalReason.NEWER: QCoreApplication.translate(
            "reasons", "the journal was written by a newer Kind"
        ),
        JournalReason.MISSING: QCoreApplication.translate("reasons", "the journal file is missing"),
        JournalReason.NOT_FOUND: QCoreApplication.translate(
            "reasons", "it is no longer in the journal"
        ),
        JournalReason.NOT_AN_EXPORT: QCoreApplication.translate(
            "reasons", "the file is not a Kind export"
        ),
        JournalReason.DAMAGED: QCoreApplication.translate("reasons", "the journal file is damaged"),
        JournalReason.NEEDS_PASSPHRASE: QCoreApplication.translate(
            "reasons", "your letters are locked"
        ),
        JournalReason.WRONG_PASSPHRASE: QCoreApplication.translate(
            "reasons", "that passphrase doesn't open it"
        ),
        JournalReason.LOCK_RECORD: QCoreApplication.translate(
            "reasons",
            "the small file that says how your journal is locked is missing or unreadable; "
            "your journal itself was left as it is",
        ),
    }
    try:
        return words[JournalReason(code)]
    except (KeyError, ValueError):
        return QCoreApplication.translate("reasons", "the journal file couldn't be read or written")


def os_error_code(exc: OSError) -> str:
    """The errno's name (ENOSPC, EACCES, …) for a notice: a code, never a sentence."""
    return errno.errorcode.get(exc.errno or 0, "EIO")


def os_reason_text(code: str) -> str:
    """An errno name from `os_error_code` as a short phrase."""
    if code == "ENOSPC":
        return QCoreApplication.translate("reasons", "your disk is full")
    if code in ("EROFS",):
        return QCoreApplication.translate("reasons", "that place is read-only")
    if code in ("EACCES", "EPERM"):
        return QCoreApplication.translate("reasons", "Kind isn't allowed to write there")
    if code in ("ENOENT", "ENOTDIR"):
        return QCoreApplication.translate("reasons", "that folder doesn't exist")
    return QCoreApplication.translate("reasons", "the file couldn't be written")


def plain_reason(exc: Exception) -> str:
    """A short, translated reason for a JournalError or an OSError."""
    if isinstance(exc, JournalError):
        return journal_reason_text(exc.reason)
    if isinstance(exc, OSError):
        return os_reason_text(os_error_code(exc))
    return QCoreApplication.translate("reasons", "something unexpected went wrong")
