"""Letters: every letter written, newest first, searchable, to reread, export, print or delete."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QDate,
    QLocale,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeySequence,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.operations import Change
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label
from kindapp.ui.writing import letter_printing
from kindapp.ui.writing.letters_list import IdRole, LetterList, LetterListModel

if TYPE_CHECKING:
    from kindapp.core.records import Letter
    from kindapp.ui.common.operations import Operations

log = logging.getLogger(__name__)

SEARCH_DEBOUNCE_MS = 150
UNDO_MS = 10_000


SAVED_NOTE_MS = 8000
"""How long "Saved as …" stays under the letters."""


class LettersLibrary(QWidget):
    """The library of letters. Needs a Journal; `today` gives the date for reread reminders."""

    openLetter = Signal(int)
    newLetter = Signal()
    back = Signal()
    problem = Signal(str)  # something couldn't be done; the text says what, in plain words

    def __init__(
        self,
        ops: Operations,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.ops = ops
        # Letters changed elsewhere (an import, a backup brought back) while the list shows:
        # listed again once that operation is over. Hidden, it lists them when shown.
        ops.journalChanged.connect(self._journal_changed, Qt.ConnectionType.QueuedConnection)
        self._today = today
        self._deleted: list[Letter] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 30, 48, 22)
        outer.setSpacing(8)

        head = QHBoxLayout()
        head.addWidget(label(self.tr("Letters"), "Heading"), 1)
        self.new_button = button(
            self.tr("Write a letter"), "Primary", accessible=self.tr("Write a new letter")
        )
        head.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(head)
        outer.addWidget(
            label(
                self.tr(
                    "Everything you've written to yourself, newest first. Only you can see it."
                ),
                "Subtle",
            )
        )
        outer.addSpacing(6)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your letters"))
        self.search.setAccessibleName(self.tr("Search your letters"))
        self.search.setClearButtonEnabled(True)
        outer.addWidget(self.search)

        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("Banner")
        undo_lay = QHBoxLayout(self.undo_bar)
        undo_lay.setContentsMargins(16, 6, 8, 6)
        self.undo_text = label(self.tr("Letter deleted."), wrap=False)
        self.undo_button = button(
            self.tr("Undo"),
            "Quiet",
            accessible=self.tr("Undo: bring the letter back"),
            tip=self.tr("Bring the letter back (Ctrl+Z)"),
        )
        undo_lay.addWidget(self.undo_text, 1)
        undo_lay.addWidget(self.undo_button)
        self.undo_bar.setVisible(False)
        outer.addWidget(self.undo_bar)

        self.stack = QStackedWidget()
        self.model = LetterListModel(self)
        self.list = LetterList()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Your letters"))
        self.stack.addWidget(self.list)
        self.empty = QWidget()
        empty_lay = QVBoxLayout(self.empty)
        empty_lay.setContentsMargins(0, 40, 0, 0)
        self.empty_text = label(
            self.tr(
                "No letters yet. When you're ready, a letter to yourself can start with a single "
                "line."
            ),
            "Intro",
            center=True,
        )
        empty_lay.addWidget(self.empty_text)
        empty_lay.addStretch(1)
        self.stack.addWidget(self.empty)
        outer.addWidget(self.stack, 1)
        from kindapp.ui.writing.journal_hits import JournalHits

        self.journal_hits = JournalHits()  # the journal's entries a search finds, too
        outer.addWidget(self.journal_hits)

        actions = QHBoxLayout()
        actions.setSpacing(2)
        self.back_button = button(self.tr("Back"), "Quiet")
        self.open_button = button(self.tr("Open"), accessible=self.tr("Open the letter"))
        self.export_button = button(
            self.tr("Export…"),
            "Quiet",
            accessible=self.tr("Export the letter as Markdown"),
            tip=self.tr("Save the letter as a Markdown file"),
        )
        self.pdf_button = button(
            self.tr("Save as PDF…"), "Quiet", accessible=self.tr("Save the letter as a PDF")
        )
        self.print_button = button(
            self.tr("Print…"), "Quiet", accessible=self.tr("Print the letter")
        )
        self.delete_button = button(
            self.tr("Delete"),
            "Quiet",
            accessible=self.tr("Delete the letter"),
            tip=self.tr("Delete the letter (you can undo this)"),
        )
        self.reread = QComboBox()
        self.reread.setAccessibleName(self.tr("Remind me to reread this letter"))
        self.reread.addItem(self.tr("Remind me to reread…"), None)
        for days, text in (
            (7, self.tr("In a week")),
            (30, self.tr("In a month")),
            (90, self.tr("In three months")),
            (0, self.tr("No reminder")),
        ):
            self.reread.addItem(text, days)
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        for w in (
            self.reread,
            self.export_button,
            self.pdf_button,
            self.print_button,
            self.delete_button,
        ):
            actions.addWidget(w)
        actions.addSpacing(8)
        actions.addWidget(self.open_button)
        outer.addLayout(actions)
        # A short, calm word where something was written out (it goes by itself).
        self.saved_note = label("", "Subtle")
        self.saved_note.setVisible(False)
        outer.addWidget(self.saved_note)
        self._saved_timer = self._one_shot(SAVED_NOTE_MS, lambda: self.saved_note.setVisible(False))
        self._search_timer = self._one_shot(SEARCH_DEBOUNCE_MS, self.refresh)
        self._undo_timer = self._one_shot(UNDO_MS, self._forget_deleted)

        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.list.activatedId.connect(self.openLetter)
        self.list.doubleClicked.connect(lambda index: self.openLetter.emit(int(index.data(IdRole))))
        self.list.deleteRequested.connect(self.delete_current)
        sel = self.list.selectionModel()
        sel.currentChanged.connect(lambda _c, _p: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.new_button.clicked.connect(self.newLetter)
        self.back_button.clicked.connect(self.back)
        self.open_button.clicked.connect(self._open_current)
        self.export_button.clicked.connect(self._export_dialog)
        self.pdf_button.clicked.connect(self._pdf_dialog)
        self.print_button.clicked.connect(self._print_dialog)
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_delete)
        self.reread.activated.connect(self._reread_chosen)

        shortcut(self, Qt.Key.Key_Escape, self._escape)
        shortcut(
            self,
            QKeySequence.StandardKey.Find,
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        shortcut(self, QKeySequence.StandardKey.Undo, self.undo_delete)
        shortcut(self, QKeySequence.StandardKey.New, self.newLetter)
        shortcut(self, QKeySequence.StandardKey.Print, self._print_dialog)

    def _one_shot(self, ms: int, then: Callable[[], object]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(then)
        return timer

    # ---- data ------------------------------------------------------------------------------

    def _journal_changed(self, changes: frozenset[Change]) -> None:
        searching = bool(self.search.text().strip())
        mine = Change.LETTERS in changes or (searching and Change.JOURNAL_ENTRIES in changes)
        if mine and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Load the list again (newest first), or the search results while searching."""
        from kindapp.core.errors import JournalError

        self._search_timer.stop()
        query = self.search.text().strip()
        keep = self.current_id()
        try:
            rows = (
                self.ops.read(lambda j: j.search_letters(query))
                if query
                else self.ops.read(lambda j: j.letters())
            )
        except JournalError as exc:
            log.warning("cannot list letters: %s", exc)
            self.problem.emit(
                with_args(self.tr("Kind couldn't show your letters: %1"), plain_reason(exc))
            )
            rows = []
        self.model.set_rows(rows)
        self._show_journal_hits(query)
        if rows:
            self.stack.setCurrentWidget(self.list)
            row = self.model.row_of(keep) if keep is not None else -1
            self.list.setCurrentIndex(self.model.index(max(row, 0)))
        else:
            self.stack.setCurrentWidget(self.empty)
            if query:
                self.empty_text.setText(with_args(self.tr("No letters with “%1”."), query))
            else:
                self.empty_text.setText(
                    self.tr(
                        "No letters yet. When you're ready, a letter to yourself can start with a "
                        "single line."
                    )
                )
        self._selection_changed()

    def _show_journal_hits(self, query: str) -> None:
        """While searching, the self-compassion journal's entries with the words too."""
        from kindapp.core.errors import JournalError

        found = []
        if query:
            try:
                found = self.ops.read(lambda j: j.search_journal_entries(query))
            except JournalError as exc:
                log.warning("cannot search the journal's entries: %s", exc)
        self.journal_hits.show_entries(found)

    def show_letters(self) -> None:
        """Called when the screen is shown: fresh list, focus in the list (or the search)."""
        self.refresh()
        if self.model.rowCount():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid() or self.stack.currentWidget() is not self.list:
            return None
        return int(index.data(IdRole))

    def select(self, letter_id: int) -> bool:
        row = self.model.row_of(letter_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def _selection_changed(self) -> None:
        has = self.current_id() is not None
        for w in (
            self.open_button,
            self.export_button,
            self.pdf_button,
            self.print_button,
            self.delete_button,
            self.reread,
        ):
            w.setEnabled(has)
            w.setVisible(has)  # an empty library shows only its kind line and a way on
        self._show_reread()

    def _search_enter(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.refresh()
        else:
            self.back.emit()

    def _open_current(self) -> None:
        letter_id = self.current_id()
        if letter_id is not None:
            self.openLetter.emit(letter_id)

    def _letter(self, letter_id: int) -> Letter | None:
        from kindapp.core.errors import JournalError

        try:
            return self.ops.read(lambda j: j.get_letter(letter_id))
        except (JournalError, KeyError, LookupError) as exc:
            self.problem.emit(
                with_args(self.tr("Kind couldn't open the letter: %1"), plain_reason(exc))
            )
            return None

    # ---- delete with undo ------------------------------------------------------------------

    def delete_current(self) -> None:
        from kindapp.core.errors import JournalError

        letter_id = self.current_id()
        if letter_id is None:
            return
        row = self.list.currentIndex().row()
        try:
            letter = self.ops.write(lambda j: j.delete_letter(letter_id), {Change.LETTERS})
        except JournalError as exc:
            self.problem.emit(
                with_args(self.tr("Kind couldn't delete the letter: %1"), plain_reason(exc))
            )
            return
        self._deleted.append(letter)
        self.refresh()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.undo_text.setText(self.tr("Letter deleted."))
        self.undo_bar.setVisible(True)
        self._undo_timer.start()

    def undo_delete(self) -> None:
        from kindapp.core.errors import JournalError

        if not self._deleted:
            return
        letter = self._deleted.pop()
        try:
            restored = self.ops.write(lambda j: j.restore_letter(letter), {Change.LETTERS})
        except JournalError as exc:
            self._deleted.append(letter)
            self.problem.emit(
                with_args(self.tr("Kind couldn't bring the letter back: %1"), plain_reason(exc))
            )
            return
        if not self._deleted:
            self.undo_bar.setVisible(False)
            self._undo_timer.stop()
        self.refresh()
        self.select(restored.id)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _forget_deleted(self) -> None:
        self._deleted.clear()
        self.undo_bar.setVisible(False)

    # ---- export, PDF, print ----------------------------------------------------------------

    def export_markdown(self, letter_id: int, path: Path) -> bool:
        return self._write(letter_id, path, letter_printing.export_markdown)

    def save_pdf(self, letter_id: int, path: Path) -> bool:
        return self._write(letter_id, path, letter_printing.save_pdf)

    def _write(self, letter_id: int, path: Path, write: Callable[[Letter, Path], object]) -> bool:
        """Write one letter to `path` with `write`; a calm problem signal if it can't be."""
        letter = self._letter(letter_id)
        if letter is None:
            return False
        try:
            write(letter, path)
        except OSError as exc:
            self.problem.emit(
                with_args(self.tr("Kind couldn't write %1: %2"), str(path), plain_reason(exc))
            )
            return False
        self.saved_note.setText(
            with_args(self.tr("Saved as %1, in %2."), path.name, str(path.parent))
        )
        self.saved_note.setVisible(True)
        self._saved_timer.start()
        return True

    def _suggested(self, letter_id: int, suffix: str) -> str:
        letter = self._letter(letter_id)
        stem = letter_printing.safe_file_stem(letter) if letter else "letter"
        return str(Path.home() / f"{stem}{suffix}")

    def _export_dialog(self) -> None:
        title, kind = self.tr("Export the letter"), self.tr("Markdown (*.md)")
        self._save_dialog(title, ".md", kind, self.export_markdown)

    def _pdf_dialog(self) -> None:
        title, kind = self.tr("Save the letter as a PDF"), self.tr("PDF (*.pdf)")
        self._save_dialog(title, ".pdf", kind, self.save_pdf)

    def _save_dialog(
        self, title: str, suffix: str, kind: str, save: Callable[[int, Path], object]
    ) -> None:
        letter_id = self.current_id()
        if letter_id is None:
            return
        path, _f = QFileDialog.getSaveFileName(
            self, title, self._suggested(letter_id, suffix), kind
        )
        if path:
            save(letter_id, Path(path))

    def _print_dialog(self) -> None:
        letter_id = self.current_id()
        letter = self._letter(letter_id) if letter_id is not None else None
        if letter is not None:
            letter_printing.print_with_dialog(letter, self, self.tr("Print the letter"))

    # ---- reread reminder -------------------------------------------------------------------

    def set_reread_in(self, letter_id: int, days: int) -> None:
        from kindapp.core.errors import JournalError

        when = self._today() + timedelta(days=days) if days > 0 else None
        try:
            self.ops.write(lambda j: j.set_reread(letter_id, when), {Change.LETTERS})
        except JournalError as exc:
            self.problem.emit(
                with_args(self.tr("Kind couldn't keep the reminder: %1"), plain_reason(exc))
            )
        self._show_reread()

    def _reread_chosen(self, index: int) -> None:
        letter_id = self.current_id()
        days = self.reread.itemData(index)
        if letter_id is not None and days is not None:
            self.set_reread_in(letter_id, int(days))
        else:
            self._show_reread()

    def _show_reread(self) -> None:
        letter_id = self.current_id()
        letter = self._letter(letter_id) if letter_id is not None else None
        when = letter.reread_on if letter else None
        if when is None:
            text = self.tr("Remind me to reread…")
        else:
            day = QLocale().toString(QDate(when.year, when.month, when.day), "d MMM yyyy")
            text = with_args(self.tr("Reread on %1"), day)
        self.reread.setItemText(0, text)
        self.reread.blockSignals(True)
        self.reread.setCurrentIndex(0)
        self.reread.blockSignals(False)
