"""Home, settings, notices and the tray on a real X server."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from kindapp.core.navigation import Nav, Screen


def test_settings_apply_at_once_and_are_kept(kind, qtbot, snap, make_kind, tmp_path):
    w = kind.window
    qtbot.mouseClick(w.home.settings_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.SETTINGS
    snap(w, "settings")
    w.page(Screen.SETTINGS).volume.setFocus()
    qtbot.keyClick(w.page(Screen.SETTINGS).volume, Qt.Key.Key_PageDown)  # keyboard path: 70 -> 60
    assert w.page(Screen.SETTINGS).volume_value.text() == "60 %"
    w.page(Screen.SETTINGS).mute.setFocus()
    qtbot.keyClick(w.page(Screen.SETTINGS).mute, Qt.Key.Key_Space)
    w.page(Screen.SETTINGS).guided.click()
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(kind.paths.settings_file.read_text())
    assert saved["volume"] == 0.6 and saved["muted"] is True and saved["break_mode"] == "guided"
    qtbot.keyClick(w.page(Screen.SETTINGS), Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME

    again = make_kind(tmp_path)
    again.controller.nav.go(Nav.OPEN_SETTINGS)
    assert again.controller.settings_flow.page().volume.value() == 60
    assert again.controller.settings_flow.page().mute.isChecked()
    assert again.controller.settings_flow.page().guided.isChecked()


def test_corrupt_settings_are_kept_aside_and_the_person_is_told(make_kind, tmp_path, snap):
    cfg = tmp_path / "config" / "kindapp"
    cfg.mkdir(parents=True)
    (cfg / "settings.json").write_bytes(b"{ this is not json")
    kind = make_kind(tmp_path)
    aside = list(cfg.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"{ this is not json"
    banner = kind.window.banner
    assert banner.isVisible() and str(aside[0]) in banner.text.text()
    snap(kind.window, "home-notice")
    banner.dismiss.click()
    assert not banner.isVisible()


def test_tray_is_real_and_closing_the_window_keeps_kind(kind, qtbot, qapp):
    tray = kind.controller.tray
    assert tray.available
    qtbot.waitUntil(lambda: not tray.icon.geometry().isEmpty(), timeout=5000)
    actions = [a.text() for a in tray.menu.actions() if a.text()]
    assert actions == [
        "Quick break",
        "Soothing touch",
        "Breathe",
        "Write a letter",
        "Self-compassion journal",
        "Catch a harsh thought",
        "Affectionate breathing",
        "Your kind phrases",
        "Soften, soothe, allow",
        "Giving and receiving compassion",
        "Compassionate body scan",
        "Open Kind",
        "Pause reminders",
        "Quit",
    ]
    kind.window.close()
    assert not kind.window.isVisible()
    assert not qapp.quitOnLastWindowClosed()
    tray.openWindow.emit()
    qtbot.waitUntil(kind.window.isVisible, timeout=3000)
    # The tray's quick break opens the window on the break.
    kind.window.hide()
    next(a for a in kind.controller.tray.menu.actions() if a.text() == "Quick break").trigger()
    assert kind.window.isVisible() and kind.window.current_screen() is Screen.PRACTICE


def test_unwritable_config_dir_is_a_message_not_a_crash(make_kind, tmp_path):
    (tmp_path / "config").write_text("a file where a directory should be")
    kind = make_kind(tmp_path)
    text = kind.window.banner.text.text()
    assert "can't save settings" in text
    kind.controller.practice.set_volume(0.3)  # still works for this run
    assert kind.controller.settings.volume == 0.3


class PreviewLog:
    """A player at the sound edge that notes what the settings screen asks of it."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *args, **kw: self.calls.append((name, *args))


def test_sound_settings_theme_device_and_previews(make_kind, tmp_path, qtbot, snap):
    player = PreviewLog()
    kind = make_kind(tmp_path, player=player)
    w = kind.window
    cfg = kind.paths.settings_file
    kind.controller.update_settings(output_device="USB Headset (gone)")
    qtbot.mouseClick(w.home.settings_button, Qt.MouseButton.LeftButton)
    combo = w.page(Screen.SETTINGS).device
    # The device list arrives from a worker thread; the remembered device is still shown.
    qtbot.waitUntil(lambda: combo.findData("USB Headset (gone)") >= 0, timeout=5000)
    assert combo.itemData(0) == "" and "not connected" in combo.currentText()
    snap(w, "settings-sound")

    for cue, b in w.page(Screen.SETTINGS).preview_buttons.items():
        qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
        assert player.calls[-1] == ("preview", cue)

    w.page(Screen.SETTINGS).theme.setCurrentIndex(w.page(Screen.SETTINGS).theme.findData("chimes"))
    combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(cfg.read_text())
    assert saved["sound_theme"] == "chimes" and saved["output_device"] == ""
    assert ("set_theme", "chimes") in player.calls and ("set_device", None) in player.calls
    qtbot.mouseClick(w.page(Screen.SETTINGS).volume_test, Qt.MouseButton.LeftButton)
    assert player.calls[-1] == ("preview", "step_1")


def test_reminder_settings_are_kept_and_the_tray_can_pause_them(kind, qtbot, snap):
    w = kind.window
    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    r = w.page(Screen.SETTINGS).reminders
    assert not r.enabled.isChecked()  # off by default
    r.enabled.setChecked(True)
    r.days[6].setChecked(True)  # a quiet Sunday
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(kind.paths.settings_file.read_text())["reminders"]
    assert saved["enabled"] is True and saved["quiet_days"] == [6]
    assert kind.controller.desk.reminders.next_due() is not None
    snap(w, "settings-reminders")
    kind.controller.tray.pauseReminders.emit("hour")
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(kind.paths.settings_file.read_text())["reminders"]
    assert saved["snoozed_until"] is not None


def test_a_reminder_is_a_notification_and_clicking_it_starts_the_break(kind, qtbot):
    kind.window.hide()
    kind.controller.desk.on_reminder_due()
    assert not kind.window.isVisible()  # never a window that steals focus
    kind.controller.tray.reminderClicked.emit()
    assert kind.window.isVisible() and kind.window.current_screen() is Screen.PRACTICE


def test_settings_writes_are_debounced_and_the_last_is_kept_on_quit(kind, qtbot, monkeypatch):
    """A burst of changes (a volume slider dragged) is one write 300 ms after the last; a
    change still waiting when Kind quits is written then, not lost."""
    prefs = kind.controller.prefs
    writes: list[float] = []
    save = prefs.store.save
    monkeypatch.setattr(
        prefs.store, "save", lambda s, **kw: (writes.append(s.volume), save(s, **kw))
    )
    for step in range(40):
        kind.controller.update_settings(volume=step / 100)
    assert writes == [] and prefs.pending
    qtbot.waitUntil(lambda: writes == [0.39], timeout=2000)
    assert json.loads(kind.paths.settings_file.read_text())["volume"] == 0.39
    kind.controller.update_settings(volume=0.55)
    kind.controller.shutdown()  # what quitting runs (aboutToQuit)
    assert writes == [0.39, 0.55] and not prefs.pending
    assert json.loads(kind.paths.settings_file.read_text())["volume"] == 0.55
