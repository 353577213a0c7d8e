"""Things the person should be told, collected by core code and shown by the UI.

Core code never talks to the person directly: it returns a Notice, and the UI
turns its kind into calm, translated words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class NoticeKind(Enum):
    SETTINGS_MOVED_ASIDE = "settings-moved-aside"
    SETTINGS_NEWER = "settings-newer"
    SETTINGS_INVALID_VALUES = "settings-invalid-values"
    SETTINGS_UNWRITABLE = "settings-unwritable"
    JOURNAL_UNAVAILABLE = "journal-unavailable"
    SOUND_UNAVAILABLE = "sound-unavailable"
    NO_TRAY = "no-tray"
    LAUNCHER_UNWRITABLE = "launcher-unwritable"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    detail: dict[str, str] = field(default_factory=dict)

    def log_line(self) -> str:
        parts = " ".join(f"{k}={v}" for k, v in sorted(self.detail.items()))
        return f"notice kind={self.kind.value} {parts}".rstrip()
