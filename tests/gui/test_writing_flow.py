"""The writing practices reached from home, the tray and the command line's path."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kindapp.core.journal import Journal
from kindapp.core.navigation import Nav, Screen


def test_letter_from_home_autosaves_and_counts_as_a_moment(kind, qtbot, snap):
    w = kind.window
    snap(w, "home-all-practices")
    qtbot.mouseClick(w.home.buttons["letter.open"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.LETTER
    page = w.page(Screen.LETTER)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Dear me, that was a hard day.")
    journal = kind.controller.journal()
    qtbot.waitUntil(
        lambda: any("hard day" in journal.get_letter(s.id).body for s in journal.letters()),
        timeout=3000,
    )
    page.done()
    assert w.current_screen() is Screen.HOME
    kinds = [r.practice for r in Journal(kind.paths.journal_file, writer=False).practices()]
    assert kinds == ["letter"]


def test_tray_write_a_letter_reopens_the_draft(kind, qtbot):
    w = kind.window
    next(a for a in kind.controller.tray.menu.actions() if a.text() == "Write a letter").trigger()
    page = w.page(Screen.LETTER)
    page.editor.setFocus()
    qtbot.keyClicks(page.editor, "Half a thought")
    page.leave()  # Esc: kept as the draft
    assert w.current_screen() is Screen.HOME
    kind.controller.open_letter()
    assert page.editor.toPlainText() == "Half a thought"


def test_reframe_and_past_reframes_from_home(kind, qtbot):
    w = kind.window
    qtbot.mouseClick(w.home.buttons["reframe.open"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.REFRAME
    kind.controller.nav.go(Nav.HOME)
    qtbot.mouseClick(w.home.buttons["reframe.library"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.REFRAMES


def test_no_writing_while_a_practice_runs(kind):
    kind.controller.start_break("quick")
    kind.controller.open_letter()
    assert kind.window.current_screen() is Screen.PRACTICE


def test_export_then_import_merges_without_duplicates(make_kind, tmp_path, qtbot):
    a = make_kind(tmp_path / "a")
    journal = a.controller.journal()
    journal.create_letter("To me", "You did what you could.")
    out = tmp_path / "export.json"
    assert a.controller.desk.export_file(out)
    a.controller.shutdown()

    b = make_kind(tmp_path / "b")
    assert b.controller.import_file(out)
    assert "1 letters" in b.window.banner.text.text()
    assert b.controller.import_file(out)  # again: nothing new
    assert [s.title for s in b.controller.journal().letters()] == ["To me"]

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something-else"}')
    assert not b.controller.import_file(bad)
    assert "Nothing was imported" in b.window.banner.text.text()
    assert len(b.controller.journal().letters()) == 1
