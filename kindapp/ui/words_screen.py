"""My words: the break's three phrases, in the person's own words if they like."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kindapp.core.practices import BREAK_PHRASES, BREAK_QUICK, BREAK_STEP_IDS
from kindapp.core.settings import MAX_WORDS_LEN
from kindapp.ui.text import practice_text
from kindapp.ui.widgets import button, label


class WordsScreen(QWidget):
    wordsChanged = Signal(str, str)  # step id, text ("" = the default)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.edits: dict[str, QLineEdit] = {}
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.flush)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 40, 48, 32)
        lay.setSpacing(6)
        lay.addWidget(label(self.tr("My words"), "Heading"))
        lay.addWidget(label(self.tr(
            "The break works best with words that feel true to you. Write your own, pick one of "
            "the suggestions, or leave a line empty to use the first suggestion."), "Subtle"))
        titles = {s.id: practice_text(s.title) for s in BREAK_QUICK.steps}
        for step_id in BREAK_STEP_IDS:
            lay.addSpacing(14)
            lay.addWidget(label(titles[step_id].upper(), "StepTitle"))
            edit = QLineEdit()
            edit.setMaxLength(MAX_WORDS_LEN)
            edit.setPlaceholderText(practice_text(BREAK_PHRASES[step_id][0]))
            edit.setAccessibleName(self.tr("Your words for %1").replace("%1", titles[step_id]))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(lambda _t, s=step_id: self._changed(s))
            self.edits[step_id] = edit
            lay.addWidget(edit)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(label(self.tr("Try:"), "Hint", wrap=False))
            for phrase in BREAK_PHRASES[step_id]:
                text = practice_text(phrase)
                b = button(text, "Quiet", accessible=self.tr("Use “%1”").replace("%1", text))
                b.clicked.connect(lambda _c=False, s=step_id, t=text: self.edits[s].setText(t))
                row.addWidget(b)
            row.addStretch(1)
            lay.addLayout(row)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.reset_button = button(self.tr("Use the suggested words"), "Quiet")
        self.reset_button.clicked.connect(self.reset)
        self.done_button = button(self.tr("Done"), "Primary")
        self.done_button.clicked.connect(self._finish)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        lay.addLayout(row)
        sc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self._finish)

    def show_words(self, words: dict[str, str]) -> None:
        for step_id, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(words.get(step_id, ""))
            edit.blockSignals(False)
        self._pending.clear()

    def reset(self) -> None:
        for edit in self.edits.values():
            edit.clear()

    def _changed(self, step_id: str) -> None:
        self._pending.add(step_id)
        self._debounce.start()

    def flush(self) -> None:
        """Hand every pending edit on now (also called when the screen is left)."""
        self._debounce.stop()
        for step_id in sorted(self._pending):
            self.wordsChanged.emit(step_id, self.edits[step_id].text())
        self._pending.clear()

    def _finish(self) -> None:
        self.flush()
        self.done.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.flush()
