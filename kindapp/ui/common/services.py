"""What every flow is handed by app.py: the screens' host, the settings, the journal, notices.

Small objects with one job each, built once in app.py and passed to the flows' constructors;
no flow reaches into another for them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.ui.common.text import notice_text

if TYPE_CHECKING:
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

    def update(self, **changes: Any) -> None:
        new = replace(self._settings, **changes)
        if new == self._settings:
            return
        self._settings = new
        self._pending = True
        self._timer.start()

    def flush(self) -> None:
        """Write the settings now if a change is waiting."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        try:
            self.store.save(self._settings)
        except OSError as exc:
            log.error("cannot save settings to %s: %s", self.store.path, exc)
            self._notices.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": str(self.store.path.parent), "reason": exc.strerror or str(exc)},
                )
            )


class JournalAccess(QObject):
    """The journal, opened on first need; if it cannot be opened the person is told once.

    `prepare()` does the slow part of a first open on a worker thread: taking the lock, a
    migration and the backup before it. (Python's sqlite connections belong to the thread that
    made them, so the worker closes its journal when it is done, and `get()` opens it again on
    the UI thread: already migrated, that takes a few milliseconds.) Meanwhile `when_ready`
    queues what wants the journal and `waiting` shows a calm "opening your journal" state.
    """

    _prepared = Signal(object)  # None, or the JournalError the worker met (on the UI thread)

    def __init__(
        self,
        open_journal: Callable[[], Journal],
        notices: Notices,
        waiting: Callable[[bool], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_journal
        self._notices = notices
        self._waiting = waiting
        self._journal: Journal | None = None
        self._failed = False
        self._worker: threading.Thread | None = None
        self._queued: list[Callable[[], None]] = []
        self._prepared.connect(self._on_prepared)

    # -- opening off the UI thread -----------------------------------------------------------
    @property
    def preparing(self) -> bool:
        return self._worker is not None

    def prepare(self) -> None:
        """Open (and migrate, and back up) the journal on a worker thread, once."""
        if self._journal is not None or self._failed or self._worker is not None:
            return
        self._worker = threading.Thread(target=self._prepare, name="kind-journal-open")
        self._worker.start()

    def _prepare(self) -> None:
        from kindapp.core.journal import JournalError

        problem: JournalError | None = None
        try:
            self._open().close()
        except JournalError as exc:
            problem = exc
        self._prepared.emit(problem)

    def _on_prepared(self, problem: object) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        if problem is not None:
            log.error("%s", problem)
            self._failed = True
            self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(problem)}))
        if self._waiting is not None:
            self._waiting(False)
        queued, self._queued = self._queued, []
        for then in queued:
            then()

    def when_ready(self, then: Callable[[], None]) -> None:
        """Run `then` once the journal can be opened without waiting (at once, usually)."""
        if self._worker is None:
            then()
            return
        self._queued.append(then)
        if self._waiting is not None:
            self._waiting(True)

    # -- the journal -------------------------------------------------------------------------
    def get(self) -> Journal | None:
        if self._worker is not None:
            # Something needs the journal right now, before the worker is done: wait for it
            # (what can wait goes through when_ready instead).
            log.info("waiting for the journal to open")
            self._worker.join()
            self._worker = None
        if self._journal is None and not self._failed:
            from kindapp.core.journal import JournalError

            try:
                self._journal = self._open()
            except JournalError as exc:
                log.error("%s", exc)
                self._failed = True
                self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc)}))
        return self._journal

    @property
    def opened(self) -> Journal | None:
        """The journal if it is open already (never opens it)."""
        return self._journal

    def record_practice(self, record: PracticeRecord) -> int | None:
        """Write a practice to the journal; its id, or None if it could not be written."""
        journal = self.get()
        if journal is None:
            return None
        from kindapp.core.journal import JournalError

        try:
            return journal.record_practice(record)
        except JournalError as exc:
            log.error("%s", exc)
            self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc)}))
            return None

    def close(self) -> None:
        if self._worker is not None:
            self._worker.join()
        if self._journal is not None:
            self._journal.close()
