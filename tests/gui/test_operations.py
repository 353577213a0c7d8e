"""The one way to the journal: an operation runs on the journal's thread, never the UI
thread; its result comes back on the UI thread; a change says which entries changed; and a
refusal reaches the screen that asked, calmly."""

from __future__ import annotations

import threading
from pathlib import Path

from journal_here import JournalHere
from PySide6.QtWidgets import QApplication

from kindapp.core.errors import JournalError
from kindapp.ui.common.operations import Change

UI = threading.main_thread().name


def test_a_query_runs_off_the_ui_thread_and_answers_on_it(qtbot, tmp_path: Path):
    here = JournalHere(tmp_path / "journal.sqlite3")
    try:
        ran_on: list[str] = []
        answered_on: list[str] = []
        got: list[int] = []

        def count(j) -> int:  # type: ignore[no-untyped-def]
            ran_on.append(threading.current_thread().name)
            return len(j.letters())

        def answer(n: int) -> None:
            answered_on.append(threading.current_thread().name)
            got.append(n)

        here.ops.query(count, answer)
        assert got == []  # the UI thread did not wait for it
        qtbot.waitUntil(lambda: got == [0], timeout=5000)
        assert ran_on == ["kind-journal"] and answered_on == [UI]
    finally:
        here.close()


def test_a_change_tells_every_open_view_what_changed(qtbot, tmp_path: Path):
    here = JournalHere(tmp_path / "journal.sqlite3")
    try:
        heard: list[frozenset[Change]] = []
        here.ops.journalChanged.connect(heard.append)
        made: list[int] = []
        here.ops.change(
            lambda j: j.create_letter("To me", "Kind words").id, {Change.LETTERS}, made.append
        )
        qtbot.waitUntil(lambda: len(made) == 1, timeout=5000)
        assert heard == [frozenset({Change.LETTERS})]  # said before the success ran
        # A waiting write says it too; a read says nothing.
        here.ops.write(lambda j: j.catch_thought("Useless again."), {Change.CAUGHT})
        assert here.ops.read(lambda j: [c.thought for c in j.caught_thoughts()]) == [
            "Useless again."
        ]
        assert heard == [frozenset({Change.LETTERS}), frozenset({Change.CAUGHT})]
        assert [s.title for s in here.journal.letters()] == ["To me"]
    finally:
        here.close()


def test_a_refused_operation_reaches_its_failure_and_changes_nothing(qtbot, tmp_path: Path):
    here = JournalHere(tmp_path / "journal.sqlite3")
    try:
        heard: list[frozenset[Change]] = []
        here.ops.journalChanged.connect(heard.append)
        here.run(lambda j: j._db.execute("PRAGMA query_only=1"))  # the disk refuses writes
        refused: list[JournalError] = []
        succeeded: list[object] = []
        here.ops.change(
            lambda j: j.create_letter("t", "b"), {Change.LETTERS}, succeeded.append, refused.append
        )
        qtbot.waitUntil(lambda: len(refused) == 1, timeout=5000)
        assert succeeded == [] and heard == []
        # Asked for while the journal is not open: refused at once, nothing is run.
        here.close()
        here.ops.query(lambda j: j.letters(), succeeded.append, refused.append)
        QApplication.processEvents()
        assert len(refused) == 2 and succeeded == []
    finally:
        here.close()
