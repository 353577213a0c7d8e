"""Translated words for things that core/ describes as data."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from kindapp.core.notices import Notice, NoticeKind
from kindapp.ui.common.reasons import journal_reason_text, os_reason_text

_PLACE = re.compile(r"%([1-9])")


def with_args(text: str, *args: object) -> str:
    """A translated text with its places filled, as Qt's QString::arg does: %1 by the first
    argument, %2 by the second, ..., all in one pass (an argument that itself holds "%2", a
    person's words, say, stays as it is). A place with no argument is left."""

    def fill(found: re.Match[str]) -> str:
        n = int(found.group(1))
        return str(args[n - 1]) if n <= len(args) else found.group(0)

    return _PLACE.sub(fill, text)


def practice_text(text: str) -> str:
    """Translate a string from kindapp.core.practices (marked with tr_noop there)."""
    return QCoreApplication.translate("practices", text)


def notice_text(notice: Notice) -> str:
    """A notice in the person's language (written out in full here, so lupdate finds it)."""
    d = notice.detail
    kind = notice.kind
    if kind is NoticeKind.SETTINGS_MOVED_ASIDE:
        return QCoreApplication.translate(
            "notices",
            "Your settings file couldn't be read, so Kind is using its defaults for now. "
            "The old file is kept, untouched, at {path}.",
        ).format(path=d.get("path", ""))
    if kind is NoticeKind.SETTINGS_NEWER:
        return QCoreApplication.translate(
            "notices",
            "Your settings were saved by a newer version of Kind, so this one is using its "
            "defaults. The newer file is kept at {path}.",
        ).format(path=d.get("path", ""))
    if kind is NoticeKind.SETTINGS_INVALID_VALUES:
        return QCoreApplication.translate(
            "notices",
            "A few settings didn't make sense and were set back to their defaults. "
            "A copy of the original file is kept at {path}.",
        ).format(path=d.get("path", ""))
    if kind is NoticeKind.SETTINGS_UNWRITABLE:
        return QCoreApplication.translate(
            "notices",
            "Kind can't save settings in {dir} ({reason}). Your choices will last until "
            "Kind closes.",
        ).format(dir=d.get("dir", ""), reason=os_reason_text(d.get("reason", "")))
    if kind is NoticeKind.LAUNCHER_UNWRITABLE:
        return QCoreApplication.translate(
            "notices",
            "Kind couldn't add itself to your app launcher ({reason}). You can try again in "
            "Settings, under Your journal.",
        ).format(reason=os_reason_text(d.get("reason", "")))
    if kind is NoticeKind.JOURNAL_UNAVAILABLE:
        return QCoreApplication.translate(
            "notices",
            "Kind can't keep your practice history right now ({reason}). Your practices "
            "still work; they just won't be remembered.",
        ).format(reason=_journal_or_os(d.get("reason", "")))
    if kind is NoticeKind.SOUND_UNAVAILABLE:
        return QCoreApplication.translate(
            "notices",
            "Sound isn't available right now, so Kind will guide you quietly, with words "
            "on the screen. It will try again next time.",
        )
    if kind is NoticeKind.NO_TRAY:
        return QCoreApplication.translate(
            "notices",
            "This desktop has no system tray, so Kind stays in a normal window. "
            "Closing it will quit Kind.",
        )
    return kind.value


def _journal_or_os(code: str) -> str:
    """A journal reason code, or an errno name (a data folder that could not be made)."""
    return os_reason_text(code) if code.startswith("E") else journal_reason_text(code)
