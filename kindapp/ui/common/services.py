"""What every flow is handed by app.py: the screens' host, the settings, notices (the journal:
operations.py).

Small objects with one job each, built once in app.py and passed to the flows' constructors;
no flow reaches into another for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, TypeVar, Unpack

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Where
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.settings import WORDS_FIELDS
from kindapp.ui.common.reasons import os_error_code
from kindapp.ui.common.text import notice_text

if TYPE_CHECKING:
    from kindapp.core.settings import Settings, SettingsChange, SettingsStore

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


class ScreenHost(Protocol):
    """Where screens live (the main window): built on first use by the factory a flow gave."""

    def page(self, screen: Where) -> QWidget: ...

    def set_factory(
        self,
        screen: Where,
        factory: Callable[[], QWidget],
        on_show: Callable[[], None] | None = None,
    ) -> None: ...

    def built(self, screen: Where) -> bool: ...

    def release(self, screen: Where) -> bool: ...

    def bring_forward(self) -> None: ...


def page_of(host: ScreenHost, screen: Where, kind: type[W]) -> W:
    """`screen`'s widget from `host` (built if need be), as the class its flow built it with."""
    widget = host.page(screen)
    if not isinstance(widget, kind):
        raise TypeError(f"the {screen.value} screen is a {type(widget).__name__}, not a {kind}")
    return widget


class Notices:
    """Tells the person things in the window's banner; most kinds of notice only once."""

    def __init__(self, show: Callable[[str], None]) -> None:
        self._show = show
        self._told: set[NoticeKind] = set()

    def tell(self, notice: Notice, *, once: bool = True) -> None:
        events.info("%s", notice.log_line())
        if once and notice.kind in self._told:
            return
        self._told.add(notice.kind)
        self._show(notice_text(notice))

    def say(self, text: str) -> None:
        """A sentence already in the person's language (a flow's own message)."""
        self._show(text)


SAVE_DELAY_MS = 300
"""Settings are written this long after the last change (a volume slider's every tick is one
write then, not one each), and at once on `flush()` (the app flushes on quit)."""


class Prefs:
    """The current settings and the store they are saved to, for every flow.

    A change takes effect at once in memory; the file follows SAVE_DELAY_MS after the last
    change of a burst (one atomic write with its fsyncs, off the typing and dragging path)."""

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        notices: Notices,
        *,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        self.store = store
        self._settings = settings
        self._notices = notices
        self._pending = False
        self.words_home = False
        """Whether the journal keeps the person's words (then settings.json leaves them out;
        until then they stay in it, as before, so none is ever lost)."""
        self.keep_words: Callable[[Settings], bool] | None = None
        """Writes the person's words to the journal; False when it is locked (they are held
        here in memory until it is unlocked: `words_waiting`)."""
        self.words_waiting = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def pending(self) -> bool:
        """Whether a change waits to be written."""
        return self._pending

    def update(self, **changes: Unpack[SettingsChange]) -> None:
        """Change some settings (typed: only `Settings`' fields, with their types)."""
        new = replace(self._settings, **changes)
        if new == self._settings:
            return
        self._settings = new
        if any(name in WORDS_FIELDS for name in changes):
            self.words_waiting = True
            if self.words_home and self.keep_words is not None:
                self.words_waiting = not self.keep_words(new)
        self._pending = True
        self._timer.start()

    def adopt(self, settings: Settings) -> None:
        """The person's words, as the journal now keeps them: in memory at once, and
        settings.json rewritten without them."""
        self._settings = settings
        self.words_home = True
        self.words_waiting = False
        self._pending = True
        self.flush()

    def flush(self) -> None:
        """Write the settings now if a change is waiting."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        try:
            self.store.save(self._settings, with_words=not self.words_home)
        except OSError as exc:
            log.error("cannot save settings to %s: %s", self.store.path, exc)
            self._notices.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": str(self.store.path.parent), "reason": os_error_code(exc)},
                )
            )
