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


def test_a_letter_s_moment_is_timed_by_the_wall_clock_the_flow_is_handed(styled, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    """The writing flow reads the time of day from what it is handed (no datetime.now in
    it): the moment in the history starts when the letter was opened and lasts until Done."""
    from datetime import UTC, datetime, timedelta

    from journal_here import JournalHere

    from kindapp.core.navigation import Navigator
    from kindapp.core.practice_registry import kind_practices
    from kindapp.core.settings import Settings, SettingsStore
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.common.services import Notices, Prefs
    from kindapp.ui.shell.main_window import MainWindow
    from kindapp.ui.shell.router import Router
    from kindapp.ui.writing.flow import WritingFlow

    here = JournalHere(tmp_path / "journal.sqlite3")
    try:
        window = MainWindow(PracticeActions(kind_practices()))
        qtbot.addWidget(window)
        nav = Navigator()
        Router(window, nav, parent=window)
        told: list[str] = []
        notices = Notices(told.append)
        prefs = Prefs(SettingsStore(tmp_path / "settings.json"), Settings(), notices)
        now = [datetime(2026, 3, 2, 9, 0, tzinfo=UTC)]
        flow = WritingFlow(
            window, nav, prefs, here.access, notices, lambda: False, wall_now=lambda: now[0]
        )
        flow.open_letter()
        assert window.current_screen() is Screen.LETTER
        page = window.page(Screen.LETTER)
        page.editor.setFocus()
        qtbot.keyClicks(page.editor, "Dear me, slowly.")
        assert page.flush()
        now[0] += timedelta(minutes=7)
        page.done()
        assert window.current_screen() is Screen.HOME and told == []
        [moment] = here.journal.practices()
        assert (moment.practice, moment.mode) == ("letter", "write")
        assert moment.started_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        assert moment.duration_s == 7 * 60
        assert nav.can(Nav.OPEN_LETTER)
    finally:
        here.close()
