"""The journal's first open (with any migration and backup) runs on a worker thread; what
wants the journal meanwhile waits calmly for it instead of blocking the UI thread."""

from __future__ import annotations

import threading

from kindapp.core.journal import Journal
from kindapp.ui.common.services import JournalAccess, Notices


def test_the_journal_opens_on_a_worker_and_what_waits_for_it_runs_after(qtbot, tmp_path):
    opened_on: list[str] = []
    gate = threading.Event()

    def open_journal() -> Journal:
        opened_on.append(threading.current_thread().name)
        if len(opened_on) == 1:
            gate.wait(10)  # the worker's open (the migration) is still going on
        return Journal(tmp_path / "journal.sqlite3")

    waiting: list[bool] = []
    shown: list[str] = []
    access = JournalAccess(open_journal, Notices(shown.append), waiting.append)
    access.prepare()
    ran: list[bool] = []
    access.when_ready(lambda: ran.append(access.get() is not None))
    assert access.preparing and ran == [] and waiting == [True]  # the UI thread went on
    gate.set()
    qtbot.waitUntil(lambda: ran == [True], timeout=5000)
    assert waiting == [True, False] and not access.preparing
    assert opened_on[0] == "kind-journal-open" and opened_on[1] == threading.current_thread().name
    assert access.get().schema_version >= 2  # type: ignore[union-attr]  # migrated on the worker
    access.when_ready(lambda: ran.append(True))  # once open: at once
    assert ran == [True, True] and shown == []
    access.close()


def test_a_journal_that_cannot_open_is_told_once_after_the_worker(qtbot, tmp_path):
    from kindapp.core.journal import JournalError

    def broken() -> Journal:
        raise JournalError("the disk said no")

    shown: list[str] = []
    access = JournalAccess(broken, Notices(shown.append))
    access.prepare()
    ran: list[object] = []
    access.when_ready(lambda: ran.append(access.get()))
    qtbot.waitUntil(lambda: ran == [None], timeout=5000)
    assert len(shown) == 1  # told once, not once by the worker and again by get()
