"""What every flow is handed by app.py: the screens' host, the settings, the journal, notices.

Small objects with one job each, built once in app.py and passed to the flows' constructors;
no flow reaches into another for them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, TypeVar, Unpack, cast

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.settings import WORDS_FIELDS
from kindapp.ui.common.journal_thread import JournalOnThread, JournalThread
from kindapp.ui.common.reasons import os_error_code
from kindapp.ui.common.text import notice_text

if TYPE_CHECKING:
    from pathlib import Path

    from kindapp.core.errors import JournalError
    from kindapp.core.journal import Journal
    from kindapp.core.journal.tries import Tries
    from kindapp.core.records import PracticeRecord
    from kindapp.core.settings import Settings, SettingsChange, SettingsStore

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

W = TypeVar("W", bound=QWidget)
T = TypeVar("T")


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


class OpenJournal(Protocol):
    """Opens the journal (a locked one with its key)."""

    def __call__(self, key: bytes | None = None) -> Journal: ...


class JournalAccess(QObject):
    """The journal, opened on first need; if it cannot be opened the person is told once.

    The journal lives on its own thread (journal_thread.py): `get()` gives the screens a
    journal whose calls run there, `background` takes jobs that need no waiting (autosave).
    `prepare()` opens it there ahead of need (taking the lock, migrating, backing up) without
    the UI thread waiting; meanwhile `when_ready` queues what wants the journal and `waiting`
    shows a calm "opening your journal" state.

    With the lock on, `get()` asks for the passphrase (`ask`, handed this object: the dialog
    calls `derive_key` on a worker thread, then `open_with` here) the first time something
    private is opened and after `lock()`; `peek()` never asks. A damaged journal is handed to
    `on_damaged`.
    """

    def __init__(
        self,
        open_journal: OpenJournal,
        notices: Notices,
        waiting: Callable[[bool], None] | None = None,
        parent: QObject | None = None,
        *,
        path: Path | None = None,
        ask: Callable[[JournalAccess], bool] | None = None,
        on_damaged: Callable[[JournalError], None] | None = None,
        recall: Callable[[], bytes | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._open = open_journal
        self._notices = notices
        self._waiting = waiting
        self._thread: JournalThread | None = None
        self._journal: Journal | None = None  # the real one (lives on the journal thread)
        self._facade: Journal | None = None  # what the UI thread is given
        self._failed = False
        self._preparing = False
        self._prepared: tuple[Journal | None, Exception | None] = (None, None)
        self._queued: list[Callable[[], None]] = []
        self._path = path
        self._ask = ask
        self._on_damaged = on_damaged
        self._recall = recall
        """The key remembered on this computer (a keyring), tried before asking."""
        self.unlocked: list[Callable[[], None]] = []
        self.held: list[PracticeRecord] = []
        """Practices done while locked, with their check-in words (kept on unlock)."""
        self.derive_problem = "other"
        """Why the last `derive_key` made no key (a JournalReason)."""
        self.ready: list[Callable[[], None]] = []
        """Called each time the journal can be read (opened, or unlocked again)."""
        """Called after each unlock (the practices kept meanwhile are in by then)."""

    @property
    def background(self) -> JournalThread:
        """The journal's thread, for jobs the UI thread need not wait for."""
        if self._thread is None:
            self._thread = JournalThread(self)
        return self._thread

    # -- opening off the UI thread -----------------------------------------------------------
    @property
    def preparing(self) -> bool:
        return self._preparing

    def prepare(self) -> None:
        """Open (and migrate, and back up) the journal on its thread, once, without waiting."""
        if self._journal is not None or self._failed or self._preparing:
            return
        self._preparing = True
        self.background.post(self._open_on_thread, lambda _r, _e: self._prepared_now())

    def _open_on_thread(self) -> None:
        try:
            self._prepared = (self._open(), None)
        except Exception as exc:  # told on the UI thread (_settle)
            self._prepared = (None, exc)

    def _prepared_now(self) -> None:
        """On the UI thread, once the open on the journal's thread is done."""
        if not self._preparing:
            return  # get() took its outcome already
        self._preparing = False
        journal, problem = self._prepared
        self._settle(journal, problem)
        if self._waiting is not None:
            self._waiting(False)
        queued, self._queued = self._queued, []
        for then in queued:
            then()

    def _settle(self, journal: Journal | None, problem: Exception | None) -> None:
        from kindapp.core.journal import JournalError

        if journal is not None:
            self._journal = journal
            self._facade = cast("Journal", JournalOnThread(journal, self.background))
            if not journal.suspended:
                for hook in self.ready:
                    hook()
        elif isinstance(problem, JournalError):
            if problem.reason == "needs_passphrase":
                return  # locked: asked for when something private is opened
            log.error("%s", problem)
            self._failed = True
            if problem.reason == "damaged" and self._on_damaged is not None:
                self._on_damaged(problem)
            else:
                reason = {"reason": str(problem.reason)}
                self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, reason))
        elif problem is not None:
            raise problem

    def when_ready(self, then: Callable[[], None]) -> None:
        """Run `then` once the journal can be had without waiting: after prepare()'s open if
        that is under way, else at once (then get() opens it, if need be, while it waits)."""
        if not self._preparing:
            then()
            return
        self._queued.append(then)
        if self._waiting is not None:
            self._waiting(True)

    # -- the journal -------------------------------------------------------------------------
    def get(self) -> Journal | None:
        """The journal (its calls run on its thread), asking for the passphrase if it is
        locked; None: not now, or it cannot be opened."""
        journal = self.peek()
        if journal is not None or not self.is_locked():
            return journal
        key = self._recall() if self._recall is not None else None
        if key is not None and self.open_with(key) is None:
            return self._facade
        if self._ask is None or not self._ask(self):
            return None
        return self._facade

    def peek(self, *, quiet: bool = False) -> Journal | None:
        """The journal if it can be had without asking for anything. `quiet`: a look from the
        background (a reminder's timer): a journal that cannot be opened gives None and nothing
        more; the offer of a backup or the notice waits for the person to open something."""
        if self._preparing:
            log.info("waiting for the journal to open")  # needed now: wait for prepare()
            self.background.drain()
            self._prepared_now()
        if self._journal is not None:
            return None if self._journal.suspended else self._facade
        if self._failed:
            return None
        from kindapp.core.journal import JournalError

        try:
            journal = self.background.call(lambda: self._open())
        except JournalError as exc:
            if quiet:
                log.info("journal not opened for a look from the background: %s", exc.reason)
                return None
            self._settle(None, exc)
        else:
            self._settle(journal, None)
        return self._facade

    def run(self, job: Callable[[Journal], T]) -> T:
        """Run `job` with the journal on its thread (a transaction, an import) and wait."""
        journal = self._journal
        if journal is None:
            raise RuntimeError("the journal is not open")
        return self.background.call(lambda: job(journal))

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
        except JournalError as exc:
            self.derive_problem = str(exc.reason)
            return None

    def _tries(self) -> Tries | None:
        from kindapp.core.journal.tries import Tries

        return None if self._path is None else Tries(self._path)

    def wait_left(self) -> float:
        """Seconds the next passphrase waits (growing after a few wrong ones; 0: none)."""
        tries = self._tries()
        return 0.0 if tries is None else tries.wait_left()

    def try_passphrase(self, passphrase: str) -> str | None:
        """Open with this passphrase: None when it did, else the reason (a JournalReason)."""
        key = self.derive_key(passphrase)
        return "other" if key is None else self.open_with(key)

    def open_with(self, key: bytes) -> str | None:
        """Open (or resume) with this key, on the journal's thread: None, or why it stayed
        locked."""
        from kindapp.core.journal import JournalError, pending

        def unlock() -> Journal:
            journal = self._journal
            if journal is None:
                journal = self._open(key)
            else:
                journal.resume(key)
            self._keep_held(journal)
            pending.merge(journal)  # what was held is there already: not doubled
            return journal

        tries = self._tries()
        try:
            journal = self.background.call(unlock)
        except JournalError as exc:
            log.info("the journal stayed locked: %s", exc.reason)
            if tries is not None and exc.reason == "wrong_passphrase":
                tries.failed()
            return str(exc.reason)
        if tries is not None:
            tries.succeeded()
        if self._journal is None:
            self._settle(journal, None)
        else:
            for ready in self.ready:
                ready()
        for hook in self.unlocked:
            hook()
        return None

    def lock(self) -> bool:
        """Put the key away (the journal stays ours); True if there was one to put away."""
        journal = self._journal
        if journal is None or journal.suspended or not journal.locked:
            return False
        self.background.call(journal.suspend)
        log.info("the journal is locked again")
        return True

    def forget_failure(self) -> None:
        """Try opening again on the next need (after a backup was brought back)."""
        self._failed = False

    @property
    def opened(self) -> Journal | None:
        """The journal if it is open already (never opens it)."""
        return self._facade

    def hold_after_checkin(self, after: int | None, words: str, stirred: bool) -> bool:
        """The after check-in of the practice last done while locked: held with it in memory
        until the unlock. False if there is none."""
        if not self.held:
            return False
        last = self.held[-1]
        self.held[-1] = replace(last, after=after, words_after=words, stirred=stirred)
        return True

    def _keep_held(self, journal: Journal) -> None:
        """On the journal's thread, just unlocked: write the practices held while locked."""
        held, self.held = self.held, []
        for record in held:
            if not journal.has_practice(record.practice, record.mode, record.started_at):
                journal.record_practice(record)

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
            # Its words are held here in memory (never on disk in the clear) and written
            # with it on the next unlock; the side file keeps the rest even if Kind quits.
            self.held.append(record)
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
        """Close the journal on its thread (after what is queued there) and end the thread."""
        if self._thread is None:
            return
        self._thread.drain()
        if self._preparing:
            self._prepared_now()
        journal, self._journal, self._facade = self._journal, None, None
        if journal is not None:
            self._thread.call(journal.close)
        self._thread.stop()
        self._thread = None
