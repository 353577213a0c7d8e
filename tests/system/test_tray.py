"""The tray icon is really there: Kind embeds an icon in the desktop's XEmbed tray (trayer)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import desktop
import pytest
from desktop import log_lines, wait_for_log, wait_until

pytestmark = pytest.mark.system

TRAY_LINE = r"tray available=(\d)(?: geometry=(-?\d+),(-?\d+),(\d+),(\d+))?"


def embedded_in_tray(env: desktop.KindEnv, trayer: desktop.Trayer, pid: int) -> set[str]:
    """The app's windows (by _NET_WM_PID) that live inside trayer's panel."""
    return set(desktop.windows_of(env, pid)) & set(trayer.embedded_windows())


def test_desktop_has_a_system_tray(kind_env: desktop.KindEnv) -> None:
    result = subprocess.run(
        [sys.executable, str(desktop.PROBES / "tray_probe.py")],
        env=dict(kind_env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["available"] is True, probe
    assert probe["geometry"][2] > 0 and probe["geometry"][3] > 0, probe


def test_tray_icon_has_a_place_in_the_tray(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    trayer: desktop.Trayer,
) -> None:
    app = launch_kind()
    tray = wait_for_log(kind_env, TRAY_LINE, 30)
    assert tray.group(1) == "1", tray.group(0)
    x, y, w, h = (int(g) for g in tray.groups()[1:])
    assert w > 0 and h > 0, tray.group(0)
    # trayer's panel is 160x32 at the top right of the 1280x800 screen.
    assert x >= 1280 - 160 and y + h <= 40, tray.group(0)
    wait_for_log(kind_env, r"window-shown", 30)
    desktop.wait_for_window(kind_env)
    wait_until(
        lambda: embedded_in_tray(kind_env, trayer, app.pid),
        10,
        "a kindapp window embedded in trayer's panel",
        details=kind_env.diagnostics,
    )


def test_minimized_starts_in_the_tray_only(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    trayer: desktop.Trayer,
) -> None:
    app = launch_kind("--minimized")
    tray = wait_for_log(kind_env, TRAY_LINE, 30)
    assert tray.group(1) == "1", tray.group(0)
    wait_until(
        lambda: embedded_in_tray(kind_env, trayer, app.pid),
        10,
        "a kindapp window embedded in trayer's panel",
        details=kind_env.diagnostics,
    )
    # Watch for a while: no window named Kind appears (the observation period is the test).
    watch_until = time.monotonic() + 1.5
    while time.monotonic() < watch_until:
        assert desktop.visible_windows(kind_env) == [], "a Kind window is visible"
        time.sleep(0.1)
    assert app.running(), kind_env.diagnostics()
    assert log_lines(kind_env, r"window-shown") == []


def test_a_tray_only_kind_builds_its_window_when_the_icon_is_clicked(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    trayer: desktop.Trayer,
) -> None:
    """At login Kind is only its icon, its menu and its single-instance server: the window and
    the rest are built the first time they are needed, here when the icon is clicked."""
    app = launch_kind("--minimized")
    tray = wait_for_log(kind_env, TRAY_LINE, 30)
    assert tray.group(1) == "1", tray.group(0)
    x, y, w, h = (int(g) for g in tray.groups()[1:])
    # Past the moment it looks at the journal (nothing to come in a new one): still the tray.
    watch_until = time.monotonic() + 2.5
    while time.monotonic() < watch_until:  # the observation period is the test
        assert log_lines(kind_env, r"tray-only: building the rest") == []
        time.sleep(0.1)
    assert log_lines(kind_env, r"window-shown") == []
    desktop.xdotool(kind_env, "mousemove", str(x + w // 2), str(y + h // 2), "click", "1")
    wait_for_log(kind_env, r"tray-only: building the rest", 10)
    wait_for_log(kind_env, r"window-shown", 30)
    desktop.wait_for_window(kind_env)
    assert app.running(), kind_env.diagnostics()


def test_without_a_notification_service_a_reminder_is_the_tray_balloon(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    trayer: desktop.Trayer,
    artifacts: Path,
) -> None:
    """X11 with an XEmbed tray and no session bus (so no notification service): a due reminder
    is Qt's balloon beside the icon, and the log says so."""
    from dataclasses import replace
    from datetime import datetime, timedelta

    from kindapp.core.reminders import ReminderPlan, local_zone
    from kindapp.core.settings import Settings, SettingsStore

    due = datetime.now(local_zone()).replace(microsecond=0) + timedelta(seconds=8)
    plan = ReminderPlan(enabled=True, mode="times", times=(due.time(),))
    desktop.private_dir(kind_env.config_dir)
    SettingsStore(kind_env.settings_path).save(
        replace(Settings(), reminders=plan.to_dict(), first_run_done=True)
    )
    desktop.person_moves(kind_env)  # at the computer: a reminder waits while one is away
    app = launch_kind("--minimized")
    assert wait_for_log(kind_env, TRAY_LINE, 30).group(1) == "1"
    icons = wait_until(
        lambda: embedded_in_tray(kind_env, trayer, app.pid), 10, "Kind's icon in trayer"
    )
    wait_for_log(kind_env, r"reminder shown via=tray", 30)
    # The balloon: a visible top-level window of Kind's that is not the tray icon.
    balloons = wait_until(
        lambda: (
            set(desktop.xdotool(kind_env, "search", "--onlyvisible", "--pid", str(app.pid))) - icons
        ),
        10,
        "the balloon beside the tray icon",
        details=kind_env.diagnostics,
    )
    desktop.grab_window(kind_env, sorted(balloons)[0], artifacts / "x11_reminder_balloon.png")
    assert desktop.visible_windows(kind_env) == []  # no Kind window took the focus
    assert log_lines(kind_env, r"practice-start") == []
