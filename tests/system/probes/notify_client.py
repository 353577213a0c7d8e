"""Drive kindapp.ui.desktop.notifications from a test: one JSON command per stdin line, one JSON
answer or event per stdout line. Runs on the test desktop's session bus (the default
QDBusConnection.sessionBus(), from DBUS_SESSION_BUS_ADDRESS), as the app would.

    {"cmd": "available"}                                  -> {"available": true}
    {"cmd": "notify", "summary": s, "body": b, "actions": [[key, label], ...], "replaces_id": n}
                                                          -> {"id": n} or {"error": "..."}
    {"cmd": "close", "id": n}                             -> {"closed": n}
Events, whenever the server sends them for our notifications:
    {"event": "action", "id": n, "action": key}
    {"event": "closed", "id": n, "reason": r}
The probe exits when stdin closes.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QSocketNotifier

from kindapp.ui.desktop.notifications import Notifications, NotificationsError


def emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    client = Notifications()
    client.actionInvoked.connect(lambda i, a: emit({"event": "action", "id": i, "action": a}))
    client.closed.connect(lambda i, r: emit({"event": "closed", "id": i, "reason": r}))

    def handle(command: dict[str, Any]) -> dict[str, Any]:
        if command["cmd"] == "available":
            return {"available": client.available()}
        if command["cmd"] == "notify":
            actions = [(str(k), str(v)) for k, v in command.get("actions", [])]
            return {
                "id": client.notify(
                    command["summary"],
                    command.get("body", ""),
                    actions,
                    int(command.get("replaces_id", 0)),
                )
            }
        if command["cmd"] == "close":
            client.close(int(command["id"]))
            return {"closed": command["id"]}
        return {"error": f"unknown command {command['cmd']!r}"}

    def on_input() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        try:
            emit(handle(json.loads(line)))
        except NotificationsError as exc:
            emit({"error": str(exc)})

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    emit({"ready": True})
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
