"""The journal lives on its own thread: its first open (with any migration and backup) runs
there while the UI goes on, what wants the journal meanwhile waits calmly for it, and a long
letter's autosave is written there while typing goes on."""

from __future__ import annotations

import threading

from kindapp.core.journal import Journal
from kindapp.ui.common.operations import JournalAccess
from kindapp.ui.common.services import Notices


def test_the_journal_opens_on_a_worker_and_what_waits_for_it_runs_after(qtbot, tmp_path):
    opened_on: list[str] = []
    gate = threading.Event()

    def open_journal() -> Journal:
        opened_on.append(threading.current_thread().name)
        gate.wait(10)  # the open (say, a migration) is still going on
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
    assert opened_on == ["kind-journal"]  # opened once, on the journal's own thread
    journal = access.get()
    assert journal is not None and journal.schema_version >= 2  # migrated there
    assert journal.create_letter("t", "b").id > 0  # used from here, run there
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


def test_raw_text_made_plain_is_what_to_plain_text_gives(qapp):
    from PySide6.QtWidgets import QPlainTextEdit

    from kindapp.ui.writing.letter_editor import plain_text

    edit = QPlainTextEdit()
    edit.setPlainText("one\ntwo\u00a0words\n\nthree\u2028four 🌱")
    raw = edit.document().toRawText()
    assert raw != edit.toPlainText()  # paragraph and no-break characters differ...
    assert plain_text(raw) == edit.toPlainText()  # ...until made plain


def test_a_long_letter_autosaves_on_the_journal_thread(make_kind, qtbot):
    from kindapp.core.navigation import Screen

    kind = make_kind()
    kind.controller.open_letter()
    page = kind.window.page(Screen.LETTER)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "D")  # creates the letter at once
    letter_id = page.letter_id
    saved_on: list[str] = []
    journal = kind.controller.journals._journal
    real_save = journal.save_letter

    def save(*args, **kwargs):  # type: ignore[no-untyped-def]
        saved_on.append(threading.current_thread().name)
        return real_save(*args, **kwargs)

    journal.save_letter = save
    page.editor.insertPlainText("ear me, " + "kind words\n" * 30_000)
    qtbot.waitUntil(lambda: page.status.text() == "Saved" and not page.dirty, timeout=5000)
    assert saved_on == ["kind-journal"]
    on_disk = Journal(kind.paths.journal_file, writer=False).get_letter(letter_id)
    assert on_disk is not None and on_disk.body == page.editor.toPlainText()
