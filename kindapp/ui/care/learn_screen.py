"""Learn: the topics on the left, the reading on the right. Up/Down to choose, Esc to go back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.learn import TOPICS, LearnTopic
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import scroll_area
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import button, label

_ID_ROLE = Qt.ItemDataRole.UserRole


class LearnScreen(QWidget):
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._topics: dict[str, LearnTopic] = {t.id: t for t in TOPICS}

        self.topics = QListWidget()
        self.topics.setObjectName("Topics")
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.topics.setWordWrap(True)
        self.topics.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.topics.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap long titles
        for t in TOPICS:
            item = QListWidgetItem(practice_text(t.title))
            item.setData(_ID_ROLE, t.id)
            self.topics.addItem(item)
        self._fit_list_width()
        self.topics.currentItemChanged.connect(self._on_current)

        self.title = label("", "ReadingTitle")
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        reading = QWidget()
        rlay = QVBoxLayout(reading)
        rlay.setContentsMargins(28, 6, 36, 24)
        rlay.setSpacing(14)
        rlay.addWidget(self.title)
        rlay.addLayout(self.body)
        rlay.addStretch(1)
        reading.setMaximumWidth(640)
        self.reading = scroll_area(reading)
        self.reading.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reading.setAccessibleName(self.tr("Reading"))
        self._paragraphs: list[QWidget] = []

        self.back_button = button(self.tr("Back"), "Quiet")
        self.back_button.clicked.connect(self.back)

        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(label(self.tr("Learn"), "Heading"))
        left.addSpacing(8)
        left.addWidget(self.topics, 1)
        left.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 36, 24, 26)
        outer.setSpacing(12)
        outer.addLayout(left)
        outer.addWidget(self.reading, 1)

        shortcut(self, Qt.Key.Key_Escape, self.back)
        self.setTabOrder(self.topics, self.reading)
        self.setTabOrder(self.reading, self.back_button)
        self.topics.setCurrentRow(0)

    def _fit_list_width(self) -> None:
        """Wide enough for the longest title (item padding and scroll bar included)."""
        fm = self.topics.fontMetrics()
        widest = max(
            fm.horizontalAdvance(self.topics.item(i).text()) for i in range(self.topics.count())
        )
        self.topics.setFixedWidth(min(360, max(220, widest + 44)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list_width()

    def topic_id(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(_ID_ROLE)) if item is not None else TOPICS[0].id

    def show_topic(self, topic_id: str) -> None:
        """Show this topic (ValueError for an unknown id) and put focus on the list."""
        if topic_id not in self._topics:
            raise ValueError(f"no Learn topic {topic_id!r}")
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.data(_ID_ROLE) == topic_id:
                self.topics.setCurrentRow(row)
                break
        self._render(self._topics[topic_id])
        self.topics.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        self.topics.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._render(self._topics[str(current.data(_ID_ROLE))])

    def _render(self, topic: LearnTopic) -> None:
        self.title.setText(practice_text(topic.title))
        for w in self._paragraphs:
            self.body.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._paragraphs = []
        for paragraph in topic.paragraphs:
            w = label(practice_text(paragraph), "Reading")
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.body.addWidget(w)
            self._paragraphs.append(w)
        self.reading.setAccessibleDescription(" ".join(practice_text(p) for p in topic.paragraphs))
        self.reading.verticalScrollBar().setValue(0)
