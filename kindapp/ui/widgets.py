"""Small building blocks shared by the screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


def label(text: str, name: str = "", *, wrap: bool = True, center: bool = False) -> QLabel:
    w = QLabel(text)
    if name:
        w.setObjectName(name)
    w.setWordWrap(wrap)
    w.setTextFormat(Qt.TextFormat.PlainText)
    if center:
        w.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return w


def button(text: str, name: str = "", *, accessible: str = "", tip: str = "") -> QPushButton:
    b = QPushButton(text)
    if name:
        b.setObjectName(name)
    b.setAccessibleName(accessible or text.replace("&", ""))
    if tip:
        b.setToolTip(tip)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    return b


class Card(QFrame):
    """A calm rounded panel with a title, a line of text and an action."""

    def __init__(self, title: str, text: str, action: QPushButton,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 18, 22, 18)
        lay.setSpacing(8)
        lay.addWidget(label(title, "CardTitle"))
        lay.addWidget(label(text, "CardText"))
        lay.addStretch(1)
        lay.addSpacing(6)
        lay.addWidget(action, 0, Qt.AlignmentFlag.AlignLeft)
        self.action = action


def screen_widget() -> QWidget:
    w = QWidget()
    w.setObjectName("Screen")
    return w
