"""The self-compassion journal's entries that a search of the letters found: shown under the
letters while searching, each with its day and its three turns, to reread (the search is the
journal's own full-text search, as the letters'; nothing here changes an entry)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from kindapp.core.records import JournalEntry
from kindapp.ui.common.widgets import label

MOST_HEIGHT = 260
"""The most room the hits take under the letters (they scroll beyond it)."""


class JournalHits(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Reading")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMaximumHeight(MOST_HEIGHT)
        self.setAccessibleName(self.tr("Found in your self-compassion journal"))
        self._column = QWidget()
        self._lay = QVBoxLayout(self._column)
        self._lay.setContentsMargins(0, 4, 0, 4)
        self._lay.setSpacing(4)
        self.setWidget(self._column)
        self.entries: list[JournalEntry] = []
        self.hide()

    def show_entries(self, entries: list[JournalEntry]) -> None:
        """The entries found (none: hidden)."""
        self.entries = list(entries)
        while (item := self._lay.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        if not entries:
            self.hide()
            return
        self._lay.addWidget(label(self.tr("In your self-compassion journal"), "RowTitle"))
        for entry in entries:
            self._lay.addWidget(label(_day(entry.day), "Subtle"))
            turns = [t for t in (entry.noticed, entry.human, entry.kind_words) if t.strip()]
            words = label("\n".join(turns), "Reading")
            words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._lay.addWidget(words)
        self._lay.addStretch(1)
        self.show()


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
