"""Locking the letters again: after a chosen time without use of Kind, and when the screen
locks if the desktop says so (org.freedesktop.ScreenSaver or org.gnome.ScreenSaver
ActiveChanged on the session bus)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Slot
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from kindapp.core.clock import Clock, MonotonicClock
from kindapp.core.lock_rules import idle_left

log = logging.getLogger(__name__)

SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class AutoLock(QObject):
    def __init__(
        self,
        lock: Callable[[], None],
        minutes: Callable[[], int],
        parent: QObject | None = None,
        bus: QDBusConnection | None = None,
        clock: Clock | None = None,
    ) -> None:
        """`clock` says how long Kind has gone unused (a FakeClock in tests); the timer only
        wakes Kind up to ask it."""
        super().__init__(parent)
        self._lock = lock
        self._minutes = minutes
        self._clock: Clock = clock if clock is not None else MonotonicClock()
        self._used_at: float | None = None  # the last use since arm(); None: not counting
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self.listening: list[str] = []
        """The screen savers whose ActiveChanged reaches Kind."""
        self._watching = False
        """Whether every event of the app passes `eventFilter`: only while idle time counts
        (the letters open), so a person without the lock pays nothing per event."""
        self._listen_to_screensaver(bus)

    def arm(self) -> None:
        """Start counting idle time (on each unlock): no timer runs while nothing is open."""
        self._used_at = self._clock.now()
        self._idle.start(self._minutes() * 60_000)
        self._watch(True)

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._idle.isActive():
            self._used_at = self._clock.now()
            self._idle.start(self._minutes() * 60_000)
        return False

    def _on_idle(self) -> None:
        used_at = self._used_at
        if used_at is None:
            return
        left = idle_left(used_at, self._clock.now(), self._minutes())
        if left > 0:  # woken early (a timer is not a clock): wait out the rest
            self._idle.start(max(1, math.ceil(left * 1000)))
            return
        self._used_at = None
        self._idle.stop()
        self._watch(False)
        log.info("locking again after %d idle minutes", self._minutes())
        self._lock()

    def _listen_to_screensaver(self, bus: QDBusConnection | None) -> None:
        """Where the desktop has a session bus (the tests hand in a private one)."""
        if bus is None:
            bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        # PySide6 takes the SLOT() string here (its stubs say bytes, which it refuses).
        slot: Any = SLOT("screenActive(bool)")
        for service, path in SCREENSAVERS:
            try:
                if bus.connect(service, path, service, "ActiveChanged", self, slot):
                    self.listening.append(service)
            except (TypeError, ValueError) as exc:  # never worth failing the start for
                log.warning("cannot follow %s: %s", service, exc)

    @Slot(bool)
    def screenActive(self, active: bool) -> None:
        if active:
            log.info("the screen locked: locking the letters too")
            self._idle.stop()
            self._used_at = None
            self._watch(False)
            self._lock()

    def close(self) -> None:
        self._idle.stop()
        self._used_at = None
        self._watch(False)
