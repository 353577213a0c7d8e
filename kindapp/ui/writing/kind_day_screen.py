"""A kind day: the morning intention, and the evening look back (two short questions).

The day is started on purpose here, never by default; its invitations come as quiet
notifications (the desk flow's nudges), and it ends by itself at night (kindapp.core.kind_day).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kindapp.core import kind_day
from kindapp.core.kind_day_store import end_kind_day, kind_day_on, start_kind_day
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.operations import Change
from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label

if TYPE_CHECKING:
    from kindapp.core.kind_day_store import KindDay
    from kindapp.ui.common.operations import Operations
    from kindapp.ui.common.practice_page import PageWiring

log = logging.getLogger(__name__)
MORNING, EVENING, LOOKED_BACK = 0, 1, 2


class KindDayScreen(QWidget):
    finished = Signal()
    changed = Signal()  # a day began or was looked back on (the nudges change)

    def __init__(
        self, ops: Operations, now: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.ops = ops
        self._now = now
        self.day: KindDay | None = None
        column = QWidget()
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("A kind day"), "Heading"))
        self.pages = QStackedWidget()
        lay.addWidget(self.pages, 1)

        morning = QWidget()
        ml = QVBoxLayout(morning)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(10)
        ml.addWidget(
            label(
                self.tr(
                    "Just for today, treat yourself the way you'd treat a good friend: not "
                    "spoiling yourself, not ignoring what's real, simply with basic kindness."
                ),
                "Subtle",
            )
        )
        ml.addWidget(
            label(
                self.tr(
                    "Two gentle invitations will come during the day (let them pass if you "
                    "like), and in the evening a short look back. The day ends by itself "
                    "tonight. Nothing to pass or fail."
                ),
                "Subtle",
            )
        )
        ml.addSpacing(10)
        ml.addWidget(label(self.tr("An intention for today, in one line"), "StepHeading"))
        self.intention = QLineEdit()
        self.intention.setMaxLength(200)
        self.intention.setAccessibleName(self.tr("An intention for today"))
        self.intention.setPlaceholderText(
            self.tr("For example: “Speak to myself the way I'd speak to Ana”")
        )
        ml.addWidget(self.intention)
        ml.addStretch(1)
        self.pages.addWidget(morning)

        evening = QWidget()
        el = QVBoxLayout(evening)
        el.setContentsMargins(0, 0, 0, 0)
        el.setSpacing(10)
        self.intention_shown = label("", "Quote")
        el.addWidget(self.intention_shown)
        el.addSpacing(6)
        el.addWidget(label(self.tr("Looking back on today"), "StepHeading"))
        el.addWidget(label(self.tr("A moment you were kind to yourself:"), "Subtle"))
        self.kind_moment = QLineEdit()
        self.kind_moment.setMaxLength(300)
        self.kind_moment.setAccessibleName(self.tr("A moment you were kind to yourself"))
        el.addWidget(self.kind_moment)
        el.addWidget(label(self.tr("A moment that was hard:"), "Subtle"))
        self.hard_moment = QLineEdit()
        self.hard_moment.setMaxLength(300)
        self.hard_moment.setAccessibleName(self.tr("A moment that was hard"))
        el.addWidget(self.hard_moment)
        el.addWidget(label(self.tr("A few words are enough; one of the two is plenty."), "KeyHint"))
        el.addStretch(1)
        self.pages.addWidget(evening)

        after = QWidget()
        al = QVBoxLayout(after)
        al.setContentsMargins(0, 0, 0, 0)
        al.setSpacing(10)
        self.looked_back = label("", "Quote")
        self.looked_back.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        al.addWidget(self.looked_back)
        al.addWidget(
            label(
                self.tr(
                    "Thank you for spending a day on your own side. The words stay in your "
                    "journal. Another kind day is here whenever you'd like one."
                ),
                "Gentle",
            )
        )
        al.addStretch(1)
        self.pages.addWidget(after)

        self.problem = label("", "Gentle")
        self.problem.setVisible(False)
        lay.addWidget(self.problem)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Leave"), "Quiet")
        self.go_button = button(self.tr("Begin the day"), "Primary")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.go_button)
        lay.addLayout(row)
        # Scrolls when larger text makes it taller than the window, instead of squeezing it.
        _frame, outer = scrolling_page(self, (48, 30, 48, 22))
        outer.addLayout(centered(column, 720, (0, 0, 0, 0)), 1)

        self.back_button.clicked.connect(self.finished)
        self.go_button.clicked.connect(self.go)
        self.intention.textChanged.connect(self._update)
        self.kind_moment.textChanged.connect(self._update)
        self.hard_moment.textChanged.connect(self._update)
        self.intention.returnPressed.connect(self.go)
        self.kind_moment.returnPressed.connect(self.hard_moment.setFocus)
        self.hard_moment.returnPressed.connect(self.go)
        shortcut(self, Qt.Key.Key_Escape, self.finished)

    def open(self) -> None:
        """Show today's state: the morning intention, the look back, or what was kept."""
        from kindapp.core.errors import JournalError

        now = self._now()
        try:
            day = self.ops.read(lambda j: kind_day_on(j, now.date()))
        except JournalError as exc:
            log.warning("kind day not read: %s", exc)
            day = None
        state = kind_day.day_state(day, now)
        self.day = day = None if state is kind_day.DayState.NOT_STARTED else day
        self.problem.setVisible(False)
        if day is None:
            self.intention.clear()
            self.pages.setCurrentIndex(MORNING)
        elif state is kind_day.DayState.LOOKED_BACK:
            self._show_looked_back(day)
        else:
            self.intention_shown.setText(
                with_args(self.tr("Your intention for today: “%1”"), day.intention)
            )
            self.kind_moment.clear()
            self.hard_moment.clear()
            self.pages.setCurrentIndex(EVENING)
        self._update()
        focus: QWidget = {MORNING: self.intention, EVENING: self.kind_moment}.get(
            self.pages.currentIndex(), self.go_button
        )
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_looked_back(self, day: KindDay) -> None:
        lines = [with_args(self.tr("Your intention: “%1”"), day.intention)]
        if day.kind_moment:
            lines.append(with_args(self.tr("Kind to yourself: %1"), day.kind_moment))
        if day.hard_moment:
            lines.append(with_args(self.tr("Hard: %1"), day.hard_moment))
        self.looked_back.setText("\n\n".join(lines))
        self.looked_back.setAccessibleName(" ".join(lines))
        self.pages.setCurrentIndex(LOOKED_BACK)

    def _update(self) -> None:
        page = self.pages.currentIndex()
        self.go_button.setText(
            {MORNING: self.tr("Begin the day"), EVENING: self.tr("Keep")}.get(page, self.tr("Done"))
        )
        if page == MORNING:
            ready = bool(self.intention.text().strip())
        elif page == EVENING:
            ready = bool(self.kind_moment.text().strip() or self.hard_moment.text().strip())
        else:
            ready = True
        self.go_button.setEnabled(ready)
        self.back_button.setText(self.tr("Not now") if page == EVENING else self.tr("Leave"))
        self.back_button.setVisible(page != LOOKED_BACK)

    def go(self) -> None:
        from kindapp.core.errors import JournalError

        page = self.pages.currentIndex()
        if not self.go_button.isEnabled():
            return
        if page == LOOKED_BACK:
            self.finished.emit()
            return
        now = self._now()
        try:
            if page == MORNING:
                intention = self.intention.text().strip()
                self.day = self.ops.write(
                    lambda j: start_kind_day(j, now.date(), intention), {Change.MOMENTS}
                )
            elif self.day is not None:
                kind, hard = self.kind_moment.text().strip(), self.hard_moment.text().strip()
                day_id = self.day.id
                self.ops.write(lambda j: end_kind_day(j, day_id, kind, hard), {Change.MOMENTS})
        except JournalError as exc:
            self.problem.setText(
                with_args(
                    self.tr("Kind couldn't keep this just now: %1. Your words are still here."),
                    plain_reason(exc),
                )
            )
            self.problem.setVisible(True)
            return
        self.changed.emit()
        if page == MORNING:
            self.finished.emit()
        else:
            self.open()


def build_page(w: PageWiring) -> KindDayScreen:
    """The page as the writing flow shows it (the registry entry's Page)."""
    page = KindDayScreen(w.ops, w.now)
    page.finished.connect(w.finished)
    page.changed.connect(w.kept)
    return page
