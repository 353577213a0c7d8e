"""Catch the critic on the real desktop: `kindapp --catch` hands the request to the running
Kind through the single-instance channel; the small window takes one line, Enter keeps it,
and the thought is in `--export`. Closing it neither quits Kind nor shows the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system

CATCH = "^Catch a harsh thought$"


def test_catch_from_the_command_line_in_a_running_kind(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    first = launch_kind("--minimized")
    wait_for_log(kind_env, r"tray available=1", 30)
    second = launch_kind("--catch")
    assert second.proc.wait(20) == 0, second.stderr()
    wait_for_log(kind_env, r"catch-window-shown", 20)
    window = desktop.wait_for_window(kind_env, 20, CATCH)
    assert window in desktop.windows_of(kind_env, first.pid)
    assert not desktop.visible_windows(kind_env), "the main window stays in the tray"
    desktop.grab_window(kind_env, window, artifacts / "screenshots" / "system-catch.png")
    desktop.focus_and_press(kind_env, window, *"Useless", "space", *"again", "Return")
    wait_for_log(kind_env, r"thought-caught", 10)
    wait_for_log(kind_env, r"catch-window-closed", 10)
    assert not desktop.visible_windows(kind_env, CATCH)
    assert not desktop.visible_windows(kind_env), "closing it does not show the main window"
    assert first.running(), "closing it does not quit Kind"
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [c["thought"] for c in data["caught"]] == ["Useless again"]

    # Esc leaves without keeping anything.
    again = launch_kind("--catch")
    assert again.proc.wait(20) == 0, again.stderr()
    window = desktop.wait_for_window(kind_env, 20, CATCH)
    desktop.focus_and_press(kind_env, window, *"nope", "Escape")
    desktop.wait_until(
        lambda: len(desktop.log_lines(kind_env, r"catch-window-closed")) >= 2,
        10,
        "the window to close with Esc",
    )
    assert first.running()
    data = desktop.export(kind_env, kind_env.root / "export2.json")
    assert [c["thought"] for c in data["caught"]] == ["Useless again"]


def test_catch_starts_kind_in_the_tray_when_it_is_not_running(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    kind = launch_kind("--catch")
    window = desktop.wait_for_window(kind_env, 30, CATCH)
    wait_for_log(kind_env, r"tray available=1", 30)
    assert not desktop.visible_windows(kind_env)
    desktop.focus_and_press(kind_env, window, *"Slow", "Return")
    wait_for_log(kind_env, r"thought-caught", 10)
    assert kind.running()
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [c["thought"] for c in data["caught"]] == ["Slow"]
