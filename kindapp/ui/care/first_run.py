"""A calm welcome, shown once: what Kind is, sound on or off, and where everything stays.

Three pages at most; every page can be skipped. Enter goes on, Esc skips. The last page offers,
quietly, to add Kind to the app launcher (only when it is not there yet) and to start it at
login; the choice is carried out when the person presses Begin there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLayout,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.progress_dots import ProgressDots
from kindapp.ui.common.widgets import WrapCheckBox, button, label


class _ChoiceCard(QFrame):
    """A calm card holding a radio button and a line of explanation; a click anywhere picks it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChoiceCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.radio = QRadioButton(title)
        self.radio.setObjectName("ChoiceTitle")
        self.radio.setAccessibleName(title)
        self.radio.setAccessibleDescription(text)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 14)
        lay.setSpacing(4)
        lay.addWidget(self.radio)
        lay.addWidget(label(text, "CardText"))
        lay.addStretch(1)
        self.radio.toggled.connect(lambda _c: self._restyle())
        self.radio.installEventFilter(self)
        self._restyle()

    def _restyle(self) -> None:
        self.setProperty("checked", "true" if self.radio.isChecked() else "false")
        self.setProperty("focus", "true" if self.radio.hasFocus() else "false")
        self.style().unpolish(self)
        self.style().polish(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._restyle()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.radio.isChecked():
            self.radio.click()
        self.radio.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class FirstRun(QWidget):
    soundChoice = Signal(bool)  # emitted when the person picks one
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.pages = QStackedWidget()
        self._cards: list[_ChoiceCard] = []

        self.pages.addWidget(
            self._page(
                self.tr("Welcome to Kind"),
                (
                    self.tr(
                        "Kind offers short, guided moments of self-compassion: a minute or a few "
                        "to turn towards yourself with the warmth you would give a friend."
                    ),
                    self.tr(
                        "There is nothing to keep up and nothing to get right. Come when it helps, "
                        "and leave whenever you like."
                    ),
                ),
            )
        )

        self.sound_on = self._choice(
            self.tr("Soft bells"),
            self.tr("Gentle chimes mark each step, so you can close your eyes."),
        )
        self.sound_off = self._choice(
            self.tr("Quiet"), self.tr("Words on the screen only. No sound at all.")
        )
        self.sound_group = QButtonGroup(self)
        self.sound_group.setExclusive(True)
        self.sound_group.addButton(self.sound_on)
        self.sound_group.addButton(self.sound_off)
        self.sound_on.setChecked(True)
        self.sound_on.clicked.connect(lambda: self.soundChoice.emit(True))
        self.sound_off.clicked.connect(lambda: self.soundChoice.emit(False))
        choices = QHBoxLayout()
        choices.setSpacing(14)
        for card in self._cards:
            choices.addWidget(card, 1)
        self.pages.addWidget(
            self._page(
                self.tr("Sound, or quiet?"),
                (
                    self.tr(
                        "The practices can be guided by soft bells, or simply by words on the "
                        "screen."
                    ),
                ),
                choices,
                self.tr("You can change this any time in Settings."),
            )
        )

        self.launcher = WrapCheckBox(self.tr("Add Kind to my app launcher"))
        self.launcher.setAccessibleName(self.launcher.text())
        self.launcher.setAccessibleDescription(
            self.tr(
                "Kind's icon in your menu of apps, with a break, soothing touch and "
                "breathing close at hand"
            )
        )
        self.autostart = WrapCheckBox(self.tr("Start Kind quietly in the tray when I log in"))
        self.autostart.setAccessibleName(self.autostart.text())
        offers = QVBoxLayout()
        offers.setSpacing(8)
        offers.addWidget(self.launcher)
        offers.addWidget(self.autostart)
        self.pages.addWidget(
            self._page(
                self.tr("Yours alone"),
                (
                    self.tr(
                        "Everything stays on this computer. Kind has no account, sends nothing "
                        "anywhere, and keeps no record of you anywhere else."
                    ),
                    self.tr(
                        "Your practice history and your own words are kept in a private file you "
                        "can export or delete."
                    ),
                ),
                offers,
                self.tr("Both can be changed later in Settings."),
            )
        )
        self.offers_note = self._note
        self._begun = False
        self.offer_launcher(True)

        self.dots = ProgressDots()
        self.back_button = button(self.tr("Back"), "Quiet")
        self.skip_button = button(
            self.tr("Skip"), "Quiet", accessible=self.tr("Skip the welcome"), tip=self.tr("Esc")
        )
        self.next_button = button(self.tr("Next"), "Primary", tip=self.tr("Enter"))
        self.back_button.clicked.connect(self.previous)
        self.skip_button.clicked.connect(self.finished)
        self.next_button.clicked.connect(self.next)

        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.next_button)

        column = QWidget()
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(self.pages)
        lay.addSpacing(18)
        lay.addWidget(self.dots, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addSpacing(10)
        lay.addLayout(row)

        # Scrolls when larger text makes it taller than the window, instead of squeezing it.
        _frame, outer = scrolling_page(self, (48, 40, 48, 32))
        outer.addStretch(2)
        outer.addLayout(centered(column, 600, (0, 0, 0, 0)))
        outer.addStretch(3)
        self.set_page(0)

    def _page(
        self,
        title: str,
        paragraphs: tuple[str, ...],
        extra: QLayout | None = None,
        note: str = "",
    ) -> QWidget:
        page = QWidget()
        page.setObjectName("Screen")
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(label(title, "Heading"))
        lay.addSpacing(4)
        for p in paragraphs:
            lay.addWidget(label(p, "Reading"))
        if extra is not None:
            lay.addSpacing(10)
            lay.addLayout(extra)
        if note:
            lay.addSpacing(4)
            self._note = label(note, "Hint")
            lay.addWidget(self._note)
        lay.addStretch(1)
        return page

    def _choice(self, title: str, text: str) -> QRadioButton:
        card = _ChoiceCard(title, text)
        self._cards.append(card)
        return card.radio

    # -- pages ---------------------------------------------------------------------------------
    def page(self) -> int:
        return self.pages.currentIndex()

    def set_sound(self, on: bool) -> None:
        """Show the current sound choice (without emitting soundChoice)."""
        (self.sound_on if on else self.sound_off).setChecked(True)

    def offer_launcher(self, offered: bool) -> None:
        """Offer the launcher only when Kind is not in it yet (ticked then: a calm default)."""
        self._launcher_offered = offered
        self.launcher.setVisible(offered)
        self.launcher.setChecked(offered)
        self.offers_note.setText(
            self.tr("Both can be changed later in Settings.")
            if offered
            else self.tr("You can change this any time in Settings.")
        )

    def begun(self) -> bool:
        """The welcome closed with Begin on its last page, where the person saw the launcher
        and login choices (a skip, or Esc, carries nothing out)."""
        return self._begun

    def wants_launcher(self) -> bool:
        return self._launcher_offered and self.launcher.isChecked()

    def wants_autostart(self) -> bool:
        return self.autostart.isChecked()

    def set_page(self, index: int) -> None:
        index = max(0, min(self.pages.count() - 1, index))
        self.pages.setCurrentIndex(index)
        self.dots.set_state(self.pages.count(), index, 1.0)
        self.back_button.setVisible(index > 0)
        last = index == self.pages.count() - 1
        self.next_button.setText(self.tr("Begin") if last else self.tr("Next"))
        self.next_button.setAccessibleName(
            self.tr("Close the welcome") if last else self.tr("Next page")
        )
        self.skip_button.setVisible(not last)
        if index == 1:
            checked = self.sound_group.checkedButton() or self.sound_on
            checked.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        if self.page() >= self.pages.count() - 1:
            self._begun = True
            self.finished.emit()
        else:
            self.set_page(self.page() + 1)

    def previous(self) -> None:
        self.set_page(self.page() - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus in (self.sound_on, self.sound_off):
                assert isinstance(focus, QRadioButton)
                if not focus.isChecked():
                    focus.click()
                self.next()
            elif focus is self.back_button:
                self.previous()
            elif focus is self.skip_button:
                self.finished.emit()
            else:
                self.next()
        elif key == Qt.Key.Key_Escape:
            self.finished.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()
