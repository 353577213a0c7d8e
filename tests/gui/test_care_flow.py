"""Care around a practice in the real window: check-ins, backdraft care, Ground, history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kindapp.core.journal import Journal
from kindapp.core.navigation import Screen
from kindapp.core.session import State


def finish_practice(kind):
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()


def test_break_with_checkins_that_rise_leads_to_backdraft_care_then_ground(kind, qtbot, snap):
    w = kind.window
    qtbot.mouseClick(w.home.buttons["break.quick"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.CHECKIN
    page = w.page(Screen.CHECKIN)
    qtbot.keyClick(page, Qt.Key.Key_4)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.PRACTICE
    finish_practice(kind)
    assert w.current_screen() is Screen.CHECKIN  # "and now?"
    qtbot.keyClick(page, Qt.Key.Key_7)  # three heavier than before
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.BACKDRAFT
    snap(w, "care-backdraft-after-break")
    entry = Journal(kind.paths.journal_file, writer=False).history_entries()[0]
    assert (entry.practice, entry.before, entry.after) == ("break", 4, 7)

    w.page(Screen.BACKDRAFT).ground.emit()
    session = kind.controller.practice.driver.session
    assert session.practice.id == "ground" and session.state is State.RUNNING
    assert all("kind" not in s.text.lower() for s in session.practice.steps)  # no phrases
    finish_practice(kind)
    assert w.current_screen() is Screen.DONE  # no check-in after grounding


def test_skipping_checkins_with_one_key_and_a_lighter_after_goes_to_done(kind, qtbot):
    w = kind.window
    kind.controller.start_break("quick", ask_first=True)
    page = w.page(Screen.CHECKIN)
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # skip
    assert w.current_screen() is Screen.PRACTICE
    finish_practice(kind)
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.DONE


def test_this_stirred_things_up_leads_to_backdraft_care(kind, qtbot):
    w = kind.window
    kind.controller.start_break("quick")  # from the tray or --break: straight in
    assert w.current_screen() is Screen.PRACTICE
    finish_practice(kind)
    page = w.page(Screen.CHECKIN)
    stir = [
        b for b in page.findChildren(type(w.home.buttons["break.quick"])) if "stirred" in b.text()
    ]
    qtbot.mouseClick(stir[0], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.BACKDRAFT


def test_ground_during_a_practice_is_a_calm_pause_and_only_leave_ends_it(kind, qtbot, snap):
    w = kind.window
    kind.controller.start_breathe()
    page = w.page(Screen.PRACTICE)
    session = kind.controller.practice.driver.session
    kind.clock.advance(25)
    qtbot.mouseClick(page.ground_button, Qt.MouseButton.LeftButton)
    # A pause with a way back: feet, breath, the room; nothing ended, nothing recorded.
    assert w.current_screen() is Screen.PRACTICE and page.is_grounding()
    assert page.grounding.isVisible() and not page.body.isVisible()
    assert session.state is State.PAUSED
    assert w.focusWidget() is page.grounding.continue_button
    snap(w, "practice-grounding-pause")
    assert not kind.paths.journal_file.exists() or kind.controller.journal().practices() == []
    kind.clock.advance(60)  # as long as it takes
    qtbot.keyClick(page.grounding.continue_button, Qt.Key.Key_Return)  # Continue
    assert not page.is_grounding() and session.state is State.RUNNING
    assert session.step_elapsed() == pytest.approx(25.0)  # on from where it was
    # Keys meant for the practice do nothing to it while grounding; G a second time neither.
    qtbot.keyClick(page, Qt.Key.Key_G)
    assert page.is_grounding() and session.state is State.PAUSED
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_G):
        qtbot.keyClick(page, key)
    assert page.is_grounding() and session.state is State.PAUSED and session.step_index == 0
    qtbot.keyClick(page, Qt.Key.Key_Space)  # Space continues too
    assert not page.is_grounding() and session.state is State.RUNNING
    # Leave, from the pause, ends it, and grounding care follows.
    qtbot.keyClick(page, Qt.Key.Key_G)
    qtbot.mouseClick(page.grounding.leave_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.BACKDRAFT
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [r.outcome for r in records] == ["stopped"]


def test_esc_in_the_grounding_pause_leaves_and_the_next_practice_starts_without_it(kind, qtbot):
    w = kind.window
    kind.controller.start_breathe()
    page = w.page(Screen.PRACTICE)
    qtbot.keyClick(page, Qt.Key.Key_G)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.BACKDRAFT
    kind.controller.start_breathe()
    page = w.page(Screen.PRACTICE)  # the next practice's screen (the last one was let go)
    assert w.current_screen() is Screen.PRACTICE and not page.is_grounding()


def test_checkins_can_be_turned_off(kind):
    kind.controller.update_settings(checkins=False)
    kind.controller.start_break("quick", ask_first=True)
    assert kind.window.current_screen() is Screen.PRACTICE
    finish_practice(kind)
    assert kind.window.current_screen() is Screen.DONE


def test_history_shows_the_moments_and_an_entry_can_be_removed(kind, qtbot, snap):
    kind.controller.update_settings(checkins=False)
    for _ in range(2):
        kind.controller.start_break("quick")
        finish_practice(kind)
    qtbot.mouseClick(kind.window.home.history_button, Qt.MouseButton.LeftButton)
    assert kind.window.current_screen() is Screen.HISTORY
    snap(kind.window, "care-history")
    first = Journal(kind.paths.journal_file, writer=False).history_entries()[0]
    kind.window.page(Screen.HISTORY).deleteEntry.emit(first.id)
    assert len(Journal(kind.paths.journal_file, writer=False).history_entries()) == 1


def test_learn_from_home_and_from_done(kind, qtbot):
    w = kind.window
    qtbot.mouseClick(w.home.learn_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.LEARN
    assert w.page(Screen.LEARN).topic_id() == "three-parts"
