"""Set-up screens for Soothing touch and Breathe: choose, then begin. Last choices are kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from kindapp.core.practices import soothing_touch as touch
from kindapp.core.settings import MAX_WORDS_LEN, Settings
from kindapp.resources import data_dir
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import scrolling_page
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.theme import svg_for_look
from kindapp.ui.common.widgets import WrapCheckBox, button, label
from kindapp.ui.practices.choosers import LengthChooser, PatternChooser


class _SetupScreen(QWidget):
    begin = Signal()
    back = Signal()

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self._frame, self.outer = scrolling_page(self, (48, 32, 48, 12))
        self.outer.setSpacing(6)
        self.outer.addWidget(label(title, "Heading"))
        self.outer.addWidget(label(intro, "Subtle"))
        self.outer.addSpacing(12)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(24)
        self.form.setVerticalSpacing(12)
        # At large text a choice goes under its name rather than widening the page.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Not self.tr(): at run time that would look these up under the subclass's name, while
        # lupdate files them under this class.
        self.begin_button = button(QCoreApplication.translate("_SetupScreen", "Begin"), "Primary")
        self.back_button = button(QCoreApplication.translate("_SetupScreen", "Back"), "Quiet")
        self.begin_button.clicked.connect(self.begin)
        self.back_button.clicked.connect(self.back)
        shortcut(self, Qt.Key.Key_Escape, self.back)

    def _finish_layout(self) -> None:
        self.outer.addLayout(self.form)
        self.outer.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(48, 8, 48, 24)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.begin_button)
        self._frame.addLayout(row)


ICON_PX = 72


class TouchSetupScreen(_SetupScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Soothing touch"),
            self.tr(
                "Warm, gentle touch can calm the body, even when it comes from your own "
                "hands. Choose the gesture that feels most soothing today."
            ),
            parent,
        )
        self.gestures = QButtonGroup(self)
        self.gestures.setExclusive(True)
        self.gesture_buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        self._grid = grid
        self._columns = 4
        for g in touch.GESTURES:
            b = QToolButton()
            b.setObjectName("Gesture")
            b.setCheckable(True)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            b.setIconSize(QSize(ICON_PX, ICON_PX))
            b.setText(practice_text(g.name))
            b.setAccessibleName(practice_text(g.name))
            b.setAccessibleDescription(practice_text(g.how))
            b.setToolTip(practice_text(g.how))
            self.gestures.addButton(b)
            self.gesture_buttons[g.id] = b
        self._paint_icons()
        self._icons_stale = False
        self._restyled = QTimer(self)
        self._restyled.setSingleShot(True)
        self._restyled.setInterval(0)
        self._restyled.timeout.connect(self._after_restyle)
        self.outer.addLayout(grid)
        self._place_gestures(4)
        self.outer.addSpacing(10)

        self.length = LengthChooser()
        self.phrase = QComboBox()
        self.phrase.setEditable(True)
        self.phrase.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the form allows, not as its longest phrase: the line scrolls, the list
        # shows each phrase whole.
        self.phrase.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.phrase.setMinimumContentsLength(12)
        self.phrase.setAccessibleName(self.tr("Kind phrase (choose one or write your own)"))
        for p in touch.KIND_PHRASES:
            self.phrase.addItem(practice_text(p), p)
        line = self.phrase.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_WORDS_LEN)
        self.pattern = PatternChooser()
        self.form.addRow(label(self.tr("Length"), wrap=False), self.length)
        self.form.addRow(label(self.tr("Phrase"), wrap=False), self.phrase)
        self.form.addRow(label(self.tr("Breathing"), wrap=False), self.pattern)
        self._finish_layout()

    def _place_gestures(self, columns: int) -> None:
        self._columns = columns
        for b in self.gesture_buttons.values():
            self._grid.removeWidget(b)
        for i, b in enumerate(self.gesture_buttons.values()):
            self._grid.addWidget(b, i // columns, i % columns)

    def _paint_icons(self) -> None:
        """The gesture pictures in the current look, drawn crisp at twice their size."""
        from PySide6.QtSvg import QSvgRenderer  # here: only this screen and the art need it

        folder = data_dir("assets") / "gestures"
        for gid, b in self.gesture_buttons.items():
            renderer = QSvgRenderer(
                svg_for_look((folder / f"{gid}.svg").read_bytes(), self.palette())
            )
            pixmap = QPixmap(ICON_PX * 2, ICON_PX * 2)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter, QRectF(0, 0, ICON_PX * 2, ICON_PX * 2))
            painter.end()
            b.setIcon(QIcon(pixmap))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.PaletteChange:
            self._icons_stale = True
        if kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            # Another look or text size (the names grow without the screen being resized):
            # redraw and re-count once it has settled, never inside Qt's restyling.
            timer = getattr(self, "_restyled", None)
            if timer is not None:
                timer.start()

    def _after_restyle(self) -> None:
        if self._icons_stale:
            self._icons_stale = False
            self._paint_icons()
        self._reflow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As many gestures in a row as fit (fewer with larger text), never clipped."""
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        if not getattr(self, "gesture_buttons", None):
            return
        widest = max(b.sizeHint().width() for b in self.gesture_buttons.values())
        room = self.width() - 96 - 20
        columns = max(1, min(4, (room + 8) // (widest + 8)))
        if columns != self._columns:
            self._place_gestures(columns)

    def gesture_id(self) -> str:
        for gid, b in self.gesture_buttons.items():
            if b.isChecked():
                return gid
        return touch.GESTURE_IDS[0]

    def phrase_text(self) -> str:
        text = self.phrase.currentText().strip()
        index = self.phrase.findText(text)
        if index >= 0:  # a suggestion: keep its source text, so it can be translated later
            return str(self.phrase.itemData(index))
        return text

    def show_choices(self, s: Settings) -> None:
        self.gesture_buttons.get(
            s.touch_gesture, self.gesture_buttons[touch.GESTURE_IDS[0]]
        ).setChecked(True)
        self.length.set_seconds(s.touch_length_s)
        while self.phrase.count() > len(touch.KIND_PHRASES):
            self.phrase.removeItem(self.phrase.count() - 1)
        for own in s.touch_own_phrases:
            self.phrase.addItem(own, own)
        index = self.phrase.findData(s.touch_phrase)
        if index >= 0:
            self.phrase.setCurrentIndex(index)
        else:
            self.phrase.setEditText(s.touch_phrase)
        self.pattern.set_choice(s.touch_pattern, s.custom_pattern)
        self.gesture_buttons[self.gesture_id()].setFocus(Qt.FocusReason.OtherFocusReason)


class BreatheSetupScreen(_SetupScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Breathe"),
            self.tr(
                "Slow breathing, with a calm circle to follow. A longer out-breath tends "
                "to settle the body."
            ),
            parent,
        )
        self.pattern = PatternChooser()
        self.length = LengthChooser()
        self.sounds = WrapCheckBox(self.tr("Soft in- and out-breath sounds"))
        self.sounds.setAccessibleName(self.tr("Soft in- and out-breath sounds"))
        self.form.addRow(label(self.tr("Pattern"), wrap=False), self.pattern)
        self.form.addRow(label(self.tr("Length"), wrap=False), self.length)
        self.form.addRow("", self.sounds)
        self._finish_layout()

    def show_choices(self, s: Settings) -> None:
        self.pattern.set_choice(s.breathe_pattern, s.custom_pattern)
        self.length.set_seconds(s.breathe_length_s)
        self.sounds.setChecked(s.breath_sounds)
        self.begin_button.setFocus(Qt.FocusReason.OtherFocusReason)
