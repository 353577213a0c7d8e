"""Small building blocks shared by the screens (page layouts are in pages.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

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
    """A calm rounded panel with a title, a line of text and an action (and any more: the
    phrases' card has Find, Begin and Short)."""

    def __init__(
        self,
        title: str,
        text: str,
        action: QPushButton,
        *more: QPushButton,
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
        for other in more:
            row.addWidget(other)
        lay.addLayout(row)
        self.action = action


READING_CHARS = 50
"""How many characters (on average) a wrapping check box or radio button asks for per line."""


class _WrapsText:
    """A check box's or radio button's words wrap onto more lines when the row is narrow
    (large text, long German phrases) instead of making the whole page wider. The button keeps
    its text (and so its accessible name); only the drawing and the sizes change."""

    _even = False
    """Ask for the whole measure even for short words, so a column of them lines up."""
    _control: QStyle.ControlElement
    _indicator: QStyle.PixelMetric
    _gap: QStyle.PixelMetric

    def _text_x(self: Any) -> int:
        style = self.style()
        return int(style.pixelMetric(self._indicator, None, self)) + int(
            style.pixelMetric(self._gap, None, self)
        )

    def _line(self: Any) -> int:
        return int(self._one_line_hint().height())

    def _text_height(self: Any, width: int) -> int:
        room = max(1, width - self._text_x())
        flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextShowMnemonic)
        return int(
            self.fontMetrics().boundingRect(QRect(0, 0, room, 0), flags, self.text()).height()
        )

    def _height_for(self: Any, width: int) -> int:
        line: int = self._line()
        extra = line - int(self.fontMetrics().height())
        return max(line, int(self._text_height(width)) + max(0, extra))

    def _min_hint(self: Any) -> QSize:
        words = self.text().split() or [""]
        widest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        return QSize(self._text_x() + widest + 2, self._line())

    def _hint(self: Any, one_line: QSize) -> QSize:
        # Like a wrapping QLabel: a long text asks for a readable measure, not one long line.
        measure = self._text_x() + READING_CHARS * int(self.fontMetrics().averageCharWidth())
        width = measure if self._even else min(int(one_line.width()), measure)
        return QSize(width, self._height_for(width))

    # The widget's own virtuals, the same for a check box and a radio button (each gives
    # `_one_line_hint`, its Qt class's one-line size).
    def hasHeightForWidth(self: Any) -> bool:
        return True

    def heightForWidth(self: Any, width: int) -> int:
        return int(self._height_for(width))

    def sizeHint(self: Any) -> QSize:
        return QSize(self._hint(self._one_line_hint()))

    def minimumSizeHint(self: Any) -> QSize:
        return QSize(self._min_hint())

    def hitButton(self: Any, pos: QPoint) -> bool:
        return bool(self.rect().contains(pos))

    def paintEvent(self: Any, event: QPaintEvent) -> None:
        self._paint()

    def _paint(self: Any) -> None:
        painter = QStylePainter(self)
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        text = opt.text
        opt.text = ""
        opt.rect = QRect(0, 0, self._text_x(), self._line())
        painter.drawControl(self._control, opt)
        top = max(0, (self._line() - self.fontMetrics().height()) // 2)
        area = self.rect().adjusted(self._text_x(), top, 0, 0)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
            Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
        )
        self.style().drawItemText(
            painter, area, flags, opt.palette, self.isEnabled(), text, QPalette.ColorRole.WindowText
        )


def _wrapping_policy(widget: QWidget) -> None:
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # may shrink: its words wrap
    policy.setHeightForWidth(True)
    widget.setSizePolicy(policy)


class WrapCheckBox(_WrapsText, QCheckBox):
    _control = QStyle.ControlElement.CE_CheckBox
    _indicator = QStyle.PixelMetric.PM_IndicatorWidth
    _gap = QStyle.PixelMetric.PM_CheckBoxLabelSpacing

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrapping_policy(self)

    def _one_line_hint(self) -> QSize:
        return QCheckBox.sizeHint(self)


class WrapRadioButton(_WrapsText, QRadioButton):
    _control = QStyle.ControlElement.CE_RadioButton
    _indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _gap = QStyle.PixelMetric.PM_RadioButtonLabelSpacing

    def __init__(self, text: str = "", parent: QWidget | None = None, *, even: bool = False):
        super().__init__(text, parent)
        self._even = even
        _wrapping_policy(self)

    def _one_line_hint(self) -> QSize:
        return QRadioButton.sizeHint(self)
