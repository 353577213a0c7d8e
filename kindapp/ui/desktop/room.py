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

import ctypes
import ctypes.util
import json
import logging
import os
import shutil
import socket
import struct
import subprocess
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

from kindapp.core.room import Outcome, Reading, Respect, RoomRules, Timings, holds

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

CALL_TIMEOUT_MS = 500
IDLE_INHIBIT = 8  # GsmInhibitorFlag: inhibit the session being marked as idle
MAKO_DND_MODE = "do-not-disturb"


class Probe(Protocol):
    name: str

    def read(self) -> Reading | None:
        """What the service says now, or None when it is not there (with why in `why`)."""
        ...

    @property
    def why(self) -> str: ...


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


# --------------------------------------------------------------------------- sway


class SwayTree:
    """sway's IPC (GET_TREE): a view inhibiting idle, the focused view full screen."""

    name = "sway"
    GET_TREE = 4
    MAGIC = b"i3-ipc"

    def __init__(self, socket_path: str | None, own_pid: int) -> None:
        self._path = socket_path
        self._own_pid = own_pid
        self._why = ""

    @property
    def why(self) -> str:
        return self._why

    def read(self) -> Reading | None:
        if not self._path:
            self._why = "no SWAYSOCK"
            return None
        try:
            tree = self._tree()
        except (OSError, ValueError) as exc:
            self._why = f"sway's IPC did not answer: {exc}"
            return None
        inhibited = fullscreen = False
        for node in _nodes(tree):
            if "pid" not in node or node.get("pid") == self._own_pid:
                continue
            inhibited = inhibited or bool(node.get("inhibit_idle"))
            if node.get("focused") and node.get("fullscreen_mode", 0) in (1, 2):
                fullscreen = True
        return Reading(inhibited=inhibited, fullscreen=fullscreen)

    def _tree(self) -> dict[str, Any]:
        assert self._path is not None
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(CALL_TIMEOUT_MS / 1000)
            conn.connect(self._path)
            conn.sendall(self.MAGIC + struct.pack("=II", 0, self.GET_TREE))
            header = _recv(conn, len(self.MAGIC) + 8)
            length, _kind = struct.unpack("=II", header[len(self.MAGIC) :])
            tree = json.loads(_recv(conn, length))
        if not isinstance(tree, dict):
            raise ValueError("the tree is not an object")
        return tree


def _recv(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ValueError("sway closed the socket")
        data += chunk
    return data


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for key in ("nodes", "floating_nodes"):
        for child in node.get(key, []):
            if isinstance(child, dict):
                yield from _nodes(child)


# --------------------------------------------------------------------------- X11


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


SCREEN_SAVER_ON = 1
XA_ATOM = 4
XA_WINDOW = 33
XA_CARDINAL = 6


class X11Room:
    """The X server's own answers: idle time and the screen saver (MIT-SCREEN-SAVER, through
    libXss), and whether the active window is full screen (_NET_WM_STATE)."""

    name = "x11"

    def __init__(self, display: str | None, own_pid: int) -> None:
        self._display_name = display
        self._own_pid = own_pid
        self._why = ""
        self._x: Any = None
        self._xss: Any = None
        self._dpy: int | None = None
        self._opened = False

    @property
    def why(self) -> str:
        return self._why

    def _open(self) -> bool:
        if self._opened:
            return self._dpy is not None
        self._opened = True
        if not self._display_name:
            self._why = "no X display"
            return False
        x_name, xss_name = ctypes.util.find_library("X11"), ctypes.util.find_library("Xss")
        if x_name is None or xss_name is None:
            self._why = "libX11 or libXss (Debian: libxss1) is not installed"
            return False
        x, xss = ctypes.CDLL(x_name), ctypes.CDLL(xss_name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XGetInputFocus.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
        ]
        x.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        dpy = x.XOpenDisplay(self._display_name.encode())
        if not dpy:
            self._why = f"cannot open X display {self._display_name}"
            return False
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(dpy, ctypes.byref(event), ctypes.byref(error)):
            self._why = "the X server has no MIT-SCREEN-SAVER extension"
            x.XCloseDisplay(dpy)
            return False
        self._x, self._xss, self._dpy = x, xss, dpy
        return True

    def read(self) -> Reading | None:
        if not self._open():
            return None
        x, dpy = self._x, self._dpy
        root = x.XDefaultRootWindow(dpy)
        info = _XScreenSaverInfo()
        if not self._xss.XScreenSaverQueryInfo(dpy, root, ctypes.byref(info)):
            self._why = "XScreenSaverQueryInfo failed"
            return None
        return Reading(
            idle_s=info.idle / 1000.0,
            locked=info.state == SCREEN_SAVER_ON,
            fullscreen=self._active_fullscreen(root),
        )

    def _property(self, window: int, name: bytes, kind: int) -> list[int]:
        x, dpy = self._x, self._dpy
        atom = x.XInternAtom(dpy, name, 0)
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x.XGetWindowProperty(
            dpy,
            window,
            atom,
            0,
            1024,
            0,
            kind,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return []
        try:
            if actual_type.value != kind or actual_format.value != 32:
                return []
            # Format-32 properties come back as an array of C longs.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            x.XFree(data)

    def _top_level(self, window: int, root: int) -> int:
        """The child of the root that holds `window` (the input focus may be a child)."""
        x, dpy = self._x, self._dpy
        for _ in range(64):
            root_ret, parent = ctypes.c_ulong(), ctypes.c_ulong()
            children, count = ctypes.c_void_p(), ctypes.c_uint()
            if not x.XQueryTree(
                dpy,
                window,
                ctypes.byref(root_ret),
                ctypes.byref(parent),
                ctypes.byref(children),
                ctypes.byref(count),
            ):
                return window
            if children.value:
                x.XFree(children)
            if parent.value in (0, root):
                return window
            window = parent.value
        return window

    def _active_fullscreen(self, root: int) -> bool:
        active = self._property(root, b"_NET_ACTIVE_WINDOW", XA_WINDOW)
        window = active[0] if active else 0
        if not window:
            focus, revert = ctypes.c_ulong(), ctypes.c_int()
            self._x.XGetInputFocus(self._dpy, ctypes.byref(focus), ctypes.byref(revert))
            if focus.value in (0, 1, root):  # None, PointerRoot
                return False
            window = self._top_level(focus.value, root)
        if self._property(window, b"_NET_WM_PID", XA_CARDINAL) == [self._own_pid]:
            return False  # Kind's own window
        full = self._x.XInternAtom(self._dpy, b"_NET_WM_STATE_FULLSCREEN", 0)
        return full in self._property(window, b"_NET_WM_STATE", XA_ATOM)

    def close(self) -> None:
        if self._dpy is not None:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None


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
