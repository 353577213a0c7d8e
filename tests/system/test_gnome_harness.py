"""The GNOME test desktop itself (tests/system/gnome_desktop.py): if these fail, do not trust the
GNOME tests. The notification service on its bus is the shell's own, and what is sent to it
shows in the shell's message tray; screenshots come whole; a setting changed with gsettings
reaches the running shell (as Settings → Notifications → Do Not Disturb does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import gnome_desktop
import pytest
from desktop import wait_until
from PySide6.QtGui import QImage

pytestmark = pytest.mark.system


@pytest.fixture
def clean(gnome: gnome_desktop.GnomeDesktop) -> Iterator[gnome_desktop.GnomeDesktop]:
    gnome.clear_notifications()
    yield gnome
    gnome.clear_notifications()


def test_the_notification_service_is_the_shells_and_shows_in_its_message_tray(
    clean: gnome_desktop.GnomeDesktop,
) -> None:
    gnome = clean
    owner = gnome.bus.owner(gnome_desktop.NOTIFICATIONS)
    assert owner, "nobody serves org.freedesktop.Notifications"
    got = gnome.bus.busctl_json(
        "call",
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "GetConnectionUnixProcessID",
        "s",
        owner,
    )
    cmdline = Path(f"/proc/{got['data'][0]}/cmdline").read_bytes().replace(b"\0", b" ")
    assert b"org.gnome.Shell.Notifications" in cmdline, cmdline
    result = gnome.user.run(
        ["notify-send", "--app-name=Harness", "Hello from the harness", "A body"],
        gnome.client_env(),
        cwd="/",
    )
    assert result.returncode == 0, result.stderr
    [shown] = wait_until(
        lambda: [n for n in gnome.notifications() if n["title"] == "Hello from the harness"],
        10,
        "notify-send's notification in the shell's message tray",
    )
    assert (shown["source"], shown["body"]) == ("Harness", "A body"), shown


def test_a_screenshot_is_the_whole_screen(
    gnome: gnome_desktop.GnomeDesktop, tmp_path: Path
) -> None:
    shot = gnome.screenshot(tmp_path / "shot.png")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_setting_changed_with_gsettings_reaches_the_running_shell(
    gnome: gnome_desktop.GnomeDesktop,
) -> None:
    read = (
        "new imports.gi.Gio.Settings({schema_id: 'org.gnome.desktop.notifications'})"
        ".get_boolean('show-banners')"
    )
    assert gnome.eval(read) is True
    gnome.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "false")
    try:
        wait_until(lambda: gnome.eval(read) is False, 10, "show-banners false in the shell")
    finally:
        gnome.gsettings("set", "org.gnome.desktop.notifications", "show-banners", "true")
    wait_until(lambda: gnome.eval(read) is True, 10, "show-banners true again in the shell")
