"""Kind on GNOME Shell, the desktop with no tray (tests/system/gnome_desktop.py): its reminders
are the shell's own notifications, under Kind's name and icon, and a click on one begins a
break; the window shows natively.

Everything a person does here goes through the shell (org.gnome.Shell.Eval with the test
extension's unsafe mode): the shell's message tray lists the notifications it shows, and a click
on the banner is the banner's own "clicked", as a pointer's click makes it.
"""

from __future__ import annotations

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


def plan_reminders(
    gnome: gnome_desktop.GnomeDesktop, env: desktop.KindEnv, *in_s: float
) -> list[datetime]:
    """settings.json with reminders at these many seconds from now (a "times" plan), the
    welcome already seen. Kind must be up before the first."""
    from kindapp.core.reminders import ReminderPlan, local_zone
    from kindapp.core.settings import Settings, SettingsStore

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
    gnome.person_moves()  # at the computer: a reminder waits while the person is away
    plan_reminders(gnome, env, 6)
    app = launch_gnome_kind()
    assert wait_for_log(env, r"tray available=(\d)", 30).group(1) == "0"
    gnome_desktop.wait_for_window(gnome, env, app.pid)
    shown = wait_for_reminder(gnome, env)
    # The desktop-entry hint: the shell found Kind's launcher, so the source is Kind's app.
    assert shown["appId"] == gnome_desktop.DESKTOP_FILE, shown
    assert shown["actions"] == ["Not now"], shown  # "default" is the click on the body
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
