"""A simple body outline, seen from the front, with one place in the body marked: where the
body scan's guidance is, or where a feeling sits in soften, soothe, allow.

Drawn with QPainter from a few shapes (no art file), in the look's colours (design tokens):
the body on the paper with a muted edge, the marked place filled with the accent. Both are
pairings tests/unit/test_tokens.py holds to 3:1 or more on the paper in every look (muted on
paper, accent on paper), so the marked place stands out in light, dark and high contrast.
The places are kindapp.core.practices.body's ids.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.core.practices.body import PLACE_IDS, body_place
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.theme import tokens_of

WIDTH, HEIGHT = 100.0, 200.0
"""The outline's own units: the shapes below are drawn in a 100 x 200 box."""


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), rx, ry)
    return path


def _box(x0: float, y0: float, x1: float, y1: float, r: float = 5.0) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x0, y0, x1 - x0, y1 - y0), r, r)
    return path


def _both(a: QPainterPath, b: QPainterPath) -> QPainterPath:
    return a.united(b)


SHAPES: dict[str, QPainterPath] = {
    "head": _ellipse(50, 17, 12, 14),
    "face": _ellipse(50, 20, 7.5, 8.5),
    "neck": _box(45, 30, 55, 39, 2),
    "shoulders": _box(27, 38, 73, 47, 6),
    "chest": _box(33, 46, 67, 66, 4),
    "belly": _box(35, 66, 65, 84, 4),
    "back": _box(33, 40, 67, 84, 7),
    "arms": _both(_box(20, 42, 30, 92, 5), _box(70, 42, 80, 92, 5)),
    "hands": _both(_ellipse(25, 99, 5, 7), _ellipse(75, 99, 5, 7)),
    "hips": _box(34, 84, 66, 97, 6),
    "legs": _both(_box(36, 96, 48, 180, 5), _box(52, 96, 64, 180, 5)),
    "feet": _both(_ellipse(41, 187, 8, 5), _ellipse(59, 187, 8, 5)),
}
assert set(SHAPES) == set(PLACE_IDS)
_DRAW_ORDER: tuple[str, ...] = (
    *("back", "legs", "feet", "hips", "arms", "hands"),
    *("belly", "chest", "shoulders", "neck", "head", "face"),
)


class BodyOutline(QWidget):
    placeTapped = Signal(str)  # a place id, when tappable (soften, soothe, allow's set-up)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._place: str | None = None
        self._tappable = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleDescription(self.tr("Body outline"))

    @property
    def place(self) -> str | None:
        return self._place

    def set_place(self, place_id: str | None) -> None:
        if place_id is not None:
            body_place(place_id)  # ValueError for a place the outline does not know
        self._place = place_id
        name = "" if place_id is None else practice_text(body_place(place_id).name)
        self.setAccessibleName(name)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(110, 220)

    def set_tappable(self, on: bool) -> None:
        """A tap on a place marks it and says so (`placeTapped`)."""
        self._tappable = on
        self.setCursor(Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor)

    def _scale_and_offset(self) -> tuple[float, float, float]:
        scale = min(self.width() / WIDTH, self.height() / HEIGHT)
        return scale, (self.width() - WIDTH * scale) / 2, (self.height() - HEIGHT * scale) / 2

    def place_at(self, x: float, y: float) -> str | None:
        """The place under the widget's point (x, y): the one in front where they overlap."""
        scale, dx, dy = self._scale_and_offset()
        if scale <= 0:
            return None
        point = QPointF((x - dx) / scale, (y - dy) / scale)
        for place in reversed(_DRAW_ORDER):
            if SHAPES[place].contains(point):
                return place
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._tappable and event.button() == Qt.MouseButton.LeftButton:
            place = self.place_at(event.position().x(), event.position().y())
            if place is not None:
                self.set_place(place)
                self.placeTapped.emit(place)
                event.accept()
                return
        super().mousePressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()

    def paintEvent(self, event: object) -> None:
        t = tokens_of(self.palette())
        body, edge, marked = QColor(t.paper), QColor(t.muted), QColor(t.accent)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, dx, dy = self._scale_and_offset()
        p.translate(dx, dy)
        p.scale(scale, scale)
        pen = QPen(edge)
        pen.setCosmetic(True)  # the width in pixels, whatever the scale
        pen.setWidthF(1.2)
        for place in _DRAW_ORDER:
            if place in ("back", "face"):
                continue  # only drawn when marked: the back lies behind, the face within
            p.setPen(pen)
            p.setBrush(QBrush(body))
            p.drawPath(SHAPES[place])
        if self._place is not None:
            marked_pen = QPen(marked)
            marked_pen.setCosmetic(True)
            marked_pen.setWidthF(3.0)
            p.setPen(marked_pen)
            if self._place == "back":  # behind the body: its edge, not a fill
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setBrush(QBrush(marked))
            p.drawPath(SHAPES[self._place])
        p.end()
