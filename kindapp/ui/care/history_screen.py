"""History: the moments practised, by day or by week, a few gentle totals and before/after.

Nothing here counts what didn't happen. Every entry can be removed (after a quiet confirm).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, tzinfo

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kindapp.core import history
from kindapp.core.history import HistoryEntry
from kindapp.core.practice_registry import PracticeRegistry, kind_practices
from kindapp.ui.care.history_chart import BeforeAfterChart
from kindapp.ui.care.history_list import EntryRole, HistoryList, HistoryModel, Item, RowActions
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.widgets import button, label


class HistoryScreen(QWidget):
    deleteEntry = Signal(int)  # the journal row id; the row has already gone from the screen
    back = Signal()

    def __init__(
        self, parent: QWidget | None = None, practices: PracticeRegistry | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._practices = practices or kind_practices()
        """Where the practices' history labels come from (Kind's own unless given)."""
        self._entries: list[HistoryEntry] = []
        self._today = date.today()
        self._tz: tzinfo | None = None

        self.totals = label("", "Subtle")
        self.by_day_button = self._toggle(self.tr("By day"))
        self.by_week_button = self._toggle(self.tr("By week"))
        self.by_day_button.setProperty("side", "left")
        self.by_week_button.setProperty("side", "right")
        self.grouping = QButtonGroup(self)
        self.grouping.setExclusive(True)
        self.grouping.addButton(self.by_day_button)
        self.grouping.addButton(self.by_week_button)
        self.by_day_button.setChecked(True)
        self.grouping.buttonClicked.connect(lambda _b: self._render_list())

        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(label(self.tr("Your moments"), "Heading"))
        heading.addWidget(self.totals)
        top.addLayout(heading, 1)
        toggles = QHBoxLayout()
        toggles.setSpacing(0)
        toggles.addWidget(self.by_day_button)
        toggles.addWidget(self.by_week_button)
        top.addLayout(toggles)
        top.setAlignment(toggles, Qt.AlignmentFlag.AlignBottom)

        self.model = HistoryModel(self._group_detail, self)
        self.list_area = HistoryList()
        self.list_area.setAccessibleName(self.tr("Your moments"))
        self.list_area.setModel(self.model)
        self.row_actions = RowActions()
        self.row_actions.remove.connect(self._remove_current)
        self.list_area.removeRequested.connect(self.row_actions.ask)
        selection = self.list_area.selectionModel()
        assert selection is not None
        selection.currentChanged.connect(self._on_current)

        self.chart = BeforeAfterChart()
        self.chart_card = QFrame()
        self.chart_card.setObjectName("Card")
        self.chart_card.setProperty("chart", True)  # its width is the stylesheet's: grows with text
        self.chart_card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        card = QVBoxLayout(self.chart_card)
        card.setContentsMargins(16, 14, 16, 14)
        card.setSpacing(6)
        card.addWidget(label(self.tr("Before and after"), "CardTitle"))
        self.chart_note = label("", "CardText")
        card.addWidget(self.chart_note)
        card.addWidget(self.chart)
        right = QVBoxLayout()
        right.addWidget(self.chart_card)
        right.addStretch(1)

        self.empty = label(
            self.tr(
                "Nothing here yet, and that's fine. Whenever you take a moment for yourself, it "
                "will appear here, on this computer only."
            ),
            "Reading",
            center=True,
        )

        # The card beside the list, or under it when the list would be narrower than the card
        # (large text): see _arrange.
        middle = self._middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.setSpacing(20)
        middle.addWidget(self.list_area, 1)
        middle.addLayout(right)

        self.back_button = button(self.tr("Back"), "Quiet")
        self.back_button.clicked.connect(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.row_actions)

        # Scrolls when larger text makes it taller than the window, instead of squeezing it.
        _frame, outer = scrolling_page(self, (48, 36, 48, 24))
        outer.setSpacing(8)
        outer.addLayout(top)
        outer.addSpacing(12)
        outer.addLayout(middle, 1)
        self.empty_row = QWidget()
        self.empty_row.setLayout(centered(self.empty, 520, (0, 40, 0, 0)))
        outer.addWidget(self.empty_row)
        self.empty_stretch = QWidget()
        outer.addWidget(self.empty_stretch, 1)
        outer.addLayout(bottom)

        shortcut(self, Qt.Key.Key_Escape, self.back)
        for key, b in ((Qt.Key.Key_D, self.by_day_button), (Qt.Key.Key_W, self.by_week_button)):
            shortcut(self, key, b.click)
        self._render()

    @property
    def card_under_list(self) -> bool:
        return self._middle.direction() == QBoxLayout.Direction.TopToBottom

    def _arrange(self) -> None:
        card = max(self.chart_card.minimumWidth(), self.chart_card.minimumSizeHint().width())
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 96 - scroll_bar - self._middle.spacing() - card
        under = room < card
        if under != self.card_under_list:
            self._middle.setDirection(
                QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Another text size or look: the card's width changes without a resize.
            QTimer.singleShot(0, self, self._arrange)

    def _toggle(self, text: str) -> QPushButton:
        b = button(text, "Toggle")
        b.setCheckable(True)
        return b

    # -- showing -------------------------------------------------------------------------------
    def show_history(
        self, entries: Sequence[HistoryEntry], today: date, tz: tzinfo | None = None
    ) -> None:
        """Show these entries; `today` is the local date, `tz` the zone (None: local)."""
        self._entries = list(entries)
        self._today = today
        self._tz = tz
        self._render()

    def set_grouping(self, grouping: str) -> None:
        """ "day" or "week"."""
        (self.by_week_button if grouping == "week" else self.by_day_button).setChecked(True)
        self._render_list()

    def grouping_mode(self) -> str:
        return "week" if self.by_week_button.isChecked() else "day"

    def focus_first(self) -> None:
        target = self.by_day_button if self._entries else self.back_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def entry_ids(self) -> list[int]:
        """The moments' journal ids, in the order the list shows them."""
        return self.model.entry_ids()

    def select_entry(self, entry_id: int) -> None:
        """Make `entry_id` the moment the Remove button acts on."""
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list_area.setCurrentIndex(self.model.index(row))

    def current_entry(self) -> int | None:
        index = self.list_area.currentIndex()
        value = index.data(EntryRole) if index.isValid() else None
        return int(value) if value is not None else None

    def _render(self) -> None:
        self._render_summary()
        self._render_list()

    def _render_summary(self) -> None:
        has = bool(self._entries)
        s = history.summarise(self._entries, self._today, self._tz)
        self.totals.setText(self._totals_text(s) if has else self.tr("Every moment counts."))
        for w in (self.list_area, self.chart_card, self.by_day_button, self.by_week_button):
            w.setVisible(has)
        self.empty_row.setVisible(not has)
        self.empty_stretch.setVisible(not has)
        pairs = history.pairs(self._entries)
        self.chart.set_pairs(pairs)
        self.chart.setVisible(bool(pairs))
        self.chart_note.setText(
            self.tr("Your last check-ins: how heavy it felt before, and after.")
            if pairs
            else self.tr(
                "When you use the check-ins, a small picture of before and after will appear here."
            )
        )

    def _totals_text(self, s: history.Summary) -> str:
        if s.moments_this_month == 1:
            month = self.tr("1 moment of kindness this month")
        else:
            month = with_args(
                self.tr("%1 moments of kindness this month"), str(s.moments_this_month)
            )
        if s.moments_this_week == 0:
            return month
        return month + " · " + self._minutes_text(s.minutes_this_week, self.tr("this week"))

    def _minutes_text(self, minutes: float, suffix: str = "") -> str:
        whole = round(minutes)
        if whole < 1:
            text = self.tr("under a minute")
        elif whole == 1:
            text = self.tr("1 minute")
        else:
            text = with_args(self.tr("%1 minutes"), str(whole))
        return f"{text} {suffix}" if suffix else text

    def _moments_text(self, n: int) -> str:
        return self.tr("1 moment") if n == 1 else with_args(self.tr("%1 moments"), str(n))

    def _day_name(self, day: date, near: history.Nearness) -> str:
        if near is history.Nearness.TODAY:
            return self.tr("Today")
        if near is history.Nearness.YESTERDAY:
            return self.tr("Yesterday")
        fmt = "dddd d MMMM" if near is history.Nearness.THIS_YEAR else "dddd d MMMM yyyy"
        return QLocale().toString(QDate(day.year, day.month, day.day), fmt)

    def _week_name(self, monday: date, near: history.Nearness) -> str:
        if near is history.Nearness.THIS_WEEK:
            return self.tr("This week")
        if near is history.Nearness.LAST_WEEK:
            return self.tr("Last week")
        fmt = "d MMMM" if near is history.Nearness.THIS_YEAR else "d MMMM yyyy"
        return with_args(
            self.tr("Week of %1"),
            QLocale().toString(QDate(monday.year, monday.month, monday.day), fmt),
        )

    def _practice_name(self, e: HistoryEntry) -> str:
        """The practice's history label, from the practice registry (its id if it has none)."""
        label = self._practices.history_label(e.practice, e.mode)
        return practice_text(label) if label else e.practice

    def _felt(self, e: HistoryEntry) -> str:
        parts = []
        if e.before is not None and e.after is not None:
            parts.append(with_args(self.tr("felt %1 → %2"), str(e.before), str(e.after)))
        elif e.before is not None:
            parts.append(with_args(self.tr("felt %1 before"), str(e.before)))
        elif e.after is not None:
            parts.append(with_args(self.tr("felt %1 after"), str(e.after)))
        words = " / ".join(w for w in (e.words_before, e.words_after) if w)
        if words:
            parts.append(with_args(self.tr("“%1”", "check-in words in quotation marks"), words))
        return " · ".join(parts)

    def _how_long(self, e: HistoryEntry) -> str:
        kind, minutes = history.how_long(e.practice, e.duration_s)
        if kind is history.Length.NONE:
            return ""
        if kind is history.Length.MOMENT:
            return self.tr("just a moment")
        return with_args(self.tr("%1 min"), str(minutes))

    def _group_detail(self, moments: int, minutes: float) -> str:
        return self._moments_text(moments) + " · " + self._minutes_text(minutes)

    def _render_list(self) -> None:
        locale = QLocale()
        grouping = history.Grouping(self.grouping_mode())
        weekly = grouping is history.Grouping.WEEK
        name = self._week_name if weekly else self._day_name
        groups = [
            (name(g.start, g.nearness), g.minutes, g.entries)
            for g in history.grouped(self._entries, grouping, self._today, self._tz)
        ]
        first = True
        items: list[Item] = []
        # Thousands of moments share a few practices, lengths, check-ins and clock times: each
        # distinct one is worded (tr, QLocale) once per render, not once per row.
        names: dict[tuple[str, str], str] = {}
        details: dict[tuple[object, ...], str] = {}
        clocks: dict[tuple[int, int, int], str] = {}
        for title, minutes, entries in groups:
            items.append(Item(title, self._group_detail(len(entries), minutes), first=first))
            first = False
            for e in entries:
                start = e.local_start(self._tz)
                stamp = (start.weekday() if weekly else -1, start.hour, start.minute)
                when = clocks.get(stamp)
                if when is None:
                    clock = locale.toString(
                        QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat
                    )
                    when = (
                        (
                            locale.toString(QDate(start.year, start.month, start.day), "ddd")
                            + " "
                            + clock
                        )
                        if weekly
                        else clock
                    )
                    clocks[stamp] = when
                length = history.how_long(e.practice, e.duration_s)
                dkey = (length, e.before, e.after, e.words_before, e.words_after)
                detail = details.get(dkey)
                if detail is None:
                    detail = " · ".join(t for t in (self._how_long(e), self._felt(e)) if t)
                    details[dkey] = detail
                nkey = (e.practice, e.mode)
                practice = names.get(nkey)
                if practice is None:
                    practice = names[nkey] = self._practice_name(e)
                items.append(Item(practice, detail, when, e.id, e.duration_s / 60.0, group=title))
        self.model.set_items(items)
        # One column for the times, so the names line up.
        fm = self.list_area.fontMetrics()
        self.list_area.history_delegate.when_width = max(
            44, self.model.max_when(fm.horizontalAdvance) + 4
        )
        self._choose_row(0)

    def _choose_row(self, moment: int) -> None:
        """Make the `moment`-th moment (or the last) current; none left: no Remove."""
        ids = self.model.entry_ids()
        self.row_actions.keep(focus=False)
        self.row_actions.setVisible(bool(ids))
        if ids:
            self.select_entry(ids[min(moment, len(ids) - 1)])

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.row_actions.keep(focus=False)
        if current.isValid():
            self.row_actions.describe(str(current.data(Qt.ItemDataRole.AccessibleTextRole)))

    def _remove_current(self) -> None:
        entry_id = self.current_entry()
        if entry_id is not None:
            self._remove(entry_id)

    def _remove(self, entry_id: int) -> None:
        """One row goes from the list (and its header, if it was the group's last)."""
        ids = self.model.entry_ids()
        moment = ids.index(entry_id) if entry_id in ids else 0
        self._entries = history.without(self._entries, entry_id)
        self.model.remove_entry(entry_id)
        self._render_summary()
        self._choose_row(moment)
        if self.model.entry_ids():
            self.row_actions.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteEntry.emit(entry_id)
