"""The letters library's list: a model over letter summaries, its delegate, its view."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kindapp.ui.common.theme import tokens_of
from kindapp.ui.writing import letter_printing

if TYPE_CHECKING:
    from kindapp.core.records import LetterSummary


IdRole = Qt.ItemDataRole.UserRole + 1


SnippetRole = Qt.ItemDataRole.UserRole + 2


DateRole = Qt.ItemDataRole.UserRole + 3


_INDEX = QModelIndex | QPersistentModelIndex


def friendly_date(when: datetime) -> str:
    local = when.astimezone() if when.tzinfo else when
    return QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")


class LetterListModel(QAbstractListModel):
    """A flat list over LetterSummary rows; cheap enough for tens of thousands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LetterSummary] = []

    def set_rows(self, rows: list[LetterSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> LetterSummary:
        return self._rows[row]

    def row_of(self, letter_id: int) -> int:
        for i, s in enumerate(self._rows):
            if s.id == letter_id:
                return i
        return -1

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return s.title.strip() or letter_printing.untitled()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{s.title.strip() or letter_printing.untitled()}, {friendly_date(s.updated)}"
        if role == IdRole:
            return s.id
        if role == SnippetRole:
            return " ".join(s.snippet.split())
        if role == DateRole:
            return friendly_date(s.updated)
        return None


class LetterDelegate(QStyledItemDelegate):
    """Title and date on one line, a quiet snippet below."""

    ROW_H = 66

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:
        return QSize(200, self.ROW_H)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _INDEX) -> None:
        # The list's own palette has a transparent background (see style.qss), so the look is
        # read from the window's.
        view = self.parent()
        pal = view.window().palette() if isinstance(view, QWidget) else option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r: QRect = option.rect.adjusted(4, 3, -4, -3)
        state = option.state
        t = tokens_of(pal)
        if state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.selected))
            painter.drawRoundedRect(r, 10, 10)
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(t.hover))
            painter.drawRoundedRect(r, 10, 10)
        inner = r.adjusted(14, 9, -14, -9)
        base = QFont(option.font)
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.1)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        date_text = str(index.data(DateRole) or "")
        painter.setFont(small)
        sfm = QFontMetrics(small)
        date_w = sfm.horizontalAdvance(date_text) + 4
        painter.setPen(QColor(t.muted))
        half = inner.height() // 2
        painter.drawText(
            QRect(inner.right() - date_w, inner.top(), date_w, half),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            date_text,
        )
        painter.setFont(title_font)
        tfm = QFontMetrics(title_font)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - date_w - 12, half)
        painter.setPen(QColor(t.ink))
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            tfm.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, title_rect.width()),
        )
        painter.setFont(small)
        painter.setPen(QColor(t.muted))
        snip_rect = QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half)
        painter.drawText(
            snip_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            sfm.elidedText(
                str(index.data(SnippetRole) or ""), Qt.TextElideMode.ElideRight, snip_rect.width()
            ),
        )
        painter.restore()


class LetterList(QListView):
    activatedId = Signal(int)
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LetterList")
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(LetterDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.activatedId.emit(int(index.data(IdRole)))
                return
        if key == Qt.Key.Key_Delete:
            self.deleteRequested.emit()
            return
        super().keyPressEvent(event)
