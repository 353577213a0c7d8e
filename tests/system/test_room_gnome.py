"""Reminders that read the room on GNOME Shell 43 (tests/system/gnome_desktop.py):

- Do Not Disturb is GNOME's own switch, `org.gnome.desktop.notifications show-banners`: while it
  is false no reminder appears, and when it is true again the held one comes;
- away is Mutter's own idle time (`org.gnome.Mutter.IdleMonitor`): a reminder due while the
  session is idle waits, and after input one welcome back comes (a virtual pointer device
  moves, as a person's mouse does);
- busy is an idle inhibitor held with GNOME's session manager (`org.gnome.SessionManager`,
  gnome-session on the desktop's buses with a session of no components; the inhibitor is held by
  `gnome-session-inhibit --inhibit idle`, as a video player holds one): the reminder waits
  until it is let go.

Kind reads show-banners with `gsettings`, from the person's own dconf: here Kind's config
directory is the desktop user's, as in a real session (where Kind's settings live beside
GNOME's). The room's timings are shortened by Kind's test hooks."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

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
    plan_reminders(gnome, env, 10)
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
    artifacts: Path,
) -> None:
    env = gnome_kind_env
    env["KIND_TEST_AWAY_AFTER_S"] = "2"
    env["KIND_TEST_LONG_ABSENCE_S"] = "20"
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    plan_reminders(gnome, env, 10, 13)  # the pointer moves: the absence starts now
    assert mutter_idle_s(gnome) < 2
    launch_gnome_kind("--minimized")
    held = wait_for_log(env, r"reminder held reasons=(\S+) long-absence=0", 40)
    assert "away" in held.group(1).split(","), held.group(0)
    wait_for_log(env, r"room: gnome-idle-monitor answers", 5)
    wait_for_log(env, r"reminder held reasons=\S+ long-absence=1", 30)
    assert log_lines(env, SHOWN) == []  # neither of the two reminders due meanwhile
    assert kind_notifications(gnome) == []
    assert mutter_idle_s(gnome) >= 20
    gnome.person_moves()
    shown = wait_for_log(env, SHOWN, 10)
    assert shown.group(1) == "welcome-back"
    [note] = wait_until(lambda: kind_notifications(gnome), 10, "the welcome back in the tray")
    assert note["title"] == "Welcome back", note
    assert note["actions"] == ["Not now"], note  # a click on it begins a quick break
    # The shell puts the banner up from its queue once the pointer's move has reached its idle
    # monitor; on the fresh root with other workers busy that took over 10 s once.
    banner = wait_until(gnome.banner_showing, 30, "the welcome back's banner on screen")
    assert banner["title"] == "Welcome back", banner
    gnome.screenshot(artifacts / "gnome_welcome_back.png")
    # It is an invitation like the others: a click on it begins the quick break.
    gnome.click_banner()
    wait_for_log(env, r"reminder accepted", 10)
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)


GNOME_SESSION = Path("/usr/libexec/gnome-session-binary")
SESSION_FILE = "[GNOME Session]\nName=Kind test\nRequiredComponents=\n"


def idle_inhibited(gnome: gnome_desktop.GnomeDesktop) -> bool:
    result = gnome.bus.busctl(
        "--json=short",
        "call",
        "org.gnome.SessionManager",
        "/org/gnome/SessionManager",
        "org.gnome.SessionManager",
        "IsInhibited",
        "u",
        "8",
    )
    return result.returncode == 0 and json.loads(result.stdout)["data"] == [True]


@pytest.fixture
def gnome_session(gnome: gnome_desktop.GnomeDesktop, tmp_path: Path) -> Iterator[None]:
    """GNOME's session manager (org.gnome.SessionManager, where apps inhibit idle: a video call,
    a film), on the desktop's buses, with a session of no components of its own and no autostart
    folders (so it starts nothing)."""
    if not GNOME_SESSION.exists():
        pytest.fail(f"{GNOME_SESSION} is missing (Debian: gnome-session-bin)", pytrace=False)
    root = gnome.user.private_dir(tmp_path / "gnome-session")
    sessions = root / "data" / "gnome-session" / "sessions"
    sessions.mkdir(parents=True)
    (sessions / "kindtest.session").write_text(SESSION_FILE)
    (root / "autostart-none").mkdir()
    gnome.user.own(root)
    env = {
        **gnome.session_env(),
        "DBUS_SYSTEM_BUS_ADDRESS": gnome.system_bus.address,
        "XDG_DATA_DIRS": f"{root / 'data'}:/usr/share",
        "XDG_CONFIG_DIRS": str(root / "autostart-none"),
    }
    log = root / "gnome-session.log"
    with log.open("wb") as out:
        proc = desktop.popen(
            [str(GNOME_SESSION), "--builtin", "--session=kindtest"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd="/",
            **gnome.user.popen_kwargs(),
        )
    try:
        wait_until(
            lambda: gnome.bus.owner("org.gnome.SessionManager"),
            20,
            "gnome-session to own org.gnome.SessionManager",
            details=lambda: desktop.tail(log),
        )
        yield
    finally:
        desktop.stop_process(proc)


def test_with_an_idle_inhibitor_held_the_reminder_waits(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_session: None,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = gnome_kind_env
    env["KIND_TEST_ROOM_RECHECK_S"] = "0.25"
    gnome.person_moves()  # here, not away: only the inhibitor may hold the reminder
    # A film: an app holds an idle inhibitor for as long as it runs (gnome-session-inhibit is
    # GNOME's own tool for it).
    film = desktop.popen(
        ["gnome-session-inhibit", "--inhibit", "idle", "--reason", "a film", "sleep", "600"],
        env=gnome.session_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd="/",
        **gnome.user.popen_kwargs(),
    )
    try:
        wait_until(lambda: idle_inhibited(gnome), 10, "the idle inhibitor to be held")
        plan_reminders(gnome, env, 10)
        launch_gnome_kind("--minimized")
        held = wait_for_log(env, r"reminder held reasons=(\S+)", 40)
        assert held.group(1) == "inhibited", held.group(0)
        wait_for_log(env, r"room: gnome-session-inhibit answers", 5)
        assert log_lines(env, SHOWN) == []
        assert kind_notifications(gnome) == []
    finally:
        desktop.stop_process(film)  # the film ends
    wait_until(lambda: not idle_inhibited(gnome), 10, "the inhibitor to be let go")
    assert wait_for_log(env, SHOWN, 10).group(1) == "reminder"
    wait_until(lambda: kind_notifications(gnome), 10, "Kind's reminder in the message tray")
