"""What every flow is handed by app.py: the screens' host, the settings, the journal, notices.

Small objects with one job each, built once in app.py and passed to the flows' constructors;
no flow reaches into another for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.ui.common.reasons import os_error_code
from kindapp.ui.common.text import notice_text

if TYPE_CHECKING:
    from pathlib import Path

    from kindapp.core.errors import JournalError
    from kindapp.core.journal import Journal
    from kindapp.core.records import PracticeRecord
    from kindapp.core.settings import Settings, SettingsStore

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

W = TypeVar("W", bound=QWidget)


class ScreenHost(Protocol):
    """Where screens live (the main window): built on first use by the factory a flow gave."""

    def page(self, screen: Screen) -> QWidget: ...

    def set_factory(
        self,
        screen: Screen,
        factory: Callable[[], QWidget],
        on_show: Callable[[], None] | None = None,
    ) -> None: ...

    def built(self, screen: Screen) -> bool: ...

    def bring_forward(self) -> None: ...


def page_of(host: ScreenHost, screen: Screen, kind: type[W]) -> W:
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


class Prefs:
    """The current settings and the store they are saved to, for every flow."""

    def __init__(self, store: SettingsStore, settings: Settings, notices: Notices) -> None:
        self.store = store
        self._settings = settings
        self._notices = notices

    @property
    def settings(self) -> Settings:
        return self._settings

    def update(self, **changes: Any) -> None:
        new = replace(self._settings, **changes)
        if new == self._settings:
            return
        self._settings = new
        try:
            self.store.save(new)
        except OSError as exc:
            log.error("cannot save settings to %s: %s", self.store.path, exc)
            self._notices.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": str(self.store.path.parent), "reason": os_error_code(exc)},
                )
            )


class OpenJournal(Protocol):
    """Opens the journal (a locked one with its key)."""

    def __call__(self, key: bytes | None = None) -> Journal: ...


class JournalAccess:
    """The journal, opened on first need; if it cannot be opened the person is told once.

    With the lock on, `get()` asks for the passphrase (`ask`, handed this object: the dialog
    calls `derive_key` on a worker thread, then `open_with` here) the first time something
    private is opened and after `lock()`; `peek()` never asks. A damaged journal is handed to
    `on_damaged`."""

    def __init__(
        self,
        open_journal: OpenJournal,
        notices: Notices,
        *,
        path: Path | None = None,
        ask: Callable[[JournalAccess], bool] | None = None,
        on_damaged: Callable[[JournalError], None] | None = None,
        recall: Callable[[], bytes | None] | None = None,
    ) -> None:
        self._open = open_journal
        self._notices = notices
        self._journal: Journal | None = None
        self._failed = False
        self._path = path
        self._ask = ask
        self._on_damaged = on_damaged
        self._recall = recall
        """The key remembered on this computer (a keyring), tried before asking."""
        self.unlocked: list[Callable[[], None]] = []
        """Called after each unlock (the practices kept meanwhile are in by then)."""

    def get(self) -> Journal | None:
        """The journal, asking for the passphrase if it is locked (None: not now, or broken)."""
        journal = self.peek()
        if journal is not None or not self.is_locked():
            return journal
        key = self._recall() if self._recall is not None else None
        if key is not None and self.open_with(key) is None:
            return self._journal
        if self._ask is None or not self._ask(self):
            return None
        return self._journal

    def peek(self) -> Journal | None:
        """The journal if it can be had without asking for anything."""
        if self._journal is not None:
            return None if self._journal.suspended else self._journal
        if self._failed:
            return None
        from kindapp.core.journal import JournalError

        try:
            self._journal = self._open()
        except JournalError as exc:
            if exc.reason == "needs_passphrase":
                return None
            log.error("%s", exc)
            self._failed = True
            if exc.reason == "damaged" and self._on_damaged is not None:
                self._on_damaged(exc)
            else:
                self._notices.tell(
                    Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc.reason)})
                )
        return self._journal

    def is_locked(self) -> bool:
        """Whether the journal is locked now (on disk, and no key in memory)."""
        if self._journal is not None:
            return self._journal.suspended
        if self._path is None or self._failed:
            return False
        from kindapp.core.journal import JournalError
        from kindapp.core.journal.cipher import current_state

        try:
            return current_state(self._path).locked
        except JournalError:
            return False

    def derive_key(self, passphrase: str) -> bytes | None:
        """The key this passphrase gives (about half a second: any thread); None if none can."""
        from kindapp.core.journal import JournalError
        from kindapp.core.journal.cipher import key_for

        if self._path is None:
            return None
        try:
            return key_for(self._path, passphrase)
        except JournalError:
            return None

    def try_passphrase(self, passphrase: str) -> str | None:
        """Open with this passphrase: None when it did, else the reason (a JournalReason)."""
        key = self.derive_key(passphrase)
        return "other" if key is None else self.open_with(key)

    def open_with(self, key: bytes) -> str | None:
        """Open (or resume) with this key, on the Qt thread: None, or why it stayed locked."""
        from kindapp.core.journal import JournalError, pending

        try:
            if self._journal is None:
                self._journal = self._open(key)
            else:
                self._journal.resume(key)
            pending.merge(self._journal)
        except JournalError as exc:
            log.info("the journal stayed locked: %s", exc.reason)
            return str(exc.reason)
        for hook in self.unlocked:
            hook()
        return None

    def lock(self) -> bool:
        """Put the key away (the journal stays ours); True if there was one to put away."""
        journal = self._journal
        if journal is None or journal.suspended or not journal.locked:
            return False
        journal.suspend()
        log.info("the journal is locked again")
        return True

    def forget_failure(self) -> None:
        """Try opening again on the next need (after a backup was brought back)."""
        self._failed = False

    @property
    def opened(self) -> Journal | None:
        """The journal if it is open already (never opens it)."""
        return self._journal

    def record_practice(self, record: PracticeRecord) -> int | None:
        """Write a practice to the journal; its id, or None if it could not be written. While
        the journal is locked it waits in the plain side file (`journal.pending`)."""
        journal = self.peek()
        if journal is None and self.is_locked() and self._path is not None:
            from kindapp.core.journal import pending

            try:
                pending.keep(self._path, record)
            except OSError as exc:
                log.error("cannot keep the practice for later: %s", exc)
            return None
        if journal is None:
            return None
        from kindapp.core.journal import JournalError

        try:
            return journal.record_practice(record)
        except JournalError as exc:
            log.error("%s", exc)
            self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc.reason)}))
            return None

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
