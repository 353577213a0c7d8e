"""Work off the UI thread, one way for all of ui/: the only module that starts a thread.

`JobThread` is a worker with a queue: the journal lives on one (Python's sqlite connections
belong to the thread that made them, so the journal is opened there and stays). `call` runs a
job there and waits for it, `post` runs one without waiting and hands its outcome to the UI
thread. Jobs run one at a time, in order: a read after a posted save sees the save.

`Worker` is a one-off job on a thread of its own (a key derived from a passphrase, a backup,
the sound devices listed, a long letter's words counted); what it finds goes back to the UI
thread through a signal of its owner's (Qt queues a signal emitted on another thread).
The journal's operations for the screens are in operations.py.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

T = TypeVar("T")
Done = Callable[[Any, "Exception | None"], None]
"""What a posted job's outcome goes to, on the UI thread: (result, None) or (None, error)."""


@dataclass
class _Job:
    run: Callable[[], Any]
    done: Done | None = None
    finished: threading.Event | None = None
    outcome: list[Any] = field(default_factory=list)  # [result, error] once run


class JobThread(QObject):
    """A worker thread with a queue of jobs (the journal's)."""

    _finished = Signal(object)  # a posted _Job, delivered on the UI thread

    def __init__(self, parent: QObject | None = None, *, name: str = "kind-journal") -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._finished.connect(self._deliver)
        self._thread.start()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                job.outcome[:] = [job.run(), None]
            except Exception as exc:  # handed to whoever asked, on their thread
                job.outcome[:] = [None, exc]
            if job.finished is not None:
                job.finished.set()
            if job.done is not None:
                self._finished.emit(job)

    def _deliver(self, job: _Job) -> None:
        assert job.done is not None
        job.done(job.outcome[0], job.outcome[1])

    def on_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def call(self, run: Callable[[], T]) -> T:
        """Run `run` on the journal's thread and wait for it; its exception is raised here."""
        if self.on_thread():
            return run()
        job = _Job(run, finished=threading.Event())
        self._jobs.put(job)
        job.finished.wait()  # type: ignore[union-attr]
        result, error = job.outcome
        if error is not None:
            raise error
        return result  # type: ignore[no-any-return]

    def post(self, run: Callable[[], Any], done: Done | None = None) -> None:
        """Run `run` on the journal's thread later; `done(result, error)` on the UI thread."""
        self._jobs.put(_Job(run, done=done))

    def drain(self) -> None:
        """Wait until every job posted so far has run."""
        self.call(lambda: None)

    def stop(self) -> None:
        """Run what is queued, then end the thread."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()


class Worker:
    """A one-off job on a thread of its own (daemon: it never holds up quitting)."""

    def __init__(self, run: Callable[[], None], *, name: str) -> None:
        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def join(self) -> None:
        """Wait for the job to end (it has said what it found already, or is about to)."""
        self._thread.join()

    def running(self) -> bool:
        return self._thread.is_alive()


class OnThread:
    """An object that lives on a JobThread (the journal), for the flows on the UI thread: each
    method runs there (and the caller waits for it); attributes are read there too.
    `transaction()` cannot cross threads: run the whole transaction there (JournalAccess.run).
    Screens use operations.py instead."""

    def __init__(self, journal: object, thread: JobThread) -> None:
        self._journal = journal
        self._thread = thread

    def __getattr__(self, name: str) -> Any:
        if name == "transaction" and not self._thread.on_thread():
            raise AttributeError(
                "a journal transaction cannot span threads: use JournalAccess.run(...)"
            )
        journal, thread = self._journal, self._thread
        value = thread.call(lambda: getattr(journal, name))
        if not callable(value):
            return value

        def on_the_journal_thread(*args: Any, **kwargs: Any) -> Any:
            return thread.call(lambda: value(*args, **kwargs))

        return on_the_journal_thread
