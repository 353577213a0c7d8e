"""Settings, applied at once and kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.settings import Settings
from kindapp.ui.widgets import button, label


class SettingsScreen(QWidget):
    volumeChanged = Signal(float)
    mutedChanged = Signal(bool)
    breakModeChanged = Signal(str)
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Sound volume"))
        self.volume_value = label("", "Subtle", wrap=False)
        metrics = self.volume_value.fontMetrics()
        self.volume_value.setMinimumWidth(metrics.horizontalAdvance("100 %"))
        self.mute = QCheckBox(self.tr("Mute all sounds"))
        self.mute.setAccessibleName(self.tr("Mute all sounds"))
        self.quick = QRadioButton(self.tr("Quick, about one minute"))
        self.guided = QRadioButton(self.tr("Guided, about five minutes"))
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.quick)
        self._modes.addButton(self.guided)

        self.volume.valueChanged.connect(self._on_volume)
        self.mute.toggled.connect(self.mutedChanged)
        self.quick.toggled.connect(lambda on: on and self.breakModeChanged.emit("quick"))
        self.guided.toggled.connect(lambda on: on and self.breakModeChanged.emit("guided"))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(48, 40, 48, 32)
        lay.addWidget(label(self.tr("Settings"), "Heading"))
        lay.addWidget(label(self.tr("Changes apply at once and are kept on this computer."),
                            "Subtle"))
        lay.addSpacing(16)
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(14)
        vol_row = QHBoxLayout()
        vol_row.addWidget(self.volume, 1)
        vol_row.addWidget(self.volume_value)
        form.addRow(label(self.tr("Volume"), wrap=False), vol_row)
        form.addRow("", self.mute)
        modes = QVBoxLayout()
        modes.addWidget(self.quick)
        modes.addWidget(self.guided)
        form.addRow(label(self.tr("Tray break"), wrap=False), modes)
        lay.addLayout(form)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.done_button = button(self.tr("Done"), "Primary")
        self.done_button.clicked.connect(self.done)
        row.addStretch(1)
        row.addWidget(self.done_button)
        lay.addLayout(row)
        sc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(self.done)

    def show_settings(self, settings: Settings) -> None:
        for w in (self.volume, self.mute, self.quick, self.guided):
            w.blockSignals(True)
        self.volume.setValue(round(settings.volume * 100))
        self.volume_value.setText(f"{round(settings.volume * 100)} %")
        self.mute.setChecked(settings.muted)
        (self.guided if settings.break_mode == "guided" else self.quick).setChecked(True)
        for w in (self.volume, self.mute, self.quick, self.guided):
            w.blockSignals(False)

    def _on_volume(self, value: int) -> None:
        self.volume_value.setText(f"{value} %")
        self.volumeChanged.emit(value / 100.0)
