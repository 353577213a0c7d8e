"""Kind on the desktop: export and import, gentle reminders, start at login.

A part of AppController (see controller.py and flow_base.py).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kindapp.core.navigation import Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.session import State
from kindapp.ui.common.flow_base import FlowBase, events, log

# Strings here use the controller's own translation context ("AppController"): the flows and
# the controller are one object at run time.


class DeskFlow(FlowBase):
    # -- export and import -----------------------------------------------------------------
    def import_file(self, path: Path) -> bool:
        """Merge an export into the journal; the person is told what happened either way."""
        from kindapp.core.journal import JournalError
        from kindapp.core.journal_io import import_file

        journal = self.journal()
        if journal is None:
            return False
        try:
            result = import_file(journal, path)
        except JournalError as exc:
            text = QCoreApplication.translate("AppController", "Nothing was imported from %1: %2")
            self.window.banner.add(text.replace("%1", path.name).replace("%2", str(exc)))
            return False
        self.window.banner.add(
            QCoreApplication.translate(
                "AppController",
                "Imported from %1: %2 letters, %3 reframes and %4 practices. %5 were already here.",
            )
            .replace("%1", path.name)
            .replace("%2", str(result.letters_added))
            .replace("%3", str(result.reframes_added))
            .replace("%4", str(result.practices_added))
            .replace("%5", str(result.skipped))
        )
        if self.window.built(Screen.LETTERS):
            self.window.screen(Screen.LETTERS).refresh()  # type: ignore[attr-defined]
        return True

    def export_file(self, path: Path) -> bool:
        from kindapp.core.journal import JournalError

        try:
            journal = self.journal()
            if journal is None:
                return False
            from kindapp.core.atomic import write_atomic
            from kindapp.core.journal_io import export_data

            write_atomic(
                path,
                (json.dumps(export_data(journal), indent=2, ensure_ascii=False) + "\n").encode(
                    "utf-8"
                ),
            )
        except (JournalError, OSError) as exc:
            text = QCoreApplication.translate("AppController", "Kind couldn't export to %1: %2")
            self.window.banner.add(text.replace("%1", str(path)).replace("%2", str(exc)))
            return False
        text = QCoreApplication.translate("AppController", "Your journal was exported to %1.")
        self.window.banner.add(text.replace("%1", str(path)))
        return True

    def ask_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("AppController", "Import a Kind export")
        kinds = QCoreApplication.translate("AppController", "Kind export (*.json)")
        name, _ = QFileDialog.getOpenFileName(self.window, title, str(Path.home()), kinds)
        if name:
            self.import_file(Path(name))

    def ask_export(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("AppController", "Export your journal")
        kinds = QCoreApplication.translate("AppController", "Kind export (*.json)")
        name, _ = QFileDialog.getSaveFileName(
            self.window, title, str(Path.home() / "kind-journal.json"), kinds
        )
        if name:
            self.export_file(Path(name))

    # -- reminders and autostart -----------------------------------------------------------
    def _make_reminders(self) -> Any:
        from kindapp.core.reminders import ReminderPlan
        from kindapp.ui.desktop.reminder_timer import ReminderTimer

        try:
            plan = ReminderPlan.from_dict(self.settings.reminders)
        except ValueError:
            plan = ReminderPlan()
        timer = ReminderTimer(plan, parent=self)
        timer.due.connect(self._on_reminder_due)
        timer.planChanged.connect(lambda p: self.update_settings(reminders=p.to_dict()))
        timer.nextDueChanged.connect(self.tray.show_next_reminder)
        self.tray.show_next_reminder(timer.next_due())
        self._reminders_shown = 0
        return timer

    def set_reminders(self, plan: dict[str, Any]) -> None:
        from kindapp.core.reminders import ReminderPlan

        self.update_settings(reminders=plan)
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

    def _on_reminder_due(self) -> None:
        """An invitation beside the tray icon; ignoring it costs nothing and is not recorded."""
        if self.driver is not None and self.driver.session.state in (
            State.READY,
            State.RUNNING,
            State.PAUSED,
        ):
            return
        from PySide6.QtCore import QCoreApplication

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
            self.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": "autostart", "reason": exc.strerror or str(exc)},
                ),
                once=False,
            )
