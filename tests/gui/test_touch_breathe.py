"""Soothing touch and Breathe: choices, keys, the pacer in the practice, remembered choices."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from screen_helpers import words_settled

from kindapp.core.breathing import Phase
from kindapp.core.journal import Journal
from kindapp.core.navigation import Screen
from kindapp.core.practices import soothing_touch as touch
from kindapp.core.session import State


def test_touch_choices_begin_run_and_are_remembered(kind, qtbot, snap, make_kind, tmp_path):
    w = kind.window
    qtbot.mouseClick(w.home.buttons["touch.open"], Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.TOUCH_SETUP
    page = w.page(Screen.TOUCH_SETUP)
    assert page.gesture_id() == "hand-on-heart"  # the default
    snap(w, "touch-setup")
    qtbot.mouseClick(page.gesture_buttons["self-hug"], Qt.MouseButton.LeftButton)
    page.length.set_seconds(180.0)
    page.phrase.setEditText("You're doing okay, love.")
    page.pattern.set_choice("long-exhale", {})
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_S)  # skip the check-in

    assert w.current_screen() is Screen.PRACTICE
    session = kind.controller.practice.driver.session
    assert session.practice.id == "touch" and session.practice.total_s == 180.0
    assert session.step.gesture == "self-hug"
    assert w.page(Screen.PRACTICE).visual.currentWidget() is w.page(Screen.PRACTICE).gesture
    words_settled(qtbot, w.page(Screen.PRACTICE))
    snap(w, "touch-settle")
    kind.clock.set(session.started_at + touch.SETTLE_S + 2.0)  # 2 s into the out-breath's...
    session.tick()
    assert session.step.id == "touch"
    assert w.page(Screen.PRACTICE).text.text() == "You're doing okay, love."
    assert w.page(Screen.PRACTICE).visual.currentWidget() is w.page(Screen.PRACTICE).pacer
    w.page(Screen.PRACTICE).pacer.update()
    words_settled(qtbot, w.page(Screen.PRACTICE))
    assert w.page(Screen.PRACTICE).pacer.phase() is Phase.IN  # 2 s into a 4 s in-breath
    snap(w, "touch-breathing")
    kind.clock.advance(10.0)  # long enough to be kept (a practice left within 20 s is not)
    qtbot.keyClick(w.page(Screen.PRACTICE), Qt.Key.Key_Escape)
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [r.practice for r in records] == ["touch"]

    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(kind.paths.settings_file.read_text())
    assert (
        saved["touch_gesture"],
        saved["touch_length_s"],
        saved["touch_pattern"],
    ) == ("self-hug", 180.0, "long-exhale")
    # The phrase is the person's own words: kept in the journal (under the lock when it is on),
    # never in settings.json; the next Kind still offers it (below).
    assert "touch_phrase" not in saved
    assert "You're doing okay, love." not in kind.paths.settings_file.read_text()
    kind.controller.shutdown()  # what quitting runs: one Kind at a time holds the journal
    again = make_kind(tmp_path)
    qtbot.mouseClick(again.window.home.buttons["touch.open"], Qt.MouseButton.LeftButton)
    assert again.controller.practice.touch_setup().gesture_id() == "self-hug"
    assert (
        again.controller.practice.touch_setup().phrase.currentText() == "You're doing okay, love."
    )


def test_every_gesture_has_its_illustration(kind, qtbot, snap):
    w = kind.window
    pass
    qtbot.mouseClick(w.home.buttons["touch.open"], Qt.MouseButton.LeftButton)
    for g in touch.GESTURES:
        b = w.page(Screen.TOUCH_SETUP).gesture_buttons[g.id]
        assert not b.icon().isNull(), g.id
        w.page(Screen.PRACTICE).gesture.set_gesture(g.id)
        art = w.page(Screen.PRACTICE).gesture
        art.resize(200, 200)
        snap(art, f"gesture-{g.id}")


def test_breathe_with_holds_warns_and_paces(kind, qtbot, snap):
    w = kind.window
    qtbot.mouseClick(w.home.buttons["breathe.open"], Qt.MouseButton.LeftButton)
    page = w.page(Screen.BREATHE_SETUP)
    page.pattern.set_choice("box", {})
    assert "light-headed" in page.pattern.note.text()
    snap(w, "breathe-setup")
    page.length.set_seconds(60.0)
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_S)  # skip the check-in
    session = kind.controller.practice.driver.session
    pacer = w.page(Screen.PRACTICE).pacer
    assert session.practice.id == "breathe" and session.state is State.RUNNING
    for t, phase, name in (
        (2.0, Phase.IN, "in"),
        (6.0, Phase.HOLD_IN, "hold"),
        (10.0, Phase.OUT, "out"),
    ):
        kind.clock.set(session.started_at + t)
        session.tick()
        pacer._refresh()
        assert pacer.phase() is phase
        words_settled(qtbot, w.page(Screen.PRACTICE))
        snap(w, f"breathe-{name}")
    qtbot.keyClick(w.page(Screen.PRACTICE), Qt.Key.Key_Space)
    assert session.state is State.PAUSED and not pacer.animating()
    qtbot.keyClick(w.page(Screen.PRACTICE), Qt.Key.Key_Escape)


def test_a_custom_pattern_with_no_time_cannot_begin(kind, qtbot):
    w = kind.window
    qtbot.mouseClick(w.home.buttons["breathe.open"], Qt.MouseButton.LeftButton)
    w.page(Screen.BREATHE_SETUP).pattern.set_choice(
        "custom", {"inhale_s": 0, "hold_in_s": 0, "exhale_s": 0, "hold_out_s": 0}
    )
    assert "needs some time" in w.page(Screen.BREATHE_SETUP).pattern.note.text()
    qtbot.mouseClick(w.page(Screen.BREATHE_SETUP).begin_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.BREATHE_SETUP


def test_reduced_motion_setting_reaches_the_pacer(kind, qtbot, snap):
    w = kind.window
    kind.controller.practice.set_reduced_motion(True)
    kind.controller.start_breathe()
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + 2.0)
    session.tick()
    assert w.page(Screen.PRACTICE).pacer.reduced_motion
    words_settled(qtbot, w.page(Screen.PRACTICE))
    snap(w, "breathe-reduced-motion")
