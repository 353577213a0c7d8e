"""Settings → Privacy: the lock on the letters, and when it locks again."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from kindapp.core.settings import LOCK_AFTER_MINUTES
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label
from kindapp.ui.settings.pref_rows import wrapping


class PrivacySettings(QWidget):
    lockToggled = Signal(bool)  # the person asked for the lock on (True) or off
    changeWanted = Signal()
    lockNowWanted = Signal()
    lockAfterChanged = Signal(int)
    rememberToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = QCheckBox(self.tr("Lock my letters with a passphrase"))
        self.lock.setAccessibleName(self.tr("Lock my letters with a passphrase"))
        self.lock.clicked.connect(self.lockToggled)
        self.change_button = button(
            self.tr("Change passphrase…"), accessible=self.tr("Change the passphrase")
        )
        self.lock_now_button = button(self.tr("Lock now"), accessible=self.tr("Lock them now"))
        self.change_button.clicked.connect(self.changeWanted)
        self.lock_now_button.clicked.connect(self.lockNowWanted)
        self.after = QComboBox()
        self.after.setMinimumWidth(140)  # shortened rather than widening the page at large text
        self.after.setAccessibleName(self.tr("Lock again after"))
        for minutes in LOCK_AFTER_MINUTES:
            self.after.addItem(with_args(self.tr("%1 minutes without use"), str(minutes)), minutes)
        self.after.currentIndexChanged.connect(
            lambda _i: self.lockAfterChanged.emit(int(self.after.currentData()))
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(wrapping(self.lock))  # its words wrap at large text
        lay.addWidget(
            label(
                self.tr(
                    "Your letters, reframes and history are encrypted on this computer, and "
                    "Kind asks for the passphrase when you open them. While they are locked, "
                    "breaks from the tray still work: when and how long each one was (never "
                    "any words) waits in a small unlocked file until you next unlock."
                ),
                "Hint",
            )
        )
        row = QHBoxLayout()
        row.setSpacing(12)
        self.after_label = label(self.tr("Lock again after"), wrap=False)
        self.after_label.setBuddy(self.after)
        row.addWidget(self.after_label)
        row.addWidget(self.after)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(label(self.tr("…and when the screen locks, if the desktop says so."), "Hint"))
        actions = QHBoxLayout()
        actions.setSpacing(12)
        actions.addWidget(self.change_button)
        actions.addWidget(self.lock_now_button)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setAccessibleDescription(
            self.tr("Remember the key in this computer's keyring")
        )
        self.remember.clicked.connect(self.rememberToggled)
        self.remember_hint = label(
            self.tr(
                "The key is kept in your desktop's keyring, and Kind opens your letters "
                "without asking while you are logged in. The keyring's own lock protects them."
            ),
            "Hint",
        )
        self.remember_row = wrapping(self.remember)
        lay.addWidget(self.remember_row)
        lay.addWidget(self.remember_hint)
        self.status = label("", "Subtle")
        self.status.setVisible(False)
        lay.addWidget(self.status)
        self.show_keyring(False, False)

    def tell(self, text: str) -> None:
        """A short, calm word that something changed (the lock on, off, locked now)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def show_keyring(self, available: bool, remembered: bool) -> None:
        """The option exists only where the desktop has a keyring."""
        self.remember.blockSignals(True)
        self.remember.setChecked(remembered)
        self.remember.blockSignals(False)
        self.remember_row.setVisible(available)
        self.remember_hint.setVisible(available)

    def show_lock(self, locked: bool, lock_after: int) -> None:
        for w in (self.lock, self.after):
            w.blockSignals(True)
        self.lock.setChecked(locked)
        self.after.setCurrentIndex(max(0, self.after.findData(lock_after)))
        for w in (self.lock, self.after):
            w.blockSignals(False)
        controls = (self.change_button, self.lock_now_button, self.after, self.after_label)
        for control in (*controls, self.remember):
            control.setEnabled(locked)
