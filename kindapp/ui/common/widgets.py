"""Small building blocks shared by the screens (page layouts are in pages.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kindapp.ui.common.flow import FlowLayout


def label(text: str, name: str = "", *, wrap: bool = True, center: bool = False) -> QLabel:
    w = QLabel(text)
    if name:
        w.setObjectName(name)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return w


class KindButton(QPushButton):
    """A push button that answers Enter as well as Space when it has the focus (outside a
    dialog Qt's buttons ignore Enter: "Done" would not answer the key a person presses)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and self.isEnabled()
        ):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


def button(text: str, name: str = "", *, accessible: str = "", tip: str = "") -> QPushButton:
    b = KindButton(text)
    if name:
        b.setObjectName(name)
    shown = text.replace("&", "")
    # The name is what the button shows (WCAG 2.5.3: a person using voice control says what
    # they see); a longer explanation is the description screen readers read after it.
    # Without a name set, Qt names the button by its text, and follows a later setText.
    if accessible and accessible.lower().startswith(shown.lower()):
        b.setAccessibleName(accessible)
    elif accessible:
        b.setAccessibleDescription(accessible)
    if tip:
        b.setToolTip(tip)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class Card(QFrame):
    """A calm rounded panel with a title, a line of text and an action."""

    def __init__(
        self,
        title: str,
        text: str,
        action: QPushButton,
        second: QPushButton | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(6)
        lay.addWidget(label(title, "CardTitle"))
        lay.addWidget(label(text, "CardText"))
        lay.addStretch(1)
        lay.addSpacing(6)
        row = FlowLayout(spacing=8)  # the buttons wrap under each other at large text
        row.addWidget(action)
        if second is not None:
            row.addWidget(second)
        lay.addLayout(row)
        self.action = action
