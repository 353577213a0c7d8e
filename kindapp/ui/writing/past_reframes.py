"""Earlier friend reframes, newest first; each reopens in the reframe's read-aloud view."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label

if TYPE_CHECKING:
    from kindapp.core.journal import Journal

log = logging.getLogger(__name__)


class PastReframes(QWidget):
    """Earlier reframes, newest first; Enter or double-click reopens one to read aloud."""

    openReframe = Signal(int)
    newReframe = Signal()
    back = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.journal = journal
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 30, 48, 22)
        outer.setSpacing(8)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Past reframes"), "Heading"), 1)
        self.new_button = button(self.tr("New reframe"), "Primary")
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(head)
        outer.addWidget(
            label(
                self.tr("The kinder words you've found so far. Open one to read it aloud again."),
                "Subtle",
            )
        )
        outer.addSpacing(6)
        self.list = QListWidget()
        self.list.setObjectName("ReframeList")
        self.list.setAccessibleName(self.tr("Past reframes"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = label(
            self.tr(
                "No reframes yet. The next time your inner critic gets loud, "
                "you could try one here."
            ),
            "Intro",
            center=True,
        )
        outer.addWidget(self.list, 1)
        outer.addSpacing(0)
        self.empty.setContentsMargins(0, 36, 0, 0)
        outer.addWidget(self.empty)
        self.empty_stretch = QWidget()
        outer.addWidget(self.empty_stretch, 1)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back"), "Quiet")
        self.open_button = button(self.tr("Open"), accessible=self.tr("Open the reframe"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        outer.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.new_button.clicked.connect(self.newReframe)
        self.open_button.clicked.connect(self._open_current)
        self.list.itemActivated.connect(
            lambda item: self.openReframe.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        shortcut(self, Qt.Key.Key_Escape, self.back)

    def refresh(self) -> None:
        from kindapp.core.journal import JournalError

        self.list.clear()
        try:
            items = self.journal.reframes()
        except JournalError as exc:
            log.warning("cannot list reframes: %s", exc)
            items = []
        for r in items:
            local = r.created.astimezone() if r.created.tzinfo else r.created
            day = QLocale().toString(QDate(local.year, local.month, local.day), "d MMM yyyy")
            kind = " ".join(r.kind_version.split())
            if len(kind) > 160:
                kind = kind[:157].rstrip() + "…"
            who = " ".join(r.person.split())
            meta = with_args(self.tr("to %1 · %2"), who, day) if who else day
            item = QListWidgetItem(f"{kind}\n{meta}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{kind}, {day}")
            self.list.addItem(item)
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        self.open_button.setEnabled(has)
        self.open_button.setVisible(has)
        self.empty_stretch.setVisible(not has)
        if has:
            self.list.setCurrentRow(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.openReframe.emit(int(item.data(Qt.ItemDataRole.UserRole)))
