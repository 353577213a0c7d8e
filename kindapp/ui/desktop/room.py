"""Reading the room through the desktop's own services, for reminders (rules: core/room.py).

Each probe asks one service and answers a `Reading` with what it knows, or None when its service
is not there; `RoomSense` merges them and says once in the log which probes answer and which do
not (a probe that is not there is "don't know", and "don't know" never holds a reminder).

- Away: GNOME's `org.gnome.Mutter.IdleMonitor` (GetIdletime, ms); `org.freedesktop.ScreenSaver`
  (GetSessionIdleTime, ms as KDE answers it; GetActive: locked); `org.gnome.ScreenSaver`
  (GetActive); on X11 the MIT-SCREEN-SAVER extension (libXss: idle ms, and the screen saver on
  counts as locked).
- Do Not Disturb: GNOME's `org.gnome.desktop.notifications show-banners` (read with `gsettings`,
  only where GNOME Shell is on the bus), the notification server's `Inhibited` property
  (KDE Plasma), mako's "do-not-disturb" mode (`fr.emersion.Mako.ListModes`, as `makoctl mode -a
  do-not-disturb` sets it).
- Busy: `org.gnome.SessionManager.IsInhibited(8)` (an app inhibits idle),
  `org.freedesktop.PowerManagement.Inhibit.HasInhibit`, sway's tree (a view's `inhibit_idle`, the
  focused view's `fullscreen_mode`, over $SWAYSOCK), and on X11 `_NET_WM_STATE_FULLSCREEN` of the
  active window (`_NET_ACTIVE_WINDOW`, else the window with the input focus).

The probes are asked only when a reminder comes due and while one is held (`RoomGate`), never
in between. Calls to the bus wait at most CALL_TIMEOUT_MS.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from kindapp.core.room import Outcome, Reading, Respect, RoomRules, Timings, holds
from kindapp.ui.desktop.room_probe import CALL_TIMEOUT_MS, Probe
from kindapp.ui.desktop.room_sway import SwayTree
from kindapp.ui.desktop.room_x11 import X11Room

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

IDLE_INHIBIT = 8  # GsmInhibitorFlag: inhibit the session being marked as idle
MAKO_DND_MODE = "do-not-disturb"


# --------------------------------------------------------------------------- D-Bus


class _Bus:
    """Blocking calls on the session bus, each at most CALL_TIMEOUT_MS."""

    def __init__(self, bus: QDBusConnection) -> None:
        self.bus = bus

    def has(self, service: str) -> bool:
        if not self.bus.isConnected():
            return False
        reply = self._send(
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            [service],
        )
        return reply == [True]

    def call(
        self, service: str, path: str, interface: str, method: str, args: list[Any] | None = None
    ) -> list[Any] | None:
        return self._send(service, path, interface, method, args or [])

    def prop(self, service: str, path: str, interface: str, name: str) -> Any:
        reply = self._send(
            service, path, "org.freedesktop.DBus.Properties", "Get", [interface, name]
        )
        return reply[0] if reply else None

    def _send(
        self, service: str, path: str, interface: str, method: str, args: list[Any]
    ) -> list[Any] | None:
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        message.setArguments(args)
        reply = self.bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return None
        return list(reply.arguments())


class DBusProbe:
    """One service on the session bus; `ask` turns its answers into a Reading."""

    def __init__(
        self, name: str, bus: _Bus, service: str, ask: Callable[[_Bus], Reading | None]
    ) -> None:
        self.name = name
        self._bus = bus
        self._service = service
        self._ask = ask
        self._why = ""

    @property
    def why(self) -> str:
        return self._why

    def read(self) -> Reading | None:
        if not self._bus.bus.isConnected():
            self._why = "no session bus"
            return None
        if not self._bus.has(self._service):
            self._why = f"{self._service} is not on the session bus"
            return None
        reading = self._ask(self._bus)
        if reading is None:
            self._why = f"{self._service} did not answer"
        return reading


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _mutter_idle(bus: _Bus) -> Reading | None:
    reply = bus.call(
        "org.gnome.Mutter.IdleMonitor",
        "/org/gnome/Mutter/IdleMonitor/Core",
        "org.gnome.Mutter.IdleMonitor",
        "GetIdletime",
    )
    ms = _int(reply[0]) if reply else None
    return Reading(idle_s=ms / 1000.0) if ms is not None else None


def _freedesktop_screensaver(bus: _Bus) -> Reading | None:
    args = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
    active = bus.call(*args, "org.freedesktop.ScreenSaver", "GetActive")
    idle = bus.call(*args, "org.freedesktop.ScreenSaver", "GetSessionIdleTime")
    if active is None and idle is None:
        return None
    ms = _int(idle[0]) if idle else None
    return Reading(
        idle_s=ms / 1000.0 if ms is not None else None,
        locked=bool(active[0]) if active else None,
    )


def _gnome_screensaver(bus: _Bus) -> Reading | None:
    active = bus.call(
        "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "GetActive"
    )
    return Reading(locked=bool(active[0])) if active else None


def _gnome_session(bus: _Bus) -> Reading | None:
    from kindapp.ui.desktop.notifications import NotificationsError, uint32

    try:
        flags = uint32(IDLE_INHIBIT)
    except NotificationsError:
        return None
    reply = bus.call(
        "org.gnome.SessionManager",
        "/org/gnome/SessionManager",
        "org.gnome.SessionManager",
        "IsInhibited",
        [flags],
    )
    return Reading(inhibited=bool(reply[0])) if reply else None


def _power_management(bus: _Bus) -> Reading | None:
    reply = bus.call(
        "org.freedesktop.PowerManagement",
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
        "HasInhibit",
    )
    return Reading(inhibited=bool(reply[0])) if reply else None


def _notifications_inhibited(bus: _Bus) -> Reading | None:
    value = bus.prop(
        "org.freedesktop.Notifications",
        "/org/freedesktop/Notifications",
        "org.freedesktop.Notifications",
        "Inhibited",
    )
    return Reading(dnd=value) if isinstance(value, bool) else None


def _mako_modes(bus: _Bus) -> Reading | None:
    reply = bus.call(
        "org.freedesktop.Notifications", "/fr/emersion/Mako", "fr.emersion.Mako", "ListModes"
    )
    if not reply or not isinstance(reply[0], list):
        return None
    return Reading(dnd=MAKO_DND_MODE in [str(m) for m in reply[0]])


class GnomeBanners:
    """GNOME's Do Not Disturb: `show-banners` false, read with gsettings (GLib's own reader of
    the person's dconf), only where GNOME Shell runs."""

    name = "gnome-show-banners"

    def __init__(self, bus: _Bus) -> None:
        self._bus = bus
        self._why = ""

    @property
    def why(self) -> str:
        return self._why

    def read(self) -> Reading | None:
        if not self._bus.has("org.gnome.Shell"):
            self._why = "GNOME Shell is not on the session bus"
            return None
        gsettings = shutil.which("gsettings")
        if gsettings is None:
            self._why = "gsettings is not installed"
            return None
        try:
            result = subprocess.run(
                [gsettings, "get", "org.gnome.desktop.notifications", "show-banners"],
                capture_output=True,
                text=True,
                timeout=2,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            self._why = f"gsettings failed: {exc}"
            return None
        value = result.stdout.strip()
        if result.returncode != 0 or value not in ("true", "false"):
            self._why = f"gsettings answered {value or result.stderr.strip()!r}"
            return None
        return Reading(dnd=value == "false")


# --------------------------------------------------------------------------- together


class RoomSense:
    """Every probe this desktop may have, merged; each one's presence logged once."""

    def __init__(self, probes: list[Probe]) -> None:
        self.probes = probes
        self._told: dict[str, bool] = {}

    def reading(self) -> Reading:
        out = Reading()
        for probe in self.probes:
            try:
                got = probe.read()
            except Exception as exc:  # a desktop service must never break a reminder
                log.warning("room: %s failed: %s", probe.name, exc)
                got = None
            there = got is not None
            if self._told.get(probe.name) != there:
                self._told[probe.name] = there
                if there:
                    log.info("room: %s answers", probe.name)
                else:
                    log.info("room: %s: don't know (%s)", probe.name, probe.why)
            if got is not None:
                out = out.merged(got)
        return out


def desktop_probes(
    bus: QDBusConnection | None, platform: str, environ: dict[str, str] | None = None
) -> list[Probe]:
    """The probes for this session: the bus's services, sway's tree, the X server."""
    env = dict(os.environ) if environ is None else environ
    pid = os.getpid()
    session = _Bus(bus if bus is not None else QDBusConnection.sessionBus())
    probes: list[Probe] = [
        DBusProbe("gnome-idle-monitor", session, "org.gnome.Mutter.IdleMonitor", _mutter_idle),
        DBusProbe(
            "freedesktop-screensaver",
            session,
            "org.freedesktop.ScreenSaver",
            _freedesktop_screensaver,
        ),
        DBusProbe("gnome-screensaver", session, "org.gnome.ScreenSaver", _gnome_screensaver),
        GnomeBanners(session),
        DBusProbe(
            "notifications-inhibited",
            session,
            "org.freedesktop.Notifications",
            _notifications_inhibited,
        ),
        DBusProbe("mako-modes", session, "org.freedesktop.Notifications", _mako_modes),
        DBusProbe("gnome-session-inhibit", session, "org.gnome.SessionManager", _gnome_session),
        DBusProbe(
            "power-management-inhibit",
            session,
            "org.freedesktop.PowerManagement",
            _power_management,
        ),
        SwayTree(env.get("SWAYSOCK"), pid),
    ]
    if platform == "xcb" and not env.get("WAYLAND_DISPLAY"):
        # Not under Xwayland: its idle time counts only X clients' input, so a person typing
        # into Wayland windows would look away.
        probes.append(X11Room(env.get("DISPLAY"), pid))
    return probes


class RoomGate(QObject):
    """Between the reminder timer and the notification: a due reminder goes through here.

    `offer` carries what to show now: "reminder" or "welcome-back" (core.room.Outcome). While a
    reminder is held, one coarse timer looks again every `recheck_s`; nothing runs otherwise.

    One-off nudges (a next step someone asked for, a kind day's invitations) wait the same way
    (`nudge_due`), but are never replaced by the welcome back: each comes, once, when the room
    clears (`nudge`), the latest of each kind."""

    offer = Signal(str)
    nudge = Signal(object)  # a core.reminders.OneOff

    def __init__(
        self,
        sense: Callable[[], Reading],
        respect: Callable[[], Respect],
        timings: Timings | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.sense = sense
        """Asks the desktop (RoomSense.reading); public so the GUI tests can set what it says."""
        self._respect = respect
        self._monotonic = monotonic
        self.rules = RoomRules(timings)
        self._held: tuple[tuple[str, ...], bool] | None = None
        self._nudges: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self.look)

    def due(self) -> None:
        """A reminder came due."""
        self._act(self.rules.due(self._monotonic(), self.sense(), self._respect()))

    def nudge_due(self, item: Any) -> None:
        """A one-off nudge came due: shown now, or held while the room says so."""
        reasons = holds(self.sense(), self._respect(), self.rules.timings.away_after_s)
        if not reasons:
            self.nudge.emit(item)
            return
        self._nudges[item.key] = item
        events.info("nudge held key=%s reasons=%s", item.key, ",".join(str(r) for r in reasons))
        self._timer.start(int(self.rules.timings.recheck_s * 1000))

    def look(self) -> None:
        """Look at the room again (the recheck timer; also when Kind becomes active)."""
        reading = self.sense() if self.rules.pending or self._nudges else None
        if reading is None:
            return
        if self.rules.pending:
            self._act(self.rules.look(self._monotonic(), reading, self._respect()))
        if self._nudges:
            if holds(reading, self._respect(), self.rules.timings.away_after_s):
                self._timer.start(int(self.rules.timings.recheck_s * 1000))
                return
            waiting, self._nudges = list(self._nudges.values()), {}
            for item in waiting:
                self.nudge.emit(item)

    def held(self) -> bool:
        return self.rules.pending

    def clear(self) -> None:
        """Reminders turned off or paused: let a held one go."""
        if self.rules.pending:
            events.info("reminder held-let-go")
        self.rules.clear()
        self._held = None
        if not self._nudges:
            self._timer.stop()

    def _act(self, decision: Any) -> None:
        if decision.held:
            held = (tuple(str(r) for r in decision.reasons), self.rules.long_absence())
            if held != self._held:
                self._held = held
                events.info("reminder held reasons=%s long-absence=%d", ",".join(held[0]), held[1])
            self._timer.start(int(self.rules.timings.recheck_s * 1000))
            return
        if not self._nudges:
            self._timer.stop()
        self._held = None
        if decision.outcome is not Outcome.NOTHING:
            self.offer.emit(str(decision.outcome))
