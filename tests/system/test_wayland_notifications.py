"""kindapp.ui.desktop.notifications against a real notification server (mako) on the Wayland
test desktop: what it sends is shown, with its actions; a click on an action comes back as
actionInvoked for that notification; a notification that replaces another leaves one.

The client runs in a probe process (probes/notify_client.py) as the desktop's user, on the
default session bus, as the app would run it; the test drives it over stdin/stdout.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator
from typing import Any

import desktop
import pytest
import wayland_desktop
from desktop import wait_until

pytestmark = pytest.mark.system

ACTIONS = [["default", "Take a kind moment"], ["not-now", "Not now"]]


class NotifyClient:
    def __init__(self, wayland: wayland_desktop.WaylandDesktop, env: desktop.KindEnv) -> None:
        self.stderr_path = env.root / "notify_client.stderr"
        with self.stderr_path.open("wb") as err:
            self.proc = subprocess.Popen(
                [desktop.sys.executable, str(desktop.PROBES / "notify_client.py")],
                env=dict(env),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                cwd="/",
                start_new_session=True,
                preexec_fn=desktop._die_with_parent,
                **wayland.user.popen_kwargs(),
            )
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        threading.Thread(target=self._read, daemon=True).start()
        self.expect(lambda m: m.get("ready") is True)

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(json.loads(line))

    def expect(self, match: Callable[[dict[str, Any]], bool], timeout: float = 10.0) -> Any:
        """The first message (answer or event) from the client that `match`es, in time."""

        def found() -> dict[str, Any] | None:
            while True:
                try:
                    self.seen.append(self.lines.get_nowait())
                except queue.Empty:
                    break
            for message in self.seen:
                if match(message):
                    self.seen.remove(message)
                    return message
            if self.proc.poll() is not None:
                raise AssertionError(f"notify client exited: {desktop.tail(self.stderr_path)}")
            return None

        return wait_until(
            found,
            timeout,
            "a message from the notify client",
            details=lambda: f"seen {self.seen}\n{desktop.tail(self.stderr_path)}",
        )

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()
        answer: dict[str, Any] = self.expect(lambda m: "event" not in m and "ready" not in m)
        assert "error" not in answer, answer
        return answer

    def notify(self, summary: str, body: str = "", replaces_id: int = 0) -> int:
        answer = self.ask(
            {
                "cmd": "notify",
                "summary": summary,
                "body": body,
                "actions": ACTIONS,
                "replaces_id": replaces_id,
            }
        )
        return int(answer["id"])

    def stop(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        desktop.stop_process(self.proc)


@pytest.fixture
def notify_client(
    wayland: wayland_desktop.WaylandDesktop, wayland_kind_env: desktop.KindEnv
) -> Iterator[NotifyClient]:
    wayland.mako.dismiss_all()
    wait_until(lambda: not wayland.mako.notifications(), 10, "mako to start empty")
    client = NotifyClient(wayland, wayland_kind_env)
    yield client
    client.stop()
    wayland.mako.dismiss_all()


def ours(wayland: wayland_desktop.WaylandDesktop) -> list[dict[str, Any]]:
    return [n for n in wayland.mako.notifications() if n["app-name"] == "Kind"]


def test_the_service_is_available(notify_client: NotifyClient) -> None:
    assert notify_client.ask({"cmd": "available"}) == {"available": True}


def test_a_notification_shows_with_its_actions_and_a_click_comes_back(
    wayland: wayland_desktop.WaylandDesktop, notify_client: NotifyClient
) -> None:
    sent = notify_client.notify("A kind moment", "Would you like a short break?")
    assert sent > 0
    [shown] = wait_until(lambda: ours(wayland), 10, "Kind's notification in makoctl list")
    assert shown["id"] == sent
    assert (shown["summary"], shown["body"]) == ("A kind moment", "Would you like a short break?")
    assert shown["actions"] == {"default": "Take a kind moment", "not-now": "Not now"}

    wayland.mako.invoke(sent, "default")
    event = notify_client.expect(lambda m: m.get("event") == "action")
    assert event == {"event": "action", "id": sent, "action": "default"}


def test_not_now_comes_back_as_its_own_action(
    wayland: wayland_desktop.WaylandDesktop, notify_client: NotifyClient
) -> None:
    sent = notify_client.notify("A kind moment")
    wait_until(lambda: ours(wayland), 10, "Kind's notification in makoctl list")
    wayland.mako.invoke(sent, "not-now")
    event = notify_client.expect(lambda m: m.get("event") == "action")
    assert event == {"event": "action", "id": sent, "action": "not-now"}


def test_a_replacing_notification_leaves_one(
    wayland: wayland_desktop.WaylandDesktop, notify_client: NotifyClient
) -> None:
    first = notify_client.notify("A kind moment", "first")
    wait_until(lambda: ours(wayland), 10, "the first notification")
    second = notify_client.notify("A kind moment", "second", replaces_id=first)
    assert second == first
    [shown] = wait_until(
        lambda: [n for n in ours(wayland) if n["body"] == "second"] and ours(wayland),
        10,
        "the replacement in makoctl list",
    )
    assert (shown["id"], shown["body"]) == (first, "second")

    # Closing it says so, for our id.
    notify_client.ask({"cmd": "close", "id": first})
    event = notify_client.expect(lambda m: m.get("event") == "closed")
    assert event["id"] == first
    wait_until(lambda: not ours(wayland), 10, "the notification to go")


def test_what_goes_on_the_wire_is_what_the_spec_asks(
    wayland: wayland_desktop.WaylandDesktop,
    wayland_kind_env: desktop.KindEnv,
    notify_client: NotifyClient,
) -> None:
    monitor = wayland_desktop.BusMonitor(
        wayland.bus, wayland_desktop.NOTIFICATIONS, wayland_kind_env.root / "monitor.json"
    )

    def kind_notifies() -> list[dict[str, Any]] | None:
        calls = [c for c in monitor.calls("Notify") if c["payload"]["data"][0] == "Kind"]
        return calls if len(calls) >= 2 else None

    monitor.start()
    try:
        first = notify_client.notify("A kind moment", "first")
        second = notify_client.notify("A kind moment", "second", replaces_id=first)
        calls = wait_until(kind_notifies, 10, "Kind's two Notify calls on the bus")
        replies = [wait_until(lambda c=c: monitor.reply_to(c), 10, "a reply") for c in calls]
    finally:
        monitor.stop()
    for call, replaces, body in zip(calls, (0, first), ("first", "second"), strict=True):
        assert call["payload"]["type"] == "susssasa{sv}i", call
        app_name, replaces_id, _icon, summary, sent_body, actions, hints, _timeout = call[
            "payload"
        ]["data"]
        assert (app_name, replaces_id, summary, sent_body) == (
            "Kind",
            replaces,
            "A kind moment",
            body,
        )
        assert actions == [part for pair in ACTIONS for part in pair]
        # Exactly these hints: no image_data (mako rejects Qt's empty one).
        assert hints == {
            "desktop-entry": {"type": "s", "data": "org.kindapp.Kind"},
            "suppress-sound": {"type": "b", "data": True},
        }, hints
    assert [r["type"] for r in replies] == ["method_return", "method_return"], replies
    assert [r["payload"]["data"] for r in replies] == [[first], [second]]
