"""The practice's row of buttons: Leave at the left, the step's own buttons (Back, Pause, Next)
in the middle, Ground at the right. When the text is large and the words long (German at
200 %) and the row no longer fits inside the page's margins, the middle buttons keep a line of
their own and Leave and Ground go on the line under them, instead of the row pushing past the
margin."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class ControlRow(QLayout):
    """Three places: start, middle, end (add them in that order; a hidden one takes no room)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        if len(self._items) == 3:
            raise ValueError("a control row has three places: start, middle, end")
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def _shown(self) -> list[QLayoutItem | None]:
        """start, middle, end; None for a place that is empty or hidden."""
        places: list[QLayoutItem | None] = [None, None, None]
        for i, item in enumerate(self._items):
            places[i] = None if item.isEmpty() else item
        return places

    def _one_line_width(self) -> int:
        shown = [i for i in self._shown() if i is not None]
        return sum(i.sizeHint().width() for i in shown) + 2 * self._gap * max(0, len(shown) - 1)

    def fits_on_one_line(self, width: int) -> bool:
        return self._one_line_width() <= width

    def sizeHint(self) -> QSize:
        height = max((i.sizeHint().height() for i in self._shown() if i), default=0)
        return QSize(self._one_line_width(), height)

    def minimumSize(self) -> QSize:
        start, middle, end = self._shown()
        sides = sum(i.minimumSize().width() for i in (start, end) if i) + (
            self._gap if start and end else 0
        )
        width = max(sides, middle.minimumSize().width() if middle else 0)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _place(self, rect: QRect, *, move: bool) -> int:
        start, middle, end = self._shown()

        def put(item: QLayoutItem | None, x: int, y: int) -> None:
            if item is not None and move:
                item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))

        def high(*items: QLayoutItem | None) -> int:
            return max((i.sizeHint().height() for i in items if i), default=0)

        def wide(item: QLayoutItem | None) -> int:
            return item.sizeHint().width() if item else 0

        left, right, top = rect.x(), rect.x() + rect.width(), rect.y()
        if self.fits_on_one_line(rect.width()):
            line = high(start, middle, end)
            put(start, left, top + (line - high(start)) // 2)
            put(end, right - wide(end), top + (line - high(end)) // 2)
            # The middle is centred on the page; when a side is wide, it moves over just enough.
            x = left + (rect.width() - wide(middle)) // 2
            x = max(x, left + wide(start) + 2 * self._gap if start else left)
            x = min(x, right - wide(end) - 2 * self._gap - wide(middle) if end else x)
            put(middle, x, top + (line - high(middle)) // 2)
            return line
        first = high(middle)
        put(middle, left + max(0, (rect.width() - wide(middle)) // 2), top)
        second_top = top + first + (self._gap if middle else 0)
        put(start, left, second_top)
        put(end, right - wide(end), second_top)
        return second_top - top + high(start, end)
