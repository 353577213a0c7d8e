"""Why the journal could not do something, in a few words (letters and reframes use it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plain_reason(exc: Exception) -> str:
    """A short reason for a JournalError, to sit inside one calm sentence."""
    reason = getattr(exc, "reason", "")
    short = {
        "disk_full": QCoreApplication.translate("letters", "your disk is full"),
        "read_only": QCoreApplication.translate("letters", "the journal file is read-only"),
        "busy": QCoreApplication.translate("letters", "another program is using the journal"),
        "locked": QCoreApplication.translate("letters", "another Kind is writing to the journal"),
    }
    return short.get(str(reason).lower(), str(exc).rstrip("."))
