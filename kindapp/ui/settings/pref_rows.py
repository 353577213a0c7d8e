"""Preference groups, as GNOME's settings lay them out (libadwaita's AdwPreferencesGroup): a
group title, then a rounded card of rows; each row a label, a quieter subtitle, and one control.

A row puts its control beside its words while there is room, and below them when there is not
(large text, a narrow window), so nothing is clipped and nothing slides under the scroll bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.widgets import label

ROW_MARGINS = (16, 12, 16, 12)
GAP = 24  # between a row's words and its control
MIN_WORDS = 180  # the narrowest the words may become before the control moves below them


class PrefRow(QWidget):
    """One row: a title, an optional subtitle, and a control (a widget or a layout).

    `below=True` always puts the control under the words (a group of buttons, a list)."""

    def __init__(
        self,
        title: str,
        subtitle: str = "",
        control: QWidget | QLayout | None = None,
        *,
        below: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Row")
        self._below = below
        self.title = label(title, "RowTitle")
        self.subtitle = label(subtitle, "RowSubtitle")
        self.subtitle.setVisible(bool(subtitle))
        words = QVBoxLayout()
        words.setContentsMargins(0, 0, 0, 0)
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.subtitle)
        self._words = QWidget()
        self._words.setLayout(words)
        self._words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._control = QWidget()
        self._control.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        hold = QVBoxLayout(self._control)
        hold.setContentsMargins(0, 0, 0, 0)
        if isinstance(control, QComboBox):
            # A long entry is shortened in the box rather than widening the page.
            control.setMinimumWidth(min(control.minimumSizeHint().width(), 160))
        if isinstance(control, QWidget):
            hold.addWidget(control)
            if not isinstance(control, QLabel):
                self.title.setBuddy(control)
                # The name a screen reader speaks starts with the row's words (WCAG 2.5.3).
                if not control.accessibleName().lower().startswith(title.lower()):
                    control.setAccessibleName(title)
        elif isinstance(control, QLayout):
            hold.addLayout(control)
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(*ROW_MARGINS)
        self._box.setSpacing(GAP)
        self._box.addWidget(self._words, 1)
        self._box.addWidget(self._control, 0, Qt.AlignmentFlag.AlignVCenter)
        if control is None:
            self._control.hide()
        self._stacked = False
        self._arranged = False
        self._arrange(self.width())

    def minimumSizeHint(self) -> QSize:
        # As narrow as the words above the control: the row stacks rather than widen the page.
        m = self._box.contentsMargins()
        wide = max(self._words.minimumSizeHint().width(), self._control.minimumSizeHint().width())
        return QSize(wide + m.left() + m.right(), super().minimumSizeHint().height())

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))

    def _arrange(self, width: int) -> None:
        need = self._control.sizeHint().width() + GAP + MIN_WORDS + 32
        stack = self._below or width < need
        if stack == self._stacked and self._arranged:
            return
        self._arranged = True
        self._stacked = stack
        if stack:
            self._box.setDirection(QBoxLayout.Direction.TopToBottom)
            self._box.setSpacing(8)
            self._box.setAlignment(self._control, Qt.AlignmentFlag.AlignLeft)
            self._control.setSizePolicy(
                QSizePolicy.Policy.Preferred if self._below else QSizePolicy.Policy.Maximum,
                QSizePolicy.Policy.Preferred,
            )
        else:
            self._box.setDirection(QBoxLayout.Direction.LeftToRight)
            self._box.setSpacing(GAP)
            self._box.setAlignment(self._control, Qt.AlignmentFlag.AlignVCenter)
            self._control.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)


class _BoxWords(QLabel):
    """A check box's words as a wrapping label: a click on them is a click on the box."""

    def __init__(self, box: QAbstractButton) -> None:
        super().__init__(box.text())
        self._box = box
        self.setObjectName("RowTitle")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self._box.click()
        super().mouseReleaseEvent(event)


class _Wrapped(QWidget):
    """The box and its words; the words dim when the box is disabled."""

    def __init__(self, box: QAbstractButton) -> None:
        super().__init__()
        self.words = _BoxWords(box)
        if not box.accessibleName():
            box.setAccessibleName(box.text())
        box.setText("")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.words, 1)
        self._box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._box and event.type() == QEvent.Type.EnabledChange:
            self.words.setEnabled(self._box.isEnabled())
        return super().eventFilter(watched, event)


def wrapping(box: QAbstractButton) -> QWidget:
    """A check box (or radio button) whose words wrap at large text instead of widening the
    page: the box, and its words as a label beside it. Its accessible name stays its words."""
    return _Wrapped(box)


class CheckRow(QWidget):
    """A row whose control is a check box carrying the row's words (wrapping at large text),
    with an optional subtitle under them."""

    def __init__(
        self, box: QAbstractButton, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Row")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(*ROW_MARGINS)
        lay.setSpacing(2)
        lay.addWidget(wrapping(box))
        self.subtitle = label(subtitle, "RowSubtitle")
        self.subtitle.setContentsMargins(30, 0, 0, 0)  # under the words, past the box
        self.subtitle.setVisible(bool(subtitle))
        lay.addWidget(self.subtitle)


class PrefGroup(QWidget):
    """A titled group of rows on a card, a thin line between rows."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.title = label(title, "GroupTitle")
        outer.addWidget(self.title)
        if subtitle:
            outer.addWidget(label(subtitle, "GroupSubtitle"))
        self.card = QFrame()
        self.card.setObjectName("Group")
        self._rows = QVBoxLayout(self.card)
        self._rows.setContentsMargins(0, 2, 0, 2)
        self._rows.setSpacing(0)
        outer.addWidget(self.card)
        self._count = 0

    def add(self, row: QWidget) -> QWidget:
        if self._count:
            line = QFrame()
            line.setObjectName("RowLine")
            line.setFrameShape(QFrame.Shape.NoFrame)
            self._rows.addWidget(line)
        self._rows.addWidget(row)
        self._count += 1
        return row


class ButtonGrid(QWidget):
    """Buttons in as many equal columns as fit (four at most): they wrap onto more rows as
    the text grows, instead of pushing the page wider."""

    def __init__(self, buttons: list[QWidget], most: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self._buttons = buttons
        self._most = most
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(6)
        self._columns = 0
        self._place(most)

    def _widest(self) -> int:
        return max(b.sizeHint().width() for b in self._buttons)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for b in self._buttons:
            self._grid.removeWidget(b)
        for i, b in enumerate(self._buttons):
            self._grid.addWidget(b, i // columns, i % columns)
        for c in range(self._most):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)

    def sizeHint(self) -> QSize:
        # As wide as all columns would be: a row gives it that much room when it can.
        w = self._widest()
        return QSize(self._most * w + (self._most - 1) * 6, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # As narrow as one column; the height is what the columns placed now need.
        return QSize(self._widest(), self._grid.minimumSize().height())

    def _fit(self, width: int) -> int:
        return max(1, min(self._most, (width + 6) // (self._widest() + 6)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        columns = self._fit(event.size().width())
        if columns != self._columns:
            self._place(columns)
            self.updateGeometry()  # more rows: the page makes room for them
        super().resizeEvent(event)
