"""Kind on the desktop: the tray's reminders, export and import, start at login, closing the
window into the tray.

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
from kindapp.ui.common.services import JournalAccess, Notices, Prefs
from kindapp.ui.desktop.tray import Tray

if TYPE_CHECKING:
    from kindapp.ui.desktop.reminder_timer import ReminderTimer

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")


class DeskFlow(QObject):
    journalImported = Signal()  # letters, reframes or practices came in from an export

    def __init__(
        self,
        window: QWidget,
        tray: Tray,
        prefs: Prefs,
        journal: JournalAccess,
        notices: Notices,
        practice_busy: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self.tray = tray
        self._prefs = prefs
        self._journal = journal
        self._notices = notices
        self._practice_busy = practice_busy
        self._reminders_shown = 0
        self.reminders = self._make_reminders()
        tray.pauseReminders.connect(self.pause_reminders)

    # -- export and import -----------------------------------------------------------------
    def import_file(self, path: Path) -> bool:
        """Merge an export into the journal; the person is told what happened either way."""
        from kindapp.core.journal import JournalError
        from kindapp.core.journal_io import import_file

        journal = self._journal.get()
        if journal is None:
            return False
        try:
            # On the journal's thread: the import is one transaction there.
            result = self._journal.run(lambda j: import_file(j, path))
        except JournalError as exc:
            text = self.tr("Nothing was imported from %1: %2")
            self._notices.say(text.replace("%1", path.name).replace("%2", str(exc)))
            return False
        self._notices.say(
            self.tr(
                "Imported from %1: %2 letters, %3 reframes and %4 practices. %5 were already here.",
            )
            .replace("%1", path.name)
            .replace("%2", str(result.letters_added))
            .replace("%3", str(result.reframes_added))
            .replace("%4", str(result.practices_added))
            .replace("%5", str(result.skipped))
        )
        self.journalImported.emit()
        return True

    def export_file(self, path: Path) -> bool:
        from kindapp.core.journal import JournalError

        try:
            journal = self._journal.get()
            if journal is None:
                return False
            from kindapp.core.atomic import write_atomic
            from kindapp.core.journal_io import export_data

            data = self._journal.run(export_data)  # read on the journal's thread
            write_atomic(
                path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            )
        except (JournalError, OSError) as exc:
            text = self.tr("Kind couldn't export to %1: %2")
            self._notices.say(text.replace("%1", str(path)).replace("%2", str(exc)))
            return False
        text = self.tr("Your journal was exported to %1.")
        self._notices.say(text.replace("%1", str(path)))
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

    def set_reminders(self, plan: dict[str, Any]) -> None:
        from kindapp.core.reminders import ReminderPlan

        self._prefs.update(reminders=plan)
        self.reminders.set_plan(ReminderPlan.from_dict(plan))

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

    def on_reminder_due(self) -> None:
        """An invitation beside the tray icon; ignoring it costs nothing and is not recorded."""
        if self._practice_busy():
            return
        from kindapp.core.reminders import REMINDER_TITLE, reminder_text

        text = reminder_text(self._reminders_shown)
        self._reminders_shown += 1
        events.info("reminder shown")
        self.tray.tell(
            QCoreApplication.translate("practices", REMINDER_TITLE),
            QCoreApplication.translate("practices", text),
            reminder=True,
        )

    def set_autostart(self, enabled: bool) -> None:
        from kindapp.core.autostart import set_autostart

        try:
            set_autostart(enabled)
        except OSError as exc:
            log.error("cannot change autostart: %s", exc)
            self._notices.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": "autostart", "reason": exc.strerror or str(exc)},
                ),
                once=False,
            )

    # -- the window and the tray -----------------------------------------------------------
    def window_closed(self) -> None:
        """The window was closed: once, say that Kind goes on resting in the tray."""
        if self.tray.available and not self._prefs.settings.told_still_in_tray:
            self.tray.tell(
                self.tr("Kind is still here"),
                self.tr(
                    "Kind keeps resting in the tray. Click its icon whenever you'd like a moment."
                ),
            )
            self._prefs.update(told_still_in_tray=True)

    def shutdown(self) -> None:
        self.reminders.stop()
        self.tray.hide()
