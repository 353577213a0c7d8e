"""Kind on the Wayland test desktop (sway, waybar's StatusNotifier tray, mako, PipeWire): the
installed `kindapp` runs natively on Wayland, its break is heard at the PipeWire sink on
schedule and kept in the journal, its tray icon is a StatusNotifierItem named Kind with the
theme's icon and a menu that works, its reminders are real notifications whose actions start
the quick break or let it pass, and it stays one instance whose window a second launch brings
to the front.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import desktop
import numpy as np
import pytest
import wayland_desktop
from desktop import log_lines, wait_for_log, wait_until
from PySide6.QtGui import QColor, QImage

from kindapp.core.practice_registry import kind_practices

pytestmark = pytest.mark.system

TOLERANCE_S = 0.050
"""On the app's own clock (its log); what the sink played is held to desktop.HEARD_WITHIN_S."""
OPENING_LATE_S = 0.120
SHORTEST_STEP_S = 5.0
"""The Wayland break runs on the real clock with its steps scaled (KIND_TEST_STEP_SCALE) so the
shortest lasts this long, as the guided practices' system tests do; the quick break's full
length on the real clock is tests/system/test_break_cues.py's, on the X11 desktop."""
# The practices' lines come from the registry, in its order (issue 23); then the app's own.
TOP_LEVEL = [entry.text for entry in kind_practices().tray_entries()]
TOP_LEVEL += ["Open Kind"]
TOP_LEVEL += ["Pause reminders", "", "Quit"]  # "" is the separator
PAUSE_MENU = ["For an hour", "Until tomorrow"]


def kind_tray_item(
    wayland: wayland_desktop.WaylandDesktop, env: desktop.KindEnv, pid: int
) -> wayland_desktop.TrayItem:
    """Wait for process `pid`'s StatusNotifierItem at the watcher; returns it."""
    [item] = wait_until(
        lambda: wayland_desktop.items_of_pid(wayland.bus, wayland.waybar.items(), pid),
        30,
        "Kind's item in RegisteredStatusNotifierItems",
        interval=0.05,
        details=lambda: f"watcher: {wayland.waybar.items()}\n{env.diagnostics()}",
    )
    return item


def kind_menu(wayland: wayland_desktop.WaylandDesktop, item: wayland_desktop.TrayItem) -> Any:
    menu_path = wayland_desktop.sni_property(wayland.bus, item, "Menu")
    return menu_path, wayland_desktop.menu_layout(wayland.bus, item.service, menu_path)


def bar_has_icon_at_right(shot: Path) -> bool:
    """Something other than the bar's own colour is drawn at the bar's right end (the tray)."""
    image = QImage(str(shot))
    bar = QColor.fromRgb(image.pixel(640, 3)).name()
    return any(
        QColor.fromRgb(image.pixel(x, y)).name() != bar
        for x in range(image.width() - 60, image.width())
        for y in range(4, 26)
    )


# Cue onsets through a whole second desktop's sound server (PipeWire, as the desktop's user),
# held to what a person hears (desktop.HEARD_WITHIN_S), beside the rest of the run: an `alone`
# test here, at the run's start, stopped every worker until the longest test running ended.
def test_break_runs_natively_with_cues_at_the_step_durations(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    wayland_recorder: desktop.Recorder,
    artifacts: Path,
) -> None:
    from kindapp.core.practices import BREAK_QUICK as FULL

    env = wayland_kind_env
    scale = SHORTEST_STEP_S / min(step.duration_s for step in FULL.steps)
    quick = FULL.scaled(scale)  # the break as this run has it
    env["KIND_TEST_STEP_SCALE"] = repr(scale)
    durations = [step.duration_s for step in quick.steps]
    expected_cues = [step.cue for step in quick.steps] + [quick.end_cue]
    wayland_recorder.start()
    app = launch_wayland_kind("--break")
    started = wait_for_log(env, r"practice-start practice=break mode=quick at=([\d.]+)", 30)

    # A native Wayland window (xdg-shell; there is no X server here at all), named Kind, with
    # the desktop file's name as its app_id.
    window = wayland_desktop.wait_for_window(wayland, env, app.pid)
    assert (window["app_id"], window["shell"]) == ("org.kindapp.Kind", "xdg_shell"), window
    shot = wayland.screenshot(artifacts / "wayland_break.png")
    assert bar_has_icon_at_right(shot), f"no tray icon drawn in waybar (see {shot})"

    # --export while the break runs: succeeds and opens no window.
    windows = wayland.sway.windows()
    during = wayland_desktop.export(wayland, env, "during.json")
    assert not [p for p in during["practices"] if p["outcome"] == "finished"], during
    assert len(wayland.sway.windows()) == len(windows)

    ended = wait_for_log(env, r"practice-end outcome=(\w+) at=([\d.]+)", quick.total_s + 30)
    assert ended.group(1) == "finished", env.diagnostics()
    wayland_recorder.wait_for_onsets(len(expected_cues), timeout=15.0)
    samples, rate = wayland_recorder.stop()
    onsets = desktop.detect_onsets(samples, rate)
    desktop.save_envelope_png(artifacts / "wayland_break_envelope.png", samples, rate, onsets)
    desktop.write_wav(artifacts / "wayland_break.wav", samples, rate)

    # The app's own account: the cues in order, on schedule.
    t0 = float(started.group(1))
    cues = log_lines(env, r"cue name=(\S+) at=([\d.]+)")
    assert [m.group(1) for m in cues] == expected_cues, env.diagnostics()
    logged = np.array([float(m.group(2)) for m in cues]) - t0
    schedule = np.array([*quick.step_starts(), quick.total_s])
    assert np.allclose(logged, schedule, atol=TOLERANCE_S), logged

    # What PipeWire's sink really played: one onset per cue, intervals = step durations.
    assert len(onsets) == len(expected_cues), (
        f"expected {len(expected_cues)} cue onsets, recorded {len(onsets)} at "
        f"{[round(t, 3) for t in onsets]} (see {artifacts / 'wayland_break_envelope.png'})"
    )
    errors = np.diff(onsets) - np.array(durations)
    # The opening bell is planned as the stream starts; one that is late is played late rather
    # than dropped (issue 24), so the first interval alone may be short by up to OPENING_LATE_S
    # (59 ms seen once on the fresh root, PipeWire just started). The steps keep HEARD_WITHIN_S.
    bounds = np.full(len(errors), desktop.HEARD_WITHIN_S)
    bounds[0] = OPENING_LATE_S
    assert np.all(np.abs(errors) <= bounds), (
        f"recorded intervals {np.round(np.diff(onsets), 3).tolist()} vs step durations "
        f"{durations}; errors {np.round(errors * 1000, 1).tolist()} ms"
    )

    # The journal kept it, privately, and --export shows the finished break.
    assert desktop.private_files(env.data_dir) == {}
    after = wayland_desktop.export(wayland, env, "after.json")
    [entry] = after["practices"]
    assert (entry["practice"], entry["mode"], entry["outcome"]) == ("break", "quick", "finished")
    span = (
        datetime.fromisoformat(entry["ended_at"]) - datetime.fromisoformat(entry["started_at"])
    ).total_seconds()
    assert abs(span - quick.total_s) < 1.0, entry
    (artifacts / "wayland_break_export.json").write_text(json.dumps(after, indent=2))
    assert "Traceback" not in app.stderr(), app.stderr()


def test_tray_item_is_registered_and_its_menu_lists_the_entries(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    app = launch_wayland_kind("--minimized")
    assert wait_for_log(wayland_kind_env, r"tray available=(\d)", 30).group(1) == "1"
    item = kind_tray_item(wayland, wayland_kind_env, app.pid)
    assert wayland_desktop.sni_property(wayland.bus, item, "Status") == "Active"
    tooltip = wayland_desktop.sni_property(wayland.bus, item, "ToolTip")
    assert "Kind: a kind moment, whenever you need one" in tooltip, tooltip

    _path, layout = kind_menu(wayland, item)
    assert [wayland_desktop.menu_label(e) for e in layout["children"]] == TOP_LEVEL, layout
    [pause] = [e for e in layout["children"] if wayland_desktop.menu_label(e) == "Pause reminders"]
    assert [wayland_desktop.menu_label(e) for e in pause["children"]] == PAUSE_MENU, pause

    # Minimized: the icon is in waybar, and no window was opened.
    shot = wayland.screenshot(artifacts / "wayland_tray.png")
    assert bar_has_icon_at_right(shot), f"no tray icon drawn in waybar (see {shot})"
    assert wayland_desktop.windows_of(wayland, app.pid) == []
    assert log_lines(wayland_kind_env, r"window-shown") == []


def install_desktop_files(wayland: wayland_desktop.WaylandDesktop, env: desktop.KindEnv) -> None:
    """`make install-desktop` into the test's XDG_DATA_HOME: the launcher and the theme icon."""
    result = subprocess.run(
        [desktop.sys.executable, str(desktop.REPO / "packaging" / "install_desktop.py")],
        env={**desktop.base_env(), "XDG_DATA_HOME": str(env.data_home)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    wayland.user.own(env.data_home)


def test_tray_item_is_titled_kind_and_carries_the_theme_icon(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = wayland_kind_env
    install_desktop_files(wayland, env)
    app = launch_wayland_kind("--minimized")
    item = kind_tray_item(wayland, env, app.pid)
    assert wayland_desktop.sni_property(wayland.bus, item, "Title") == "Kind"
    assert wayland_desktop.sni_property(wayland.bus, item, "Id") == "Kind"
    # The theme has org.kindapp.Kind: the host is given its name (and draws it at its size).
    assert wayland_desktop.sni_property(wayland.bus, item, "IconName") == "org.kindapp.Kind"
    assert log_lines(env, r"tray icon name=org\.kindapp\.Kind")
    # A click on the item (the host's Activate) opens the window.
    wayland.bus.busctl(
        "call", item.service, item.path, "org.kde.StatusNotifierItem", "Activate", "ii", "0", "0"
    )
    wayland_desktop.wait_for_window(wayland, env, app.pid)


def test_without_the_theme_icon_the_item_carries_the_pixmap(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    app = launch_wayland_kind("--minimized")
    item = kind_tray_item(wayland, wayland_kind_env, app.pid)
    assert wayland_desktop.sni_property(wayland.bus, item, "IconName") == ""
    pixmaps = wayland_desktop.sni_property(wayland.bus, item, "IconPixmap")
    assert pixmaps and all(w > 0 and h > 0 for w, h, _data in pixmaps), pixmaps


def test_quick_break_from_the_tray_menu(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = wayland_kind_env
    app = launch_wayland_kind()
    wait_for_log(env, r"window-shown", 30)
    wayland_desktop.wait_for_window(wayland, env, app.pid)
    item = kind_tray_item(wayland, env, app.pid)
    menu_path, layout = kind_menu(wayland, item)
    [entry] = [e for e in layout["children"] if wayland_desktop.menu_label(e) == "Quick break"]
    assert log_lines(env, r"practice-start") == []

    # What waybar sends when the entry is clicked.
    wayland_desktop.click_menu_entry(wayland.bus, item.service, menu_path, entry["id"])
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    wait_for_log(env, r"step-start index=0 ", 10)

    # Esc in Kind's window (it has the focus: the only window) stops it.
    focused = [w for w in wayland_desktop.windows_of(wayland, app.pid) if w.get("focused")]
    assert focused, wayland.sway.windows()
    wayland_desktop.press_until(
        wayland,
        "Escape",
        lambda: log_lines(env, r"practice-end outcome=stopped"),
        "Esc to stop the break",
    )
    assert len(log_lines(env, r"practice-end")) == 1, env.diagnostics()
    data = wayland_desktop.export(wayland, env, "export.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("break", "quick", "stopped")
    ], data
    assert app.running(), env.diagnostics()


def test_a_second_launch_exits_and_the_first_keeps_running(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = wayland_kind_env
    first = launch_wayland_kind("--minimized")
    kind_tray_item(wayland, env, first.pid)
    assert wayland_desktop.windows_of(wayland, first.pid) == []
    second = launch_wayland_kind()
    assert second.proc.wait(20) == 0, second.stderr()
    # The first one took the hand-off: it shows its window, and it is the only Kind running.
    wayland_desktop.wait_for_window(wayland, env, first.pid)
    assert first.running(), env.diagnostics()
    assert [p for p in env.launched if p.running()] == [first]
    assert len(log_lines(env, r"window-shown")) == 1
    kinds = [w for w in wayland.sway.windows() if w.get("app_id") == "org.kindapp.Kind"]
    assert [w["pid"] for w in kinds] == [first.pid], kinds


def test_closing_the_window_says_kind_is_still_in_the_tray(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = wayland_kind_env
    wayland.mako.dismiss_all()
    app = launch_wayland_kind()
    wait_for_log(env, r"window-shown", 30)
    window = wayland_desktop.wait_for_window(wayland, env, app.pid)
    kind_tray_item(wayland, env, app.pid)
    # The compositor's close (xdg_toplevel.close), as a click on a title bar's X.
    wayland.sway.msg(f"[con_id={window['id']}] kill")
    wait_until(
        lambda: not wayland_desktop.windows_of(wayland, app.pid), 10, "Kind's window to close"
    )
    assert app.running(), env.diagnostics()
    [shown] = wait_until(
        lambda: [n for n in wayland.mako.notifications() if n["summary"] == "Kind is still here"],
        10,
        "the 'still here' notification in makoctl list",
        details=wayland.logs,
    )
    assert shown["app-name"] == "Kind", shown
    wayland.mako.dismiss_all()


# --------------------------------------------------------------------------- reminders


def plan_reminders(
    wayland: wayland_desktop.WaylandDesktop, env: desktop.KindEnv, *in_s: float
) -> list[datetime]:
    """settings.json with reminders at these many seconds from now (a "times" plan: the
    ReminderTimer arms one timer to the first, then the next), the welcome already seen. Kind
    must be up before the first (10 s leaves room for a slow start on a busy machine)."""
    from dataclasses import replace

    from kindapp.core.reminders import ReminderPlan, local_zone
    from kindapp.core.settings import Settings, SettingsStore

    now = datetime.now(local_zone()).replace(microsecond=0)
    due = [now + timedelta(seconds=s) for s in in_s]
    plan = ReminderPlan(enabled=True, mode="times", times=tuple(d.time() for d in due))
    desktop.private_dir(env.config_dir)
    SettingsStore(env.settings_path).save(
        replace(Settings(), reminders=plan.to_dict(), first_run_done=True)
    )
    wayland.user.own(env.config_dir)
    return due


def kind_notifications(wayland: wayland_desktop.WaylandDesktop) -> list[dict[str, Any]]:
    return [n for n in wayland.mako.notifications() if n["app-name"] == "Kind"]


def wait_for_reminder(
    wayland: wayland_desktop.WaylandDesktop, env: desktop.KindEnv, count: int = 1
) -> tuple[int, dict[str, Any]]:
    """The `count`-th reminder shown as a notification: its id (as Kind logged it) and its
    entry in makoctl list."""
    wait_until(
        lambda: len(log_lines(env, r"reminder shown via=notification")) >= count,
        40,
        f"reminder {count} in Kind's log",
        details=lambda: f"{env.diagnostics()}\n{wayland.logs()}",
    )
    ident = int(log_lines(env, r"reminder shown via=notification id=(\d+)")[count - 1].group(1))
    [shown] = wait_until(
        lambda: [n for n in kind_notifications(wayland) if n["id"] == ident],
        10,
        "Kind's reminder in makoctl list",
        details=wayland.logs,
    )
    return ident, shown


def test_a_due_reminder_is_a_notification_whose_click_starts_the_quick_break(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    env = wayland_kind_env
    wayland.mako.dismiss_all()
    plan_reminders(wayland, env, 10)
    app = launch_wayland_kind()
    wayland_desktop.wait_for_window(wayland, env, app.pid)
    kind_tray_item(wayland, env, app.pid)
    ident, shown = wait_for_reminder(wayland, env)
    assert shown["summary"] == "A kind moment?", shown
    assert "quick break" in shown["body"] or "minute" in shown["body"], shown
    assert shown["actions"] == {"default": "Take a quick break", "not-now": "Not now"}, shown
    assert shown["app-name"] == "Kind", shown  # its hints on the wire: test_wayland_notifications
    assert log_lines(env, r"practice-start") == []
    # Kind on the desktop: its window, its icon in waybar, and the reminder.
    shot = wayland.screenshot(artifacts / "wayland_reminder.png")
    assert bar_has_icon_at_right(shot), f"no tray icon drawn in waybar (see {shot})"

    # A click on the notification: the server invokes its default action.
    wayland.mako.invoke(ident, "default")
    wait_for_log(env, r"reminder accepted", 10)
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    wait_for_log(env, r"step-start index=0 ", 10)
    wait_until(lambda: not kind_notifications(wayland), 10, "the reminder to go")
    wayland.screenshot(artifacts / "wayland_reminder_break.png")
    wayland_desktop.press_until(
        wayland,
        "Escape",
        lambda: log_lines(env, r"practice-end outcome=stopped"),
        "Esc to stop the break",
    )
    data = wayland_desktop.export(wayland, env, "export.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("break", "quick", "stopped")
    ], data
    assert "Traceback" not in app.stderr(), app.stderr()


def test_a_newer_reminder_replaces_the_one_showing_and_not_now_leaves_nothing(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = wayland_kind_env
    wayland.mako.dismiss_all()
    plan_reminders(wayland, env, 10, 15)
    app = launch_wayland_kind("--minimized")
    kind_tray_item(wayland, env, app.pid)
    first, shown = wait_for_reminder(wayland, env)
    second, replaced = wait_for_reminder(wayland, env, 2)
    assert second == first  # replaced, not stacked
    assert replaced["body"] != shown["body"]
    assert [n["id"] for n in kind_notifications(wayland)] == [first]

    wayland.mako.invoke(first, "not-now")
    wait_for_log(env, r"reminder let-pass action=not-now", 10)
    wait_until(lambda: not kind_notifications(wayland), 10, "the reminder to go")
    assert log_lines(env, r"practice-start") == []
    assert wayland_desktop.windows_of(wayland, app.pid) == []  # nothing opened
    data = wayland_desktop.export(wayland, env, "export.json")
    assert data["practices"] == [], data
    assert app.running(), env.diagnostics()


# --------------------------------------------------------------------------- activation


def focused(wayland: wayland_desktop.WaylandDesktop) -> list[dict[str, Any]]:
    return [w for w in wayland.sway.windows() if w.get("focused")]


def test_a_second_launch_brings_the_first_window_to_the_front(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    env = wayland_kind_env
    first = launch_wayland_kind()
    kind_window = wayland_desktop.wait_for_window(wayland, env, first.pid)
    kind_tray_item(wayland, env, first.pid)
    other = wayland_desktop.start_probe(
        wayland, env, "plain_window.py", env.root / "plain_window.log"
    )
    try:
        wait_until(
            lambda: [w for w in focused(wayland) if w.get("pid") == other.pid],
            20,
            "the other window to take the focus",
            details=wayland.sway.windows,
        )
        assert not [w for w in focused(wayland) if w["id"] == kind_window["id"]]

        second = launch_wayland_kind()
        assert second.proc.wait(20) == 0, second.stderr()
        wait_until(
            lambda: [w for w in focused(wayland) if w["id"] == kind_window["id"]],
            10,
            "Kind's window to have the focus in sway's tree",
            details=lambda: f"{wayland.sway.windows()}\n{env.diagnostics()}",
        )
        wayland.screenshot(artifacts / "wayland_activated.png")
        assert [p for p in env.launched if p.running()] == [first]

        # The other window takes the focus back; `kindapp --break` brings Kind forward too.
        wayland.sway.msg(f"[pid={other.pid}] focus")
        wait_until(
            lambda: [w for w in focused(wayland) if w.get("pid") == other.pid],
            10,
            "the other window to have the focus again",
        )
        third = launch_wayland_kind("--break")
        assert third.proc.wait(20) == 0, third.stderr()
        wait_for_log(env, r"practice-start practice=break", 20)
        wait_until(
            lambda: [w for w in focused(wayland) if w["id"] == kind_window["id"]],
            10,
            "Kind's window to have the focus for the break",
            details=lambda: f"{wayland.sway.windows()}\n{env.diagnostics()}",
        )
    finally:
        desktop.stop_process(other)


def test_without_a_tray_reminders_still_come_as_notifications(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    """Stock GNOME's situation: a notification service and no StatusNotifier tray. A bus of
    its own with only a second mako on it (no waybar, so no watcher) stands in for it."""
    env = wayland_kind_env
    workdir = wayland.new_app_root("tray-less-bus")
    bus = wayland_desktop.SessionBus(wayland.user, workdir)
    mako = wayland_desktop.Mako(wayland.user, workdir, bus, wayland.sway)
    bus.start()
    try:
        mako.start(wayland.home)
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.address
        plan_reminders(wayland, env, 10)
        app = launch_wayland_kind()
        assert wait_for_log(env, r"tray available=(\d)", 30).group(1) == "0"
        wayland_desktop.wait_for_window(wayland, env, app.pid)
        line = wait_for_log(env, r"reminder shown via=notification id=(\d+)", 40)
        ident = int(line.group(1))
        [shown] = wait_until(
            lambda: [n for n in mako.notifications() if n["id"] == ident],
            10,
            "the reminder in the tray-less desktop's mako",
        )
        assert (shown["app-name"], shown["summary"]) == ("Kind", "A kind moment?"), shown
        assert shown["actions"] == {"default": "Take a quick break", "not-now": "Not now"}
        wayland.screenshot(artifacts / "wayland_no_tray_reminder.png")
        mako.invoke(ident, "default")
        wait_for_log(env, r"practice-start practice=break mode=quick", 20)
        assert "Traceback" not in app.stderr(), app.stderr()
    finally:
        for proc in env.launched:
            proc.stop()
        mako.stop()
        bus.stop()
