"""Reminders that read the room, in the running app: DeskFlow's reminders go through RoomGate,
which holds them while the desktop says so and offers one when it clears. What the desktop says
is set by the test here (the real services: tests/system/test_room*.py)."""

from __future__ import annotations

from typing import Any

from kindapp.core.reminders import ReminderPlan
from kindapp.core.room import Reading, Respect, Timings
from kindapp.ui.desktop.room import RoomGate, RoomSense


class Room:
    """A desktop whose answers the test sets, and a monotonic clock it moves."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.reading = Reading()

    def sense(self) -> Reading:
        return self.reading

    def clock(self) -> float:
        return self.now


def shown(kind: Any) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    kind.controller.tray.tell = lambda title, text, **_: messages.append((title, text))
    kind.controller.desk._make_notifications = None  # the tray's balloon, recorded above
    return messages


def test_do_not_disturb_holds_the_reminder_until_it_ends(kind, qtbot):  # type: ignore[no-untyped-def]
    messages = shown(kind)
    desk = kind.controller.desk
    room = Room()
    desk.room.sense = room.sense
    desk.room.rules.timings = Timings(recheck_s=0.05)
    room.reading = Reading(dnd=True)
    desk.on_reminder_due()
    assert messages == [] and desk.room.held()
    desk.on_reminder_due()  # another one comes due: still nothing, still one held
    qtbot.wait(150)  # the recheck timer looks again a few times meanwhile
    assert messages == []
    room.reading = Reading(dnd=False)
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=2000)
    assert messages[0][0] == "A kind moment?"
    assert not desk.room.held()
    qtbot.wait(150)
    assert len(messages) == 1


def test_after_a_long_absence_one_welcome_back_comes_instead(kind, qtbot):  # type: ignore[no-untyped-def]
    messages = shown(kind)
    desk = kind.controller.desk
    room = Room()
    desk.room = RoomGate(room.sense, lambda: Respect(), Timings(), room.clock, parent=desk)
    desk.room.offer.connect(desk.offer_reminder)
    room.reading = Reading(idle_s=3600.0)
    desk.on_reminder_due()
    room.now += 3600
    room.reading = Reading(idle_s=7200.0)
    desk.on_reminder_due()
    assert messages == []
    room.now += 600
    room.reading = Reading(idle_s=4.0)
    desk.room.look()
    assert messages == [
        (
            "Welcome back",
            "Good to see you again. If a kind minute would help you settle in, "
            "it's one click away.",
        )
    ]
    desk.room.look()
    assert len(messages) == 1


def test_turning_a_rule_off_in_the_plan_lets_reminders_through(kind):  # type: ignore[no-untyped-def]
    messages = shown(kind)
    desk = kind.controller.desk
    desk.room.sense = lambda: Reading(fullscreen=True, inhibited=True)
    desk.set_reminders(ReminderPlan(enabled=True, respect_busy=False).to_dict())
    desk.on_reminder_due()
    assert len(messages) == 1
    desk.set_reminders(ReminderPlan(enabled=True).to_dict())
    desk.on_reminder_due()
    assert len(messages) == 1 and desk.room.held()
    # Reminders turned off: the held one is let go, and nothing comes when the room clears.
    desk.set_reminders(ReminderPlan(enabled=False).to_dict())
    assert not desk.room.held()


def test_each_probe_that_cannot_answer_says_so_once(caplog):  # type: ignore[no-untyped-def]
    class Gone:
        name = "gone"
        why = "not on the session bus"

        def read(self) -> Reading | None:
            return None

    class Broken:
        name = "broken"
        why = ""

        def read(self) -> Reading | None:
            raise OSError("socket closed")

    class Idle:
        name = "idle"
        why = ""

        def read(self) -> Reading | None:
            return Reading(idle_s=12.0)

    sense = RoomSense([Gone(), Broken(), Idle()])
    caplog.set_level("INFO", logger="kindapp.ui.desktop.room")
    for _ in range(3):
        assert sense.reading() == Reading(idle_s=12.0)
    text = caplog.text
    assert text.count("room: gone: don't know (not on the session bus)") == 1
    assert text.count("room: broken: don't know") == 1
    assert text.count("room: idle answers") == 1


def clipped(widget: Any) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    out = []
    for lab in widget.findChildren(QLabel):
        need = lab.heightForWidth(lab.width()) if lab.wordWrap() else lab.sizeHint().height()
        if lab.isVisible() and lab.height() < need:
            out.append(f"{lab.text()[:30]!r} {lab.height()} < {need}")
    for box in widget.findChildren(QAbstractButton):
        if box.isVisible() and box.height() < box.sizeHint().height():
            out.append(f"{box.text()[:30]!r} {box.height()} < {box.sizeHint().height()}")
    return out


def test_settings_say_what_kind_respects_and_each_switch_turns_one_off(kind, qtbot, snap):  # type: ignore[no-untyped-def]
    import json

    from kindapp.core.navigation import Nav, Screen

    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    r = kind.window.page(Screen.SETTINGS).reminders
    assert r.room_row.title.text() == "Kind waits for a good moment"
    assert "Do Not Disturb" in r.room_row.subtitle.text()
    boxes = (r.respect_away, r.respect_dnd, r.respect_busy)
    assert all(b.isChecked() for b in boxes)  # all respected unless turned off
    r.enabled.setChecked(True)
    r.respect_busy.setChecked(False)
    qtbot.waitUntil(lambda: not kind.controller.prefs.pending, timeout=2000)  # debounced
    saved = json.loads(kind.paths.settings_file.read_text())["reminders"]
    assert (saved["respect_away"], saved["respect_dnd"], saved["respect_busy"]) == (
        True,
        True,
        False,
    )
    assert kind.controller.desk.reminders.plan().respect() == Respect(busy=False)
    # Shown again as saved (a new screen reads the plan).
    r.show_plan(kind.controller.desk.reminders.plan(), autostart=False, tray=True)
    assert [b.isChecked() for b in boxes] == [True, True, False]
    for look, scale in (("light", 1.0), ("dark", 1.0), ("contrast", 1.0), ("light", 1.5)):
        kind.controller.set_look(look=look, scale=scale)
        # The row's words are never cut off: each label gets the height its text needs.
        qtbot.waitUntil(lambda: not clipped(r.room_row), timeout=3000)
        snap(r, f"room-settings-{look}-{round(scale * 100)}")
    kind.controller.set_look(look="light", scale=1.0)


def test_the_x_server_is_asked_only_on_x11_itself(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtDBus import QDBusConnection

    from kindapp.ui.desktop.room import desktop_probes

    nobus = QDBusConnection("kind-no-bus")  # never connected: every bus probe says don't know
    names = [p.name for p in desktop_probes(nobus, "xcb", {"DISPLAY": ":5"})]
    assert "x11" in names and "gnome-idle-monitor" in names and "sway" in names
    under_xwayland = {"DISPLAY": ":5", "WAYLAND_DISPLAY": "wayland-0"}
    assert "x11" not in [p.name for p in desktop_probes(nobus, "xcb", under_xwayland)]
    assert "x11" not in [p.name for p in desktop_probes(nobus, "wayland", {"DISPLAY": ":5"})]
    sense = RoomSense(desktop_probes(nobus, "wayland", {}))
    assert sense.reading() == Reading()  # nothing answers: don't know, never a hold


def test_a_kind_days_invitation_waits_out_a_call_and_comes_when_it_ends(kind, qtbot):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kindapp.core import kind_day
    from kindapp.core.reminders import OneOff

    messages = shown(kind)
    desk = kind.controller.desk
    room = Room()
    desk.room.sense = room.sense
    desk.room.rules.timings = Timings(recheck_s=0.05)
    invitation = OneOff(
        datetime(2026, 12, 3, 11, 0, tzinfo=UTC), kind_day.INVITATION_KEY, "Just for today", "Hi"
    )
    room.reading = Reading(inhibited=True)
    desk.nudges.due.emit(invitation)  # as the nudge timer emits it
    desk.nudges.due.emit(invitation)  # the same one again: still one waiting
    qtbot.wait(150)
    assert messages == []
    room.reading = Reading()
    qtbot.waitUntil(lambda: len(messages) == 1, timeout=2000)
    qtbot.wait(150)
    assert len(messages) == 1
    # With nothing in the way it comes at once.
    desk.nudges.due.emit(invitation)
    assert len(messages) == 2


def test_swaymsg_tree_is_read_and_a_missing_sway_or_x_server_is_dont_know(tmp_path):  # type: ignore[no-untyped-def]
    """sway's IPC answered by a small server speaking its protocol (i3-ipc magic, length, type,
    JSON), as sway's own socket does; and the failures a desktop without sway or X gives."""
    import json
    import socket
    import struct
    import threading

    from kindapp.ui.desktop.room_sway import SwayTree
    from kindapp.ui.desktop.room_x11 import X11Room

    tree = {
        "type": "root",
        "nodes": [
            {
                "type": "workspace",
                "nodes": [
                    {"pid": 11, "focused": True, "fullscreen_mode": 1, "inhibit_idle": False},
                    {"pid": 12, "focused": False, "fullscreen_mode": 0, "inhibit_idle": True},
                ],
                "floating_nodes": [{"pid": 99, "focused": False, "inhibit_idle": True}],
            }
        ],
    }
    path = str(tmp_path / "sway.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(4)
    asked: list[int] = []

    def serve(answers: int) -> None:
        for _ in range(answers):
            conn, _ = server.accept()
            with conn:
                head = conn.recv(14)
                asked.append(struct.unpack("=II", head[6:])[1])
                body = json.dumps(tree).encode()
                conn.sendall(b"i3-ipc" + struct.pack("=II", len(body), 4) + body)

    thread = threading.Thread(target=serve, args=(2,), daemon=True)
    thread.start()
    assert SwayTree(path, own_pid=99).read() == Reading(inhibited=True, fullscreen=True)
    # Kind's own views count for nothing: only pid 12 inhibits, and pid 11 (Kind) is the full one.
    assert SwayTree(path, own_pid=11).read() == Reading(inhibited=True, fullscreen=False)
    thread.join(5)
    server.close()
    assert asked == [4, 4]  # GET_TREE

    gone = SwayTree(str(tmp_path / "no-sway.sock"), own_pid=1)
    assert gone.read() is None and "did not answer" in gone.why
    assert SwayTree(None, own_pid=1).read() is None
    no_x = X11Room(":4242", own_pid=1)
    assert no_x.read() is None and "cannot open X display :4242" in no_x.why
