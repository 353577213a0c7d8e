"""Asking for the passphrase of a locked journal: once, when something private is opened."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label


def passphrase_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumWidth(320)
    return field


class Unlocker(Protocol):
    def derive_key(self, passphrase: str) -> bytes | None: ...

    def wait_left(self) -> float: ...

    def open_with(self, key: bytes) -> str | None: ...


class UnlockDialog(QDialog):
    """Type the passphrase: its key is derived on a worker thread (scrypt takes about half a
    second, on purpose) and the journal opened with it here. A wrong passphrase changes
    nothing and the person is told so."""

    derived = Signal(object)  # the key (bytes) or None, from the worker thread

    def __init__(self, unlocker: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.setWindowTitle(self.tr("Unlock your letters"))
        self._unlocker = unlocker
        self._worker: threading.Thread | None = None
        self._cancel = threading.Event()
        self._leaving = False
        self.derived.connect(self._open)
        self.field = passphrase_field(self.tr("Passphrase"))
        self.message = label("", "Hint")
        self.message.setAccessibleName(self.tr("What happened"))
        self.message.hide()
        self.unlock_button = button(self.tr("Unlock"), "Primary")
        self.unlock_button.setDefault(True)
        self.later_button = button(self.tr("Not now"))
        self.unlock_button.clicked.connect(self._unlock)
        self.later_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 28, 32, 24)
        self.setMinimumWidth(540)
        lay.setSpacing(12)
        lay.addWidget(label(self.tr("Your letters are locked"), "Heading"))
        lay.addWidget(
            label(
                self.tr(
                    "Type your passphrase to open your letters, reframes and history. "
                    "Kind locks them again after a while without use."
                ),
                "Subtle",
            )
        )
        lay.addWidget(self.field)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.later_button)
        row.addWidget(self.unlock_button)
        lay.addLayout(row)
        self.field.setFocus()
        self.adjustSize()

    def _unlock(self) -> None:
        passphrase = self.field.text()
        if not passphrase:
            self._say(self.tr("Type your passphrase first, whenever you are ready."))
            return
        if self._worker is not None:
            return
        self.unlock_button.setEnabled(False)
        self.field.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        derive = self._unlocker.derive_key
        wait = self._unlocker.wait_left()
        if wait >= 1:
            self._say(
                with_args(
                    self.tr(
                        "A few tries did not fit, so Kind waits a little before this one (%1 s)."
                    ),
                    str(round(wait)),
                )
            )

        cancel = self._cancel = threading.Event()

        def work() -> None:
            # Growing after a few wrong tries (never a lockout); "Not now" ends the wait.
            if wait > 0 and cancel.wait(wait):
                self.derived.emit(None)
                return
            self.derived.emit(derive(passphrase))

        self._worker = threading.Thread(target=work, daemon=True)
        self._worker.start()

    def reject(self) -> None:
        if self._worker is None:
            super().reject()
            return
        # While waiting or deriving (half a second): stop, and close once the worker is back.
        self._leaving = True
        self._cancel.set()

    def _open(self, key: bytes | None) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
        QGuiApplication.restoreOverrideCursor()
        self.unlock_button.setEnabled(True)
        self.field.setEnabled(True)
        if self._leaving:  # "Not now" was chosen meanwhile: nothing is opened
            self._leaving = False
            super().reject()
            return
        problem: str | None
        if key is None:  # no key could be made: why, as the unlocker found it
            problem = str(getattr(self._unlocker, "derive_problem", "other"))
        else:
            problem = self._unlocker.open_with(key)
        if problem is None:
            self.field.clear()
            self.accept()
        elif problem == "wrong_passphrase":
            self._say(
                self.tr(
                    "That passphrase doesn't open them. Nothing has changed; "
                    "take your time and try again."
                )
            )
            self.field.selectAll()
        elif problem == "lock_record":
            self._say(
                self.tr(
                    "The small file that says how your journal is locked is missing or "
                    "unreadable, so Kind cannot open it just now. Your journal itself is "
                    "left as it is."
                )
            )
        else:
            self._say(self.tr("Kind could not open your journal just now. Nothing has changed."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.field.setFocus()
        self.adjustSize()


def ask_passphrase(parent: QWidget | None) -> Callable[[Unlocker], bool]:
    """The `ask` a JournalAccess is handed: the dialog, modal over `parent`."""

    def ask(unlocker: Unlocker) -> bool:
        dialog = UnlockDialog(unlocker, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    return ask
