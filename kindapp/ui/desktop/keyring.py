"""Whether this desktop has a Secret Service keyring (org.freedesktop.secrets on the session
bus, running or activatable). Kind shows "Remember on this computer" only where one exists;
storing the key there is not built yet, so for now the answer only keeps the option hidden."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection

SECRETS = "org.freedesktop.secrets"


def keyring_available(bus: QDBusConnection | None = None) -> bool:
    bus = QDBusConnection.sessionBus() if bus is None else bus
    if not bus.isConnected():
        return False
    interface = bus.interface()
    if interface is None:
        return False
    running = interface.isServiceRegistered(SECRETS)
    if running.isValid() and bool(running.value()):
        return True
    activatable = interface.activatableServiceNames()
    return activatable.isValid() and SECRETS in list(activatable.value())
