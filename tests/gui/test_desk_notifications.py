"""DeskFlow's messages against a stand-in for the notification service (the real one, mako, is
in tests/system/test_wayland*.py): what a reminder sends, what its actions do, the fallback to
the tray's balloon, and reminder settings on a desktop with notifications and no tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from kindapp.core.navigation import Page, Screen
from kindapp.core.reminders import ReminderPlan
from kindapp.ui.desktop.notifications import NotificationsError
from kindapp.ui.settings.reminder_settings import ReminderSettings


class FakeService(QObject):
    actionInvoked = Signal(int, str)
    closed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.up = True
        self.refuse = False
        self.sent: list[dict[str, Any]] = []
        self.closes: list[int] = []
        self._next = 7

    def available(self) -> bool:
        return self.up

    def notify(self, summary: str, body: str = "", actions: Any = (), replaces_id: int = 0) -> int:
        if self.refuse:
            raise NotificationsError("Notify: org.freedesktop.DBus.Error.Failed: no")
        ident = replaces_id or self._next
        self._next += 1
        self.sent.append(
            {"summary": summary, "body": body, "actions": list(actions), "replaces": replaces_id}
        )
        return ident

    def close(self, notification_id: int) -> None:
        self.closes.append(notification_id)


def with_service(kind: Any) -> FakeService:
    service = FakeService()
    kind.controller.desk._make_notifications = lambda: service
    return service


def test_a_reminder_is_a_notification_with_actions_and_a_newer_one_replaces_it(kind):  # type: ignore[no-untyped-def]
    service = with_service(kind)
    tray_messages: list[Any] = []
    kind.controller.tray.tell = lambda *a, **k: tray_messages.append(a)
    kind.window.hide()
    kind.controller.desk.on_reminder_due()
    kind.controller.desk.on_reminder_due()
    assert [m["replaces"] for m in service.sent] == [0, 7]
    assert service.sent[0]["summary"] == "A kind moment?"
    assert service.sent[0]["actions"] == [("default", "Take a quick break"), ("not-now", "Not now")]
    assert service.sent[0]["body"] != service.sent[1]["body"]
    assert tray_messages == []  # not the balloon as well

    service.actionInvoked.emit(7, "not-now")  # let it pass: nothing starts
    assert service.closes == [7]
    assert not kind.window.isVisible()
    kind.controller.desk.on_reminder_due()
    assert service.sent[-1]["replaces"] == 0  # a fresh one after the answer


def test_clicking_the_reminder_starts_the_quick_break(kind):  # type: ignore[no-untyped-def]
    service = with_service(kind)
    kind.window.hide()
    kind.controller.desk.on_reminder_due()
    service.actionInvoked.emit(99, "default")  # someone else's notification: nothing
    assert not kind.window.isVisible()
    service.actionInvoked.emit(7, "default")
    assert kind.window.isVisible() and kind.window.current_screen() is Screen.PRACTICE


def test_without_a_service_the_reminder_is_the_tray_balloon(kind):  # type: ignore[no-untyped-def]
    service = with_service(kind)
    service.up = False
    tray_messages: list[Any] = []
    kind.controller.tray.tell = lambda *a, **k: tray_messages.append((a, k))
    kind.controller.desk.on_reminder_due()
    assert service.sent == []
    assert len(tray_messages) == 1 and tray_messages[0][1] == {"reminder": True}


def test_a_refused_reminder_is_logged_not_counted_as_shown(kind, caplog):  # type: ignore[no-untyped-def]
    service = with_service(kind)
    service.refuse = True
    with caplog.at_level("INFO"):
        kind.controller.desk.on_reminder_due()
    messages = [r.getMessage() for r in caplog.records]
    assert not [m for m in messages if m.startswith("reminder shown")], messages
    assert [m for m in messages if "reminder not shown" in m], messages


def test_reminder_settings_work_with_notifications_and_no_tray(qtbot):  # type: ignore[no-untyped-def]
    r = ReminderSettings()
    qtbot.addWidget(r)
    r.show_plan(ReminderPlan(), autostart=False, tray=False, notifications=True)
    assert r.enabled.isEnabled() and r.mode.isEnabled()
    assert "notification" in r.note.text() and "tray" in r.note.text()
    r.enabled.setChecked(True)  # the note stays the one for this desktop
    assert "Without a tray" in r.note.text()
    r.show_plan(ReminderPlan(), autostart=False, tray=False, notifications=False)
    assert not r.enabled.isEnabled()
    assert "neither" in r.note.text()
    r.show_plan(ReminderPlan(), autostart=False, tray=True, notifications=False)
    assert r.enabled.isEnabled() and "Without a tray" not in r.note.text()


def test_desktops_show_and_speak_the_name_kind(qapp, qtbot):  # type: ignore[no-untyped-def]
    """applicationName is what Qt hands to the desktop: the StatusNotifierItem's Id and Title,
    AT-SPI's application name, X11's WM_CLASS class (files keep their own id, "kindapp").
    The names are first put back to the test runner's, so only Kind's own start can set them,
    and the title the real X server holds for a window is read back with xprop."""
    import shutil
    import subprocess

    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QWidget

    from kindapp.app import configure_qt_app
    from kindapp.core.catalog import DESKTOP_ID
    from kindapp.core.paths import Paths

    qapp.setApplicationName("pytest-qt-qapp")
    qapp.setApplicationDisplayName("")
    qapp.setDesktopFileName("")
    configure_qt_app(qapp, icon=False)
    assert qapp.applicationName() == "Kind" and qapp.applicationDisplayName() == "Kind"
    assert qapp.desktopFileName() == DESKTOP_ID
    app = QAccessible.queryAccessibleInterface(qapp)
    assert app is not None and app.text(QAccessible.Text.Name) == "Kind"
    assert Paths.default().config_dir.name == "kindapp"

    xprop = shutil.which("xprop")
    assert xprop is not None, "xprop (x11-utils) is missing: make system-deps installs it"
    window = QWidget()
    qtbot.addWidget(window)
    window.setWindowTitle("Letters")
    window.show()
    qtbot.waitExposed(window)
    title = subprocess.run(
        [xprop, "-id", str(int(window.winId())), "_NET_WM_NAME"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout
    assert title.strip().endswith('"Letters \u2014 Kind"'), title


def test_a_kind_days_evening_is_a_notification_and_its_click_opens_the_look_back(kind):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from kindapp.core import kind_day
    from kindapp.core.reminders import OneOff

    service = with_service(kind)
    tray_messages: list[Any] = []
    kind.controller.tray.tell = lambda *a, **k: tray_messages.append(a)
    kind.window.hide()
    evening = OneOff(
        datetime.now(UTC), kind_day.EVENING_KEY, kind_day.INVITATION_TITLE, kind_day.EVENING_TEXT
    )
    kind.controller.desk.on_nudge_due(evening)
    assert tray_messages == [] and len(service.sent) == 1
    assert service.sent[0]["actions"] == [("default", "Open"), ("not-now", "Not now")]
    service.actionInvoked.emit(7, "not-now")  # let it pass: nothing opens
    assert not kind.window.isVisible() and service.closes == [7]

    kind.controller.desk.on_nudge_due(evening)
    service.actionInvoked.emit(8, "default")
    assert kind.window.isVisible()
    assert kind.window.current_screen() == Page("kind_day"), kind.window.current_screen()
