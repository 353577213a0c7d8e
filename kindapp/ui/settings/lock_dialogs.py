"""The dialogs around the lock: turning it on (honest about what cannot be undone, with an
export first), changing the passphrase, turning it off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from kindapp.core.journal.passphrase_rules import MIN_CHARS, Refusal, easy_to_guess, refusal
from kindapp.ui.common.text import with_args
from kindapp.ui.common.unlock_dialog import passphrase_field
from kindapp.ui.common.widgets import button, label


class LockDialog(QDialog):
    """mode "on": a new passphrase twice; "change": the current one and a new one twice;
    "off": the current one. `passphrases()` gives (current, new) after it was accepted."""

    def __init__(
        self,
        mode: str,
        export_first: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.mode = mode
        titles = {
            "on": self.tr("Lock my letters with a passphrase"),
            "change": self.tr("Change the passphrase"),
            "off": self.tr("Take the lock off"),
        }
        self.setWindowTitle(titles[mode])
        self.current = passphrase_field(self.tr("Your passphrase now"))
        self.new = passphrase_field(self.tr("New passphrase"))
        self.again = passphrase_field(self.tr("The new passphrase again"))
        self.message = label("", "Hint")
        self.message.hide()
        self.strength = label("", "Hint")
        self.strength.setAccessibleName(self.tr("About the new passphrase"))
        self.strength.hide()
        self.new.textChanged.connect(self._hint)
        ok_text = {
            "on": self.tr("Lock them"),
            "change": self.tr("Change it"),
            "off": self.tr("Take the lock off"),
        }
        self.ok_button = button(ok_text[mode], "Primary")
        self.ok_button.setDefault(True)
        self.cancel_button = button(self.tr("Not now"))
        self.ok_button.clicked.connect(self._check)
        self.cancel_button.clicked.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 28, 32, 24)
        self.setMinimumWidth(540)
        lay.setSpacing(12)
        lay.addWidget(label(titles[mode], "Heading"))
        self.export_button = None
        if mode == "on":
            lay.addWidget(
                label(
                    self.tr(
                        "Your letters, reframes and history will be encrypted on this computer. "
                        "Please know before you choose: if the passphrase is forgotten, nobody "
                        "can bring them back, not Kind and not anyone else. There is no reset."
                    )
                )
            )
            lay.addWidget(
                label(
                    self.tr(
                        "You may like to export a copy first and keep it somewhere safe. "
                        "The export is a plain file anyone with it can read."
                    ),
                    "Hint",
                )
            )
            if export_first is not None:
                self.export_button = button(
                    self.tr("Export a copy first…"),
                    accessible=self.tr("Export your journal before locking it"),
                )
                self.export_button.clicked.connect(export_first)
                row = QHBoxLayout()
                row.addWidget(self.export_button)
                row.addStretch(1)
                lay.addLayout(row)
        elif mode == "change":
            lay.addWidget(
                label(
                    self.tr("As with the first one, a forgotten passphrase cannot be recovered."),
                    "Subtle",
                )
            )
        else:
            lay.addWidget(
                label(
                    self.tr(
                        "Your journal will be stored unencrypted again, as it was before the "
                        "lock. Anyone who can open your files could read it."
                    ),
                    "Subtle",
                )
            )
        form = QFormLayout()
        if mode in ("change", "off"):
            form.addRow(label(self.tr("Passphrase now"), wrap=False), self.current)
        if mode in ("on", "change"):
            form.addRow(label(self.tr("New passphrase"), wrap=False), self.new)
            form.addRow(label(self.tr("Once more"), wrap=False), self.again)
        lay.addLayout(form)
        lay.addWidget(self.strength)
        lay.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        lay.addLayout(buttons)
        self.adjustSize()

    def _check(self) -> None:
        if self.mode in ("on", "change"):
            why = refusal(self.new.text())
            if why == Refusal.BLANK:
                self.say(self.tr("A passphrase needs more than spaces: a few words work well."))
                return
            if why == Refusal.SHORT:
                self.say(
                    with_args(
                        self.tr(
                            "A passphrase of at least %1 characters, please; a few words work well."
                        ),
                        str(MIN_CHARS),
                    )
                )
                return
            if self.new.text() != self.again.text():
                self.say(self.tr("The two new passphrases are not the same yet."))
                return
        if self.mode in ("change", "off") and not self.current.text():
            self.say(self.tr("Type your passphrase now first."))
            return
        self.accept()

    def _hint(self, text: str) -> None:
        """A gentle word while typing, never a refusal: a few words are harder to guess."""
        weak = bool(text) and refusal(text) is None and easy_to_guess(text)
        self.strength.setText(
            self.tr(
                "This one may be easy to guess. A few ordinary words that only you would "
                "put together are stronger, and easy to remember."
            )
            if weak
            else ""
        )
        self.strength.setVisible(weak)
        self.adjustSize()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def passphrases(self) -> tuple[str | None, str | None]:
        current = self.current.text() if self.mode in ("change", "off") else None
        new = self.new.text() if self.mode in ("on", "change") else None
        return current, new
