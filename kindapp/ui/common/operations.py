"""The one way to the journal from ui/: opening it, and the operations screens ask for.

`JournalAccess` opens the journal on its own thread (background.py's `JobThread`), asks for
the passphrase when it is locked, and keeps practices done meanwhile. `Operations` is what the
screens are handed (the shape of Anki's QueryOp/CollectionOp): a screen asks for an operation,
a function of the journal, with what to do with its result. The operation runs on the journal's
thread, never on the UI thread: `query` and `change` hand the result to `success` on the UI
thread later; `read` and `write` wait for it (what a screen needs before it can be drawn, the
last save as Kind quits). After every change `journalChanged` says which kinds of entries
changed, and every open view that shows them refreshes itself.

Screens never import the journal: this module (and the lock's keeper, safekeeping.py) does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from PySide6.QtCore import QObject, Signal

from kindapp.core.errors import JournalError
from kindapp.core.notices import Notice, NoticeKind
from kindapp.ui.common.background import JobThread, OnThread

if TYPE_CHECKING:
    from pathlib import Path

    from kindapp.core.journal import ImportResult, Journal
    from kindapp.core.journal.backups import BackupInfo
    from kindapp.core.journal.tries import Tries
    from kindapp.core.records import PracticeRecord
    from kindapp.core.voice_store import VoiceStore
    from kindapp.ui.common.services import Notices

__all__ = ["BackupInfo", "Change", "JournalAccess", "Operations"]

log = logging.getLogger(__name__)

T = TypeVar("T")


class Change(StrEnum):
    """What kind of entries an operation changed (what `journalChanged` carries)."""

    LETTERS = "letters"
    REFRAMES = "reframes"
    CAUGHT = "caught"
    PRACTICES = "practices"
    MOMENTS = "moments"
    """A practice's own moments (what its registry entry's `stored` describes)."""
    JOURNAL_ENTRIES = "journal-entries"
    WORDS = "words"


EVERYTHING = frozenset(Change)
"""An import or a backup brought back: anything may have changed."""


class Operations(QObject):
    """The journal's operations, for screens and flows: run on the journal's thread."""

    journalChanged = Signal(object)  # frozenset[Change]

    def __init__(self, access: JournalAccess, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._access = access

    # -- asking without waiting ------------------------------------------------------------
    def query(
        self,
        op: Callable[[Journal], T],
        success: Callable[[T], None],
        failure: Callable[[JournalError], None] | None = None,
    ) -> None:
        """Run `op` on the journal's thread; `success(result)` on the UI thread after, or
        `failure(error)` (logged when there is none) if the journal refused."""
        self._post(op, frozenset(), success, failure)

    def change(
        self,
        op: Callable[[Journal], T],
        changes: Iterable[Change],
        success: Callable[[T], None] | None = None,
        failure: Callable[[JournalError], None] | None = None,
    ) -> None:
        """Like `query`, for an operation that changes entries: after it, `journalChanged`."""
        self._post(op, frozenset(changes), success, failure)

    def _post(
        self,
        op: Callable[[Journal], T],
        changes: frozenset[Change],
        success: Callable[[T], None] | None,
        failure: Callable[[JournalError], None] | None,
    ) -> None:
        journal = self._access.journal_now()
        if journal is None:
            self._refused(JournalError("the journal is not open", "other"), failure)
            return

        def done(result: Any, error: Exception | None) -> None:  # on the UI thread
            if isinstance(error, JournalError):
                self._refused(error, failure)
                return
            if error is not None:
                raise error
            if changes:
                self.journalChanged.emit(changes)
            if success is not None:
                success(cast("T", result))

        self._access.background.post(lambda: op(journal), done)

    @staticmethod
    def _refused(error: JournalError, failure: Callable[[JournalError], None] | None) -> None:
        if failure is None:
            log.warning("a journal operation was refused: %s", error)
        else:
            failure(error)

    # -- asking and waiting ----------------------------------------------------------------
    def read(self, op: Callable[[Journal], T]) -> T:
        """Run `op` on the journal's thread and wait (what a screen needs to be drawn now);
        a refusal is raised here as the JournalError it is."""
        return self._access.run(op)

    def write(self, op: Callable[[Journal], T], changes: Iterable[Change]) -> T:
        """Like `read`, for an operation that changes entries: after it, `journalChanged`."""
        result = self._access.run(op)
        self.announce(changes)
        return result

    def announce(self, changes: Iterable[Change]) -> None:
        """Entries changed by other means (a flow's own write): the open views refresh."""
        kinds = frozenset(changes)
        if kinds:
            self.journalChanged.emit(kinds)

    # -- import and export -------------------------------------------------------------------
    def import_file(self, path: Path, voices: VoiceStore | None) -> ImportResult:
        """Merge an export into the journal (one transaction, on its thread); then
        `journalChanged` with everything."""
        from kindapp.core.journal import import_file

        return self.write(lambda j: import_file(j, path, voices), EVERYTHING)

    def export_data(self, voices: VoiceStore | None) -> dict[str, Any]:
        """Everything in the journal as the export's JSON data."""
        from kindapp.core.journal import export_data

        return self.read(lambda j: export_data(j, voices=voices))


class OpenJournal(Protocol):
    """Opens the journal (a locked one with its key)."""

    def __call__(self, key: bytes | None = None) -> Journal: ...


class JournalAccess(QObject):
    """The journal, opened on first need; if it cannot be opened the person is told once.

    The journal lives on its own thread (background.py): `get()` gives the flows a
    journal whose calls run there (screens use `operations`), `background` takes jobs that
    need no waiting.
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
        self._thread: JobThread | None = None
        self._journal: Journal | None = None  # the real one (lives on the journal thread)
        self._facade: Journal | None = None  # what the UI thread is given
        self._failed = False
        self._closed = False  # after close(): Kind is quitting; nothing opens it again
        self._preparing = False
        self._prepared: tuple[Journal | None, Exception | None] = (None, None)
        self._queued: list[Callable[[], None]] = []
        self._path = path
        self._ask = ask
        self.on_damaged = on_damaged
        """Offers a backup when the journal is damaged (the lock's keeper, set by app.py)."""
        self.recall = recall
        """The key remembered on this computer (a keyring), tried before asking."""
        self.unlocked: list[Callable[[], None]] = []
        self.held: list[PracticeRecord] = []
        """Practices done while locked, with their check-in words (kept on unlock)."""
        self.derive_problem = "other"
        """Why the last `derive_key` made no key (a JournalReason)."""
        self.operations = Operations(self, self)
        """What the screens are handed: the journal's operations, and `journalChanged`."""
        self.ready: list[Callable[[], None]] = []
        """Called each time the journal can be read (opened, or unlocked again)."""
        """Called after each unlock (the practices kept meanwhile are in by then)."""

    @property
    def background(self) -> JobThread:
        """The journal's thread, for jobs the UI thread need not wait for."""
        if self._thread is None:
            self._thread = JobThread(self, name="kind-journal")
        return self._thread

    # -- opening off the UI thread -----------------------------------------------------------
    @property
    def preparing(self) -> bool:
        return self._preparing

    def prepare(self) -> None:
        """Open (and migrate, and back up) the journal on its thread, once, without waiting."""
        if self._journal is not None or self._failed or self._closed or self._preparing:
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
        from kindapp.core.errors import JournalError

        if journal is not None:
            self._journal = journal
            self._facade = cast("Journal", OnThread(journal, self.background))
            if not journal.suspended:
                for hook in self.ready:
                    hook()
        elif isinstance(problem, JournalError):
            if problem.reason == "needs_passphrase":
                return  # locked: asked for when something private is opened
            log.error("%s", problem)
            self._failed = True
            if problem.reason == "damaged" and self.on_damaged is not None:
                self.on_damaged(problem)
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
        key = self.recall() if self.recall is not None else None
        if key is not None and self.open_with(key) is None:
            return self._facade
        if self._ask is None or not self._ask(self):
            return None
        return self._facade

    def open_now(self) -> bool:
        """Whether the journal can be used now, asking for the passphrase if it is locked."""
        return self.get() is not None

    def readable(self, *, quiet: bool = False) -> bool:
        """Whether the journal can be used now without asking for anything (`peek`)."""
        return self.peek(quiet=quiet) is not None

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
        if self._failed or self._closed:
            return None
        from kindapp.core.errors import JournalError

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

    def journal_now(self) -> Journal | None:
        """The journal itself (for jobs on its thread), if it is open and not locked."""
        journal = self._journal
        return None if journal is None or journal.suspended else journal

    def run(self, job: Callable[[Journal], T]) -> T:
        """Run `job` with the journal on its thread (a transaction, an import) and wait."""
        journal = self._journal
        if journal is None:
            raise JournalError("the journal is not open", "other")
        return self.background.call(lambda: job(journal))

    def is_locked(self) -> bool:
        """Whether the journal is locked now (on disk, and no key in memory)."""
        if self._journal is not None:
            return self._journal.suspended
        if self._path is None or self._failed:
            return False
        from kindapp.core.errors import JournalError
        from kindapp.core.journal.cipher import current_state

        try:
            return current_state(self._path).locked
        except JournalError:
            return False

    def derive_key(self, passphrase: str) -> bytes | None:
        """The key this passphrase gives (about half a second: any thread); None if none can."""
        from kindapp.core.errors import JournalError
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
        from kindapp.core.errors import JournalError

        try:
            return journal.record_practice(record)
        except JournalError as exc:
            log.error("%s", exc)
            self._notices.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc.reason)}))
            return None

    def close(self) -> None:
        """Close the journal on its thread (after what is queued there) and end the thread;
        a timer that still looks (a nudge's) finds no journal."""
        self._closed = True
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
