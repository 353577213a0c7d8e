"""Driving the Self-Compassion Break through the real window, by keys and by buttons."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from screen_helpers import words_settled

from kindapp.core.journal import Journal
from kindapp.core.navigation import Nav, Screen
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.session import State


def advance_to_step(kind, index: int) -> None:
    """Move the fake clock to the start of step `index` and let the session see it."""
    session = kind.controller.practice.driver.session
    target = session.started_at + BREAK_QUICK.step_starts()[index]
    kind.clock.set(target)
    session.tick()


def test_quick_break_from_home_runs_every_step_and_is_recorded(kind, qtbot, snap):
    w = kind.window
    assert w.current_screen() is Screen.HOME
    snap(w, "home")
    qtbot.mouseClick(w.home.buttons["break.quick"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.CHECKIN  # offered, never required: S skips it
    qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_S)
    assert w.current_screen() is Screen.PRACTICE
    session = kind.controller.practice.driver.session
    assert session.state is State.RUNNING
    shown = []
    for i, step in enumerate(BREAK_QUICK.steps):
        advance_to_step(kind, i)
        assert session.step_index == i
        # The fade-in has settled before we look.
        words_settled(qtbot, w.page(Screen.PRACTICE))
        shown.append(w.page(Screen.PRACTICE).text.text())
        snap(w, f"break-{i}-{step.id}")
    assert shown[2] == "This is a moment of suffering."
    assert shown[3] == "Suffering is a part of life."
    assert shown[4] == "May I be kind to myself."
    assert "hand on your heart" in w.page(Screen.PRACTICE).hint.text()
    kind.clock.set(session.started_at + BREAK_QUICK.total_s)
    session.tick()
    assert w.current_screen() is Screen.CHECKIN
    qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_S)
    assert w.current_screen() is Screen.DONE
    assert "Thank you" in w.page(Screen.DONE).heading.text()
    snap(w, "done-finished")
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [(r.practice, r.mode, r.outcome) for r in records] == [("break", "quick", "finished")]
    assert abs(records[0].duration_s - BREAK_QUICK.total_s) < 1e-6


def test_keys_pause_move_and_leave(kind, qtbot, snap):
    w = kind.window
    kind.controller.start_break("quick")
    session = kind.controller.practice.driver.session
    page = w.page(Screen.PRACTICE)

    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert session.state is State.PAUSED
    assert page.paused_tag.isVisible() and page.pause_button.text() == "Resume"
    words_settled(qtbot, page)
    snap(w, "break-paused")
    kind.clock.advance(120.0)  # a long pause costs nothing
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert session.state is State.RUNNING and session.step_index == 0

    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert session.step_index == 2
    assert page.text.text() == "This is a moment of suffering."
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert session.step_index == 1

    # Space works even when a button has keyboard focus: it always pauses.
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Space)
    assert session.state is State.PAUSED
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.DONE
    assert "enough for now" in w.page(Screen.DONE).heading.text()
    snap(w, "done-stopped")
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [r.outcome for r in records] == ["stopped"]
    # Esc again goes home.
    qtbot.keyClick(w.page(Screen.DONE), Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME


def test_buttons_do_what_the_keys_do(kind, qtbot):
    w = kind.window
    kind.controller.start_break("guided")
    session = kind.controller.practice.driver.session
    page = w.page(Screen.PRACTICE)
    assert session.practice.mode == "guided"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert session.step_index == 1
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert session.step_index == 0
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert session.state is State.PAUSED
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    assert session.state is State.RUNNING
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    assert session.state is State.STOPPED and w.current_screen() is Screen.DONE


def test_one_practice_at_a_time(kind):
    kind.controller.start_break("quick")
    first = kind.controller.practice.driver
    kind.controller.start_break("guided")  # e.g. the tray's Quick break while one runs
    assert kind.controller.practice.driver is first


def my_words(kind):
    """My words as the journal keeps them (the journal is opened if it was not yet)."""
    journal = kind.controller.journals.get()
    return json.loads(journal.get_meta("my_words"))


def test_own_words_are_kept_and_used(kind, qtbot, snap, make_kind, tmp_path):
    w = kind.window
    qtbot.mouseClick(w.home.words_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.WORDS
    edit = w.page(Screen.WORDS).edits["mindfulness"]
    edit.setFocus()
    qtbot.keyClicks(edit, "Ouch. This is hard, and it matters.")
    snap(w, "my-words")
    qtbot.keyClick(w.page(Screen.WORDS), Qt.Key.Key_Escape)  # leaving keeps what was typed
    assert w.current_screen() is Screen.HOME
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    # My words live in the journal (under its lock, if on), not in settings.json.
    assert my_words(kind)["own_words"] == {"mindfulness": "Ouch. This is hard, and it matters."}
    assert "own_words" not in json.loads(kind.paths.settings_file.read_text())

    # A fresh Kind on the same files uses them in the break (the first lets go of the
    # journal, as a Kind that quit would: only one Kind writes to it).
    kind.controller.journals.close()
    again = make_kind(tmp_path)
    again.controller.start_break("quick")
    advance_to_step(again, 2)
    assert (
        again.controller.practice.practice_screen().text.text()
        == "Ouch. This is hard, and it matters."
    )
    again.controller.practice.leave_practice()

    # A suggestion fills the line; "use the suggested words" clears them all.
    w2 = again.window
    again.controller.nav.go(Nav.HOME)
    qtbot.mouseClick(w2.home.words_button, Qt.MouseButton.LeftButton)
    w2.page(Screen.WORDS).reset()
    w2.page(Screen.WORDS).flush()
    qtbot.waitUntil(lambda: not again.controller.prefs.pending, timeout=2000)  # debounced
    assert my_words(again)["own_words"] == {}


def test_my_words_holds_the_kind_phrases_for_touch_with_a_favourite(kind, qtbot, snap):
    w = kind.window
    qtbot.mouseClick(w.home.words_button, Qt.MouseButton.LeftButton)
    words = w.page(Screen.WORDS)
    words.new_phrase.setText("You're allowed to rest.")
    qtbot.mouseClick(words.add_button, Qt.MouseButton.LeftButton)
    own = [b for b in words.phrase_group.buttons() if b.text() == "You're allowed to rest."]
    own[0].click()  # the favourite
    snap(w, "my-words-touch-phrases")
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = my_words(kind)
    assert saved["touch_own_phrases"] == ["You're allowed to rest."]
    assert saved["touch_phrase"] == "You're allowed to rest."
    assert "rest" not in kind.paths.settings_file.read_text()
    kind.controller.nav.go(Nav.HOME)
    kind.controller.nav.go(Nav.OPEN_TOUCH)
    assert w.page(Screen.TOUCH_SETUP).phrase.currentText() == "You're allowed to rest."
    kind.controller.nav.go(Nav.HOME)
    kind.controller.nav.go(Nav.OPEN_WORDS)
    w.page(Screen.WORDS).reset()
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = my_words(kind)
    assert saved["touch_own_phrases"] == [] and saved["touch_phrase"] == "I'm here for you."
