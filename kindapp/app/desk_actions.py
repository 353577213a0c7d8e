"""Small collaborators the flows are handed instead of the controller: Kind's launcher entry
and the look. Each holds only what it uses; none knows the controller."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.ui.common.services import Notices, Prefs

log = logging.getLogger(__name__)


class Launcher:
    """Kind's entry in this person's app launcher (core/desktop_entry.py, kindapp.commands)."""

    def __init__(self, notices: Notices) -> None:
        self._notices = notices

    def state(self) -> str:
        """ "user", "system" or "none"."""
        from kindapp.core.desktop_entry import launcher_state

        return launcher_state()

    def installed(self) -> bool:
        return self.state() != "none"

    def set(self, on: bool) -> bool:
        """Add Kind to the launcher, or take it away; True when done."""
        from kindapp.commands import add_launcher, remove_launcher

        try:
            (add_launcher if on else remove_launcher)()
        except OSError as exc:
            log.error("cannot change the launcher entry: %s", exc)
            return False
        return True

    def add_from_welcome(self) -> bool:
        """The welcome's choice: Kind in the launcher; a calm notice when it cannot be."""
        from kindapp.commands import add_launcher
        from kindapp.core.notices import Notice, NoticeKind
        from kindapp.ui.common.reasons import os_error_code

        try:
            add_launcher()
        except OSError as exc:
            log.error("cannot add the launcher entry: %s", exc)
            self._notices.tell(
                Notice(NoticeKind.LAUNCHER_UNWRITABLE, {"reason": os_error_code(exc)}), once=False
            )
            return False
        return True


class Looks:
    """The look and the text size: kept in the settings, applied to the whole window."""

    def __init__(self, prefs: Prefs, apply_look: Callable[[str, float], str] | None) -> None:
        self._prefs = prefs
        self._apply = apply_look

    def set(self, look: str | None = None, scale: float | None = None) -> None:
        s = self._prefs.settings
        self._prefs.update(look=look or s.look, text_scale=scale or s.text_scale)
        if self._apply is not None:
            s = self._prefs.settings
            self._apply(s.look, s.text_scale)
