"""Reminders that read the room on GNOME Shell 43 (tests/system/gnome_desktop.py):

- Do Not Disturb is GNOME's own switch, `org.gnome.desktop.notifications show-banners`: while it
  is false no reminder appears, and when it is true again the held one comes;
- away is Mutter's own idle time (`org.gnome.Mutter.IdleMonitor`): a reminder due while the
  session is idle waits, and after input one welcome back comes (a virtual pointer device
  moves, as a person's mouse does).

Kind reads show-banners with `gsettings`, from the person's own dconf: here Kind's config
directory is the desktop user's, as in a real session (where Kind's settings live beside
GNOME's). The room's timings are shortened by Kind's test hooks."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import desktop
import gnome_desktop
import pytest
from desktop import log_lines, wait_for_log, wait_until
from test_gnome import kind_notifications, plan_reminders

pytestmark = pytest.mark.system

SHOWN = r"reminder shown via=notification id=\d+ kind=([a-z-]+)"


@pytest.fixture
def in_the_persons_config(
    gnome: gnome_desktop.GnomeDesktop, gnome_kind_env: desktop.KindEnv
) -> Iterator[desktop.KindEnv]:
    """Kind's env with the desktop user's own config directory (its dconf, GNOME's settings);
    Kind's settings there are taken away afterwards, and show-banners put back."""
    env = gnome_kind_env
    env["XDG_CONFIG_HOME"] = str(gnome.home / ".config")
    try:
        yield env
    finally:
        gnome.gsettings("reset", "org.gnome.desktop.notifications", "show-banners")
        import shutil

        shutil.rmtree(env.config_dir, ignore_errors=True)


def test_with_show_banners_off_no_reminder_appears_until_it_is_on_again(
    gnome: gnome_desktop.GnomeDesktop,
    in_the_persons_config: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = in_the_persons_config
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    gnome.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "false")
    plan_reminders(gnome, env, 8)
    launch_gnome_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+)", 40)
    assert held.group(1) == "dnd", held.group(0)
    wait_for_log(env, r"room: gnome-show-banners answers", 5)
    assert log_lines(env, SHOWN) == []
    assert kind_notifications(gnome) == []
    gnome.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "true")
    shown = wait_for_log(env, SHOWN, 10)
    assert shown.group(1) == "reminder"
    wait_until(lambda: kind_notifications(gnome), 10, "Kind's reminder in the message tray")


def pointer_moves(gnome: gnome_desktop.GnomeDesktop) -> None:
    """A person's mouse moves: a virtual pointer device of the shell's seat (real input for
    Mutter, which starts its idle time again)."""
    assert gnome.eval(
        "(() => { const { Clutter, GLib } = imports.gi;"
        " const seat = Clutter.get_default_backend().get_default_seat();"
        " const d = seat.create_virtual_device(Clutter.InputDeviceType.POINTER_DEVICE);"
        " const t = GLib.get_monotonic_time();"
        " d.notify_relative_motion(t, 7, 3); d.notify_relative_motion(t + 1000, -7, -3);"
        " return true; })()"
    )


def mutter_idle_s(gnome: gnome_desktop.GnomeDesktop) -> float:
    result = gnome.bus.busctl_json(
        "call",
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
    )
    return float(result["data"][0]) / 1000.0


def test_while_idle_no_reminder_fires_and_one_welcome_back_comes_after(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = gnome_kind_env
    env["KIND_TEST_AWAY_AFTER_S"] = "2"
    env["KIND_TEST_LONG_ABSENCE_S"] = "10"
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    pointer_moves(gnome)
    assert mutter_idle_s(gnome) < 2
    plan_reminders(gnome, env, 6, 9)
    launch_gnome_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+) long-absence=0", 40)
    assert "away" in held.group(1).split(","), held.group(0)
    wait_for_log(env, r"room: gnome-idle-monitor answers", 5)
    wait_for_log(env, r"reminder held reasons=\S+ long-absence=1", 30)
    assert log_lines(env, SHOWN) == []  # neither of the two reminders due meanwhile
    assert kind_notifications(gnome) == []
    assert mutter_idle_s(gnome) >= 10
    pointer_moves(gnome)
    shown = wait_for_log(env, SHOWN, 10)
    assert shown.group(1) == "welcome-back"
    [note] = wait_until(lambda: kind_notifications(gnome), 10, "the welcome back in the tray")
    assert note["title"] == "Welcome back", note
