"""Catch the critic: the small capture window (quick, one line, Enter keeps, Esc leaves, the
main window untouched) and the caught thoughts waiting inside the friend reframe."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kindapp.core.navigation import Screen
from kindapp.core.writing.reframe_steps import ReframeStep


def _catch(kind, qtbot):  # type: ignore[no-untyped-def]
    # How quickly it appears (<= 300 ms) is a wall-clock target: bench/bench_lists.py measures it.
    c = kind.controller
    c.open_catch()
    win = c.writing.catch_window()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    return win


def test_enter_keeps_a_thought_and_esc_leaves(kind, qtbot, snap):  # type: ignore[no-untyped-def]
    c = kind.controller
    home = kind.window
    win = _catch(kind, qtbot)
    assert win.isWindow() and win is not home and not win.isAncestorOf(home)
    assert win.line.hasFocus()
    snap(win, "catch-window")
    qtbot.keyClicks(win.line, "You never finish anything")
    qtbot.keyClick(win.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)
    assert [t.thought for t in c.journal().caught_thoughts()] == ["You never finish anything"]
    assert home.isVisible() and c.nav.screen is Screen.HOME
    qtbot.waitUntil(home.isActiveWindow, timeout=3000)  # the focus goes back where it was

    win = _catch(kind, qtbot)
    assert win.line.text() == "", "it opens empty each time"
    qtbot.keyClicks(win.line, "not this one")
    qtbot.keyClick(win.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)
    assert len(c.journal().caught_thoughts()) == 1
    qtbot.waitUntil(home.isActiveWindow, timeout=3000)


def test_a_caught_thought_is_answered_in_the_reframe_or_let_go(kind, qtbot, snap):  # type: ignore[no-untyped-def]
    c = kind.controller
    journal = c.journal()
    journal.catch_thought("Too slow, as always")
    journal.catch_thought("Why did you say that?")
    c.open_reframe()
    page = kind.window.page(Screen.REFRAME)
    qtbot.waitUntil(page.caught.isVisible, timeout=2000)
    snap(kind.window, "reframe-caught")
    let_go, answer = page.caught.buttons[1], page.caught.buttons[2]
    assert "Why did you say that?" in let_go.accessibleName()
    qtbot.mouseClick(let_go, Qt.MouseButton.LeftButton)
    assert len(page.caught.buttons) == 2 and page.caught.undo_row.isVisible()
    page.caught.settle()  # the few seconds to undo it are over
    assert [t.thought for t in journal.caught_thoughts()] == ["Too slow, as always"]
    answer = page.caught.buttons[0]
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    assert page.step() is ReframeStep.PERSON
    assert page.critical.text() == "Too slow, as always"
    page.person.setText("Ana")
    page.go_next()
    page.answer_buttons["no"].setChecked(True)
    page.go_next()
    page.kind.setPlainText("Ana, you're allowed to take your time.")
    page.go_next()
    page.go_next()  # saved
    assert page.step() is ReframeStep.READ_ALOUD
    assert journal.reframes()[0].critical == "Too slow, as always"
    assert journal.caught_thoughts() == [], "an answered thought no longer waits"
    page.go_next()
    c.open_reframe()
    assert not page.caught.isVisible(), "nothing caught: nothing shown"


def test_a_kept_thought_is_confirmed_and_esc_keeps_typed_words_as_a_draft(kind, qtbot):  # type: ignore[no-untyped-def]
    c = kind.controller
    win = _catch(kind, qtbot)
    qtbot.keyClicks(win.line, "You always mess this up")
    qtbot.keyClick(win.line, Qt.Key.Key_Escape)  # a stray Esc loses nothing
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)
    assert c.journal().caught_thoughts() == []
    win = _catch(kind, qtbot)
    assert win.line.text() == "You always mess this up"
    assert "still here" in win.problem.text() and win.problem.isVisible()
    qtbot.keyClick(win.line, Qt.Key.Key_Return)
    # A short, calm word that it was kept, then the window goes by itself.
    assert win.isVisible() and "Kept" in win.problem.text() and not win.line.isEnabled()
    assert [t.thought for t in c.journal().caught_thoughts()] == ["You always mess this up"]
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=3000)
    win = _catch(kind, qtbot)
    assert win.line.text() == "" and not win.problem.isVisible()  # kept: no draft left
    qtbot.keyClick(win.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)


def test_let_go_can_be_undone_for_a_few_seconds(kind, qtbot):  # type: ignore[no-untyped-def]
    c = kind.controller
    journal = c.journal()
    journal.catch_thought("Lazy, again")
    c.open_reframe()
    page = kind.window.page(Screen.REFRAME)
    qtbot.waitUntil(page.caught.isVisible, timeout=2000)
    qtbot.mouseClick(page.caught.buttons[1], Qt.MouseButton.LeftButton)  # Let go
    assert page.caught.buttons == [] and page.caught.undo_row.isVisible()
    assert page.caught.isVisible()  # the undo stays in reach though nothing else is left
    qtbot.mouseClick(page.caught.undo_button, Qt.MouseButton.LeftButton)
    assert not page.caught.undo_row.isVisible() and len(page.caught.buttons) == 2
    assert [t.thought for t in journal.caught_thoughts()] == ["Lazy, again"]
    # Let go again, and this time let the seconds pass: then it is gone for good.
    page.caught._undo_timer.setInterval(50)
    qtbot.mouseClick(page.caught.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.caught_thoughts() == [], timeout=3000)
    assert not page.caught.isVisible()
