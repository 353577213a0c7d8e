"""Gentle reminders and start-at-login, as a section of the settings screen."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.reminders import MAX_EVERY_H, MIN_EVERY_H, ReminderPlan
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import label
from kindapp.ui.settings.pref_rows import CheckRow, PrefGroup, PrefRow


def _qtime(t: time) -> QTime:
    return QTime(t.hour, t.minute)


def _time(q: QTime) -> time:
    return time(q.hour(), q.minute())


class ReminderSettings(QWidget):
    planChanged = Signal(dict)  # ReminderPlan.to_dict()
    autostartChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = ReminderPlan()
        self._tray = True
        self._notifications = False
        self.enabled = QCheckBox(self.tr("Invite me to a kind moment now and then"))
        self.enabled.setAccessibleName(self.enabled.text())
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("When to remind"))
        self.mode.addItem(self.tr("Every few hours"), "interval")
        self.mode.addItem(self.tr("At set times"), "times")
        self.every = QDoubleSpinBox()
        self.every.setRange(MIN_EVERY_H, MAX_EVERY_H)
        self.every.setSingleStep(0.5)
        self.every.setDecimals(1)
        self.every.setSuffix(self.tr(" h"))
        self.every.setAccessibleName(self.tr("Hours between reminders"))
        self.active_from = QTimeEdit()
        self.active_from.setAccessibleName(self.tr("Only between: from"))
        self.active_to = QTimeEdit()
        self.active_to.setAccessibleName(self.tr("Only between: until"))
        self.times = QLineEdit()
        self.times.setPlaceholderText("10:30, 15:00")
        self.times.setAccessibleName(self.tr("Reminder times, separated by commas"))
        self.times.setMinimumWidth(
            self.times.fontMetrics().horizontalAdvance("10:30, 15:00, 20:00")
        )
        self.days: list[QToolButton] = []
        days_row = QHBoxLayout()
        days_row.setSpacing(4)
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for i, name in enumerate(names):
            b = QToolButton()
            b.setObjectName("Day")
            b.setText(name)
            b.setCheckable(True)
            b.setAccessibleName(with_args(self.tr("%1: a quiet day"), name))
            b.toggled.connect(self._emit)
            self.days.append(b)
            days_row.addWidget(b)
            _ = i
        self.autostart = QCheckBox(self.tr("Start Kind quietly in the tray when I log in"))
        self.autostart.setAccessibleName(self.autostart.text())
        self.note = label("", "Hint")

        for edit in (self.active_from, self.active_to):
            edit.setDisplayFormat("HH:mm")
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00:00") + 56)
        self.every.setMinimumWidth(self.every.fontMetrics().horizontalAdvance("00.0 h") + 56)
        between = QHBoxLayout()
        between.setContentsMargins(0, 0, 0, 0)
        between.setSpacing(8)
        between.addWidget(self.active_from)
        between.addWidget(label(self.tr("to"), "Hint", wrap=False))
        between.addWidget(self.active_to)
        days = QWidget()
        days.setLayout(days_row)
        days_row.setContentsMargins(0, 0, 0, 0)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        group = PrefGroup(self.tr("Reminders"))
        lay.addWidget(group)
        self.enabled_row = CheckRow(self.enabled)
        self.note = self.enabled_row.subtitle
        self.note.setVisible(True)
        group.add(self.enabled_row)
        group.add(PrefRow(self.tr("When to remind"), "", self.mode))
        self.every_row = PrefRow(self.tr("Hours between reminders"), "", self.every)
        self.hours_row = PrefRow(
            self.tr("Only between"), self.tr("Outside these hours Kind stays quiet."), between
        )
        self.hours_row.title.setBuddy(self.active_from)
        self.times_row = PrefRow(
            self.tr("Reminder times"), self.tr("Separated by commas, like 10:30, 15:00"), self.times
        )
        self.days_row = PrefRow(
            self.tr("Quiet days"), self.tr("No reminders on the days you choose."), days
        )
        for row in (self.every_row, self.hours_row, self.times_row, self.days_row):
            group.add(row)
        group.add(CheckRow(self.autostart))
        # Shown together, hidden together (interval vs set times).
        self.hours_box = self.hours_row

        self.enabled.toggled.connect(self._emit)
        self.mode.currentIndexChanged.connect(self._emit)
        self.every.valueChanged.connect(self._emit)
        self.active_from.timeChanged.connect(self._emit)
        self.active_to.timeChanged.connect(self._emit)
        self.times.editingFinished.connect(self._emit)
        self.autostart.toggled.connect(self.autostartChanged)

    def show_plan(
        self, plan: ReminderPlan, autostart: bool, tray: bool, notifications: bool = False
    ) -> None:
        """`tray`: the desktop has a tray; `notifications`: a notification service. Reminders
        need one of them (as notifications when there is a service, else beside the tray)."""
        self._plan = plan
        self._tray, self._notifications = tray, notifications
        widgets: list[QWidget] = [
            self.enabled,
            self.mode,
            self.every,
            self.active_from,
            self.active_to,
            self.times,
            self.autostart,
            *self.days,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.enabled.setChecked(plan.enabled)
        self.mode.setCurrentIndex(max(0, self.mode.findData(plan.mode)))
        self.every.setValue(plan.every_h)
        self.active_from.setTime(_qtime(plan.active_from))
        self.active_to.setTime(_qtime(plan.active_to))
        self.times.setText(", ".join(f"{t.hour:02d}:{t.minute:02d}" for t in plan.times))
        for i, b in enumerate(self.days):
            b.setChecked(i in plan.quiet_days)
        self.autostart.setChecked(autostart)
        for w in widgets:
            w.blockSignals(False)
        self.setEnabled(True)
        for w in widgets[: -1 - len(self.days)] + self.days:
            w.setEnabled(tray or notifications)
        self._refresh()

    def _refresh(self) -> None:
        interval = self.mode.currentData() == "interval"
        self.every_row.setVisible(interval)
        self.hours_row.setVisible(interval)
        self.times_row.setVisible(not interval)
        if not (self._tray or self._notifications):
            self.note.setText(
                self.tr(
                    "Reminders are shown as notifications or beside the tray icon, and this "
                    "desktop has neither."
                )
            )
        elif not self._tray:
            self.note.setText(
                self.tr(
                    "A reminder is a quiet notification. Letting it pass is fine; nothing is "
                    "counted. Without a tray, reminders come while Kind's window is open "
                    "(minimised is fine)."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "A reminder is a quiet notification. Letting it pass "
                    "is fine; nothing is counted."
                )
            )

    def _emit(self) -> None:
        self._refresh()
        try:
            times = tuple(
                time.fromisoformat(part.strip())
                for part in self.times.text().split(",")
                if part.strip()
            )
            plan = ReminderPlan(
                enabled=self.enabled.isChecked(),
                mode=self.mode.currentData(),
                every_h=self.every.value(),
                active_from=_time(self.active_from.time()),
                active_to=_time(self.active_to.time()),
                times=times or self._plan.times,
                quiet_days=frozenset(i for i, b in enumerate(self.days) if b.isChecked()),
                snoozed_until=self._plan.snoozed_until,
            )
        except ValueError:
            self.note.setText(self.tr("Times look like 10:30, separated by commas."))
            return
        self._plan = plan
        self.planChanged.emit(plan.to_dict())
