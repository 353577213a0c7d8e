"""My words: the break's three phrases and the kind phrases for soothing touch, in the person's
own words if they like, with a favourite, and a way back to the suggestions."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.practices import BREAK_PHRASES, BREAK_QUICK, BREAK_STEP_IDS
from kindapp.core.practices.soothing_touch import KIND_PHRASES
from kindapp.core.settings import MAX_WORDS_LEN
from kindapp.core.voice_store import break_key, touch_key
from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import scrolling_page
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.voice import VoiceDesk, VoiceRow
from kindapp.ui.common.widgets import WrapRadioButton, button, label


class WordsScreen(QWidget):
    wordsChanged = Signal(str, str)  # step id, text ("" = the default)
    touchPhrasesChanged = Signal(tuple)  # the person's own kind phrases
    favouriteChanged = Signal(str)  # the kind phrase soothing touch uses
    guideChanged = Signal(str, bool)  # practice id, guided by my voice
    done = Signal()

    def __init__(self, parent: QWidget | None = None, desk: VoiceDesk | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.desk = desk
        """Recording the phrases in the person's own voice (None: not offered)."""
        self.voice_rows: dict[str, VoiceRow] = {}
        self.guides: dict[str, QButtonGroup] = {}
        self.edits: dict[str, QLineEdit] = {}
        self._pending: set[str] = set()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(400)
        self._debounce.timeout.connect(self.flush)

        frame, lay = scrolling_page(self, (48, 36, 48, 12))
        lay.setSpacing(6)
        lay.addWidget(label(self.tr("My words"), "Heading"))
        lay.addWidget(
            label(
                self.tr(
                    "The break works best with words that feel true to you. Write your own, pick "
                    "one of the suggestions, or leave a line empty to use the first suggestion."
                ),
                "Subtle",
            )
        )
        self._add_guide(lay, "break")
        titles = {s.id: practice_text(s.title) for s in BREAK_QUICK.steps}
        for step_id in BREAK_STEP_IDS:
            lay.addSpacing(14)
            lay.addWidget(label(titles[step_id].upper(), "StepTitle"))
            edit = QLineEdit()
            edit.setMaxLength(MAX_WORDS_LEN)
            edit.setPlaceholderText(practice_text(BREAK_PHRASES[step_id][0]))
            edit.setAccessibleName(with_args(self.tr("Your words for %1"), titles[step_id]))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(lambda _t, s=step_id: self._changed(s))
            self.edits[step_id] = edit
            lay.addWidget(edit)
            tries = FlowLayout(spacing=4)  # the suggestions wrap at large text
            tries.addWidget(label(self.tr("Try:"), "Hint", wrap=False))
            for phrase in BREAK_PHRASES[step_id]:
                text = practice_text(phrase)
                b = button(text, "Quiet", accessible=with_args(self.tr("Use “%1”"), text))
                b.clicked.connect(lambda _c=False, s=step_id, t=text: self.edits[s].setText(t))
                tries.addWidget(b)
            lay.addLayout(tries)
            if desk is not None:
                self.voice_rows[break_key(step_id)] = VoiceRow(
                    desk, break_key(step_id), titles[step_id]
                )
                lay.addWidget(self.voice_rows[break_key(step_id)])
        lay.addSpacing(18)
        lay.addWidget(label(self.tr("KIND PHRASES FOR SOOTHING TOUCH"), "StepTitle"))
        lay.addWidget(
            label(
                self.tr("Choose the one that feels kindest as your favourite, or add your own."),
                "Hint",
            )
        )
        self._add_guide(lay, "touch")
        self.phrase_group = QButtonGroup(self)
        self.phrase_group.setExclusive(True)
        self.phrase_box = QVBoxLayout()
        self.phrase_box.setSpacing(2)
        lay.addLayout(self.phrase_box)
        add_row = QHBoxLayout()
        self.new_phrase = QLineEdit()
        self.new_phrase.setMaxLength(MAX_WORDS_LEN)
        self.new_phrase.setPlaceholderText(self.tr("A kind phrase of your own"))
        self.new_phrase.setAccessibleName(self.tr("A kind phrase of your own"))
        self.add_button = button(self.tr("Add"), accessible=self.tr("Add this phrase"))
        self.add_button.clicked.connect(self.add_phrase)
        self.new_phrase.returnPressed.connect(self.add_phrase)
        add_row.addWidget(self.new_phrase, 1)
        add_row.addWidget(self.add_button)
        lay.addLayout(add_row)
        if desk is not None:  # your own phrases, recorded above, in their meditation too
            lay.addSpacing(10)
            lay.addWidget(
                label(
                    self.tr(
                        "In the meditation with your kind phrases, your recordings of them "
                        "can say them first."
                    ),
                    "Hint",
                )
            )
            self._add_guide(lay, "phrases")
        self._own: tuple[str, ...] = ()
        self._favourite = KIND_PHRASES[0]
        lay.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(48, 8, 48, 24)
        self.reset_button = button(self.tr("Use the suggested words"), "Quiet")
        self.reset_button.clicked.connect(self.reset)
        self.done_button = button(self.tr("Done"), "Primary")
        self.done_button.clicked.connect(self._finish)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        frame.addLayout(row)
        shortcut(self, Qt.Key.Key_Escape, self._finish)

    def show_words(self, words: dict[str, str]) -> None:
        for step_id, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setText(words.get(step_id, ""))
            edit.blockSignals(False)
        self._pending.clear()

    def reset(self) -> None:
        """Back to the suggested words everywhere (the person's own phrases are let go)."""
        for edit in self.edits.values():
            edit.clear()
        if self.desk is not None:
            for phrase in self._own:  # their recordings go with them
                self.desk.delete(touch_key(phrase))
        self.show_phrases((), KIND_PHRASES[0])
        self.touchPhrasesChanged.emit(())
        self.favouriteChanged.emit(KIND_PHRASES[0])

    def show_phrases(self, own: tuple[str, ...], favourite: str) -> None:
        """The suggested and own kind phrases, each with a favourite choice; own ones removable."""
        self._own, self._favourite = tuple(own), favourite
        while self.phrase_box.count():
            item = self.phrase_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for b in self.phrase_group.buttons():
            self.phrase_group.removeButton(b)
        for key in [k for k in self.voice_rows if k.startswith("touch.")]:
            del self.voice_rows[key]
        for phrase in (*KIND_PHRASES, *self._own):
            own_one = phrase in self._own
            shown = phrase if own_one else practice_text(phrase)
            line = QWidget()
            row = FlowLayout(line, spacing=6)  # the voice buttons go under a long phrase
            choice = WrapRadioButton(shown, even=True)  # a long phrase wraps at large text
            choice.setAccessibleDescription(with_args(self.tr("Favourite: %1"), shown))
            choice.setChecked(phrase == favourite)
            choice.toggled.connect(lambda on, p=phrase: self._choose(p) if on else None)
            self.phrase_group.addButton(choice)
            row.addWidget(choice)
            if self.desk is not None:
                voice = VoiceRow(self.desk, touch_key(phrase), shown)
                self.voice_rows[touch_key(phrase)] = voice
                row.addWidget(voice)
            if own_one:
                remove = button(
                    self.tr("Remove"),
                    "Quiet",
                    accessible=with_args(self.tr("Remove “%1”"), shown),
                )
                remove.clicked.connect(lambda _c=False, p=phrase: self.remove_phrase(p))
                row.addWidget(remove)
            self.phrase_box.addWidget(line)

    def _choose(self, phrase: str) -> None:
        self._favourite = phrase
        self.favouriteChanged.emit(phrase)

    def add_phrase(self) -> None:
        text = self.new_phrase.text().strip()
        if not text or text in self._own or text in KIND_PHRASES:
            return
        self.new_phrase.clear()
        own = (*self._own, text)
        self.show_phrases(own, self._favourite)
        self.touchPhrasesChanged.emit(own)

    def remove_phrase(self, phrase: str) -> None:
        """Let an own phrase go, and its recording with it."""
        if self.desk is not None:
            self.desk.delete(touch_key(phrase))
        own = tuple(p for p in self._own if p != phrase)
        favourite = self._favourite if self._favourite != phrase else KIND_PHRASES[0]
        self.show_phrases(own, favourite)
        self.touchPhrasesChanged.emit(own)
        if favourite != self._favourite or phrase == favourite:
            self.favouriteChanged.emit(favourite)

    def _add_guide(self, lay: QVBoxLayout, practice_id: str) -> None:
        """Guide me with: chimes only / my voice, for the break, soothing touch or the
        meditation with the person's phrases."""
        if self.desk is None:
            return
        row = FlowLayout(spacing=10)  # wraps at large text
        row.addWidget(label(self.tr("Guide me with:"), "Hint", wrap=False))
        group = QButtonGroup(self)
        for voice, text in ((False, self.tr("Chimes only")), (True, self.tr("My voice"))):
            choice = QRadioButton(text)
            choice.setChecked(not voice)
            group.addButton(choice, int(voice))
            row.addWidget(choice)
        group.idToggled.connect(
            lambda i, on, p=practice_id: self.guideChanged.emit(p, bool(i)) if on else None
        )
        lay.addLayout(row)
        self.guides[practice_id] = group

    def show_guides(self, voice_guided: tuple[str, ...]) -> None:
        for practice_id, group in self.guides.items():
            group.blockSignals(True)
            button_ = group.button(int(practice_id in voice_guided))
            if button_ is not None:
                button_.setChecked(True)
            group.blockSignals(False)

    def close_voice(self) -> None:
        if self.desk is not None:
            self.desk.close()

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
        if self.desk is not None and self.desk.recording_key is not None:
            self.desk.stop()  # leaving the screen keeps the take so far
