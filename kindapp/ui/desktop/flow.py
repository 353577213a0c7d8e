"""Kind on the desktop: reminders, export and import, start at login, closing the window into
the tray.

Short messages (a reminder, "Kind is still here") go to the desktop's notification service
(org.freedesktop.Notifications, through `notifications.Notifications`) when there is one: a
reminder carries a default action (a click on it starts the quick break) and "Not now", and a
newer reminder replaces one still showing. Without a notification service they fall back to the
tray icon's balloon. Reminders need one of the two, not the tray itself (stock GNOME has
notifications and no tray).

Strings here are in this flow's own translation context, "DeskFlow".
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from kindapp.core.notices import Notice, NoticeKind
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.reasons import os_error_code, plain_reason
from kindapp.ui.common.services import Notices, Prefs
from kindapp.ui.common.text import with_args
from kindapp.ui.desktop.tray import Tray

if TYPE_CHECKING:
    from kindapp.core.voice_store import VoiceStore
    from kindapp.ui.desktop.notifications import Notifications
    from kindapp.ui.desktop.reminder_timer import ReminderTimer
    from kindapp.ui.desktop.room import RoomGate

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")


NOT_NOW = "not-now"
"""The reminder's second action: let it pass (nothing is started, nothing is counted)."""


class DeskFlow(QObject):
    journalImported = Signal()  # letters, reframes or practices came in from an export
    reminderAccepted = Signal()  # the person clicked a reminder: the quick break, please
    autostartChanged = Signal(bool)  # start at login was turned on or off (and written)
    nudgeAction = Signal(str)  # a next step's or a kind day's nudge was clicked (its key)

    def __init__(
        self,
        window: QWidget,
        tray: Tray,
        prefs: Prefs,
        journal: JournalDoor,
        notices: Notices,
        practice_busy: Callable[[], bool],
        voices: VoiceStore | None = None,
        parent: QObject | None = None,
        *,
        make_notifications: Callable[[], Notifications] | None = None,
    ) -> None:
        """`make_notifications` builds the notification client on first use (None: there is
        none, messages go to the tray's balloon)."""
        super().__init__(parent)
        self._voices = voices
        self._window = window
        self.tray = tray
        self._prefs = prefs
        self._journal = journal
        self._notices = notices
        self._practice_busy = practice_busy
        self._make_notifications = make_notifications
        self._notifications: Notifications | None = None
        self._reminder_id = 0
        self._reminders_shown = 0
        self.reminders = self._make_reminders()
        self.room = self._make_room()
        tray.pauseReminders.connect(self.pause_reminders)
        tray.reminderClicked.connect(self.reminderAccepted)
        tray.messageAction.connect(self.nudgeAction)
        self._nudge_ids: dict[int, str] = {}  # notifications showing a nudge, by id: its key
        from kindapp.ui.desktop.nudge_timer import NudgeTimer

        self.nudges = NudgeTimer(self._pending_nudges, parent=self)
        self.nudges.due.connect(self.room.nudge_due)  # waits while the room says so
        self.room.nudge.connect(self.on_nudge_due)

    # -- export and import -----------------------------------------------------------------
    def import_file(self, path: Path) -> bool:
        """Merge an export into the journal; the person is told what happened either way."""
        from kindapp.core.errors import JournalError

        if not self._journal.open_now():
            return False
        try:
            # On the journal's thread: the import is one transaction there; after it, the
            # open views list their entries again (journalChanged).
            result = self._journal.operations.import_file(path, self._voices)
        except JournalError as exc:
            text = self.tr("Nothing was imported from %1: %2")
            self._notices.say(with_args(text, path.name, plain_reason(exc)))
            return False
        done = self.tr(
            "Imported from %1: %2 letters, %3 reframes and %4 practices. %5 were already here.",
        )
        self._notices.say(
            with_args(
                done,
                path.name,
                str(result.letters_added),
                str(result.reframes_added),
                str(result.practices_added),
                str(result.skipped),
            )
        )
        if result.voices_added:
            text = self.tr("%1 recordings of your voice came with it.")
            self._notices.say(with_args(text, str(result.voices_added)))
        if result.entries_added:
            text = self.tr("%1 entries of your self-compassion journal came with it.")
            self._notices.say(with_args(text, str(result.entries_added)))
        self.journalImported.emit()
        return True

    def export_file(self, path: Path) -> bool:
        from kindapp.core.errors import JournalError

        try:
            if not self._journal.open_now():
                return False
            from kindapp.core.atomic import write_atomic

            data = self._journal.operations.export_data(self._voices)  # on its thread
            write_atomic(
                path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            )
        except (JournalError, OSError) as exc:
            text = self.tr("Kind couldn't export to %1: %2")
            self._notices.say(with_args(text, str(path), plain_reason(exc)))
            return False
        text = self.tr("Your journal was exported to %1.")
        self._notices.say(with_args(text, str(path)))
        return True

    def ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("Import a Kind export")
        kinds = self.tr("Kind export (*.json)")
        name, _ = QFileDialog.getOpenFileName(self._window, title, str(Path.home()), kinds)
        if name:
            self.import_file(Path(name))

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = self.tr("Export your journal")
        kinds = self.tr("Kind export (*.json)")
        name, _ = QFileDialog.getSaveFileName(
            self._window, title, str(Path.home() / "kind-journal.json"), kinds
        )
        if name:
            self.export_file(Path(name))

    # -- reminders and autostart -----------------------------------------------------------
    def _make_reminders(self) -> ReminderTimer:
        from kindapp.core.reminders import ReminderPlan
        from kindapp.ui.desktop.reminder_timer import ReminderTimer

        try:
            plan = ReminderPlan.from_dict(self._prefs.settings.reminders)
        except ValueError:
            plan = ReminderPlan()
        timer = ReminderTimer(plan, parent=self)
        timer.due.connect(self.on_reminder_due)
        timer.planChanged.connect(lambda p: self._prefs.update(reminders=p.to_dict()))
        timer.nextDueChanged.connect(self.tray.show_next_reminder)
        self.tray.show_next_reminder(timer.next_due())
        return timer

    def _make_room(self) -> RoomGate:
        """Reminders that read the room: a due reminder waits while the person is away, in Do
        Not Disturb or busy (core/room.py), asked of the desktop's own services (room.py)."""
        from PySide6.QtGui import QGuiApplication

        from kindapp.core.room import timings_from
        from kindapp.ui.desktop.room import RoomGate, RoomSense, desktop_probes

        sense = RoomSense(desktop_probes(None, QGuiApplication.platformName()))
        gate = RoomGate(
            sense.reading, lambda: self.reminders.plan().respect(), timings_from(), parent=self
        )
        gate.offer.connect(self.offer_reminder)
        return gate

    def set_reminders(self, plan: dict[str, Any]) -> None:
        from kindapp.core.reminders import ReminderPlan

        self._prefs.update(reminders=plan)
        parsed = ReminderPlan.from_dict(plan)
        self.reminders.set_plan(parsed)
        if not parsed.enabled:
            self.room.clear()

    def pause_reminders(self, how: str) -> None:
        from datetime import date, time, timedelta

        from kindapp.core.reminders import local_zone

        zone = local_zone()
        now = datetime.now(zone)
        if how == "hour":
            until = now + timedelta(hours=1)
        else:
            until = datetime.combine(date.today() + timedelta(days=1), time(0), zone)
        self.reminders.snooze(until)
        self.room.clear()

    # -- messages: the notification service, else the tray's balloon -----------------------
    def notifications(self) -> Notifications | None:
        """The notification client when a notification service is on the session bus now."""
        if self._make_notifications is None:
            return None
        if self._notifications is None:
            self._notifications = self._make_notifications()
            self._notifications.actionInvoked.connect(self._on_action)
            self._notifications.closed.connect(self._on_closed)
        return self._notifications if self._notifications.available() else None

    def can_remind(self) -> bool:
        """Reminders can reach the person: a notification service, or a tray to show them."""
        return self.tray.available or self.notifications() is not None

    def on_reminder_due(self) -> None:
        """A reminder came due: offered now, or held while the room says so (RoomGate)."""
        if self._practice_busy():
            return
        self.room.due()

    def offer_reminder(self, kind: str = "reminder") -> None:
        """An invitation as a quiet notification; ignoring it costs nothing and is not
        recorded. A newer one replaces one still showing. `kind` "welcome-back" is the one
        gentle invitation after a long absence, instead of the reminders missed meanwhile."""
        if self._practice_busy():
            return
        from kindapp.core.reminders import REMINDER_TITLE, reminder_text
        from kindapp.core.room import WELCOME_TEXT, WELCOME_TITLE
        from kindapp.ui.desktop.notifications import NotificationsError

        if kind == "welcome-back":
            title = QCoreApplication.translate("practices", WELCOME_TITLE)
            text = QCoreApplication.translate("practices", WELCOME_TEXT)
        else:
            title = QCoreApplication.translate("practices", REMINDER_TITLE)
            text = QCoreApplication.translate("practices", reminder_text(self._reminders_shown))
            self._reminders_shown += 1
        client = self.notifications()
        if client is not None:
            actions = [("default", self.tr("Take a quick break")), (NOT_NOW, self.tr("Not now"))]
            try:
                self._reminder_id = client.notify(title, text, actions, self._reminder_id)
            except NotificationsError as exc:
                log.warning("reminder not shown: the notification service refused it: %s", exc)
                events.info("reminder not-shown reason=refused")
                self._reminder_id = 0
                return
            events.info("reminder shown via=notification id=%d kind=%s", self._reminder_id, kind)
        elif self.tray.available:
            self.tray.tell(title, text, reminder=True)
            events.info("reminder shown via=tray kind=%s", kind)
        else:
            log.warning("reminder not shown: no notification service and no tray")
            events.info("reminder not-shown reason=nowhere")

    def _on_action(self, notification_id: int, action: str) -> None:
        key = self._nudge_ids.pop(notification_id, "")
        if key:
            self._close(notification_id)
            if action == "default":
                self.nudgeAction.emit(key)
            return
        if notification_id != self._reminder_id or not notification_id:
            return
        self._reminder_id = 0
        # Answered: take it away (servers such as mako keep a notification after an action).
        self._close(notification_id)
        if action == "default":
            events.info("reminder accepted")
            self.reminderAccepted.emit()
        else:
            events.info("reminder let-pass action=%s", action)

    def _close(self, notification_id: int) -> None:
        from kindapp.ui.desktop.notifications import NotificationsError

        if self._notifications is None:
            return
        try:
            self._notifications.close(notification_id)
        except NotificationsError as exc:
            log.info("notification %d already gone: %s", notification_id, exc)

    def _on_closed(self, notification_id: int, reason: int) -> None:
        self._nudge_ids.pop(notification_id, None)
        if notification_id == self._reminder_id:
            self._reminder_id = 0

    def _tell(self, title: str, message: str) -> None:
        """A short message: a notification, else the tray's balloon."""
        from kindapp.ui.desktop.notifications import NotificationsError

        client = self.notifications()
        if client is not None:
            try:
                client.notify(title, message)
                return
            except NotificationsError as exc:
                log.warning("message not shown: the notification service refused it: %s", exc)
        self.tray.tell(title, message)

    # -- one-off nudges (core/nudges.py says which) -----------------------------------------
    def refresh_nudges(self) -> None:
        """The journal's entries changed (or Kind just started): arm for the next nudge."""
        self.nudges.refresh()

    def _pending_nudges(self, now: datetime) -> list[Any]:
        from kindapp.core import journal_invitation, nudges
        from kindapp.core.errors import JournalError

        evening = self._prefs.settings.journal_invitation  # the journal's invitation, if on
        # Never asks for the passphrase (locked: none due), nor offers a backup from a timer.
        if not self._journal.readable(quiet=True):
            return journal_invitation.pending(evening, now)  # its words are Kind's own

        def due(j: Any) -> list[Any]:
            found = nudges.pending_in(j, now)
            if evening:
                written = {now.date()} if j.journal_entry_on(now.date()) is not None else set()
                found += journal_invitation.pending(evening, now, written)
            return sorted(found, key=lambda o: (o.at, o.key))

        try:
            return self._journal.operations.read(due)
        except JournalError as exc:
            log.error("%s", exc)
            return []

    def _written_today(self) -> bool:
        from kindapp.core.errors import JournalError

        if not self._journal.readable(quiet=True):
            return False
        today = datetime.now().astimezone().date()
        try:
            entry = self._journal.operations.read(lambda j: j.journal_entry_on(today))
        except JournalError:
            return False
        return entry is not None

    def on_nudge_due(self, item: Any) -> None:
        """A next step, a kind day's or the journal's invitation, beside the tray icon: quiet,
        easy to let pass, never a window that takes the focus."""
        from kindapp.core import journal_invitation

        written = item.key == journal_invitation.KEY and self._written_today()
        if not journal_invitation.still_wanted(item, written):
            events.info("nudge let pass key=%s", item.key)
            return
        events.info("nudge shown key=%s", item.key)
        from kindapp.ui.desktop.notifications import NotificationsError

        title = QCoreApplication.translate("practices", item.title)
        text = with_args(QCoreApplication.translate("practices", item.text), item.detail)
        client = self.notifications()
        if client is not None:
            actions = [("default", self.tr("Open")), (NOT_NOW, self.tr("Not now"))]
            try:
                self._nudge_ids[client.notify(title, text, actions)] = item.key
                return
            except NotificationsError as exc:
                log.warning("nudge not shown: the notification service refused it: %s", exc)
        self.tray.tell(title, text, action=item.key)

    def set_autostart(self, enabled: bool) -> None:
        from kindapp.core.autostart import set_autostart

        try:
            set_autostart(enabled)
        except OSError as exc:
            log.error("cannot change autostart: %s", exc)
            self._notices.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": "autostart", "reason": os_error_code(exc)},
                ),
                once=False,
            )
            return
        self.autostartChanged.emit(enabled)

    # -- the window and the tray -----------------------------------------------------------
    def stays_when_closed(self) -> bool:
        """Closing the window leaves Kind running (in the tray, or without one while reminders
        or start at login are on); False: it quits."""
        from kindapp.core.autostart import is_autostart_enabled
        from kindapp.core.reminders import ReminderPlan
        from kindapp.core.staying import stays_when_closed

        return stays_when_closed(
            tray=self.tray.available,
            reminders_on=ReminderPlan.from_dict(self._prefs.settings.reminders).enabled,
            autostart_on=is_autostart_enabled(),
        )

    def window_closed(self) -> None:
        """The window was closed: once, say where Kind goes on running (the tray, or without
        one: the launcher), and without a tray how to quit."""
        from kindapp.core.staying import tell_still_running

        settings = self._prefs.settings
        if tell_still_running(
            tray=self.tray.available,
            stays=self.stays_when_closed(),
            told_before=settings.told_still_running,
        ):
            self._tell(
                self.tr("Kind is still here"),
                self.tr(
                    "Kind keeps running quietly, without a window. To open it again, click its "
                    "icon among your apps. To quit, press Ctrl+Q in its window, or choose Quit "
                    "from its icon's menu."
                ),
            )
            self._prefs.update(told_still_running=True)
        if self.tray.available and not settings.told_still_in_tray:
            self._tell(
                self.tr("Kind is still here"),
                self.tr(
                    "Kind keeps resting in the tray. Click its icon whenever you'd like a moment."
                ),
            )
            self._prefs.update(told_still_in_tray=True)

    def shutdown(self) -> None:
        self.room.clear()
        self.reminders.stop()
        self.nudges.stop()
        self.tray.hide()
