"""The history's before-and-after chart: for the last check-ins, how heavy it felt before a
practice (a hollow dot) and after it (a sage dot), joined by a line. Heavy is up."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.core.care import HEAVINESS_MAX
from kindapp.core.history import Pair
from kindapp.ui.common.text import with_args
from kindapp.ui.common.theme import tokens_of


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
                with_args(self.tr("%1 to %2"), str(p.before), str(p.after)) for p in self._pairs
            )
            self.setAccessibleDescription(
                with_args(self.tr("Heaviness before and after, oldest first: %1"), parts)
            )
        else:
            self.setAccessibleDescription(self.tr("No check-ins yet."))
        self.update()

    def _small(self) -> QFont:
        """The labels' font: a little smaller than the text around the chart."""
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() * 0.8))
        return small

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # a larger text size: a taller chart
            self.setFixedHeight(max(190, 12 * QFontMetrics(self._small()).height()))

    def plot_area(self) -> QRectF:
        """Room at the left for the longer of "heavy" and "light" and under it for the legend,
        as wide and as high as the labels are at this text size."""
        fm = QFontMetrics(self._small())
        words = max(fm.horizontalAdvance(self.tr("heavy")), fm.horizontalAdvance(self.tr("light")))
        return QRectF(self.rect()).adjusted(
            max(46, words + 16), max(12, fm.height() // 2 + 2), -14, -max(40, 2 * fm.height() + 12)
        )

    def point(self, index: int, value: int) -> QPointF:
        area = self.plot_area()
        n = max(1, len(self._pairs))
        step = area.width() / n
        x = area.left() + step * (index + 0.5)
        y = area.bottom() - area.height() * value / HEAVINESS_MAX
        return QPointF(x, y)

    def paintEvent(self, _event: QPaintEvent) -> None:
        pal = self.palette()
        t = tokens_of(pal)
        paper, guide, ink, join, before, after = (
            QColor(c) for c in (t.card, t.line, t.muted, t.line, t.chart_before, t.chart_after)
        )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area()
        p.setFont(self._small())
        half = p.fontMetrics().height() / 2
        p.setPen(QPen(guide, 1))
        for v in (0, 5, 10):
            y = area.bottom() - area.height() * v / HEAVINESS_MAX
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        p.setPen(ink)
        p.drawText(
            QRectF(0, area.top() - half, area.left() - 8, 2 * half),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            self.tr("heavy"),
        )
        p.drawText(
            QRectF(0, area.bottom() - half, area.left() - 8, 2 * half),
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
        y = area.bottom() + max(26, fm.height() + 8)
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
                QRectF(tx, y - fm.height() / 2, fm.horizontalAdvance(text) + 4, fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x = tx + fm.horizontalAdvance(text) + 22
