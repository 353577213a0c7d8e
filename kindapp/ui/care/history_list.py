"""The history's list on Qt model/view: each day's or week's header and each moment are rows
of one HistoryModel, painted by HistoryDelegate in one HistoryList; RowActions removes the
chosen moment (after a quiet confirm). The screen around it is history_screen.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kindapp.ui.common.text import with_args
from kindapp.ui.common.theme import tokens_of
from kindapp.ui.common.widgets import button

EntryRole = Qt.ItemDataRole.UserRole + 1  # the entry's journal id; None on a group's header
WhenRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
FirstRole = Qt.ItemDataRole.UserRole + 4

_INDEX = QModelIndex | QPersistentModelIndex


@dataclass
class Item:
    """One row of the list: a day's or week's header, or one moment in it."""

    title: str  # the group's name, or what was practised
    detail: str  # "2 moments · 8 minutes", or how long and how it felt
    when: str = ""  # the time (and weekday, by week) of a moment
    entry_id: int | None = None
    minutes: float = 0.0  # a moment's minutes, for its header's sum
    first: bool = False  # the list's first header sits flush with the top
    group: str = ""  # a moment's day or week ("Today", "Last week"), for screen readers

    @property
    def is_header(self) -> bool:
        return self.entry_id is None


class HistoryModel(QAbstractListModel):
    """The history as one flat list: each group's header, then its moments, newest first.

    Removing a moment removes its row (and its header when it was the group's last) and
    freshens the header's sum; nothing is rebuilt.
    """

    def __init__(self, header_detail: Callable[[int, float], str], parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[Item] = []
        self._header_detail = header_detail

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> Item:
        return self._items[row]

    def entry_ids(self) -> list[int]:
        return [i.entry_id for i in self._items if i.entry_id is not None]

    def row_of(self, entry_id: int) -> int:
        return next((r for r, i in enumerate(self._items) if i.entry_id == entry_id), -1)

    def max_when(self, width: Callable[[str], int]) -> int:
        return max((width(i.when) for i in self._items if not i.is_header), default=0)

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row < 0:
            return
        header = next(r for r in range(row, -1, -1) if self._items[r].is_header)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()
        end = next(
            (r for r in range(header + 1, len(self._items)) if self._items[r].is_header),
            len(self._items),
        )
        if end == header + 1:  # the group's last moment: its header goes too
            self.beginRemoveRows(QModelIndex(), header, header)
            del self._items[header]
            self.endRemoveRows()
            return
        moments = self._items[header + 1 : end]
        self._items[header].detail = self._header_detail(
            len(moments), sum(m.minutes for m in moments)
        )
        index = self.index(header)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid() or self._items[index.row()].is_header:
            return Qt.ItemFlag.NoItemFlags  # headers are read, not chosen: arrows skip them
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if item.is_header:
                return f"{item.title}, {item.detail}"
            # The group's name too: the same practice at the same time on two days differs.
            when = f"{item.group}, {item.when}" if item.group else item.when
            return f"{when}, {item.title}, {item.detail}"
        if role == EntryRole:
            return item.entry_id
        if role == WhenRole:
            return item.when
        if role == DetailRole:
            return item.detail
        if role == FirstRole:
            return item.first
        return None


class HistoryDelegate(QStyledItemDelegate):
    """Paints a header (NAME, and its sum on the right) or a moment's card."""

    ROW_H = 58
    HEADER_H = 38

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.when_width = 44

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:
        # Taller with larger text (two lines of words in a card, one in a header).
        line = QFontMetrics(option.font).height()
        if index.data(EntryRole) is None:
            header = max(self.HEADER_H, line + 20)
            return QSize(200, header - 12 if index.data(FirstRole) else header)
        return QSize(200, max(self.ROW_H, 2 * line + 24))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _INDEX) -> None:
        # The list's own palette has a transparent background (see style.qss): the look is
        # read from the window's, as the letters library does.
        view = self.parent()
        pal = view.window().palette() if isinstance(view, QWidget) else option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect: QRect = option.rect
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        sfm = QFontMetrics(small)
        title = str(index.data() or "")
        detail = str(index.data(DetailRole) or "")
        if index.data(EntryRole) is None:
            r = rect.adjusted(2, 0, -2, -4)
            painter.setFont(small)
            painter.setPen(QColor(tokens_of(pal).muted))
            detail_w = sfm.horizontalAdvance(detail) + 4
            bottom = Qt.AlignmentFlag.AlignBottom
            painter.drawText(r, Qt.AlignmentFlag.AlignRight | bottom, detail)
            heading = QFont(base)
            heading.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2.0)
            painter.setFont(heading)
            painter.setPen(QColor(tokens_of(pal).accent_text))
            hfm = QFontMetrics(heading)
            painter.drawText(
                r.adjusted(0, 0, -detail_w - 12, 0),
                Qt.AlignmentFlag.AlignLeft | bottom,
                hfm.elidedText(title.upper(), Qt.TextElideMode.ElideRight, r.width() - detail_w),
            )
            painter.restore()
            return
        card = rect.adjusted(0, 3, -2, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        t = tokens_of(pal)
        painter.setPen(QPen(QColor(t.line), 1))
        painter.setBrush(QColor(t.selected if selected else t.card))
        painter.drawRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
        inner = card.adjusted(14, 6, -14, -6)
        fm = QFontMetrics(base)
        painter.setFont(base)
        painter.setPen(QColor(t.muted))
        when_rect = QRect(inner.left(), inner.top(), self.when_width, inner.height())
        painter.drawText(
            when_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            str(index.data(WhenRole) or ""),
        )
        left = inner.left() + self.when_width + 12
        text_w = inner.right() - left
        half = inner.height() // 2
        painter.setPen(QColor(t.ink))
        painter.drawText(
            QRect(left, inner.top(), text_w, half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            fm.elidedText(title, Qt.TextElideMode.ElideRight, text_w),
        )
        painter.setFont(small)
        painter.setPen(QColor(t.muted))
        painter.drawText(
            QRect(left, inner.top() + half + 1, text_w, inner.height() - half - 1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            sfm.elidedText(detail, Qt.TextElideMode.ElideRight, text_w),
        )
        painter.restore()


class HistoryList(QListView):
    """The moments; arrows move between them, Delete asks to remove the current one."""

    removeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryList")
        # Thousands of rows: lay them out a batch at a time from the event loop (the first
        # batch at once), not all of them (a delegate sizeHint each) before the first paint.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(120)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.history_delegate = HistoryDelegate(self)
        self.setItemDelegate(self.history_delegate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class RowActions(QWidget):
    """Remove the chosen moment: Remove asks once, quietly (Keep it / Remove)."""

    remove = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.remove_button = button(self.tr("Remove"), "Quiet")
        self.keep_button = button(self.tr("Keep it"), "Quiet")
        self.confirm_button = button(self.tr("Remove"))
        self.confirm_button.setObjectName("Gentle")
        self.keep_button.hide()
        self.confirm_button.hide()
        self.remove_button.clicked.connect(self.ask)
        self.keep_button.clicked.connect(self.keep)
        self.confirm_button.clicked.connect(self.remove)
        for b in (self.remove_button, self.keep_button, self.confirm_button):
            lay.addWidget(b)

    def describe(self, described: str) -> None:
        """Name the buttons after the moment they act on (what a screen reader says)."""
        self.remove_button.setAccessibleName(with_args(self.tr("Remove %1"), described))
        self.keep_button.setAccessibleName(self.tr("Keep it"))
        self.confirm_button.setAccessibleName(with_args(self.tr("Yes, remove %1"), described))

    def asking(self) -> bool:
        return self.confirm_button.isVisibleTo(self)

    def ask(self) -> None:
        self.remove_button.hide()
        self.keep_button.show()
        self.confirm_button.show()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keep(self, *, focus: bool = True) -> None:
        self.keep_button.hide()
        self.confirm_button.hide()
        self.remove_button.show()
        if focus:
            self.remove_button.setFocus(Qt.FocusReason.OtherFocusReason)
