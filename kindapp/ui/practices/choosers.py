"""Small choosers shared by the practice set-up screens: length, breathing pattern, gesture art."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRectF, QSize, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kindapp.core import breathing
from kindapp.core.practices import soothing_touch as touch
from kindapp.resources import data_dir
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.theme import svg_for_look
from kindapp.ui.common.widgets import label

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer


class LengthChooser(QWidget):
    """1, 2, 3, 5, 10 minutes, or another number of minutes."""

    changed = Signal(float)  # seconds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Length"))
        for m in touch.LENGTHS_MIN:
            text = self.tr("1 minute") if m == 1 else with_args(self.tr("%1 minutes"), str(m))
            self.combo.addItem(text, float(m * 60))
        self.combo.addItem(self.tr("Another length…"), None)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, int(touch.MAX_LENGTH_S // 60))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo, 1)
        lay.addWidget(self.minutes)
        self.combo.currentIndexChanged.connect(self._on_combo)
        self.minutes.valueChanged.connect(lambda v: self.changed.emit(float(v * 60)))

    def seconds(self) -> float:
        data = self.combo.currentData()
        return float(data) if data is not None else float(self.minutes.value() * 60)

    def set_seconds(self, seconds: float) -> None:
        self.blockSignals(True)
        index = self.combo.findData(float(seconds))
        if index < 0:
            index = self.combo.count() - 1
            self.minutes.setValue(max(1, round(seconds / 60)))
        self.combo.setCurrentIndex(index)
        self.minutes.setVisible(self.combo.currentData() is None)
        self.blockSignals(False)

    def _on_combo(self, _index: int) -> None:
        other = self.combo.currentData() is None
        self.minutes.setVisible(other)
        self.changed.emit(self.seconds())


class PatternChooser(QWidget):
    """A breathing pattern: the presets, the person's own four phases, or no pacing."""

    changed = Signal(str, dict)  # pattern id, custom durations

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Breathing pattern"))
        # Its width comes from the form, not its longest pattern (large text would widen the
        # page past the window).
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(20)
        for pid, pattern in breathing.PATTERNS.items():
            self.combo.addItem(self._describe(pattern), pid)
        self.combo.addItem(self.tr("Your own pattern"), breathing.CUSTOM)
        self.combo.addItem(practice_text(breathing.FOLLOW_OWN_NAME), breathing.FOLLOW_OWN)
        self.spins: dict[str, QDoubleSpinBox] = {}
        custom_row = QHBoxLayout()
        custom_row.setContentsMargins(0, 0, 0, 0)
        for key, name in (
            ("inhale_s", self.tr("In")),
            ("hold_in_s", self.tr("Hold")),
            ("exhale_s", self.tr("Out")),
            ("hold_out_s", self.tr("Hold")),
        ):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, breathing.MAX_PHASE_S)
            spin.setSingleStep(breathing.STEP_S)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" s"))
            spin.setAccessibleName(with_args(self.tr("%1 seconds"), name))
            spin.valueChanged.connect(self._emit)
            self.spins[key] = spin
            custom_row.addWidget(label(name, "Hint", wrap=False))
            custom_row.addWidget(spin)
        custom_row.addStretch(1)
        self.custom_box = QWidget()
        self.custom_box.setLayout(custom_row)
        self.note = label("", "Hint")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.combo)
        lay.addWidget(self.custom_box)
        lay.addWidget(self.note)
        self.combo.currentIndexChanged.connect(self._emit)
        self._refresh()

    def _describe(self, p: breathing.BreathPattern) -> str:
        parts = [with_args(self.tr("in %1"), f"{p.inhale_s:g}")]
        if p.hold_in_s:
            parts.append(with_args(self.tr("hold %1"), f"{p.hold_in_s:g}"))
        parts.append(with_args(self.tr("out %1"), f"{p.exhale_s:g}"))
        if p.hold_out_s:
            parts.append(with_args(self.tr("hold %1"), f"{p.hold_out_s:g}"))
        return f"{practice_text(p.name)} ({' · '.join(parts)})"

    def pattern_id(self) -> str:
        return str(self.combo.currentData())

    def custom(self) -> dict[str, float]:
        return {k: round(s.value() * 2) / 2 for k, s in self.spins.items()}

    def pattern(self) -> breathing.BreathPattern | None:
        """The chosen pattern (None: follow your own breath). ValueError for a bad custom one."""
        return breathing.pattern_for(self.pattern_id(), self.custom())

    def set_choice(self, pattern_id: str, custom: dict[str, Any]) -> None:
        self.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(pattern_id)))
        for k, spin in self.spins.items():
            spin.setValue(float(custom.get(k, 0.0)))
        self.blockSignals(False)
        self._refresh()

    def _emit(self) -> None:
        self._refresh()
        self.changed.emit(self.pattern_id(), self.custom())

    def _refresh(self) -> None:
        self.custom_box.setVisible(self.pattern_id() == breathing.CUSTOM)
        try:
            pattern = self.pattern()
        except ValueError:
            self.note.setText(self.tr("At least one part of the pattern needs some time."))
            return
        if pattern is None:
            self.note.setText(self.tr("No pacing: only the phrase, and a bell at the end."))
        elif pattern.has_holds:
            self.note.setText(
                self.tr(
                    "Holds are optional. If you feel light-headed, stop holding and breathe "
                    "normally."
                )
            )
        elif self.pattern_id() == breathing.CUSTOM:
            self.note.setText(
                with_args(
                    self.tr("About %1 breaths a minute."), f"{pattern.breaths_per_minute:.1f}"
                )
            )
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))


class GestureArt(QWidget):
    """A gesture's calm illustration, drawn from its SVG at any size."""

    def __init__(self, gesture_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Made with the first gesture: QtSvg (and its library) stays unloaded for a practice
        # that shows no art (the break's screen holds one of these, hidden).
        self._renderer: QSvgRenderer | None = None
        self._id = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if gesture_id:
            self.set_gesture(gesture_id)

    def set_gesture(self, gesture_id: str) -> None:
        if gesture_id == self._id:
            return
        self._id = gesture_id
        self._load()
        self.setAccessibleName(practice_text(touch.gesture(gesture_id).name))
        self.update()

    def _load(self) -> None:
        from PySide6.QtSvg import QSvgRenderer

        if self._renderer is None:
            self._renderer = QSvgRenderer(self)
        path = data_dir("assets") / "gestures" / f"{self._id}.svg"
        self._renderer.load(svg_for_look(path.read_bytes(), self.palette()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._id:
            self._load()  # another look: the art follows it
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(160, 160)

    def paintEvent(self, event: object) -> None:
        if self._renderer is None or not self._renderer.isValid():
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        self._renderer.render(p, rect)
        p.end()
