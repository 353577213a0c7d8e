"""The small things that make a practice feel finished: Enter on a focused button, a check-in
scale that takes 10 from the keyboard, the welcome's bells to hear before choosing, a history
that never counts seconds."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from screen_helpers import show as shown

from kindapp.core.care import WELCOME_SAMPLE_CUE
from kindapp.core.history import HistoryEntry
from kindapp.core.navigation import Nav, Page, Screen


class PlayerLog:
    """A player at the sound edge that notes what it is asked."""

    scheduling = True

    def __init__(self, on_ready=None):  # type: ignore[no-untyped-def]
        self.calls = []
        self._on_ready = on_ready

    def start_practice(self, cues):  # type: ignore[no-untyped-def]
        self.calls.append(("start_practice",))
        if self._on_ready is not None:
            self._on_ready()

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return lambda *args, **kw: self.calls.append((name, *args))


def test_enter_on_done_and_on_any_focused_button_presses_it(kind, qtbot):
    w = kind.window
    kind.controller.start_break("quick")
    qtbot.keyClick(w.page(Screen.PRACTICE), Qt.Key.Key_Escape)
    done = w.page(Screen.DONE)
    assert w.current_screen() is Screen.DONE
    qtbot.keyClick(done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.current_screen() is Screen.HOME, timeout=2000)
    # "Once more", focused, answers Enter too (the keypad's as well).
    kind.controller.start_break("quick")
    qtbot.keyClick(w.page(Screen.PRACTICE), Qt.Key.Key_Escape)
    done.again_button.setFocus()
    qtbot.keyClick(done.again_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: w.current_screen() is Screen.PRACTICE, timeout=2000)


def test_digits_set_the_scale_and_1_then_0_is_10(qtbot):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    now = [100.0]
    panel = shown(qtbot, CheckInPanel(now=lambda: now[0]))
    assert "0–10" in panel.key_hint.text()
    qtbot.keyClick(panel.scale, Qt.Key.Key_7)
    assert panel.scale.value() == 7
    qtbot.keyClick(panel.scale, Qt.Key.Key_1)
    now[0] += 0.4
    qtbot.keyClick(panel.scale, Qt.Key.Key_0)
    assert panel.scale.value() == 10
    qtbot.keyClick(panel.scale, Qt.Key.Key_1)
    now[0] += 3.0  # a while later: a 0 is a 0
    qtbot.keyClick(panel.scale, Qt.Key.Key_0)
    assert panel.scale.value() == 0
    qtbot.keyClick(panel.scale, Qt.Key.Key_1)
    qtbot.keyClick(panel.scale, Qt.Key.Key_Right)  # moved on by arrow: then 0 is 0
    qtbot.keyClick(panel.scale, Qt.Key.Key_0)
    assert panel.scale.value() == 0


def test_the_welcomes_soft_bells_plays_a_sample_to_hear_before_choosing(make_kind, tmp_path, qtbot):
    log = PlayerLog()
    kind = make_kind(tmp_path, player=log)
    kind.controller.show_first_run()
    page = kind.window.page(Screen.FIRST_RUN)
    page.set_page(1)
    qtbot.mouseClick(page.sound_off, Qt.MouseButton.LeftButton)
    assert ("preview", WELCOME_SAMPLE_CUE) not in log.calls
    assert kind.controller.settings.muted
    qtbot.mouseClick(page.sound_on, Qt.MouseButton.LeftButton)
    assert log.calls[-1] == ("preview", WELCOME_SAMPLE_CUE)
    assert not kind.controller.settings.muted


def test_history_says_just_a_moment_never_seconds_and_a_kind_day_no_length(qtbot):
    from kindapp.ui.care.history_screen import HistoryScreen

    day = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    entries = [
        HistoryEntry(1, "break", "quick", day, 8.0, "stopped"),
        HistoryEntry(2, "kind_day", "day", day.replace(hour=10), 8.0, "finished"),
        HistoryEntry(3, "break", "guided", day.replace(hour=11), 300.0, "finished"),
    ]
    page = shown(qtbot, HistoryScreen())
    page.show_history(entries, date(2026, 3, 12), UTC)
    details = {i.entry_id: i.detail for i in page.model._items if i.entry_id is not None}
    assert details == {1: "just a moment", 2: "", 3: "5 min"}


def test_next_on_an_empty_writing_step_says_something_gentle(kind, qtbot):
    w = kind.window
    kind.controller.open_reframe()
    page = w.page(Screen.REFRAME)
    assert not page.next_button.isEnabled()
    qtbot.keyClick(page.critical, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.step() == 0  # nothing to carry on with yet, and it says so
    assert "a few words here first" in page.key_hint.text() and page.key_hint.isVisible()
    qtbot.keyClicks(page.critical, "Useless")
    assert "Ctrl+Enter" in page.key_hint.text()

    kind.controller.nav.go(Nav.HOME)
    qtbot.mouseClick(w.home.buttons["way.open"], Qt.MouseButton.LeftButton)
    way = w.page(Page("in_the_way"))
    qtbot.keyClick(way.hard, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "first, then Next" in way.key_hint.text() and way.key_hint.isVisible()
