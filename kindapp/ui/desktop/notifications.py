"""Desktop notifications through org.freedesktop.Notifications, spoken directly with QtDBus.

QSystemTrayIcon.showMessage is not enough on today's desktops: on a StatusNotifier desktop Qt
sends an empty 0x0 image_data hint that servers such as mako reject (nothing is shown), and it
carries no actions. This client sends what the notification spec asks for and nothing more:

- app_name "Kind", app_icon "org.kindapp.Kind" (the icon theme's name of Kind's icon: GNOME
  Shell shows a generic bulb without it), the hints desktop-entry="org.kindapp.Kind" (the server
  finds Kind's name and groups its notifications through the desktop file) and
  suppress-sound=true (Kind's sounds are its own), no image;
- actions as (key, label) pairs; "default" is what a click on the notification itself invokes;
- `replaces_id` so that a newer reminder replaces the one still showing instead of stacking.

Signals: `actionInvoked(id, action_key)` and `closed(id, reason)`, only for notifications this
client sent (the server broadcasts both to every client on the bus).

`ui/desktop/flow.py` (DeskFlow) sends Kind's reminders and short messages through it when
`available()`, and falls back to the tray's balloon otherwise.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusArgument, QDBusConnection, QDBusMessage

from kindapp.core.catalog import APP_NAME, DESKTOP_ID

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DESKTOP_ENTRY = DESKTOP_ID
CALL_TIMEOUT_MS = 2000
"""How long a call may block the caller (the GUI thread) before it counts as failed."""


class NotificationsError(RuntimeError):
    """The notification service refused or did not answer a call."""


# ---------------------------------------------------------------------------------------------
# D-Bus's "u" from Python. Notify's replaces_id is a uint32 and servers check the signature
# (mako: "Invalid arguments 'sisssasa{sv}i' ... expecting 'susssasa{sv}i'"), but PySide6 turns
# every Python int into "i" (or "x"), and its QDBusArgument exposes only the ushort operator<<.
# Qt's own QDBusArgument::operator<<(uint) is called here instead, through its exported symbol,
# on a QDBusArgument that PySide6 made; Qt then copies that argument into the message as it is.
_APPEND_UINT_SYMBOL = "_ZN13QDBusArgumentlsEj"  # QDBusArgument::operator<<(unsigned int)


def _load_append_uint() -> Callable[[int, int], object] | None:
    import PySide6

    candidates = ["libQt6DBus.so.6", str(Path(PySide6.__file__).parent / "Qt/lib/libQt6DBus.so.6")]
    for name in candidates:
        try:
            function = ctypes.CDLL(name)[_APPEND_UINT_SYMBOL]
        except (OSError, AttributeError):
            continue
        function.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        function.restype = ctypes.c_void_p
        return function
    return None


_append_uint = _load_append_uint()


def uint32(value: int) -> QDBusArgument:
    """A D-Bus "u" argument for QDBusMessage.setArguments."""
    if not 0 <= value <= 0xFFFFFFFF:
        raise ValueError(f"{value} does not fit a D-Bus uint32")
    if _append_uint is None:
        raise NotificationsError("QtDBus's uint marshaller was not found")
    import shiboken6

    argument = QDBusArgument()
    _append_uint(shiboken6.getCppPointer(argument)[0], value)
    return argument


def string_list(values: Sequence[str]) -> QDBusArgument:
    """A D-Bus "as" argument, also when empty (a bare empty list would go out as "av")."""
    argument = QDBusArgument()
    argument << list(values)
    return argument


# ---------------------------------------------------------------------------------------------


class Notifications(QObject):
    """A client of the session's notification server."""

    actionInvoked = Signal(int, str)  # notification id, action key ("default", "not-now", ...)
    closed = Signal(int, int)  # notification id, reason (1 expired, 2 dismissed, 3 closed, 4 other)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._ours: set[int] = set()
        self._connected = False
        if self._bus.isConnected():
            self._connected = self._subscribe(
                "ActionInvoked", "_on_action(uint,QString)"
            ) and self._subscribe("NotificationClosed", "_on_closed(uint,uint)")
            if not self._connected:
                log.warning("notifications: could not subscribe to the server's signals")

    def _subscribe(self, signal: str, slot: str) -> bool:
        # The slots take "uint" (D-Bus "u"): QtDBus delivers a signal only to a slot whose
        # parameter types match. PySide6's stub types the slot as bytes, but the binding takes
        # the str that SLOT() returns.
        connected: bool = self._bus.connect(  # type: ignore[call-overload]
            SERVICE, PATH, INTERFACE, signal, self, SLOT(slot)
        )
        return connected

    # -- queries

    def available(self) -> bool:
        """A notification server is on the session bus now."""
        if not self._bus.isConnected():
            return False
        message = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
        )
        message.setArguments([SERVICE])
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        arguments = reply.arguments()
        return reply.type() == QDBusMessage.MessageType.ReplyMessage and arguments == [True]

    def capabilities(self) -> list[str]:
        reply = self._call("GetCapabilities", [])
        return [str(value) for value in reply[0]] if reply else []

    # -- commands

    def notify(
        self,
        summary: str,
        body: str = "",
        actions: Sequence[tuple[str, str]] = (),
        replaces_id: int = 0,
        *,
        icon: str = DESKTOP_ID,
        timeout_ms: int = -1,
    ) -> int:
        """Show (or, with `replaces_id`, replace) a notification; returns its id.

        `actions` are (key, label) pairs, e.g. [("default", "Take a break"), ("not-now",
        "Not now")]. Raises NotificationsError when the server refuses or is not there.
        """
        flat = [part for key, label in actions for part in (key, label)]
        hints = {"desktop-entry": DESKTOP_ENTRY, "suppress-sound": True}
        reply = self._call(
            "Notify",
            [
                APP_NAME,
                uint32(replaces_id),
                icon,
                summary,
                body,
                string_list(flat),
                hints,
                timeout_ms,
            ],
        )
        notification_id = int(reply[0])
        self._ours.discard(replaces_id)
        self._ours.add(notification_id)
        log.info("notification id=%d replaces=%d actions=%s", notification_id, replaces_id, flat)
        return notification_id

    def close(self, notification_id: int) -> None:
        """Take a notification away (the server then emits NotificationClosed)."""
        self._call("CloseNotification", [uint32(notification_id)])

    # -- plumbing

    def _call(self, method: str, arguments: list[Any]) -> list[Any]:
        if not self._bus.isConnected():
            raise NotificationsError("no session bus")
        message = QDBusMessage.createMethodCall(SERVICE, PATH, INTERFACE, method)
        message.setArguments(arguments)
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            raise NotificationsError(f"{method}: {reply.errorName()}: {reply.errorMessage()}")
        return list(reply.arguments())

    @Slot("uint", "QString")
    def _on_action(self, notification_id: int, action: str) -> None:
        if notification_id in self._ours:
            self.actionInvoked.emit(notification_id, action)

    @Slot("uint", "uint")
    def _on_closed(self, notification_id: int, reason: int) -> None:
        if notification_id in self._ours:
            self._ours.discard(notification_id)
            self.closed.emit(notification_id, reason)
