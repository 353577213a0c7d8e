"""Locking again: after the chosen idle time, and when the desktop's screen saver says the
screen locked (ActiveChanged on a real, private session bus)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from kindapp.ui.desktop.auto_lock import AutoLock


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    address = f"unix:path={tmp_path}/bus"
    config = tmp_path / "bus.conf"  # a session bus that activates nothing (no service dirs)
    standard = Path("/usr/share/dbus-1/session.conf").read_text()
    config.write_text(
        standard.replace("<standard_session_servicedirs />", "").replace(
            "<listen>unix:tmpdir=/tmp</listen>", f"<listen>{address}</listen>"
        )
    )
    proc = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip().startswith("unix:")  # listening now
    yield address
    proc.terminate()
    proc.wait(10)


def test_the_screen_locking_locks_the_letters(qtbot, session_bus: str) -> None:  # type: ignore[no-untyped-def]
    kind_bus = QDBusConnection.connectToBus(session_bus, f"kind-{os.getpid()}")
    desktop = QDBusConnection.connectToBus(session_bus, f"desktop-{os.getpid()}")
    assert kind_bus.isConnected() and desktop.isConnected()
    assert desktop.registerService("org.freedesktop.ScreenSaver")
    locked: list[str] = []
    auto = AutoLock(lambda: locked.append("locked"), lambda: 60, bus=kind_bus)
    assert "org.freedesktop.ScreenSaver" in auto.listening
    signal = QDBusMessage.createSignal(
        "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
    )
    signal.setArguments([True])
    assert desktop.send(signal)
    qtbot.waitUntil(lambda: locked == ["locked"], timeout=5000)
    auto.close()
    QDBusConnection.disconnectFromBus(f"kind-{os.getpid()}")
    QDBusConnection.disconnectFromBus(f"desktop-{os.getpid()}")


def test_idle_time_locks_and_input_puts_it_off(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    locked: list[str] = []
    minutes = [0]
    auto = AutoLock(lambda: locked.append("locked"), lambda: minutes[0])
    field = QLineEdit()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "x")
    assert not auto._idle.isActive() and locked == []  # nothing unlocked: no timer at all
    auto.arm()  # 0 minutes: at once
    qtbot.waitUntil(lambda: locked == ["locked"], timeout=5000)
    assert not auto._idle.isActive()  # and no timer after it locked
    # An hour: a key pressed after a while starts the hour again (the timer's remaining time
    # goes back up; Qt counts such long timers in whole seconds, so wait out more than one).
    minutes[0] = 60
    auto.arm()
    armed = auto._idle.remainingTime()
    assert 59 * 60_000 < armed <= 60 * 60_000 + 1000  # in whole seconds: may round up
    qtbot.waitUntil(lambda: auto._idle.remainingTime() <= armed - 1500, timeout=5000)
    waited = auto._idle.remainingTime()
    qtbot.mouseMove(field)  # moving the mouse over Kind is not use: nothing starts again
    assert auto._idle.remainingTime() <= waited
    qtbot.keyClicks(field, "x")
    assert auto._idle.remainingTime() >= armed - 1000 > waited
    assert auto._idle.isActive() and locked == ["locked"]
    auto.close()


def test_the_idle_time_is_read_from_the_clock_not_counted_by_the_timer(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    """A timer that wakes Kind early (or a key pressed just before it rings) does not lock:
    the clock says how long Kind has gone unused, and the rest is waited out."""
    from PySide6.QtWidgets import QLineEdit

    from kindapp.core.clock import FakeClock

    clock = FakeClock()
    locked: list[str] = []
    auto = AutoLock(lambda: locked.append("locked"), lambda: 60, clock=clock)
    field = QLineEdit()
    qtbot.addWidget(field)
    auto.arm()
    clock.advance(59 * 60)
    qtbot.keyClicks(field, "x")  # used a minute before the hour was up
    clock.advance(2 * 60)
    auto._idle.timeout.emit()  # the timer rings: only two minutes unused
    assert locked == [] and auto._idle.isActive()
    assert 57 * 60_000 < auto._idle.remainingTime() <= 58 * 60_000 + 1000
    qtbot.mouseMove(field)  # moving the mouse over Kind is not use
    clock.advance(58 * 60)
    auto._idle.timeout.emit()
    assert locked == ["locked"] and not auto._idle.isActive()
    auto._idle.timeout.emit()  # a late ring after the lock: nothing more
    assert locked == ["locked"]
    auto.close()


def test_a_keyring_is_found_only_where_the_secret_service_is(  # type: ignore[no-untyped-def]
    qapp, session_bus: str
) -> None:
    from kindapp.ui.desktop.keyring import SECRETS, keyring_available

    kind_bus = QDBusConnection.connectToBus(session_bus, f"kind-k-{os.getpid()}")
    assert not keyring_available(kind_bus)  # a bus without one: the option stays hidden
    keyring = QDBusConnection.connectToBus(session_bus, f"keyring-{os.getpid()}")
    assert keyring.registerService(SECRETS)
    assert keyring_available(kind_bus)
    QDBusConnection.disconnectFromBus(f"keyring-{os.getpid()}")
    QDBusConnection.disconnectFromBus(f"kind-k-{os.getpid()}")
