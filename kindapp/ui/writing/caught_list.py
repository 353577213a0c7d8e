"""Thoughts you caught, waiting quietly inside the friend reframe: answer one in a tap (the
reframe starts with it as the critical thought), or let it go (it is deleted a few seconds
later: until then "Undo" brings it back, as it was). Never counted, never shown anywhere else."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from kindapp.core.journal import Journal

log = logging.getLogger(__name__)
MAX_HEIGHT = 170
UNDO_MS = 6000
"""How long a thought let go can still be brought back."""


class CaughtThoughts(QFrame):
    answer = Signal(int, str)  # the caught thought's id and words

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Caught")
        self.journal = journal
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(4)
        lay.addWidget(label(self.tr("Thoughts you caught").upper(), "StepTitle"))
        lay.addWidget(
            label(self.tr("They wait here, just for you. Answer one, or let it go."), "Subtle")
        )
        self.area = QScrollArea()
        self.area.setObjectName("CaughtScroll")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rows = QWidget()
        self.rows.setObjectName("CaughtRows")
        self.rows_lay = QVBoxLayout(self.rows)
        self.rows_lay.setContentsMargins(0, 0, 0, 0)
        self.rows_lay.setSpacing(2)
        self.area.setWidget(self.rows)
        lay.addWidget(self.area)
        self.buttons: list[QPushButton] = []
        # Let go, for a few seconds undoable: the thought is hidden at once, deleted later.
        self._pending: int | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_MS)
        self._undo_timer.timeout.connect(self.settle)
        self.undo_row = QWidget()
        ul = QHBoxLayout(self.undo_row)
        ul.setContentsMargins(0, 2, 0, 2)
        ul.addWidget(label(self.tr("Let go."), "Subtle"), 1)
        self.undo_button = button(
            self.tr("Undo"), "Quiet", accessible=self.tr("Bring the thought back")
        )
        self.undo_button.clicked.connect(self.undo)
        ul.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignTop)
        self.undo_row.setVisible(False)
        lay.addWidget(self.undo_row)

    def refresh(self) -> None:
        from kindapp.core.journal import JournalError

        while self.rows_lay.count():
            item = self.rows_lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.buttons = []
        try:
            caught = self.journal.caught_thoughts()
        except JournalError as exc:
            log.warning("caught thoughts not read: %s", exc)
            caught = []
        caught = [c for c in caught if c.id != self._pending]
        for c in caught:
            row = QWidget()
            rl = QHBoxLayout(row)
            rl.setContentsMargins(0, 2, 0, 2)
            rl.setSpacing(8)
            quoted = with_args(self.tr("“%1”", "a caught thought in quotation marks"), c.thought)
            rl.addWidget(label(quoted, "SmallQuote"), 1)
            answer = button(
                self.tr("Answer"),
                "Quiet",
                accessible=with_args(self.tr("Answer: %1"), c.thought),
            )
            let_go = button(
                self.tr("Let go"),
                "Quiet",
                accessible=with_args(self.tr("Let go: %1"), c.thought),
            )
            answer.clicked.connect(lambda _=False, i=c.id, t=c.thought: self.answer.emit(i, t))
            let_go.clicked.connect(lambda _=False, i=c.id: self._let_go(i))
            rl.addWidget(answer, 0, Qt.AlignmentFlag.AlignTop)
            rl.addWidget(let_go, 0, Qt.AlignmentFlag.AlignTop)
            self.rows_lay.addWidget(row)
            row.show()  # at once, not on the layout's queued show
            self.buttons += [answer, let_go]
        # As tall as the rows (a scroll bar only beyond about four of them).
        self.rows_lay.activate()
        self.area.setFixedHeight(min(self.rows.sizeHint().height(), MAX_HEIGHT))
        self.area.setVisible(bool(caught))
        self.undo_row.setVisible(self._pending is not None)
        self.setVisible(bool(caught) or self._pending is not None)

    def _let_go(self, caught_id: int) -> None:
        self.settle()  # one undo at a time: an earlier one is let go for good now
        self._pending = caught_id
        self._undo_timer.start()
        self.refresh()
        self.undo_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def undo(self) -> None:
        """Bring back the thought just let go (within UNDO_MS)."""
        if self._pending is None:
            return
        self._undo_timer.stop()
        self._pending = None
        self.refresh()

    def settle(self) -> None:
        """Let go for good what is waiting to be (the undo's time is over, or the page goes)."""
        from kindapp.core.journal import JournalError

        self._undo_timer.stop()
        caught_id, self._pending = self._pending, None
        if caught_id is None:
            return
        try:
            self.journal.let_go(caught_id)
        except JournalError as exc:
            log.warning("caught thought not let go: %s", exc)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._pending is not None:  # the page goes: what was let go goes with it
            self.settle()
