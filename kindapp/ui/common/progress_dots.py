"""A quiet progress indication: one dot per step, the current one slowly filling."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.ui.common.text import with_args
from kindapp.ui.common.theme import tokens_of

# In every look: a dot filled with the accent for a step done, an outlined one (the controls'
# boundary colour) for a step to come, and the accent's ring filling around the current one;
# each stands out at 3:1 or more from the paper (tests/unit/test_tokens.py).


class ProgressDots(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 1
        self._index = 0
        self._progress = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Progress"))

    def sizeHint(self) -> QSize:
        return QSize(self._count * 30, 26)

    def set_state(self, count: int, index: int, progress: float) -> None:
        changed = (count, index) != (self._count, self._index)
        progress = min(max(progress, 0.0), 1.0)
        if not changed and abs(progress - self._progress) < 0.004:
            return
        self._count, self._index, self._progress = count, index, progress
        if changed:
            self.updateGeometry()
            self.setAccessibleDescription(
                with_args(self.tr("Step %1 of %2"), str(index + 1), str(count))
            )
        self.update()

    def paintEvent(self, event: object) -> None:
        t = tokens_of(self.palette())
        done, todo, ring = QColor(t.accent), QColor(t.paper), QColor(t.accent)
        outline = QPen(QColor(t.control_line), 1.5)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        gap, r = 30.0, 5.0
        x0 = (self.width() - gap * (self._count - 1)) / 2
        cy = self.height() / 2
        for i in range(self._count):
            cx = x0 + i * gap
            if i < self._index:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(done)
                p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
            elif i == self._index:
                p.setPen(outline)
                p.setBrush(todo)
                p.drawEllipse(QRectF(cx - r - 2, cy - r - 2, 2 * r + 4, 2 * r + 4))
                pen = QPen(ring, 2.4)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                span = -round(360 * 16 * self._progress)
                p.drawArc(QRectF(cx - r - 3, cy - r - 3, 2 * r + 6, 2 * r + 6), 90 * 16, span)
            else:
                p.setPen(outline)
                p.setBrush(todo)
                p.drawEllipse(QRectF(cx - r, cy - r, 2 * r, 2 * r))
        p.end()
