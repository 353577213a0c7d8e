"""The compassionate letter: a calm writing surface that keeps every word safe as it is typed.

Autosave: a single-shot debounce (about 0.8 s after the last keystroke) writes the letter; a
second, non-restarting timer caps the wait at about 1.2 s while someone types without a pause,
so everything typed more than about 1.5 s ago is on disk. `flush()` writes at once (the app calls
it on hide, close, quit and session end).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.writing.letter_draft import DraftEnd, DraftSave, LetterDraft
from kindapp.ui.common.background import Worker
from kindapp.ui.common.operations import Change
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label
from kindapp.ui.writing.letter_editor import LetterEdit, PromptPanel, count_words, plain_text

if TYPE_CHECKING:
    from kindapp.core.records import Letter
    from kindapp.ui.common.operations import Operations

log = logging.getLogger(__name__)

OPEN_LETTER_KEY = "open_letter"
DEBOUNCE_MS = 800
MAX_WAIT_MS = 1200
RETRY_MS = 4000
LIVE_COUNT_LIMIT = 200_000  # characters; above this the word count follows the saves
PROMPTS_SHORTCUT = "Ctrl+Shift+P"


class LetterScreen(QWidget):
    """Write a letter to yourself. Signals what it asks of the app; keeps the words itself."""

    _counted = Signal(int, int)  # (words, generation) from the counting thread

    finished = Signal()  # leave the screen (Done or Esc); everything is saved first
    openLibrary = Signal()  # show the Letters library (after a flush)
    promptsToggled = Signal(bool)  # the person showed/hid the prompts; the app may remember it
    letterSaved = Signal(int)  # a save reached the journal (letter id)

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        prompts_visible: bool = True,
        background_saves: bool = False,
        autosave: bool = True,
    ) -> None:
        """`autosave=False` keeps the words only on Done, Ctrl+S or quitting: a test hook
        (KIND_TEST_AUTOSAVE=off) that shows the SIGKILL test fails without autosave."""
        super().__init__(parent)
        self._autosave_on = autosave
        self.setObjectName("Screen")
        self.ops = ops
        self._background_saves = background_saves
        """Autosaves without the UI thread waiting for them (else they wait, as flush() does)."""
        self._edits = 0  # counts edits, so a save that comes back knows if it is still current
        self.letter_id: int | None = None
        self._dirty = False
        self._error: str | None = None
        self.last_save_s = 0.0  # how long the last write took (for tests and logs)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._autosave)
        self._max_wait = QTimer(self)
        self._max_wait.setSingleShot(True)
        self._max_wait.setInterval(MAX_WAIT_MS)
        self._max_wait.timeout.connect(self._autosave)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._retry_save)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(250)
        self._count_timer.timeout.connect(self._update_count)
        self._count_generation = 0  # a count from an older text is dropped when it arrives
        self._counted.connect(self._show_count)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(36, 22, 36, 14)
        outer.setSpacing(8)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.title = QLineEdit()
        self.title.setObjectName("LetterTitle")
        self.title.setPlaceholderText(self.tr("A title, if you like"))
        self.title.setAccessibleName(self.tr("Title of the letter"))
        self.title.setMaxLength(200)
        self.title.setFrame(False)
        top.addWidget(self.title, 1)
        self.prompts_button = button(
            self.tr("Prompts"),
            "Quiet",
            tip=with_args(self.tr("Show or hide the prompts (%1)"), PROMPTS_SHORTCUT),
        )
        self.prompts_button.setCheckable(True)
        self.prompts_button.setAccessibleDescription(self.tr("Show the prompts"))
        self.library_button = button(
            self.tr("Letters"), "Quiet", accessible=self.tr("Open your letters")
        )
        self.done_button = button(
            self.tr("Done"),
            "Primary",
            accessible=self.tr("Done writing: save and close the letter"),
        )
        top.addWidget(self.prompts_button)
        top.addWidget(self.library_button)
        top.addSpacing(6)
        top.addWidget(self.done_button)
        outer.addLayout(top)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.page = QFrame()
        self.page.setObjectName("LetterPage")
        page_lay = QVBoxLayout(self.page)
        page_lay.setContentsMargins(0, 0, 0, 0)
        self.editor = LetterEdit()
        self.editor.setPlaceholderText(self.tr("Dear me, …"))
        self.editor.setAccessibleName(self.tr("Your letter"))
        page_lay.addWidget(self.editor)
        middle.addWidget(self.page, 1)
        self.prompts = PromptPanel()
        middle.addWidget(self.prompts)
        outer.addLayout(middle, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        self.words = label("", "LetterStatus", wrap=False)
        self.words.setAccessibleName(self.tr("Word count"))
        self.status = label("", "LetterStatus", wrap=False)
        self.status.setAccessibleName(self.tr("Save status"))
        bottom.addWidget(self.words)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        outer.addLayout(bottom)

        self.problem = QFrame()
        self.problem.setObjectName("SaveProblem")
        prob_lay = QHBoxLayout(self.problem)
        prob_lay.setContentsMargins(14, 8, 14, 8)
        self.problem_text = label("", "SaveProblemText")
        self.problem_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prob_lay.addWidget(self.problem_text, 1)
        self.problem.setVisible(False)
        outer.insertWidget(2, self.problem)

        self.editor.textChanged.connect(self._edited)
        self.title.textEdited.connect(self._edited)
        self.title.returnPressed.connect(
            lambda: self.editor.setFocus(Qt.FocusReason.TabFocusReason)
        )
        self.prompts_button.toggled.connect(self._prompts_button_toggled)
        self.library_button.clicked.connect(self._open_library)
        self.done_button.clicked.connect(self.done)

        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.leave)
        toggle = QShortcut(QKeySequence(PROMPTS_SHORTCUT), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.prompts_button.toggle)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.flush)

        self.set_prompts_visible(prompts_visible)
        self._update_count()

    # ---- showing letters -------------------------------------------------------------------

    def new_letter(self, prompt: str = "") -> None:
        """Start a fresh, empty letter (the current one is saved first), with a prompt of its
        own above the usual ones if given (the prompts are then shown)."""
        self.flush()
        self._show(None)
        self.prompts.set_extra(prompt)
        if prompt:
            self.set_prompts_visible(True)

    def open_letter(self, letter_id: int) -> bool:
        """Show a saved letter to reread or go on writing. False if it can't be read."""
        from kindapp.core.errors import JournalError

        self.flush()
        self.prompts.set_extra("")
        try:
            letter = self.ops.read(lambda j: j.get_letter(letter_id))
        except (JournalError, KeyError, LookupError) as exc:
            log.warning("cannot open letter %s: %s", letter_id, exc)
            return False
        if letter is None:
            return False
        self._show(letter)
        return True

    def open_draft(self) -> bool:
        """Reopen the letter that was being written when Kind last closed (else a new one)."""
        from kindapp.core.errors import JournalError

        try:
            value = self.ops.read(lambda j: j.get_meta(OPEN_LETTER_KEY))
        except JournalError as exc:
            log.warning("cannot read the open letter: %s", exc)
            value = None
        if value:
            try:
                if self.open_letter(int(value)):
                    return True
            except ValueError:
                pass
        self.new_letter()
        return False

    def _show(self, letter: Letter | None) -> None:
        self._debounce.stop()
        self._max_wait.stop()
        self._retry.stop()
        self.letter_id = letter.id if letter else None
        self.title.setText(letter.title if letter else "")
        self.editor.blockSignals(True)
        self.editor.setPlainText(letter.body if letter else "")
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._dirty = False
        self._set_error(None)
        self.status.setText(self.tr("Saved") if letter else "")
        self._update_count()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- prompts ---------------------------------------------------------------------------

    def set_prompts_visible(self, visible: bool) -> None:
        self.prompts_button.blockSignals(True)
        self.prompts_button.setChecked(visible)
        self.prompts_button.blockSignals(False)
        self.prompts.setVisible(visible)
        # Its name is its words ("Prompts", checked or not); what a press does is described.
        self.prompts_button.setAccessibleDescription(
            self.tr("Hide the prompts") if visible else self.tr("Show the prompts")
        )

    def prompts_visible(self) -> bool:
        return self.prompts_button.isChecked()

    def _prompts_button_toggled(self, visible: bool) -> None:
        self.set_prompts_visible(visible)
        self.promptsToggled.emit(visible)

    # ---- saving ----------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._edits += 1
        if self._autosave_on and self._error is None:
            self.status.setText(self.tr("Saving…"))
        if not self._autosave_on:
            pass  # kept on Done, Ctrl+S or quitting only
        elif LetterDraft(self.letter_id, self._dirty).saves_at_once():
            self.save_now()  # the first keystroke creates the letter
        else:
            self._debounce.start()
            if not self._max_wait.isActive():
                self._max_wait.start()
        if self.editor.document().characterCount() <= LIVE_COUNT_LIMIT:
            self._count_timer.start()

    def flush(self) -> bool:
        """Write now if anything is unsaved. True when everything is on disk."""
        if self._dirty:
            return self.save_now()
        return self._error is None

    def _autosave(self) -> None:
        """A timer's save. With a worker, only the snapshot of the words is taken here (about
        as long as drawing a frame, even for 5 MB); the write runs on the journal's thread, so
        typing goes on meanwhile. Without one, or for a letter not created yet, save_now()."""
        if not self._background_saves or self.letter_id is None or self._error is not None:
            self.save_now()
            return
        self._debounce.stop()
        self._max_wait.stop()
        if not self._dirty:
            return
        letter_id, title, edits = self.letter_id, self.title.text(), self._edits
        raw = self.editor.document().toRawText()
        big = len(raw) > LIVE_COUNT_LIMIT

        self.ops.change(
            lambda j: j.save_letter(letter_id, title, plain_text(raw)),  # on the journal's thread
            {Change.LETTERS},
            lambda _letter: self._autosaved(letter_id, edits, raw if big else None, None),
            lambda error: self._autosaved(letter_id, edits, raw if big else None, error),
        )

    def _autosaved(
        self, letter_id: int, edits: int, body: str | None, error: Exception | None
    ) -> None:
        from kindapp.core.errors import EntryMissing, JournalError

        if letter_id != self.letter_id:
            if error is None:
                self.letterSaved.emit(letter_id)
            return  # another letter is open now; it saves itself
        if error is None:
            if edits == self._edits:
                self._dirty = False
                self._set_error(None)
                self.status.setText(self.tr("Saved"))
            if body is not None:
                self._count_in_background(body)
            self.letterSaved.emit(letter_id)
        elif isinstance(error, EntryMissing):
            self.save_now()  # deleted elsewhere meanwhile: save_now keeps it as a new letter
        elif isinstance(error, JournalError):
            log.warning("letter not saved: %s", error)
            self._set_error(plain_reason(error))
            self._retry.start()
        else:
            raise error

    def save_now(self) -> bool:
        from kindapp.core.errors import EntryMissing, JournalError

        self._debounce.stop()
        self._max_wait.stop()
        draft = LetterDraft(self.letter_id, self._dirty)
        if draft.next_save() is DraftSave.NOTHING:
            return True
        title = self.title.text()
        big = self.editor.document().characterCount() > LIVE_COUNT_LIMIT
        if big and self._error is None:
            # A very long letter takes a noticeable moment to write: say so before it starts.
            self.status.setText(self.tr("Saving…"))
            self.status.repaint()
        body = self.editor.toPlainText()
        started = time.perf_counter()
        try:
            if draft.next_save() is DraftSave.UPDATE and self.letter_id is not None:
                letter_id = self.letter_id
                self.ops.write(lambda j: j.save_letter(letter_id, title, body), {Change.LETTERS})
            else:
                letter = self.ops.write(
                    lambda j: j.create_letter(title=title, body=body), {Change.LETTERS}
                )
                self.letter_id = letter.id
                self.ops.write(lambda j: j.set_meta(OPEN_LETTER_KEY, str(letter.id)), ())
        except EntryMissing:
            # Deleted elsewhere (e.g. from the library) while still open here: keep the words
            # as a new letter rather than lose them.
            self.letter_id = None
            return self.save_now_new(title, body)
        except JournalError as exc:
            log.warning("letter not saved: %s", exc)
            self._set_error(plain_reason(exc))
            self._retry.start()
            return False
        self.last_save_s = time.perf_counter() - started
        if self.last_save_s > 0.1:
            log.info("letter save took %.0f ms (%d chars)", self.last_save_s * 1000, len(body))
        self._dirty = False
        self._set_error(None)
        self.status.setText(self.tr("Saved"))
        if big:
            self._count_in_background(body)  # counted after the save, off the UI thread
        self.letterSaved.emit(self.letter_id)
        return True

    def save_now_new(self, title: str, body: str) -> bool:
        from kindapp.core.errors import JournalError

        try:
            letter = self.ops.write(
                lambda j: j.create_letter(title=title, body=body), {Change.LETTERS}
            )
            self.letter_id = letter.id
            self.ops.write(lambda j: j.set_meta(OPEN_LETTER_KEY, str(letter.id)), ())
        except JournalError as exc:
            self._set_error(plain_reason(exc))
            self._retry.start()
            return False
        self._dirty = False
        self._set_error(None)
        self.status.setText(self.tr("Saved"))
        self.letterSaved.emit(letter.id)
        return True

    def _retry_save(self) -> None:
        if self._dirty:
            self.save_now()

    def _set_error(self, reason: str | None) -> None:
        self._error = reason
        if reason is None:
            self.problem.setVisible(False)
            return
        text = self.tr(
            "Kind couldn't save just now: %1. Your words are still here; Kind will keep trying."
        )
        self.problem_text.setText(with_args(text, reason))
        self.problem_text.setAccessibleName(self.problem_text.text())
        self.problem.setVisible(True)
        self.status.setText(self.tr("Not saved yet"))

    @property
    def error(self) -> str | None:
        return self._error

    # ---- word count ------------------------------------------------------------------------

    def _count_text(self, n: int) -> str:
        return self.tr("1 word") if n == 1 else with_args(self.tr("%1 words"), f"{n:,}")

    def _update_count(self) -> None:
        self._count_generation += 1
        self.words.setText(self._count_text(count_words(self.editor.toPlainText())))

    def _count_in_background(self, body: str) -> None:
        self._count_generation += 1
        generation = self._count_generation

        def count() -> None:
            self._counted.emit(count_words(body), generation)

        Worker(count, name="kind-word-count")

    def _show_count(self, words: int, generation: int) -> None:
        if generation == self._count_generation:
            self.words.setText(self._count_text(words))

    # ---- leaving ---------------------------------------------------------------------------

    def done(self) -> None:
        """The letter is finished for now: save it, forget it as the open draft, leave."""
        from kindapp.core.errors import JournalError

        saved = self.flush()
        if saved:
            try:
                draft = LetterDraft(self.letter_id, self._dirty)
                ending = draft.on_done(self.title.text(), self.editor.toPlainText())
                if ending is DraftEnd.DROP and self.letter_id is not None:
                    empty = self.letter_id  # nothing was kept in it
                    self.ops.write(lambda j: j.delete_letter(empty), {Change.LETTERS})
                self.ops.write(lambda j: j.set_meta(OPEN_LETTER_KEY, None), ())
            except JournalError as exc:
                log.warning("cannot close the letter: %s", exc)
            self._show(None)
        self.finished.emit()

    def leave(self) -> None:
        """Esc: save and leave; the letter stays the open draft to come back to."""
        self.flush()
        self.finished.emit()

    def _open_library(self) -> None:
        self.flush()
        self.openLibrary.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)

    def focus_first(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
