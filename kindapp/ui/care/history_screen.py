"""History: the moments practised, by day or by week, a few gentle totals and before/after.

Nothing here counts what didn't happen. Every entry can be removed (after a quiet confirm).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, QPointF, QRectF, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kindapp.core import history
from kindapp.core.care import HEAVINESS_MAX
from kindapp.core.history import HistoryEntry, Pair
from kindapp.ui.common.pages import centered, scroll_area
from kindapp.ui.common.theme import adapt
from kindapp.ui.common.widgets import button, label

PAPER = QColor("#fffdf9")
GUIDE = QColor("#e6dfd4")
INK_SOFT = QColor("#8a847a")
JOIN = QColor("#d9d1c4")
BEFORE = QColor("#b8ab96")
AFTER = QColor("#7f9f8a")


class BeforeAfterChart(QWidget):
    """Pairs of soft dots, before (hollow) and after (sage), joined by a line. Heavy is up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pairs: list[Pair] = []
        self.setMinimumSize(220, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(190)
        self.setAccessibleName(self.tr("Before and after"))

    def pairs(self) -> list[Pair]:
        return list(self._pairs)

    def set_pairs(self, pairs: Sequence[Pair]) -> None:
        self._pairs = list(pairs)
        if self._pairs:
            parts = ", ".join(
                self.tr("%1 to %2").replace("%1", str(p.before)).replace("%2", str(p.after))
                for p in self._pairs
            )
            self.setAccessibleDescription(
                self.tr("Heaviness before and after, oldest first: %1").replace("%1", parts)
            )
        else:
            self.setAccessibleDescription(self.tr("No check-ins yet."))
        self.update()

    def plot_area(self) -> QRectF:
        return QRectF(self.rect()).adjusted(46, 12, -14, -40)

    def point(self, index: int, value: int) -> QPointF:
        area = self.plot_area()
        n = max(1, len(self._pairs))
        step = area.width() / n
        x = area.left() + step * (index + 0.5)
        y = area.bottom() - area.height() * value / HEAVINESS_MAX
        return QPointF(x, y)

    def paintEvent(self, _event: QPaintEvent) -> None:
        pal = self.palette()
        paper, guide, ink, join, before, after = (
            adapt(c, pal) for c in (PAPER, GUIDE, INK_SOFT, JOIN, BEFORE, AFTER)
        )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.8))
        p.setFont(small)
        p.setPen(QPen(guide, 1))
        for v in (0, 5, 10):
            y = area.bottom() - area.height() * v / HEAVINESS_MAX
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(ink)
        p.drawText(
            QRectF(0, area.top() - 8, area.left() - 8, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("heavy"),
        )
        p.drawText(
            QRectF(0, area.bottom() - 8, area.left() - 8, 16),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("light"),
        )
        if not self._pairs:
            p.end()
            return
        n = len(self._pairs)
        radius = 5.5 if n <= 10 else 4.5
        self._legend(p, area, radius, paper, ink, before, after)
        for i, pair in enumerate(self._pairs):
            a, b = self.point(i, pair.before), self.point(i, pair.after)
            p.setPen(QPen(join, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(a, b)
            p.setPen(QPen(before, 2.0))
            p.setBrush(paper)
            p.drawEllipse(a, radius, radius)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(after)
            p.drawEllipse(b, radius, radius)
        p.end()

    def _legend(
        self,
        p: QPainter,
        area: QRectF,
        radius: float,
        paper: QColor,
        ink: QColor,
        before: QColor,
        after: QColor,
    ) -> None:
        fm = p.fontMetrics()
        y = area.bottom() + 26
        x = area.left()
        for text, hollow in ((self.tr("before"), True), (self.tr("after"), False)):
            centre = QPointF(x + radius, y)
            if hollow:
                p.setPen(QPen(before, 2.0))
                p.setBrush(paper)
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(after)
            p.drawEllipse(centre, radius, radius)
            p.setPen(ink)
            tx = x + 2 * radius + 6
            p.drawText(
                QRectF(tx, y - 10, fm.horizontalAdvance(text) + 4, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x = tx + fm.horizontalAdvance(text) + 22


class _Row(QFrame):
    """One moment: when, what, how long, before → after; Remove asks once, quietly."""

    remove = Signal(int)

    def __init__(
        self,
        entry: HistoryEntry,
        when: str,
        what: str,
        how_long: str,
        felt: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryRow")
        self.entry_id = entry.id
        lay = QHBoxLayout(self)
        lay.setContentsMargins(14, 8, 8, 8)
        lay.setSpacing(12)
        when_label = label(when, "RowTime", wrap=False)
        when_label.setMinimumWidth(44)
        self.when_label = when_label
        lay.addWidget(when_label)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(label(what, "RowTitle"))
        detail = " · ".join(s for s in (how_long, felt) if s)
        self.detail = label(detail, "RowDetail")
        text.addWidget(self.detail)
        lay.addLayout(text, 1)
        described = f"{when}, {what}, {detail}"
        self.setAccessibleName(described)
        self.remove_button = button(
            self.tr("Remove"), "Quiet", accessible=self.tr("Remove %1").replace("%1", described)
        )
        self.keep_button = button(self.tr("Keep it"), "Quiet")
        self.confirm_button = button(
            self.tr("Remove"), accessible=self.tr("Yes, remove %1").replace("%1", described)
        )
        self.confirm_button.setObjectName("Gentle")
        self.keep_button.hide()
        self.confirm_button.hide()
        self.remove_button.clicked.connect(self._ask)
        self.keep_button.clicked.connect(self._keep)
        self.confirm_button.clicked.connect(lambda: self.remove.emit(self.entry_id))
        lay.addWidget(self.remove_button)
        lay.addWidget(self.keep_button)
        lay.addWidget(self.confirm_button)

    def _ask(self) -> None:
        self.remove_button.hide()
        self.keep_button.show()
        self.confirm_button.show()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep(self) -> None:
        self.keep_button.hide()
        self.confirm_button.hide()
        self.remove_button.show()
        self.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)


class HistoryScreen(QWidget):
    deleteEntry = Signal(int)  # the journal row id; the row has already gone from the screen
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._entries: list[HistoryEntry] = []
        self._today = date.today()
        self._tz: tzinfo | None = None
        self.rows: list[_Row] = []

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

        self.list_body = QVBoxLayout()
        self.list_body.setContentsMargins(0, 0, 12, 12)
        self.list_body.setSpacing(6)
        content = QWidget()
        self._content = content
        clay = QVBoxLayout(content)
        clay.setContentsMargins(0, 0, 0, 0)
        clay.addLayout(self.list_body)
        clay.addStretch(1)
        self.list_area: QScrollArea = scroll_area(content)

        self.chart = BeforeAfterChart()
        self.chart_card = QFrame()
        self.chart_card.setObjectName("Card")
        self.chart_card.setFixedWidth(300)
        self.chart_card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
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

        middle = QHBoxLayout()
        middle.setSpacing(20)
        middle.addWidget(self.list_area, 1)
        middle.addLayout(right)

        self.back_button = button(self.tr("Back"), "Quiet")
        self.back_button.clicked.connect(self.back)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 24)
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

        sc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.back)
        for key, b in ((Qt.Key.Key_D, self.by_day_button), (Qt.Key.Key_W, self.by_week_button)):
            s = QShortcut(QKeySequence(key), self)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            s.activated.connect(b.click)
        self._render()

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

    def _render(self) -> None:
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
        self._render_list()

    def _totals_text(self, s: history.Summary) -> str:
        if s.moments_this_month == 1:
            month = self.tr("1 moment of kindness this month")
        else:
            month = self.tr("%1 moments of kindness this month").replace(
                "%1", str(s.moments_this_month)
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
            text = self.tr("%1 minutes").replace("%1", str(whole))
        return f"{text} {suffix}" if suffix else text

    def _moments_text(self, n: int) -> str:
        return self.tr("1 moment") if n == 1 else self.tr("%1 moments").replace("%1", str(n))

    def _day_name(self, day: date) -> str:
        if day == self._today:
            return self.tr("Today")
        if day == self._today - timedelta(days=1):
            return self.tr("Yesterday")
        fmt = "dddd d MMMM" if day.year == self._today.year else "dddd d MMMM yyyy"
        return QLocale().toString(QDate(day.year, day.month, day.day), fmt)

    def _week_name(self, monday: date) -> str:
        this_monday = history.monday_of(self._today)
        if monday == this_monday:
            return self.tr("This week")
        if monday == this_monday - timedelta(days=7):
            return self.tr("Last week")
        fmt = "d MMMM" if monday.year == self._today.year else "d MMMM yyyy"
        return self.tr("Week of %1").replace(
            "%1", QLocale().toString(QDate(monday.year, monday.month, monday.day), fmt)
        )

    def _practice_name(self, e: HistoryEntry) -> str:
        names = {
            "break": self.tr("Self-Compassion Break"),
            "touch": self.tr("Soothing touch"),
            "breathe": self.tr("Breathe"),
            "ground": self.tr("Grounding"),
        }
        name = names.get(e.practice, e.practice)
        if e.practice == "break" and e.mode == "guided":
            name = self.tr("Guided Self-Compassion Break")
        return name

    def _felt(self, e: HistoryEntry) -> str:
        parts = []
        if e.before is not None and e.after is not None:
            parts.append(
                self.tr("felt %1 → %2").replace("%1", str(e.before)).replace("%2", str(e.after))
            )
        elif e.before is not None:
            parts.append(self.tr("felt %1 before").replace("%1", str(e.before)))
        elif e.after is not None:
            parts.append(self.tr("felt %1 after").replace("%1", str(e.after)))
        words = " / ".join(w for w in (e.words_before, e.words_after) if w)
        if words:
            parts.append(f"“{words}”")
        return " · ".join(parts)

    def _how_long(self, e: HistoryEntry) -> str:
        if e.duration_s < 60:
            return self.tr("%1 s").replace("%1", str(max(1, round(e.duration_s))))
        return self.tr("%1 min").replace("%1", str(round(e.duration_s / 60)))

    def _render_list(self) -> None:
        while self.list_body.count():
            item = self.list_body.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.rows = []
        locale = QLocale()
        weekly = self.grouping_mode() == "week"
        groups: list[tuple[str, float, tuple[HistoryEntry, ...]]]
        if weekly:
            groups = [
                (self._week_name(g.monday), g.minutes, g.entries)
                for g in history.by_week(self._entries, self._tz)
            ]
        else:
            groups = [
                (self._day_name(g.day), g.minutes, g.entries)
                for g in history.by_day(self._entries, self._tz)
            ]
        first = True
        for title, minutes, entries in groups:
            header = QWidget()
            hl = QHBoxLayout(header)
            hl.setContentsMargins(2, 0 if first else 12, 0, 2)
            hl.addWidget(label(title.upper(), "StepTitle", wrap=False))
            hl.addStretch(1)
            hl.addWidget(
                label(
                    self._moments_text(len(entries)) + " · " + self._minutes_text(minutes),
                    "RowDetail",
                    wrap=False,
                )
            )
            self.list_body.addWidget(header)
            header.show()  # at once, not when the layout gets round to it
            first = False
            for e in entries:
                start = e.local_start(self._tz)
                clock = locale.toString(
                    QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat
                )
                when = (
                    (
                        QLocale().toString(QDate(start.year, start.month, start.day), "ddd")
                        + " "
                        + clock
                    )
                    if weekly
                    else clock
                )
                row = _Row(e, when, self._practice_name(e), self._how_long(e), self._felt(e))
                row.remove.connect(self._remove)
                self.list_body.addWidget(row)
                row.show()
                self.rows.append(row)
        if self.rows:  # one column for the times, so the names line up
            width = max(r.when_label.sizeHint().width() for r in self.rows)
            for r in self.rows:
                r.when_label.setFixedWidth(width)
        # Size the list now, so the scroll area sees its real height before the next paint.
        layout = self._content.layout()
        assert layout is not None
        layout.activate()
        self._content.adjustSize()

    def _remove(self, entry_id: int) -> None:
        index = next((i for i, r in enumerate(self.rows) if r.entry_id == entry_id), 0)
        self._entries = history.without(self._entries, entry_id)
        self._render()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].remove_button.setFocus(
                Qt.FocusReason.OtherFocusReason
            )
        else:
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.deleteEntry.emit(entry_id)
