"""Asking the desktop to let Kind run in the background: the Background portal
(org.freedesktop.portal.Background.RequestBackground), with autostart when the person chose it.

Where Kind lives without a window (no tray, while reminders or start at login need it), GNOME
44 and later list it under the apps running in the background, and a sandboxed build needs the
portal's leave to go on running and to start at login. Where there is no portal (or it refuses,
or the person says no) nothing changes and nothing is shown: Kind keeps its own autostart entry
(core/autostart.py) and simply goes on. The portal is asked only when it is already on the bus
(never started just for this), and never waited for: the answer comes as a signal.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Signal, Slot
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

PORTAL = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Background"
REQUEST = "org.freedesktop.portal.Request"
CALL_TIMEOUT_MS = 2000


class BackgroundPortal(QObject):
    """A client of the Background portal. `answered(background, autostart)` says what the
    portal allowed; nothing is emitted when there is no portal or the request failed."""

    answered = Signal(bool, bool)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._tokens = itertools.count(1)
        self._watchers: set[QDBusPendingCallWatcher] = set()

    def available(self) -> bool:
        """The portal is on the session bus now (it is not started for this)."""
        if not self._bus.isConnected():
            return False
        message = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner"
        )
        message.setArguments([PORTAL])
        reply = self._bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        return reply.type() == QDBusMessage.MessageType.ReplyMessage and reply.arguments() == [True]

    def request(self, *, autostart: bool) -> bool:
        """Ask to run in the background (and to start at login when `autostart`). False when
        there is no portal to ask; the answer, if any, comes as `answered`."""
        if not self.available():
            events.info("background-portal none")
            return False
        token = f"kind{next(self._tokens)}"
        sender = self._bus.baseService().lstrip(":").replace(".", "_")
        handle = f"{PATH}/request/{sender}/{token}"
        # Subscribe to the request's Response before asking, as the portal's documentation says.
        self._bus.connect(  # type: ignore[call-overload]
            PORTAL, handle, REQUEST, "Response", self, SLOT("_on_response(uint,QVariantMap)")
        )
        message = QDBusMessage.createMethodCall(PORTAL, PATH, INTERFACE, "RequestBackground")
        reason = QCoreApplication.translate(
            "BackgroundPortal", "Kind keeps running quietly for your gentle reminders."
        )
        options: dict[str, Any] = {"handle_token": token, "reason": reason, "autostart": autostart}
        message.setArguments(["", options])
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, CALL_TIMEOUT_MS), self)
        self._watchers.add(watcher)
        watcher.finished.connect(lambda w=watcher: self._on_sent(w))
        events.info("background-portal asked autostart=%d", int(autostart))
        return True

    def _on_sent(self, watcher: QDBusPendingCallWatcher) -> None:
        self._watchers.discard(watcher)
        if watcher.isError():
            error = watcher.error()
            log.info("background portal refused: %s: %s", error.name(), error.message())
        watcher.deleteLater()

    @Slot("uint", "QVariantMap")
    def _on_response(self, response: int, results: dict[str, Any]) -> None:
        background = response == 0 and bool(results.get("background", False))
        autostart = response == 0 and bool(results.get("autostart", False))
        events.info(
            "background-portal answered response=%d background=%d autostart=%d",
            response,
            int(background),
            int(autostart),
        )
        self.answered.emit(background, autostart)
