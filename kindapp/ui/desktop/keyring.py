"""Remembering the journal's key on this computer, in the desktop's Secret Service keyring
(org.freedesktop.secrets on the session bus; gnome-keyring, KWallet, KeePassXC ...).

What is kept is the derived 256-bit key, never the passphrase, labelled with the journal's
path and its salt (a new passphrase has a new salt, so an old item never opens anything).
The secret travels over the session bus in the "plain" session (a private local socket, as
`secret-tool` does). A keyring that is itself locked, or asks to be, is treated as absent:
Kind then asks for the passphrase as usual. Where no keyring exists the option is not shown.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

SECRETS = "org.freedesktop.secrets"
SERVICE_PATH = "/org/freedesktop/secrets"
DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"


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


class Keyring:
    """The journal's key in the Secret Service. Every method fails quietly (False / None):
    a keyring that cannot help means only that the passphrase is asked for."""

    def __init__(self, journal: str, address: str = "SESSION") -> None:
        self.journal = journal
        self._address = address

    def _attributes(self, salt: bytes) -> dict[str, str]:
        return {"application": "kindapp", "journal": self.journal, "salt": salt.hex()}

    def _call(self, conn: Any, path: str, interface: str, method: str, sig: str, body: Any) -> Any:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(path, bus_name=SECRETS, interface=interface)
        reply = conn.send_and_get_reply(new_method_call(address, method, sig, body), timeout=10)
        if reply.header.message_type.name == "error":
            raise OSError(f"{method}: {reply.body}")
        return reply.body

    def _session(self, conn: Any) -> str:
        _, session = self._call(
            conn, SERVICE_PATH, "org.freedesktop.Secret.Service", "OpenSession", "sv",
            ("plain", ("s", "")),
        )  # fmt: skip
        return str(session)

    def _items(self, conn: Any, attributes: dict[str, str]) -> tuple[list[str], list[str]]:
        unlocked, locked = self._call(
            conn, SERVICE_PATH, "org.freedesktop.Secret.Service", "SearchItems", "a{ss}",
            (attributes,),
        )  # fmt: skip
        return list(unlocked), list(locked)

    def remember(self, salt: bytes, key: bytes) -> bool:
        """Keep the key (replacing Kind's earlier one for this journal); True if kept."""
        try:
            from jeepney.io.blocking import open_dbus_connection

            with open_dbus_connection(bus=self._address) as conn:
                self.forget(conn=conn)
                session = self._session(conn)
                props = {
                    "org.freedesktop.Secret.Item.Label": ("s", "Kind: the key of your journal"),
                    "org.freedesktop.Secret.Item.Attributes": ("a{ss}", self._attributes(salt)),
                }
                secret = (session, b"", key.hex().encode("ascii"), "text/plain")
                _, prompt = self._call(
                    conn, DEFAULT_COLLECTION, "org.freedesktop.Secret.Collection", "CreateItem",
                    "a{sv}(oayays)b", (props, secret, True),
                )  # fmt: skip
                return str(prompt) == "/"
        except Exception as exc:  # no keyring, a locked one, a refused call: not kept
            log.info("the keyring did not keep the key: %s", type(exc).__name__)
            return False

    def recall(self, salt: bytes) -> bytes | None:
        """The key kept for this journal and salt, if an unlocked keyring has it."""
        try:
            from jeepney.io.blocking import open_dbus_connection

            with open_dbus_connection(bus=self._address) as conn:
                unlocked, _ = self._items(conn, self._attributes(salt))
                if not unlocked:
                    return None
                session = self._session(conn)
                (secrets,) = self._call(
                    conn, SERVICE_PATH, "org.freedesktop.Secret.Service", "GetSecrets", "aoo",
                    (unlocked[:1], session),
                )  # fmt: skip
                for _, _, value, _ in secrets.values():
                    key = bytes.fromhex(bytes(value).decode("ascii"))
                    return key if len(key) == 32 else None
        except Exception as exc:
            log.info("the keyring gave no key: %s", type(exc).__name__)
        return None

    def forget(self, conn: Any = None) -> bool:
        """Remove every key Kind kept for this journal (any salt); True if none is left."""
        try:
            from jeepney.io.blocking import open_dbus_connection

            if conn is None:
                with open_dbus_connection(bus=self._address) as own:
                    return self.forget(own)
            unlocked, locked = self._items(
                conn, {"application": "kindapp", "journal": self.journal}
            )
            for item in unlocked:
                self._call(conn, item, "org.freedesktop.Secret.Item", "Delete", "", ())
            return not locked
        except Exception as exc:
            log.info("the keyring could not forget the key: %s", type(exc).__name__)
            return False
