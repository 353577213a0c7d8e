"""Reminders that read the room on sway (Wayland), through what its services allow:

- Do Not Disturb: mako's "do-not-disturb" mode (what `makoctl mode -a do-not-disturb` sets; read
  with fr.emersion.Mako.ListModes on the session bus);
- busy: a window with an idle inhibitor (sway's `inhibit_idle open` on another app's window, as a
  video player's zwp_idle_inhibitor does) and a full-screen window with the focus, read from
  sway's tree over its IPC socket.

sway 1.7 gives a client no idle time (ext-idle-notify arrived in sway 1.8), so "away" is not
known here and never holds a reminder: Kind's log says so once."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import desktop
import pytest
import wayland_desktop
from desktop import log_lines, wait_for_log, wait_until
from test_wayland import focused, plan_reminders, wait_for_reminder

pytestmark = pytest.mark.system

SHOWN = r"reminder shown via=notification id=\d+ kind=([a-z-]+)"


def set_mako_modes(wayland: wayland_desktop.WaylandDesktop, *modes: str) -> None:
    """What `makoctl mode -s MODE...` does (makoctl itself needs jq for it)."""
    result = wayland.bus.busctl(
        "call",
        "org.freedesktop.Notifications",
        "/fr/emersion/Mako",
        "fr.emersion.Mako",
        "SetModes",
        "as",
        str(len(modes)),
        *modes,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def mako_default_mode(wayland: wayland_desktop.WaylandDesktop) -> Iterator[None]:
    yield
    set_mako_modes(wayland, "default")


def test_mako_do_not_disturb_holds_the_reminder_until_it_ends(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    mako_default_mode: None,
    artifacts: Path,
) -> None:
    env = wayland_kind_env
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    set_mako_modes(wayland, "default", "do-not-disturb")
    plan_reminders(wayland, env, 10)
    launch_wayland_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+)", 40)
    assert held.group(1) == "dnd", held.group(0)
    wait_for_log(env, r"room: mako-modes answers", 5)
    # sway 1.7 cannot say how long the person has been idle: don't know, said once.
    assert len(log_lines(env, r"room: gnome-idle-monitor: don't know")) == 1
    assert log_lines(env, SHOWN) == []
    assert not [n for n in wayland.mako.notifications() if n["app-name"] == "Kind"]
    set_mako_modes(wayland, "default")
    _ident, shown = wait_for_reminder(wayland, env)
    assert log_lines(env, SHOWN)[0].group(1) == "reminder"
    assert shown["summary"] == "A kind moment?"
    wayland.screenshot(artifacts / "wayland_room_after_dnd.png")


@pytest.fixture
def other_window(
    wayland: wayland_desktop.WaylandDesktop, wayland_kind_env: desktop.KindEnv
) -> Iterator[subprocess.Popen[bytes]]:
    env = wayland_kind_env
    proc = wayland_desktop.start_probe(
        wayland, env, "plain_window.py", env.root / "plain_window.log"
    )
    try:
        wait_until(
            lambda: [w for w in focused(wayland) if w.get("pid") == proc.pid],
            20,
            "the other window to take the focus",
            details=wayland.sway.windows,
        )
        yield proc
    finally:
        desktop.stop_process(proc)


def window_of(wayland: wayland_desktop.WaylandDesktop, pid: int) -> dict[str, Any]:
    [window] = [w for w in wayland.sway.windows() if w.get("pid") == pid]
    return window


def test_an_idle_inhibitor_holds_the_reminder_until_it_is_let_go(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    other_window: subprocess.Popen[bytes],
) -> None:
    env = wayland_kind_env
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    wayland.sway.msg(f"[pid={other_window.pid}] inhibit_idle open")
    assert window_of(wayland, other_window.pid)["inhibit_idle"] is True
    plan_reminders(wayland, env, 10)
    launch_wayland_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+)", 40)
    assert held.group(1) == "inhibited", held.group(0)
    assert log_lines(env, SHOWN) == []
    wayland.sway.msg(f"[pid={other_window.pid}] inhibit_idle none")
    wait_for_reminder(wayland, env)
    assert log_lines(env, SHOWN)[0].group(1) == "reminder"


def test_a_full_screen_window_on_sway_holds_the_reminder_until_it_leaves_full_screen(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    launch_wayland_kind: Callable[..., desktop.KindProcess],
    other_window: subprocess.Popen[bytes],
) -> None:
    env = wayland_kind_env
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    wayland.sway.msg(f"[pid={other_window.pid}] fullscreen enable")
    assert window_of(wayland, other_window.pid)["fullscreen_mode"] == 1
    plan_reminders(wayland, env, 10)
    launch_wayland_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+)", 40)
    assert held.group(1) == "fullscreen", held.group(0)
    wayland.sway.msg(f"[pid={other_window.pid}] fullscreen disable")
    wait_for_reminder(wayland, env)
    assert log_lines(env, SHOWN)[0].group(1) == "reminder"
