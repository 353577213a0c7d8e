"""Kind on GNOME Shell, the desktop with no tray (tests/system/gnome_desktop.py): its reminders
are the shell's own notifications, under Kind's name and icon, and a click on one begins a
break; closing the window leaves Kind running while reminders are on (and says so once), and
quits it otherwise; the launcher's menu starts a quick break, and quits; a click on the
launcher brings the window back.

Everything a person does here goes through the shell (org.gnome.Shell.Eval with the test
extension's unsafe mode): the shell's message tray lists the notifications it shows, and a click
on the banner is the banner's own "clicked", as a pointer's click makes it.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import desktop
import gnome_desktop
import pytest
from desktop import log_lines, wait_for_log, wait_until

pytestmark = pytest.mark.system

REMINDER_TITLE = "A kind moment?"


STILL_HERE = "Kind is still here"


def plan_reminders(
    gnome: gnome_desktop.GnomeDesktop, env: desktop.KindEnv, *in_s: float
) -> list[datetime]:
    """settings.json with reminders at these many seconds from now (a "times" plan), the
    welcome already seen. Kind must be up before the first. The person is at the computer (the
    pointer moves): a desktop idle for five minutes of a long run would hold the reminders."""
    from kindapp.core.reminders import ReminderPlan, local_zone
    from kindapp.core.settings import Settings, SettingsStore

    gnome.person_moves()
    now = datetime.now(local_zone()).replace(microsecond=0)
    due = [now + timedelta(seconds=s) for s in in_s]
    plan = ReminderPlan(enabled=True, mode="times", times=tuple(d.time() for d in due))
    desktop.private_dir(env.config_dir)
    SettingsStore(env.settings_path).save(
        replace(Settings(), reminders=plan.to_dict(), first_run_done=True)
    )
    gnome.user.own(env.config_dir)
    return due


def kind_notifications(gnome: gnome_desktop.GnomeDesktop) -> list[dict[str, Any]]:
    return [n for n in gnome.notifications() if n["source"] == "Kind"]


def wait_for_reminder(
    gnome: gnome_desktop.GnomeDesktop, env: desktop.KindEnv, count: int = 1
) -> dict[str, Any]:
    """The `count`-th reminder Kind logged as shown, as the shell's message tray has it."""
    wait_until(
        lambda: len(log_lines(env, r"reminder shown via=notification")) >= count,
        30,
        f"reminder {count} in Kind's log",
        details=lambda: f"{env.diagnostics()}\n{gnome.logs()}",
    )
    [shown] = wait_until(
        lambda: [n for n in kind_notifications(gnome) if n["title"] == REMINDER_TITLE],
        10,
        "Kind's reminder in the shell's message tray",
        details=lambda: f"{gnome.notifications()}\n{gnome.logs()}",
    )
    return shown


def test_a_reminder_is_a_gnome_notification_under_kinds_name_whose_click_begins_a_break(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    env = gnome_kind_env
    plan_reminders(gnome, env, 6)
    app = launch_gnome_kind()
    assert wait_for_log(env, r"tray available=(\d)", 30).group(1) == "0"
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    shown = wait_for_reminder(gnome, env)
    # The desktop-entry hint: the shell found Kind's launcher, so the source is Kind's app.
    assert shown["appId"] == gnome_desktop.DESKTOP_FILE, shown
    assert shown["actions"] == ["Not now"], shown  # "default" is the click on the body
    assert shown["icon"] == gnome_desktop.APP_ID, shown  # Kind's icon, not a generic bulb
    # No Background portal on this desktop: Kind passes over it quietly.
    assert log_lines(env, r"background-portal none"), env.diagnostics()
    assert log_lines(env, r"practice-start") == []
    banner = wait_until(gnome.banner_showing, 10, "the reminder's banner on screen")
    assert banner["title"] == REMINDER_TITLE, banner
    gnome.screenshot(artifacts / "gnome_reminder.png")

    gnome.click_banner()
    wait_for_log(env, r"reminder accepted", 10)
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    wait_for_log(env, r"step-start index=0 ", 10)
    wait_until(lambda: not kind_notifications(gnome), 10, "the reminder to go")
    gnome.screenshot(artifacts / "gnome_reminder_break.png")
    assert "Traceback" not in app.stderr(), app.stderr()


def close_kinds_window(
    gnome: gnome_desktop.GnomeDesktop, env: desktop.KindEnv, app: desktop.KindProcess
) -> None:
    """The window's close button, and wait until the shell has no window of Kind's. Kind is
    up first (its window shows before the rest is built: the tray, what closing does)."""
    wait_for_log(env, r"tray available=", 20)
    gnome.close_window(app.pid)
    wait_until(
        lambda: gnome_desktop.kind_window(gnome, app.pid) is None,
        10,
        "Kind's window to close",
    )


def test_closing_the_window_with_reminders_on_leaves_kind_running_and_a_reminder_still_comes(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
    artifacts: Path,
) -> None:
    env = gnome_kind_env
    plan_reminders(gnome, env, 9)
    app = launch_gnome_kind()
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    close_kinds_window(gnome, env, app)
    wait_for_log(env, r"window-close stays=1", 10)
    assert app.running(), env.diagnostics()

    # Once, calmly: where Kind is, and how to quit it.
    [told] = wait_until(
        lambda: [n for n in kind_notifications(gnome) if n["title"] == STILL_HERE],
        10,
        "the 'still here' notification in the shell's message tray",
        details=lambda: f"{gnome.notifications()}\n{env.diagnostics()}",
    )
    assert "Ctrl+Q" in told["body"] and "Quit" in told["body"], told
    wait_until(
        lambda: (gnome.banner_showing() or {}).get("title") == STILL_HERE,
        10,
        "the 'still here' banner on screen",
    )
    gnome.screenshot(artifacts / "gnome_still_here.png")
    gnome.dismiss(STILL_HERE)

    # The reminder still comes, and its click begins the break in a window shown again.
    wait_for_reminder(gnome, env)
    wait_until(
        lambda: (gnome.banner_showing() or {}).get("title") == REMINDER_TITLE,
        10,
        "the reminder's banner on screen",
    )
    gnome.click_banner()
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    gnome_desktop.wait_for_window(gnome, env, app.pid)

    # Closed again: no second word about it.
    close_kinds_window(gnome, env, app)
    wait_for_log(env, r"window-close stays=1", 10, count=2)
    assert app.running(), env.diagnostics()
    assert not [n for n in kind_notifications(gnome) if n["title"] == STILL_HERE]
    assert "Traceback" not in app.stderr(), app.stderr()


def test_closing_the_window_with_nothing_to_wait_for_quits_kind(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = gnome_kind_env
    app = launch_gnome_kind()
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    close_kinds_window(gnome, env, app)
    assert app.proc.wait(timeout=15) == 0, env.diagnostics()
    assert log_lines(env, r"window-close stays=0"), env.diagnostics()
    assert not kind_notifications(gnome), gnome.notifications()


def test_the_launchers_menu_starts_a_quick_break_catches_and_quits_and_its_icon_brings_kind_back(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = gnome_kind_env
    assert gnome.launcher_actions() == ["quick-break", "catch", "touch", "breathe", "quit"]
    plan_reminders(gnome, env, 3600)  # reminders on (none due during the test)
    app = launch_gnome_kind()
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    close_kinds_window(gnome, env, app)
    assert app.running(), env.diagnostics()

    # A click on Kind's icon in the dash: a second launch, which the running Kind answers by
    # showing its window.
    gnome.activate_launcher()
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    close_kinds_window(gnome, env, app)

    # "Quick break" from the icon's menu.
    gnome.launch_action("quick-break")
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    gnome_desktop.wait_for_window(gnome, env, app.pid)

    # "Catch a harsh thought" from the icon's menu: the small window, in the running Kind.
    gnome.launch_action("catch")
    wait_for_log(env, r"catch-window-shown", 20)

    # "Quit" from the icon's menu: Kind ends, cleanly.
    gnome.launch_action("quit")
    assert app.proc.wait(timeout=15) == 0, env.diagnostics()
    assert "Traceback" not in app.stderr(), app.stderr()


def test_a_newer_reminder_replaces_the_one_showing_never_a_pile(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    env = gnome_kind_env
    plan_reminders(gnome, env, 6, 9)
    app = launch_gnome_kind()
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    wait_for_reminder(gnome, env)
    wait_for_log(env, r"reminder shown via=notification", 20, count=2)
    first, second = (
        int(m.group(1)) for m in log_lines(env, r"reminder shown via=notification id=(\d+)")
    )
    assert second == first, "the second reminder is the first one, replaced"
    # The shell lists one reminder, never two.
    assert len([n for n in kind_notifications(gnome) if n["title"] == REMINDER_TITLE]) == 1
    assert "Traceback" not in app.stderr(), app.stderr()


def test_kind_living_without_a_window_asks_the_background_portal_where_there_is_one(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    """With reminders on and no tray, Kind asks the Background portal to run in the background
    (start at login is off here, so no autostart). The portal is a stand-in at the bus's edge
    (tests/system/probes/background_portal.js); every other GNOME test runs with no portal at
    all, which Kind passes over quietly."""
    env = gnome_kind_env
    out = env.root / "portal.out"
    with out.open("wb") as sink:
        portal = desktop.popen(
            ["gjs", str(desktop.PROBES / "background_portal.js")],
            env=gnome.session_env(),
            stdout=sink,
            stderr=subprocess.STDOUT,
            **gnome.user.popen_kwargs(),
        )
    try:
        wait_until(lambda: '"ready":true' in out.read_text(), 10, "the stand-in portal")
        plan_reminders(gnome, env, 3600)
        app = launch_gnome_kind()
        answered = wait_for_log(env, r"background-portal answered (.*)", 30)
        assert answered.group(1) == "response=0 background=1 autostart=0", answered.group(0)
        [asked] = [json.loads(line) for line in out.read_text().splitlines() if "reason" in line]
        assert asked["autostart"] is False, asked
        assert asked["reason"] == "Kind keeps running quietly for your gentle reminders.", asked
        assert asked["handle_token"], asked
        assert "Traceback" not in app.stderr(), app.stderr()
    finally:
        desktop.stop_process(portal)


def test_a_quiet_start_at_login_lives_without_a_window_and_its_reminder_begins_a_break(
    gnome: gnome_desktop.GnomeDesktop,
    gnome_kind_env: desktop.KindEnv,
    launch_gnome_kind: Callable[..., desktop.KindProcess],
) -> None:
    """What start at login runs (`kindapp --minimized`): with no tray and reminders on, Kind
    starts with no window at all, and still reminds; the click brings the window with the
    break."""
    env = gnome_kind_env
    plan_reminders(gnome, env, 5)
    app = launch_gnome_kind("--minimized")
    wait_for_log(env, r"tray available=0", 30)
    wait_for_reminder(gnome, env)
    assert gnome_desktop.kind_window(gnome, app.pid) is None, gnome.windows()
    assert not log_lines(env, r"window-shown"), "no window before the reminder's click"
    wait_until(
        lambda: (gnome.banner_showing() or {}).get("title") == REMINDER_TITLE,
        10,
        "the reminder's banner on screen",
    )
    gnome.click_banner()
    wait_for_log(env, r"practice-start practice=break mode=quick", 20)
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    assert "Traceback" not in app.stderr(), app.stderr()
