"""Remembering the key on this computer, against a real Secret Service: gnome-keyring on a
private session bus, its login keyring made and unlocked with a test password. The tools come
with `make system-deps` (gnome-keyring, dbus-daemon): without them the tests fail, never skip."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QScrollArea

from kindapp.core.navigation import Nav
from kindapp.ui.desktop.keyring import SECRETS, Keyring, keyring_available


@pytest.fixture
def keyring_bus(tmp_path: Path, qtbot) -> Iterator[str]:  # type: ignore[no-untyped-def]
    missing = [t for t in ("dbus-daemon", "gnome-keyring-daemon") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"the keyring tests need {', '.join(missing)} (make system-deps installs them)")
    address = f"unix:path={tmp_path}/bus"
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", f"--address={address}", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None and bus.stdout.readline().startswith("unix:")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "DBUS_SESSION_BUS_ADDRESS": address,
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "XDG_DATA_HOME": str(home / "data"),
    }
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"login keyring password")  # makes and unlocks a login keyring
    daemon.stdin.close()
    name = f"probe-{os.getpid()}"
    probe = QDBusConnection.connectToBus(address, name)
    interface = probe.interface()
    assert interface is not None

    def running() -> bool:  # our daemon owns the name (not one the bus would activate)
        reply = interface.isServiceRegistered(SECRETS)
        return reply.isValid() and bool(reply.value())

    qtbot.waitUntil(running, timeout=10000)
    assert keyring_available(probe)
    yield address
    QDBusConnection.disconnectFromBus(name)
    daemon.terminate()
    daemon.wait(10)
    bus.terminate()
    bus.wait(10)


def test_the_key_is_kept_found_and_forgotten(keyring_bus: str) -> None:
    salt, key = os.urandom(16), os.urandom(32)
    keyring = Keyring("/home/someone/.local/share/kindapp/journal.sqlite3", keyring_bus)
    assert keyring.recall(salt) is None
    assert keyring.remember(salt, key)
    assert keyring.recall(salt) == key
    assert keyring.recall(os.urandom(16)) is None  # another salt (a new passphrase): nothing
    assert Keyring("/another/journal.sqlite3", keyring_bus).recall(salt) is None
    newer = os.urandom(32)
    assert keyring.remember(salt, newer) and keyring.recall(salt) == newer  # replaced
    assert keyring.forget()
    assert keyring.recall(salt) is None


def test_without_a_keyring_nothing_is_kept(tmp_path: Path) -> None:
    keyring = Keyring("/x/journal.sqlite3", f"unix:path={tmp_path}/no-bus-here")
    assert not keyring.remember(b"s" * 16, b"k" * 32)
    assert keyring.recall(b"s" * 16) is None
    assert SECRETS == "org.freedesktop.secrets"


def test_remembered_on_this_computer_opens_without_asking(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, keyring_bus, qtbot, snap
):
    from test_lock_and_backups import PASS, prepare

    path = prepare(tmp_path / "kind", "en", "light")
    kind = make_kind(tmp_path / "kind")
    c = kind.controller
    c.safekeeping.keyring = Keyring(str(path), keyring_bus)
    asked: list[str] = []

    def ask(unlocker):  # type: ignore[no-untyped-def]
        asked.append("asked")
        return unlocker.try_passphrase(PASS) is None

    c.journals._ask = ask
    assert c.journals.get() is not None and asked == ["asked"]
    c.nav.go(Nav.OPEN_SETTINGS)
    page = c.settings_flow.page()
    assert page.privacy.remember.isVisibleTo(page) and not page.privacy.remember.isChecked()
    page.privacy.remember.click()
    assert page.privacy.remember.isChecked() and c.safekeeping.remembered()
    page.findChild(QScrollArea).ensureWidgetVisible(page.privacy.remember_hint, 0, 40)
    snap(c.window, "settings-privacy-keyring-en-light")
    c.lock_now()
    assert c.journals.is_locked()
    assert c.journals.get() is not None and asked == ["asked"]  # the keyring's key opened it
    page.privacy.remember.click()  # forget it again
    assert not c.safekeeping.remembered()
    c.lock_now()
    assert c.journals.get() is not None and asked == ["asked", "asked"]
