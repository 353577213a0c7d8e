"""The check-in before and after a practice: how heavy it feels (0-10) and a word or two.

Everything is optional. Digits and the arrow keys pick a number (1 then 0 is 10: the rule is
core.care.heaviness_typed), Enter continues, S or Esc skips.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.care import (
    HEAVINESS_MAX,
    HEAVINESS_MIN,
    MAX_CHECKIN_WORDS,
    CheckIn,
    heaviness_typed,
)
from kindapp.ui.common.pages import centered, scrolling_page
from kindapp.ui.common.widgets import button, label

COLUMN_WIDTH = 640


class HeavinessScale(QFrame):
    """Eleven calm toggles, 0 (light) to 10 (very heavy); one focus stop for the keyboard."""

    changed = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Scale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("How heavy, from 0 (light) to 10 (very heavy)"))
        self._value: int | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so a choice can be taken back
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.setSpacing(6)
        for n in range(HEAVINESS_MIN, HEAVINESS_MAX + 1):
            b = QPushButton(str(n))
            b.setObjectName("ScaleStep")
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setAccessibleName(str(n))
            b.clicked.connect(lambda checked, v=n: self.set_value(v if checked else None))
            self.group.addButton(b, n)
            self.buttons.append(b)
            row.addWidget(b)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(HEAVINESS_MIN, min(HEAVINESS_MAX, value))
        for n, b in enumerate(self.buttons):
            b.setChecked(n == value)
        if value == self._value:
            return
        self._value = value
        self.setAccessibleDescription("" if value is None else str(value))
        self.changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        v = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(HEAVINESS_MIN if v is None else v + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(HEAVINESS_MIN if v is None else v - 1)
        elif key == Qt.Key.Key_Home:
            self.set_value(HEAVINESS_MIN)
        elif key == Qt.Key.Key_End:
            self.set_value(HEAVINESS_MAX)
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.set_value(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class CheckInPanel(QWidget):
    """Asks, never insists. `done` carries a CheckIn, or None when skipped or left empty.

    In "after" mode a quiet "This stirred things up" button emits `stirred` and then `done`
    with whatever was entered; `was_stirred()` stays True until the next `set_mode`.
    """

    done = Signal(object)  # CheckIn | None
    stirred = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._now = now
        self._last_digit: tuple[int, float] | None = None  # (value it set, when)
        self._mode = "before"
        self._stirred = False
        self._hollow = False

        self.heading = label("", "Heading")
        self.subtle = label("", "Subtle")
        self.scale = HeavinessScale()
        ends = QHBoxLayout()
        ends.setContentsMargins(8, 0, 8, 0)
        ends.addWidget(label(self.tr("light"), "Hint", wrap=False))
        ends.addStretch(1)
        ends.addWidget(label(self.tr("very heavy"), "Hint", wrap=False))

        self.words = QLineEdit()
        self.words.setMaxLength(MAX_CHECKIN_WORDS)
        self.words.setPlaceholderText(self.tr("A word or two, if you like"))
        self.words.setAccessibleName(self.tr("A word or two about how it feels (optional)"))
        self.words.setClearButtonEnabled(True)

        self.skip_button = button(
            self.tr("Skip"),
            "Quiet",
            accessible=self.tr("Skip the check-in"),
            tip=self.tr("S or Esc"),
        )
        self.continue_button = button(self.tr("Continue"), "Primary", tip=self.tr("Enter"))
        self.stirred_button = button(
            self.tr("This stirred things up"),
            "Quiet",
            tip=self.tr("Some ways to settle, and what this means"),
        )
        self.hollow_button = button(
            self.tr("It felt hollow"),
            "Quiet",
            tip=self.tr("If the kind words felt fake or awkward: a few words about that"),
        )
        self.hollow_button.clicked.connect(self._on_hollow)
        self.skip_button.clicked.connect(self.skip)
        self.continue_button.clicked.connect(self.accept)
        self.stirred_button.clicked.connect(self._on_stirred)

        column = QWidget()
        lay = QVBoxLayout(column)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        lay.addWidget(self.heading)
        lay.addWidget(self.subtle)
        lay.addSpacing(22)
        lay.addWidget(self.scale)
        lay.addLayout(ends)
        lay.addSpacing(22)
        lay.addWidget(self.words)
        self.locked_note = label(
            self.tr(
                "Your journal is locked: Kind holds these words in memory and writes them in "
                "when you unlock it. If Kind is closed before then, only the number is kept."
            ),
            "Hint",
        )
        self.locked_note.setAccessibleName(self.tr("Where these words go while locked"))
        self.locked_note.hide()
        lay.addWidget(self.locked_note)
        lay.addSpacing(26)
        row = QHBoxLayout()
        row.addWidget(self.stirred_button)
        row.addWidget(self.hollow_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addSpacing(6)
        row.addWidget(self.continue_button)
        lay.addLayout(row)
        lay.addSpacing(10)
        self.key_hint = label(
            self.tr(
                "0–10: type a number (1 then 0 for 10) or use the arrows · Enter to continue · "
                "S or Esc to skip"
            ),
            "KeyHint",
        )
        lay.addWidget(self.key_hint)

        # Scrolls when larger text makes it taller than the window, instead of squeezing it.
        _frame, outer = scrolling_page(self, (48, 40, 48, 32))
        outer.addStretch(2)
        outer.addLayout(centered(column, COLUMN_WIDTH, (0, 0, 0, 0)))
        self._column = column
        outer.addStretch(3)
        self.setTabOrder(self.scale, self.words)
        self.setTabOrder(self.words, self.continue_button)
        self.setTabOrder(self.continue_button, self.skip_button)
        self.setTabOrder(self.skip_button, self.stirred_button)
        self.setTabOrder(self.stirred_button, self.hollow_button)
        self.set_mode("before")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Larger text: the eleven steps need more room than the usual column.
            QTimer.singleShot(0, self, self._fit_column)

    def _fit_column(self) -> None:
        need = self.scale.minimumSizeHint().width()
        self._column.setMaximumWidth(max(COLUMN_WIDTH, need))

    # -- showing -------------------------------------------------------------------------------
    def set_locked(self, locked: bool) -> None:
        """Say, before anything is typed, where the words go while the journal is locked."""
        self.locked_note.setVisible(locked)

    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        """ "before" or "after"; clears what was entered and puts focus on the scale."""
        if mode not in ("before", "after"):
            raise ValueError(f"check-in mode is 'before' or 'after', not {mode!r}")
        self._mode = mode
        self._stirred = False
        self._hollow = False
        if mode == "before":
            self.heading.setText(self.tr("How heavy does it feel right now?"))
            self.subtle.setText(
                self.tr(
                    "A quick look inward, just for you. Choose a number, add a word if you like, "
                    "or skip it."
                )
            )
        else:
            self.heading.setText(self.tr("And now?"))
            self.subtle.setText(
                self.tr(
                    "How heavy does it feel after the practice? Any answer is fine, including "
                    "heavier."
                )
            )
        self.stirred_button.setVisible(mode == "after")
        self.hollow_button.setVisible(mode == "after")
        self.scale.set_value(None)
        self._last_digit = None
        self.words.clear()
        self.scale.setFocus(Qt.FocusReason.OtherFocusReason)

    def type_digit(self, digit: int) -> None:
        """A digit typed on the check-in: sets the scale (1 then 0, quickly, is 10)."""
        now = self._now()
        previous, since = (None, None)
        if self._last_digit is not None and self._last_digit[0] == self.scale.value():
            previous, since = self._last_digit[0], now - self._last_digit[1]
        value = heaviness_typed(digit, previous, since)
        self.scale.set_value(value)
        self._last_digit = (value, now)

    def was_stirred(self) -> bool:
        return self._stirred

    def felt_hollow(self) -> bool:
        """The person said the practice felt hollow (the button, or words such as "fake")."""
        from kindapp.core.care import sounds_hollow

        return self._hollow or sounds_hollow(self.words.text())

    def checkin(self) -> CheckIn | None:
        """What has been entered so far (None: nothing)."""
        return CheckIn.make(self.scale.value(), self.words.text())

    # -- actions -------------------------------------------------------------------------------
    def accept(self) -> None:
        self.done.emit(self.checkin())

    def skip(self) -> None:
        self.done.emit(None)

    def _on_hollow(self) -> None:
        self._hollow = True
        self.done.emit(self.checkin())

    def _on_stirred(self) -> None:
        self._stirred = True
        self.stirred.emit()
        self.done.emit(self.checkin())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus is self.skip_button:
                self.skip()
            elif focus is self.stirred_button:
                self._on_stirred()
            elif focus is self.hollow_button:
                self._on_hollow()
            else:
                self.accept()
        elif key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_S
            and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        ):
            self.skip()
        elif (
            len(text) == 1
            and text.isdigit()
            and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        ):
            self.type_digit(int(text))
            self.scale.setFocus(Qt.FocusReason.OtherFocusReason)
        elif (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.focusWidget() is not self.words
        ):
            self.scale.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scale.keyPressEvent(event)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
