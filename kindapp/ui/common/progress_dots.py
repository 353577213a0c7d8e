"""A quiet progress indication: one dot per step, the current one slowly filling."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.ui.common.theme import adapt, look_of

# Light-look colours; `theme.adapt` turns them for dark. High contrast draws with ink: a
# filled dot for a step done, an outlined one for a step to come, a ring around the current.
_DONE = QColor("#9fb8a6")
_TODO = QColor("#e0d8cc")
_RING = QColor("#7f9f8a")


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
                self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))
            )
        self.update()

    def paintEvent(self, event: object) -> None:
        palette = self.palette()
        contrast = look_of(palette) == "contrast"
        if contrast:
            ink = palette.color(palette.ColorRole.WindowText)
            done, todo, ring = ink, palette.color(palette.ColorRole.Window), ink
            outline = QPen(ink, 1.5)
        else:
            done, todo, ring = adapt(_DONE, palette), adapt(_TODO, palette), adapt(_RING, palette)
            outline = QPen(Qt.PenStyle.NoPen)
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
