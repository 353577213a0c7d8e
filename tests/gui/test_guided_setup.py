"""The choices before giving and receiving compassion and soften, soothe, allow, in the real
window: from home's card the set-up comes first (the ratio and an optional name; the emotion
and its place, tapped on the outline), then the check-in, then the practice with them; from
the tray straight in, with the ratio chosen last. The name is kept only when asked."""

from __future__ import annotations

import json

from PySide6.QtCore import QPoint, Qt

from kindapp.core.navigation import Nav, Screen
from kindapp.core.practices.giving_receiving import ME, YOU


def begin_from_home(kind, qtbot, command: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(kind.window.home.buttons[command], Qt.MouseButton.LeftButton)


def leave(kind) -> None:  # type: ignore[no-untyped-def]
    kind.controller.practice.leave_practice()
    kind.controller.nav.go(Nav.HOME)


def skip_check_in(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert kind.window.current_screen() is Screen.CHECKIN
    qtbot.keyClick(kind.window.page(Screen.CHECKIN), Qt.Key.Key_Escape)
    assert kind.window.current_screen() is Screen.PRACTICE


def test_giving_and_receiving_asks_the_ratio_and_a_name_first(kind, qtbot, snap) -> None:
    w = kind.window
    begin_from_home(kind, qtbot, "giving-receiving.short")
    assert w.current_screen() is Screen.GIVING_SETUP
    page = w.page(Screen.GIVING_SETUP)
    assert page.ratio_buttons["one-one"].isChecked() and page.name.text() == ""
    assert w.focusWidget() is page.ratio_buttons["one-one"]
    snap(w, "giving-setup")
    qtbot.mouseClick(page.ratio_buttons["two-one"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name, "Sam")
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    skip_check_in(kind, qtbot)
    session = kind.controller.practice.driver.session
    assert session.practice.id == "giving-receiving"
    assert session.practice.total_s < 6 * 60  # the short one, as chosen on home
    exchange = next(s for s in session.practice.steps if s.id == "exchange")
    assert exchange.breath_for == (ME, ME, YOU)
    # During a breath that is for someone else (the third: two for me, one for you), the screen
    # names them.
    screen = w.page(Screen.PRACTICE)
    start = session.practice.step_starts()[session.practice.steps.index(exchange)]
    assert exchange.pattern is not None
    kind.clock.set(session.started_at + start + exchange.pattern.cycle_s * 1.25)
    session.tick()
    screen._show_for_whom()
    assert screen.for_whom.text() == "For Sam"
    snap(w, "giving-practice-for-sam")
    # The ratio is kept for next time; the name is not (it was not asked to be).
    assert kind.controller.settings.giving_ratio == "two-one"
    assert kind.controller.settings.giving_name == ""
    assert "Sam" not in kind.paths.settings_file.read_text()
    leave(kind)

    # Asked to remember it, it is there next time.
    begin_from_home(kind, qtbot, "giving-receiving.begin")
    assert page.ratio_buttons["two-one"].isChecked() and page.name.text() == ""
    qtbot.keyClicks(page.name, "Sam")
    qtbot.mouseClick(page.remember, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Enter in the name begins
    skip_check_in(kind, qtbot)
    assert kind.controller.settings.giving_name == "Sam"
    qtbot.waitUntil(
        lambda: json.loads(kind.paths.settings_file.read_text()).get("giving_name") == "Sam"
    )
    leave(kind)
    begin_from_home(kind, qtbot, "giving-receiving.begin")
    assert page.name.text() == "Sam" and page.remember.isChecked()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME


def test_from_the_tray_it_goes_straight_in_with_the_last_ratio(kind) -> None:
    kind.controller.update_settings(giving_ratio="all-me")
    kind.controller.actions.run("giving-receiving.start", "short")
    assert kind.window.current_screen() is Screen.PRACTICE
    session = kind.controller.practice.driver.session
    exchange = next(s for s in session.practice.steps if s.id == "exchange")
    assert exchange.breath_for == (ME,)


def test_soften_soothe_allow_names_the_feeling_and_finds_it_in_the_body(kind, qtbot, snap) -> None:
    w = kind.window
    begin_from_home(kind, qtbot, "soften-soothe-allow.begin")
    assert w.current_screen() is Screen.SOFTEN_SETUP
    page = w.page(Screen.SOFTEN_SETUP)
    assert page.choice().named() == "" and page.choice().place is None
    fear = page.emotion_buttons["Fear"]
    qtbot.mouseClick(fear, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.emotion_buttons["Grief"], Qt.MouseButton.LeftButton)
    assert not fear.isChecked(), "one name at a time"
    qtbot.mouseClick(fear, Qt.MouseButton.LeftButton)
    # The chest, tapped on the outline (its middle: 50, 56 of the 100 x 200 outline).
    outline = page.outline
    scale, dx, dy = outline._scale_and_offset()
    qtbot.mouseClick(
        outline,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(dx + 50 * scale), round(dy + 56 * scale)),
    )
    assert page.places.currentData() == "chest" and outline.place == "chest"
    snap(w, "soften-setup")
    page.places.setCurrentIndex(page.places.findData("belly"))  # or from the list
    assert outline.place == "belly"
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    skip_check_in(kind, qtbot)
    practice = kind.controller.practice.driver.session.practice
    steps = {s.id: s for s in practice.steps}
    assert steps["name"].hint == "Fear" and steps["find"].place == "belly"
    leave(kind)

    # Own words win over the list; nothing of the last time is kept.
    begin_from_home(kind, qtbot, "soften-soothe-allow.short")
    assert not any(b.isChecked() for b in page.emotion_buttons.values())
    assert page.places.currentData() is None and page.own_words.text() == ""
    qtbot.mouseClick(page.emotion_buttons["Shame"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.own_words, "a knot of dread")
    qtbot.mouseClick(page.begin_button, Qt.MouseButton.LeftButton)
    skip_check_in(kind, qtbot)
    practice = kind.controller.practice.driver.session.practice
    assert {s.id: s for s in practice.steps}["name"].hint == "a knot of dread"
    assert all(s.place is None for s in practice.steps)
    assert "dread" not in kind.paths.settings_file.read_text()


def test_the_set_ups_are_let_go_in_the_tray_and_shown_again_as_kept(kind, qtbot) -> None:
    """Closed into the tray, the window lets the two set-ups go (issue 29: they hold nothing
    that the settings do not keep); opened again from home, they show the ratio and the name
    kept, and soften, soothe, allow starts afresh, as before."""
    w = kind.window
    kind.controller.update_settings(giving_ratio="two-one", giving_name="Sam")
    begin_from_home(kind, qtbot, "giving-receiving.begin")
    qtbot.keyClick(w.page(Screen.GIVING_SETUP), Qt.Key.Key_Escape)
    begin_from_home(kind, qtbot, "soften-soothe-allow.begin")
    qtbot.mouseClick(w.page(Screen.SOFTEN_SETUP).emotion_buttons["Fear"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(w.page(Screen.SOFTEN_SETUP), Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME
    w.close()  # into the tray
    assert not w.isVisible()
    assert not w.built(Screen.GIVING_SETUP) and not w.built(Screen.SOFTEN_SETUP)
    w.show()
    begin_from_home(kind, qtbot, "giving-receiving.begin")
    giving = w.page(Screen.GIVING_SETUP)
    assert giving.ratio_buttons["two-one"].isChecked()
    assert giving.name.text() == "Sam" and giving.remember.isChecked()
    qtbot.keyClick(giving, Qt.Key.Key_Escape)
    begin_from_home(kind, qtbot, "soften-soothe-allow.begin")
    soften = w.page(Screen.SOFTEN_SETUP)
    assert not any(b.isChecked() for b in soften.emotion_buttons.values())
