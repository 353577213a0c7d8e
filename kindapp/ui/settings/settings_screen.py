"""Settings, applied at once and kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QSlider,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from kindapp.core import journal_invitation, past_self
from kindapp.core.reminders import ReminderPlan
from kindapp.core.settings import TEXT_SCALES, Settings
from kindapp.ui.common.keys import shortcut
from kindapp.ui.common.pages import scrolling_page
from kindapp.ui.common.text import practice_text, with_args
from kindapp.ui.common.widgets import button, label

GROUP_GAP = 22  # between preference groups

# The cues a person can listen to, in the order a practice uses them.
PREVIEW_CUES = (
    "soft_bell",
    "breath_chime",
    "step_1",
    "step_2",
    "step_3",
    "closing_bell",
    "inhale",
    "exhale",
)


class SettingsScreen(QWidget):
    volumeChanged = Signal(float)
    mutedChanged = Signal(bool)
    themeChanged = Signal(str)
    deviceChanged = Signal(str)  # "" = system default
    previewRequested = Signal(str)  # cue name
    devicesWanted = Signal()
    breakModeChanged = Signal(str)
    reducedMotionChanged = Signal(bool)
    pastSelfChanged = Signal(bool)  # a kind word from your past self offered, or not
    journalInvitationChanged = Signal(str)  # "HH:MM", or "" (off)
    lookChanged = Signal(str)
    languageChanged = Signal(str)
    remindersChanged = Signal(dict)
    importRequested = Signal()
    exportRequested = Signal()
    autostartChanged = Signal(bool)
    textScaleChanged = Signal(float)
    launcherWanted = Signal(bool)  # add Kind to the app launcher (True) or take it away
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setAccessibleName(self.tr("Volume"))
        self.volume_value = label("", "Subtle", wrap=False)
        metrics = self.volume_value.fontMetrics()
        self.volume_value.setMinimumWidth(metrics.horizontalAdvance("100 %"))
        self.volume_test = button(
            self.tr("Try it"), accessible=self.tr("Play a chime at this volume")
        )
        self.mute = QCheckBox(self.tr("Mute all sounds"))
        self.mute.setAccessibleName(self.tr("Mute all sounds"))

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Sound theme"))
        for key, text in (
            ("bowl", self.tr("Singing bowls: low, warm and slow")),
            ("chimes", self.tr("Soft chimes: lighter and brighter")),
            ("silent", self.tr("Silent: words on the screen only")),
        ):
            self.theme.addItem(text, key)
        self.device = QComboBox()
        self.device.setObjectName("Device")
        self.device.setAccessibleName(self.tr("Sound output device"))
        self.device.addItem(self.tr("System default"), "")
        self._saved_device = ""

        names = {
            "soft_bell": self.tr("Opening bell"),
            "breath_chime": self.tr("Settling chime"),
            "step_1": self.tr("First step"),
            "step_2": self.tr("Second step"),
            "step_3": self.tr("Third step"),
            "closing_bell": self.tr("Closing bowl"),
            "inhale": self.tr("In-breath"),
            "exhale": self.tr("Out-breath"),
        }
        self.preview_buttons: dict[str, object] = {}
        shown: list[QWidget] = []
        for cue in PREVIEW_CUES:
            b = button(
                names[cue], accessible=with_args(self.tr("Listen to the %1"), names[cue].lower())
            )
            b.clicked.connect(lambda _c=False, c=cue: self.previewRequested.emit(c))
            self.preview_buttons[cue] = b
            shown.append(b)
        from kindapp.ui.settings.pref_rows import ButtonGrid

        previews = ButtonGrid(shown)

        self.reduced_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduced_motion.toggled.connect(self.reducedMotionChanged)
        self.past_self = QCheckBox(practice_text(past_self.SETTING))
        self.past_self.setAccessibleName(practice_text(past_self.SETTING))
        self.past_self.toggled.connect(self.pastSelfChanged)
        self.look = QComboBox()
        self.look.setAccessibleName(self.tr("Look"))
        for key, text in (
            ("system", self.tr("Follow the system (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.look.addItem(text, key)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            self.language.addItem(text, key)
        self.language.currentIndexChanged.connect(
            lambda _i: self.languageChanged.emit(self.language.currentData())
        )
        self.text_scale = QComboBox()
        self.text_scale.setAccessibleName(self.tr("Text size"))
        for scale in TEXT_SCALES:
            self.text_scale.addItem(f"{round(scale * 100)} %", scale)
        self.look.currentIndexChanged.connect(
            lambda _i: self.lookChanged.emit(self.look.currentData())
        )
        self.text_scale.currentIndexChanged.connect(
            lambda _i: self.textScaleChanged.emit(float(self.text_scale.currentData()))
        )
        self.quick = QRadioButton(self.tr("Quick, about one minute"))
        self.guided = QRadioButton(self.tr("Guided, about five minutes"))
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.quick)
        self._modes.addButton(self.guided)

        self.volume.valueChanged.connect(self._on_volume)
        self.volume.sliderReleased.connect(lambda: self.previewRequested.emit("step_1"))
        self.volume_test.clicked.connect(lambda: self.previewRequested.emit("step_1"))
        self.mute.toggled.connect(self.mutedChanged)
        self.theme.currentIndexChanged.connect(
            lambda _i: self.themeChanged.emit(self.theme.currentData())
        )
        self.device.currentIndexChanged.connect(
            lambda _i: self.deviceChanged.emit(self.device.currentData() or "")
        )
        self.quick.toggled.connect(lambda on: self._break_mode(on, "quick"))
        self.guided.toggled.connect(lambda on: self._break_mode(on, "guided"))

        from kindapp.ui.settings.backups_panel import BackupsPanel
        from kindapp.ui.settings.pref_rows import CheckRow, PrefGroup, PrefRow
        from kindapp.ui.settings.privacy_settings import PrivacySettings
        from kindapp.ui.settings.reminder_settings import ReminderSettings

        outer, lay = scrolling_page(self, (48, 36, 48, 12))
        lay.setSpacing(0)
        lay.addWidget(label(self.tr("Settings"), "Heading"))
        lay.addWidget(
            label(self.tr("Changes apply at once and are kept on this computer."), "Subtle")
        )
        lay.addSpacing(GROUP_GAP)

        sound = PrefGroup(self.tr("Sound"))
        vol_row = QHBoxLayout()
        vol_row.setSpacing(10)
        self.volume.setMinimumWidth(140)
        vol_row.addWidget(self.volume, 1)
        vol_row.addWidget(self.volume_value)
        vol_row.addWidget(self.volume_test)
        volume_row = PrefRow(self.tr("Volume"), "", vol_row)
        volume_row.title.setBuddy(self.volume)
        sound.add(volume_row)
        sound.add(CheckRow(self.mute))
        sound.add(PrefRow(self.tr("Sounds"), "", self.theme))
        sound.add(PrefRow(self.tr("Play through"), "", self.device))
        sound.add(
            PrefRow(
                self.tr("Listen"),
                self.tr("Hear each of the practice's sounds."),
                previews,
                below=True,
            )
        )
        lay.addWidget(sound)
        lay.addSpacing(GROUP_GAP)

        practice = PrefGroup(self.tr("Practice"))
        modes = QVBoxLayout()
        modes.setSpacing(6)
        modes.addWidget(self.quick)
        modes.addWidget(self.guided)
        practice.add(
            PrefRow(
                self.tr("Tray break"),
                self.tr("What Quick break in the tray begins."),
                modes,
                below=True,
            )
        )
        practice.add(
            CheckRow(
                self.reduced_motion,
                self.tr("A still shape with words instead of the moving circle."),
            )
        )
        practice.add(CheckRow(self.past_self, practice_text(past_self.SETTING_HINT)))
        lay.addWidget(practice)
        lay.addSpacing(GROUP_GAP)

        looks = PrefGroup(self.tr("Appearance"))
        looks.add(PrefRow(self.tr("Look"), "", self.look))
        looks.add(PrefRow(self.tr("Text size"), "", self.text_scale))
        looks.add(
            PrefRow(
                self.tr("Language"),
                self.tr("A new language takes effect the next time Kind starts."),
                self.language,
            )
        )
        lay.addWidget(looks)
        lay.addSpacing(GROUP_GAP)

        self.reminders = ReminderSettings()
        self.reminders.planChanged.connect(self.remindersChanged)
        self.reminders.autostartChanged.connect(self.autostartChanged)
        lay.addWidget(self.reminders)
        lay.addSpacing(GROUP_GAP)

        journal = PrefGroup(self.tr("Your journal"))
        self.journal_evening = QCheckBox(practice_text(journal_invitation.SETTING))
        self.journal_evening.setAccessibleName(practice_text(journal_invitation.SETTING))
        self.journal_evening_at = QTimeEdit()
        self.journal_evening_at.setDisplayFormat("HH:mm")
        self.journal_evening_at.setTime(QTime(21, 0))
        self.journal_evening_at.setEnabled(False)
        self.journal_evening.toggled.connect(self.journal_evening_at.setEnabled)
        self.journal_evening.toggled.connect(lambda _on: self._journal_invitation())
        self.journal_evening_at.timeChanged.connect(lambda _t: self._journal_invitation())
        journal.add(CheckRow(self.journal_evening, practice_text(journal_invitation.SETTING_HINT)))
        at_row = PrefRow(self.tr("Evening time"), "", self.journal_evening_at)
        journal.add(at_row)
        data_row = QHBoxLayout()
        data_row.setSpacing(12)
        self.export_button = button(
            self.tr("Export…"), accessible=self.tr("Export your journal to a file")
        )
        self.import_button = button(
            self.tr("Import…"), accessible=self.tr("Import a Kind export file")
        )
        self.export_button.clicked.connect(self.exportRequested)
        self.import_button.clicked.connect(self.importRequested)
        data_row.addWidget(self.export_button)
        data_row.addWidget(self.import_button)
        data_row.addStretch(1)
        journal.add(
            PrefRow(
                self.tr("Export or import"),
                self.tr(
                    "It stays on this computer. An export is a plain JSON file "
                    "you can keep or move; importing never duplicates."
                ),
                data_row,
                below=True,
            )
        )
        self._launcher_state = "none"
        self.launcher_button = button(self.tr("Add Kind to my app launcher"))
        self.launcher_button.clicked.connect(
            lambda: self.launcherWanted.emit(self._launcher_state == "none")
        )
        launcher_line = QHBoxLayout()  # a layout: the row's title names no control of its own
        launcher_line.addWidget(self.launcher_button)
        launcher_line.addStretch(1)
        self.launcher_row = PrefRow(self.tr("App launcher"), "", launcher_line, below=True)
        journal.add(self.launcher_row)
        self.show_launcher("none")
        lay.addWidget(journal)
        lay.addSpacing(GROUP_GAP)

        privacy = PrefGroup(self.tr("Privacy"))
        self.privacy = PrivacySettings()
        self.privacy.setObjectName("Row")
        self.privacy.setContentsMargins(16, 12, 16, 12)
        privacy.add(self.privacy)
        lay.addWidget(privacy)
        lay.addSpacing(GROUP_GAP)

        backups = PrefGroup(self.tr("Backups"))
        self.backups = BackupsPanel()
        self.backups.setObjectName("Row")
        self.backups.setContentsMargins(16, 12, 16, 12)
        backups.add(self.backups)
        lay.addWidget(backups)
        lay.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(48, 8, 48, 24)
        self.done_button = button(self.tr("Done"), "Primary")
        self.done_button.clicked.connect(self.done)
        row.addStretch(1)
        row.addWidget(self.done_button)
        outer.addLayout(row)
        shortcut(self, Qt.Key.Key_Escape, self.done)

    def _journal_invitation(self) -> None:
        on = self.journal_evening.isChecked()
        self.journalInvitationChanged.emit(
            self.journal_evening_at.time().toString("HH:mm") if on else ""
        )

    def _break_mode(self, chosen: bool, mode: str) -> None:
        if chosen:
            self.breakModeChanged.emit(mode)

    def show_reminders(
        self, plan: ReminderPlan, autostart: bool, tray: bool, notifications: bool = False
    ) -> None:
        self.reminders.show_plan(plan, autostart, tray, notifications)

    def show_launcher(self, state: str, said: str = "") -> None:
        """Kind's launcher entry ("user", "system" or "none"), and a short calm word about what
        just changed (or why nothing did) in place of the row's explanation."""
        self._launcher_state = state
        text = (
            self.tr("Remove Kind from the launcher")
            if state == "user"
            else self.tr("Add Kind to my app launcher")
        )
        self.launcher_button.setText(text)
        self.launcher_button.setAccessibleName(text)
        self.launcher_button.setVisible(state != "system")
        explained = {
            "user": self.tr("Kind is in your app launcher, with its icon and its practices."),
            "system": self.tr("Kind is in your app launcher, installed with your system."),
        }.get(
            state,
            self.tr(
                "Kind's icon in your menu of apps, with a break, soothing touch and "
                "breathing close at hand."
            ),
        )
        self.launcher_row.set_subtitle(said or explained)

    def show_settings(self, settings: Settings) -> None:
        widgets = (
            self.volume,
            self.mute,
            self.quick,
            self.guided,
            self.theme,
            self.device,
            self.reduced_motion,
            self.past_self,
            self.journal_evening,
            self.journal_evening_at,
            self.look,
            self.text_scale,
            self.language,
        )
        for w in widgets:
            w.blockSignals(True)
        self.volume.setValue(round(settings.volume * 100))
        self.volume_value.setText(f"{round(settings.volume * 100)} %")
        self.mute.setChecked(settings.muted)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.sound_theme)))
        self._saved_device = settings.output_device
        self._select_device()
        (self.guided if settings.break_mode == "guided" else self.quick).setChecked(True)
        self.reduced_motion.setChecked(settings.reduced_motion)
        self.past_self.setChecked(settings.past_self_offers)
        evening = settings.journal_invitation
        self.journal_evening.setChecked(bool(evening))
        self.journal_evening_at.setEnabled(bool(evening))
        if evening:
            self.journal_evening_at.setTime(QTime.fromString(evening, "HH:mm"))
        self.look.setCurrentIndex(max(0, self.look.findData(settings.look)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(settings.text_scale)))
        for w in widgets:
            w.blockSignals(False)
        self.devicesWanted.emit()

    def show_devices(self, names: list[str]) -> None:
        """Fill the device list; a remembered device that is gone is shown as such."""
        self.device.blockSignals(True)
        self.device.clear()
        self.device.addItem(self.tr("System default"), "")
        for name in names:
            self.device.addItem(name, name)
        if self._saved_device and self._saved_device not in names:
            self.device.addItem(
                with_args(self.tr("%1 (not connected: using the default)"), self._saved_device),
                self._saved_device,
            )
        self._select_device()
        self.device.blockSignals(False)

    def _select_device(self) -> None:
        index = self.device.findData(self._saved_device)
        self.device.setCurrentIndex(index if index >= 0 else 0)

    def _on_volume(self, value: int) -> None:
        self.volume_value.setText(f"{value} %")
        self.volumeChanged.emit(value / 100.0)
