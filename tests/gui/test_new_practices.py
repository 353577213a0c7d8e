"""What's in the way, a kind day, and when it feels fake: each end to end in the real window,
and what was written found again in the export (`kindapp --export`'s own code path)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kindapp.core import kind_day
from kindapp.core.navigation import Nav, Page, Screen
from kindapp.core.writing import in_the_way
from kindapp.core.writing.in_the_way import WayStep
from kindapp.core.writing.in_the_way_store import in_the_way_entries


def exported(kind, tmp_path):  # type: ignore[no-untyped-def]
    from kindapp.app import export

    out = tmp_path / "export.json"
    assert export(kind.paths, str(out)) == 0
    return json.loads(out.read_text())


def finish_practice(kind):  # type: ignore[no-untyped-def]
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()


def test_whats_in_the_way_from_home_to_a_next_step_and_its_reminder(kind, qtbot, snap, tmp_path):  # type: ignore[no-untyped-def]
    w = kind.window
    c = kind.controller
    qtbot.mouseClick(w.home.buttons["way.open"], Qt.MouseButton.LeftButton)
    assert w.current_screen() == Page("in_the_way")
    page = w.page(Page("in_the_way"))
    assert not page.next_button.isEnabled()
    qtbot.keyClicks(page.hard, "Answering the letter from the bank")
    snap(w, "in-the-way-1")
    qtbot.keyClick(page.hard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.step() is WayStep.REASON
    assert not page.next_button.isEnabled(), "a reason is chosen first"
    page.reason_buttons["fear"].click()
    snap(w, "in-the-way-2")
    qtbot.keyClick(page.reason_buttons["fear"], Qt.Key.Key_Return)
    assert page.step() is WayStep.QUESTION
    assert "worry" in page.question.text()
    snap(w, "in-the-way-3")
    qtbot.keyClicks(page.answer, "That it is bad news")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.step() is WayStep.NEXT_STEP
    qtbot.keyClicks(page.next_step, "Open the envelope")
    page.remind.setCurrentIndex(page.remind.findData("hour"))
    snap(w, "in-the-way-4")
    qtbot.keyClick(page.next_step, Qt.Key.Key_Return)
    assert page.step() is WayStep.KEPT
    assert "Open the envelope" in page.kept.text()
    snap(w, "in-the-way-5")
    desk = kind.controller.desk
    upcoming = desk.nudges.next_due()
    assert upcoming is not None and upcoming.key == in_the_way.STEP_KEY
    assert upcoming.detail == "Open the envelope"
    assert desk.nudges.armed_ms() is not None
    qtbot.mouseClick(page.learn_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.LEARN
    c.nav.go(Nav.HOME)

    data = exported(kind, tmp_path)
    (entry,) = data["in_the_way"]
    assert entry["hard_thing"] == "Answering the letter from the bank"
    assert (entry["reason"], entry["answer"], entry["next_step"]) == (
        "fear",
        "That it is bad news",
        "Open the envelope",
    )
    assert entry["remind_at"] is not None
    assert [p["practice"] for p in data["practices"]] == ["way"]


def test_something_else_asks_for_own_words(kind, qtbot):  # type: ignore[no-untyped-def]
    w = kind.window
    kind.controller.writing.more.open_page("way")
    page = w.page(Page("in_the_way"))
    page.hard.setPlainText("Tidying up")
    page.go_next()
    assert not page.own_reason.isVisible()
    page.reason_buttons["other"].click()
    assert page.own_reason.isVisible() and not page.next_button.isEnabled()
    qtbot.keyClicks(page.own_reason, "It reminds me of my father")
    assert page.next_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.step() is WayStep.HARD_THING
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME, "Esc leaves, nothing kept"
    assert in_the_way_entries(kind.controller.journal()) == []


def test_a_kind_day_from_the_morning_to_the_evening_look_back(kind, qtbot, snap, tmp_path):  # type: ignore[no-untyped-def]
    w = kind.window
    c = kind.controller
    assert w.home.buttons["kind_day.open"].text() == "Begin", "never on by default"
    qtbot.mouseClick(w.home.buttons["kind_day.open"], Qt.MouseButton.LeftButton)
    page = w.page(Page("kind_day"))
    assert page.intention.hasFocus() and not page.go_button.isEnabled()
    qtbot.keyClicks(page.intention, "Talk to myself like I talk to Ana")
    snap(w, "kind-day-morning")
    qtbot.keyClick(page.intention, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.HOME
    assert w.home.buttons["kind_day.open"].text() == "Look back"
    pending = c.desk.nudges.next_due()
    assert pending is not None and pending.key in (kind_day.INVITATION_KEY, kind_day.EVENING_KEY)

    # An invitation arrives as a tray message: nothing takes the focus.
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    c.desk.on_nudge_due(pending)
    assert w.current_screen() is Screen.HOME and w.isActiveWindow()

    # The evening's message, clicked, opens the look back.
    c.tray.messageAction.emit(kind_day.EVENING_KEY)
    assert w.current_screen() == Page("kind_day")
    assert "Talk to myself like I talk to Ana" in page.intention_shown.text()
    assert not page.go_button.isEnabled()
    qtbot.keyClicks(page.kind_moment, "I took a proper lunch break")
    qtbot.keyClicks(page.hard_moment, "The call with my brother")
    snap(w, "kind-day-evening")
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert "proper lunch" in page.looked_back.text()
    snap(w, "kind-day-looked-back")
    assert c.desk.nudges.next_due() is None, "a day looked back on asks nothing more"
    assert w.home.buttons["kind_day.open"].text() == "Begin"
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.HOME

    (day,) = exported(kind, tmp_path)["kind_days"]
    assert day["intention"] == "Talk to myself like I talk to Ana"
    assert day["kind_moment"] == "I took a proper lunch break"
    assert day["hard_moment"] == "The call with my brother"


def test_when_it_feels_fake_a_page_is_offered_once_with_a_letter_prompt(
    kind, qtbot, snap, tmp_path
):  # type: ignore[no-untyped-def]
    w = kind.window
    c = kind.controller
    c.start_breathe()
    finish_practice(kind)
    assert w.current_screen() is Screen.CHECKIN
    checkin = w.page(Screen.CHECKIN)
    assert checkin.hollow_button.isVisible()
    snap(w, "checkin-after-hollow-button")
    qtbot.mouseClick(checkin.hollow_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.FEELS_FAKE
    snap(w, "feels-fake")
    fake = w.page(Screen.FEELS_FAKE)
    qtbot.mouseClick(fake.letter_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.LETTER
    letter = w.page(Screen.LETTER)
    assert letter.prompts.isVisible() and letter.prompts.extra.isVisible()
    assert "strange" in letter.prompts.extra.text()
    snap(w, "letter-feels-fake-prompt")
    letter.editor.setPlainText("Sam, of course this feels odd. Nobody showed you this.")
    letter.flush()
    assert any("feels odd" in x["body"] for x in exported(kind, tmp_path)["letters"])

    # The words alone say so too; but it is offered only once.
    c.nav.go(Nav.HOME)
    c.start_breathe()
    finish_practice(kind)
    qtbot.keyClicks(checkin.words, "felt fake")
    qtbot.keyClick(checkin, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.DONE


def test_the_words_of_a_check_in_can_say_it_felt_hollow(kind, qtbot):  # type: ignore[no-untyped-def]
    w = kind.window
    kind.controller.start_breathe()
    finish_practice(kind)
    checkin = w.page(Screen.CHECKIN)
    qtbot.keyClicks(checkin.words, "a bit awkward")
    qtbot.keyClick(checkin, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.FEELS_FAKE
    qtbot.keyClick(w.page(Screen.FEELS_FAKE), Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.DONE
