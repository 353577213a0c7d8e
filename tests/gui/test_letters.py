"""The compassionate letter and the Letters library, on a real journal, on a real X server."""

from __future__ import annotations

import os
import stat
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from journal_here import JournalHere
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from screen_helpers import show

from kindapp.core.journal import Journal
from kindapp.ui.common.operations import Operations
from kindapp.ui.writing.letter_screen import OPEN_LETTER_KEY, LetterScreen
from kindapp.ui.writing.letters_library import LettersLibrary


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "kindapp" / "journal.sqlite3"


class StepClock:
    """The journal's clock: one second later at every reading, so every write has its own
    `updated` stamp and the library's newest-first order is fixed (no sleeping for it)."""

    def __init__(self) -> None:
        self.at = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.at += timedelta(seconds=1)
        return self.at


@pytest.fixture
def here(journal_path: Path):  # type: ignore[no-untyped-def]
    opened = JournalHere(journal_path, now=StepClock())
    yield opened
    opened.close()


@pytest.fixture
def journal(here: JournalHere) -> Journal:
    return here.journal


@pytest.fixture
def ops(here: JournalHere) -> Operations:
    return here.ops


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a person (QTest can't type a newline as a character: press Return)."""
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def body_on_disk(journal: Journal, letter_id: int | None) -> str | None:
    if letter_id is None:
        return None
    letter = journal.get_letter(letter_id)
    return None if letter is None else letter.body


# ---- the editor ------------------------------------------------------------------------------


def test_typing_creates_the_letter_and_autosaves_when_typing_pauses(
    styled, qtbot, journal, snap, ops
):
    """How soon the autosave lands is measured in bench/bench_letters.py."""
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    assert page.prompts.isVisible() and page.prompts_button.isChecked()
    snap(page, "letter-empty")
    qtbot.keyClicks(page.title, "After the meeting")
    assert page.letter_id is not None  # the first keystroke created it
    assert journal.get_meta(OPEN_LETTER_KEY) == str(page.letter_id)
    page.editor.setFocus()
    text = (
        "Dear me,\n\nI know today stung. You spoke up and it came out wrong, and that "
        "happens to everyone who cares enough to speak at all."
    )
    type_text(qtbot, page.editor, text)
    assert page.status.text() == "Saving…"
    assert body_on_disk(journal, page.letter_id) != text  # not yet: it waits for a pause
    # Nobody calls flush(): the pause in typing alone brings the words to disk.
    with qtbot.waitSignal(page.letterSaved, timeout=5000):
        pass
    qtbot.waitUntil(lambda: body_on_disk(journal, page.letter_id) == text, timeout=5000)
    assert page.status.text() == "Saved" and not page.dirty
    letter = journal.get_letter(page.letter_id)
    assert letter is not None and letter.title == "After the meeting"
    assert page.words.text() == f"{len(text.split())} words"
    snap(page, "letter-with-prompts")

    # The prompts hide and show with the button and with Ctrl+Shift+P; the app is told.
    with qtbot.waitSignal(page.promptsToggled) as sig:
        qtbot.keyClick(
            page.editor,
            Qt.Key.Key_P,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert sig.args == [False] and not page.prompts.isVisible()
    snap(page, "letter-without-prompts")
    with qtbot.waitSignal(page.promptsToggled) as sig:
        qtbot.mouseClick(page.prompts_button, Qt.MouseButton.LeftButton)
    assert sig.args == [True] and page.prompts.isVisible()
    assert "wise, loving friend" in page.prompts.intro.text()
    assert len(page.prompts.prompts) == 4


def test_typing_without_a_pause_is_still_saved_along_the_way(styled, qtbot, journal, ops):
    """Someone who never pauses: their words reach the disk while they are still typing,
    not only when they stop. (How far behind the disk stays is in bench/bench_letters.py.)"""
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "kind ")  # the first keystroke creates the letter
    first = body_on_disk(journal, page.letter_id)
    saves: list[str] = []
    page.letterSaved.connect(lambda _id: saves.append(page.editor.toPlainText()))
    for _ in range(400):  # at most about 24 s of typing
        qtbot.keyClicks(page.editor, "kind ")
        qtbot.wait(60)  # faster than the pause the autosave waits for
        if saves:
            break
    assert saves, "nothing was saved while typing went on"
    typed = page.editor.toPlainText()
    on_disk = body_on_disk(journal, page.letter_id) or ""
    assert on_disk == saves[0] and len(on_disk) > len(first or "")
    assert typed.startswith(on_disk)


def test_leaving_saves_at_once(styled, qtbot, journal, ops):
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "One line, then away")
    qtbot.keyClicks(page.editor, ", quickly.")
    assert page.dirty  # the debounce has not fired
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    assert body_on_disk(journal, page.letter_id) == "One line, then away, quickly."
    # Esc keeps it as the draft to come back to.
    assert journal.get_meta(OPEN_LETTER_KEY) == str(page.letter_id)

    qtbot.keyClicks(page.editor, " More.")
    page.hide()  # hide (e.g. another screen) flushes
    assert body_on_disk(journal, page.letter_id) == "One line, then away, quickly. More."
    page.show()
    qtbot.keyClicks(page.editor, " Last.")
    page.close()
    assert body_on_disk(journal, page.letter_id) == "One line, then away, quickly. More. Last."


def test_a_reopened_kind_goes_back_to_the_draft(styled, qtbot, journal_path):
    first = JournalHere(journal_path)
    page = show(qtbot, LetterScreen(first.ops))
    page.new_letter()
    qtbot.keyClicks(page.title, "Draft")
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Half a thought")
    page.flush()
    letter_id = page.letter_id
    page.close()
    first.close()

    opened = JournalHere(journal_path)
    second = opened.journal
    again = show(qtbot, LetterScreen(opened.ops))
    assert again.open_draft() is True
    assert again.letter_id == letter_id
    assert again.title.text() == "Draft" and again.editor.toPlainText() == "Half a thought"
    assert again.status.text() == "Saved" and not again.dirty
    assert again.editor.hasFocus()
    # Done: the letter is kept, no longer the open draft, and the page is fresh.
    with qtbot.waitSignal(again.finished):
        qtbot.mouseClick(again.done_button, Qt.MouseButton.LeftButton)
    assert second.get_meta(OPEN_LETTER_KEY) is None
    assert [s.id for s in second.letters()] == [letter_id]
    assert again.letter_id is None and again.editor.toPlainText() == ""
    assert again.open_draft() is False
    again.close()
    opened.close()


def test_done_on_an_emptied_letter_keeps_nothing(styled, qtbot, journal, ops):
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "x")
    qtbot.keyClick(page.editor, Qt.Key.Key_Backspace)
    page.done()
    assert journal.letters() == [] and journal.get_meta(OPEN_LETTER_KEY) is None


def test_a_five_megabyte_paste_is_kept_whole_and_typing_goes_on(styled, qtbot, journal, ops):
    """A huge paste is saved whole, counted, and the letter can be written on at its end.
    (How long the paste, its save and the typing after it take: bench/bench_letters.py.)"""
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Start. ")
    line = "I am allowed to struggle and still be okay; this is hard and I'm doing my best.\n"
    big = line * (5 * 1024 * 1024 // len(line) + 1)
    assert len(big) >= 5 * 1024 * 1024
    QGuiApplication.clipboard().setText(big)
    page.editor.paste()
    assert page.flush()
    assert body_on_disk(journal, page.letter_id) == "Start. " + big
    expected = f"{len(('Start. ' + big).split()):,} words"
    qtbot.waitUntil(lambda: page.words.text() == expected, timeout=5000)
    # Typing on at the end of the huge letter lands there, and is saved too.
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.editor, "still here")
    assert page.editor.toPlainText().endswith(big + "still here")
    assert page.flush()
    assert body_on_disk(journal, page.letter_id) == "Start. " + big + "still here"


def test_a_save_error_shows_calmly_and_keeps_the_words(styled, qtbot, journal, snap, ops, here):
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "First words.")
    assert page.flush()
    here.run(lambda j: j._db.execute("PRAGMA query_only=1"))  # the file refuses writes from now on
    qtbot.keyClicks(page.editor, " These words can't be saved yet.")
    qtbot.waitUntil(lambda: page.problem.isVisible(), timeout=2000)
    message = page.problem_text.text()
    assert message.startswith("Kind couldn't save just now: ")
    assert message.endswith("Your words are still here; Kind will keep trying.")
    assert page.editor.toPlainText() == "First words. These words can't be saved yet."
    assert page.status.text() == "Not saved yet" and page.dirty
    assert page.flush() is False
    snap(page, "letter-save-problem")
    here.run(lambda j: j._db.execute("PRAGMA query_only=0"))  # the disk is writable again
    qtbot.keyClicks(page.editor, " Now.")  # the next edit tries again
    qtbot.waitUntil(lambda: not page.problem.isVisible(), timeout=2000)
    assert (
        body_on_disk(journal, page.letter_id) == "First words. These words can't be saved yet. Now."
    )
    assert page.status.text() == "Saved"


def test_a_letter_deleted_elsewhere_keeps_its_words(styled, qtbot, journal, ops):
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Keep me")
    page.flush()
    old_id = page.letter_id
    journal.delete_letter(old_id)
    qtbot.keyClicks(page.editor, " please")
    assert page.flush()
    assert page.letter_id != old_id
    assert body_on_disk(journal, page.letter_id) == "Keep me please"


# ---- the library ---------------------------------------------------------------------------


def write_letters(journal: Journal) -> list[int]:
    ids = []
    for title, body in (
        (
            "When the project slipped",
            "Dear me, you worked late for weeks. Of course you're "
            "tired. Anyone would be. What you need now is rest, not another push.",
        ),
        (
            "",
            "The conversation with Mum went sideways again. You were hurt, and you said "
            "something sharp. That makes sense; you can still go back and repair it.",
        ),
        (
            "At the ocean",
            "You felt small next to the waves, and somehow that helped. Nobody "
            "expects you to hold everything.",
        ),
    ):
        ids.append(journal.create_letter(title, body).id)  # the StepClock orders them
    return ids


def test_library_empty_state(styled, qtbot, journal, snap, ops):
    lib = show(qtbot, LettersLibrary(ops))
    lib.show_letters()
    assert lib.stack.currentWidget() is lib.empty
    assert lib.empty_text.text().startswith("No letters yet.")
    assert not lib.open_button.isEnabled() and not lib.delete_button.isEnabled()
    assert lib.new_button.hasFocus()
    snap(lib, "letters-empty")
    with qtbot.waitSignal(lib.newLetter):
        qtbot.mouseClick(lib.new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(lib.back):
        qtbot.keyClick(lib, Qt.Key.Key_Escape)


def test_library_lists_searches_and_opens(styled, qtbot, journal, snap, ops):
    ids = write_letters(journal)
    lib = show(qtbot, LettersLibrary(ops))
    lib.show_letters()
    assert [lib.model.summary(r).id for r in range(lib.model.rowCount())] == ids[::-1]
    assert lib.model.index(1).data() == "A letter to myself"  # the untitled one
    assert lib.current_id() == ids[2] and lib.list.hasFocus()
    snap(lib, "letters-library")

    # Enter opens the selected letter; so does a double-click.
    with qtbot.waitSignal(lib.openLetter) as sig:
        qtbot.keyClick(lib.list, Qt.Key.Key_Return)
    assert sig.args == [ids[2]]
    rect = lib.list.visualRect(lib.model.index(1))
    qtbot.mouseClick(lib.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(lib.openLetter) as sig:
        qtbot.mouseDClick(lib.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [ids[1]]

    # Search (full text, debounced).
    lib.search.setFocus()
    qtbot.keyClicks(lib.search, "mum")
    qtbot.waitUntil(lambda: lib.model.rowCount() == 1, timeout=1000)
    assert lib.model.summary(0).id == ids[1]
    snap(lib, "letters-search")
    lib.search.clear()
    qtbot.keyClicks(lib.search, "nothing-like-this")
    qtbot.waitUntil(lambda: lib.stack.currentWidget() is lib.empty, timeout=1000)
    assert "nothing-like-this" in lib.empty_text.text()
    qtbot.keyClick(lib.search, Qt.Key.Key_Escape)  # Esc clears the search first
    assert lib.search.text() == "" and lib.model.rowCount() == 3
    with qtbot.waitSignal(lib.back):
        qtbot.keyClick(lib.list, Qt.Key.Key_Escape)


def test_delete_with_undo(styled, qtbot, journal, snap, ops):
    ids = write_letters(journal)
    lib = show(qtbot, LettersLibrary(ops))
    lib.show_letters()
    lib.select(ids[1])
    before = journal.get_letter(ids[1])
    qtbot.keyClick(lib.list, Qt.Key.Key_Delete)
    assert journal.get_letter(ids[1]) is None and lib.model.rowCount() == 2
    assert lib.undo_bar.isVisible() and lib.undo_text.text() == "Letter deleted."
    snap(lib, "letters-deleted-undo")
    qtbot.mouseClick(lib.undo_button, Qt.MouseButton.LeftButton)
    assert journal.get_letter(ids[1]) == before  # back whole: same id, words, dates
    assert lib.model.rowCount() == 3 and lib.current_id() == ids[1]
    assert not lib.undo_bar.isVisible()

    # Ctrl+Z undoes too; after the undo time the bar goes and the delete stays.
    lib.select(ids[0])
    qtbot.mouseClick(lib.delete_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(lib.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert journal.get_letter(ids[0]) is not None
    lib._undo_timer.setInterval(50)
    lib.select(ids[2])
    lib.delete_current()
    qtbot.waitUntil(lambda: not lib.undo_bar.isVisible(), timeout=1000)
    lib.undo_delete()  # nothing left to undo
    assert journal.get_letter(ids[2]) is None and lib.model.rowCount() == 2


def test_export_markdown_and_pdf(styled, qtbot, journal, tmp_path, snap, ops):
    ids = write_letters(journal)
    lib = show(qtbot, LettersLibrary(ops))
    lib.show_letters()
    letter = journal.get_letter(ids[0])
    assert letter is not None
    md = tmp_path / "out" / "letter.md"
    md.parent.mkdir()
    assert lib.export_markdown(ids[0], md)
    text = md.read_text(encoding="utf-8")
    from kindapp.ui.writing.letter_printing import written_date

    assert text == (
        f"# When the project slipped\n\n_written {written_date(letter.created)}_\n\n{letter.body}\n"
    )
    assert stat.S_IMODE(md.stat().st_mode) == 0o600
    assert [p.name for p in md.parent.iterdir()] == ["letter.md"]  # no temp files left

    pdf = tmp_path / "out" / "letter.pdf"
    assert lib.save_pdf(ids[0], pdf)
    # A short, calm word that it was saved, and where.
    assert lib.saved_note.isVisible() and "letter.pdf" in lib.saved_note.text()
    assert str(pdf.parent) in lib.saved_note.text()
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    # Read it back: the PDF's text layer holds the letter's title and words (poppler-utils,
    # installed by `make system-deps`), and its first page renders to look at.
    pdftext = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    flat = " ".join(pdftext.split())
    assert "When the project slipped" in flat
    assert " ".join(letter.body.split()) in flat, flat
    assert "Mum" not in flat  # only the chosen letter, not the library
    png = snap(lib, "letters-export").parent / "letter-pdf.png"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(png.with_suffix(""))],
        check=True,
    )
    assert png.exists() and png.stat().st_size > 2000

    # A place that can't be written: a calm problem signal, no exception.
    with qtbot.waitSignal(lib.problem) as sig:
        assert not lib.export_markdown(ids[0], tmp_path / "missing-dir" / "x.md")
    assert "couldn't write" in sig.args[0]


def test_reread_reminder(styled, qtbot, journal, ops):
    ids = write_letters(journal)
    today = date(2025, 3, 1)
    lib = show(qtbot, LettersLibrary(ops, today=lambda: today))
    lib.show_letters()
    lib.select(ids[0])
    assert lib.reread.itemText(0) == "Remind me to reread…"
    lib.reread.setFocus()
    lib.reread.setCurrentIndex(2)
    lib.reread.activated.emit(2)  # "In a month"
    letter = journal.get_letter(ids[0])
    assert letter is not None and letter.reread_on == today + timedelta(days=30)
    assert lib.reread.currentIndex() == 0 and lib.reread.itemText(0) == "Reread on 31 Mar 2025"
    lib.set_reread_in(ids[0], 0)
    assert journal.get_letter(ids[0]).reread_on is None  # type: ignore[union-attr]


def test_library_with_ten_thousand_letters_lists_and_searches(styled, qtbot, journal, ops, here):
    """All of them listed, newest first, and a search finds the one. (How quickly:
    bench/bench_letters.py.)"""

    def write(j: Journal) -> None:
        with j.transaction():
            for i in range(10_000):
                j.create_letter(f"Letter {i}", f"Body number {i}, kind words " * 5)

    here.run(write)
    lib = show(qtbot, LettersLibrary(ops))
    lib.show_letters()
    assert lib.model.rowCount() == 10_000
    assert lib.model.summary(0).title == "Letter 9999"
    lib.search.setText("9999")
    lib.refresh()
    assert lib.model.rowCount() == 1 and lib.model.summary(0).title == "Letter 9999"


def test_files_stay_private(styled, qtbot, journal, journal_path, ops):
    page = show(qtbot, LetterScreen(ops))
    page.new_letter()
    qtbot.keyClicks(page.editor, "private")
    page.flush()
    for suffix in ("", "-wal", "-shm"):
        p = Path(f"{journal_path}{suffix}")
        if p.exists():
            assert stat.S_IMODE(os.stat(p).st_mode) == 0o600
