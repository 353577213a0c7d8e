"""Reminders that read the room on X11 (Xvfb + trayer, no session bus): the X server's own
answers, idle time from MIT-SCREEN-SAVER and a full-screen window's _NET_WM_STATE_FULLSCREEN.

The room's timings are shortened by Kind's test hooks (KIND_TEST_AWAY_AFTER_S,
KIND_TEST_LONG_ABSENCE_S, KIND_TEST_ROOM_RECHECK_S: seconds instead of 5 and 30 minutes), and
reminders are made due within seconds by a "times" plan. Input is a person's, through XTest
(xdotool), which the X server counts as activity."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import desktop
import pytest
from desktop import log_lines, wait_for_log, wait_until

pytestmark = pytest.mark.system

SHOWN = r"reminder shown via=tray kind=([a-z-]+)"


def plan_reminder(env: desktop.KindEnv, seconds: float, **respect: bool) -> None:
    from kindapp.core.reminders import ReminderPlan, local_zone
    from kindapp.core.settings import Settings, SettingsStore

    due = datetime.now(local_zone()).replace(microsecond=0) + timedelta(seconds=seconds)
    plan = ReminderPlan(enabled=True, mode="times", times=(due.time(),), **respect)
    desktop.private_dir(env.config_dir)
    SettingsStore(env.settings_path).save(
        replace(Settings(), reminders=plan.to_dict(), first_run_done=True)
    )


def x_idle_s(env: desktop.KindEnv) -> float:
    from kindapp.ui.desktop.room_x11 import X11Room

    probe = X11Room(env["DISPLAY"], 0)
    try:
        reading = probe.read()
    finally:
        probe.close()
    assert reading is not None and reading.idle_s is not None, probe.why
    return reading.idle_s


def room_env(env: desktop.KindEnv, away: float, long: float) -> desktop.KindEnv:
    env["KIND_TEST_AWAY_AFTER_S"] = str(away)
    env["KIND_TEST_LONG_ABSENCE_S"] = str(long)
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    return env


def test_a_reminder_due_while_away_waits_and_one_welcome_back_comes_after_input(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    trayer: desktop.Trayer,
    artifacts: Path,
) -> None:
    room_env(kind_env, away=2, long=20)
    desktop.person_moves(kind_env)  # the absence starts now
    plan_reminder(kind_env, 10)
    app = launch_kind("--minimized")
    wait_for_log(kind_env, r"room: x11 answers", 30)
    held = wait_for_log(kind_env, r"reminder held reasons=(\S+) long-absence=0", 30)
    assert "away" in held.group(1).split(","), held.group(0)
    assert log_lines(kind_env, SHOWN) == []
    # Still away twenty seconds after the last input: a long absence now.
    wait_for_log(kind_env, r"reminder held reasons=\S+ long-absence=1", 30)
    assert log_lines(kind_env, SHOWN) == []
    assert x_idle_s(kind_env) >= 20
    desktop.person_moves(kind_env)
    shown = wait_for_log(kind_env, SHOWN, 10)
    assert shown.group(1) == "welcome-back"
    # The balloon beside the tray icon: a visible window of Kind's that is not in the tray.
    balloons = wait_until(
        lambda: (
            set(desktop.xdotool(kind_env, "search", "--onlyvisible", "--pid", str(app.pid)))
            - set(trayer.embedded_windows())
        ),
        10,
        "the welcome back beside the tray icon",
        details=kind_env.diagnostics,
    )
    desktop.grab_window(kind_env, sorted(balloons)[0], artifacts / "x11_welcome_back.png")
    # One, not the missed reminder as well: watch a dozen rechecks pass.
    watch_until = time.monotonic() + 3
    while time.monotonic() < watch_until:
        assert len(log_lines(kind_env, SHOWN)) == 1
        time.sleep(0.1)


def test_after_a_short_absence_the_held_reminder_itself_comes(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    room_env(kind_env, away=2, long=600)
    desktop.person_moves(kind_env)
    plan_reminder(kind_env, 10)
    launch_kind("--minimized")
    wait_for_log(kind_env, r"reminder held reasons=\S*away\S* long-absence=0", 30)
    desktop.person_moves(kind_env)
    assert wait_for_log(kind_env, SHOWN, 10).group(1) == "reminder"


@pytest.fixture
def full_screen(kind_env: desktop.KindEnv) -> Iterator[Callable[[], Any]]:
    """Another app's full-screen window with the focus; yields a function that closes it."""
    proc = desktop.popen(
        [sys.executable, str(desktop.PROBES / "fullscreen_window.py")],
        env=dict(kind_env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        [window] = wait_until(
            lambda: desktop.visible_windows(kind_env, "^A full-screen window$"),
            30,
            "the full-screen window",
        )
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=dict(kind_env), timeout=10)
        yield lambda: desktop.stop_process(proc)
    finally:
        desktop.stop_process(proc)


def test_a_full_screen_window_holds_the_reminder_until_it_closes(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    full_screen: Callable[[], Any],
) -> None:
    # Away is not respected here, so only the full-screen window can hold the reminder.
    room_env(kind_env, away=2, long=600)
    plan_reminder(kind_env, 10, respect_away=False)
    launch_kind("--minimized")
    held = wait_for_log(kind_env, r"reminder held reasons=(\S+)", 30)
    assert held.group(1) == "fullscreen", held.group(0)
    assert log_lines(kind_env, SHOWN) == []
    full_screen()  # the presentation ends
    assert wait_for_log(kind_env, SHOWN, 10).group(1) == "reminder"


def test_with_busy_turned_off_a_full_screen_window_holds_nothing(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    full_screen: Callable[[], Any],
) -> None:
    room_env(kind_env, away=2, long=600)
    plan_reminder(kind_env, 10, respect_away=False, respect_busy=False)
    launch_kind("--minimized")
    assert wait_for_log(kind_env, SHOWN, 30).group(1) == "reminder"
    assert log_lines(kind_env, r"reminder held") == []
