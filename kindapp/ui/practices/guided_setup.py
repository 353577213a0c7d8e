"""The choices before two guided practices of the MSC course (the rules are
kindapp.core.practices.setup_choices): giving and receiving's ratio and the optional name,
soften soothe allow's emotion and its place in the body. Thin: they show and hand back a
choice; the practice flow begins the practice with it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kindapp.core.practices import setup_choices as choices
from kindapp.core.practices.body import BODY_PLACES
from kindapp.core.practices.giving_receiving import MAX_NAME_CHARS, RATIOS
from kindapp.core.practices.giving_receiving import TITLE as GIVING_TITLE
from kindapp.core.practices.setup_choices import GivingChoice, SoftenChoice
from kindapp.core.practices.soften_soothe_allow import EMOTIONS, MAX_EMOTION_CHARS
from kindapp.core.practices.soften_soothe_allow import TITLE as SOFTEN_TITLE
from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import WrapCheckBox, label
from kindapp.ui.practices.body_outline import BodyOutline
from kindapp.ui.practices.setup_screens import _SetupScreen


class GivingSetupScreen(_SetupScreen):
    """The ratio (three choices) and, if the person likes, whom they breathe for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            practice_text(GIVING_TITLE), practice_text(choices.GIVING_TEXT), parent=parent
        )
        ratios = QVBoxLayout()
        ratios.setSpacing(6)
        self._ratios = QButtonGroup(self)
        self.ratio_buttons: dict[str, QRadioButton] = {}
        for r in RATIOS:
            b = QRadioButton(practice_text(r.name))
            self._ratios.addButton(b)
            self.ratio_buttons[r.id] = b
            ratios.addWidget(b)
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setAccessibleName(practice_text(choices.NAME_LABEL))
        self.name.setClearButtonEnabled(True)
        self.remember = WrapCheckBox(practice_text(choices.REMEMBER_NAME))
        name_box = QVBoxLayout()
        name_box.setSpacing(4)
        name_box.addWidget(self.name)
        name_box.addWidget(label(practice_text(choices.NAME_HINT), "Hint"))
        name_box.addWidget(self.remember)
        # Rows across the page (the words above their controls): the name's words are long.
        self.form.addRow(label(self.tr("Breathe"), "RowTitle"))
        self.form.addRow(ratios)
        name_title = label(practice_text(choices.NAME_LABEL), "RowTitle")
        name_title.setBuddy(self.name)
        self.form.addRow(name_title)
        self.form.addRow(name_box)
        self._finish_layout()
        self.name.returnPressed.connect(self.begin)

    def show_choice(self, choice: GivingChoice) -> None:
        self.ratio_buttons.get(choice.ratio, self.ratio_buttons[RATIOS[0].id]).setChecked(True)
        self.name.setText(choice.name)
        self.remember.setChecked(choice.remember_name)

    def choice(self) -> GivingChoice:
        chosen = next((k for k, b in self.ratio_buttons.items() if b.isChecked()), RATIOS[0].id)
        return GivingChoice(chosen, self.name.text(), self.remember.isChecked())

    def focus_first(self) -> None:
        checked = self._ratios.checkedButton() or self.ratio_buttons[RATIOS[0].id]
        checked.setFocus(Qt.FocusReason.OtherFocusReason)


class SoftenSetupScreen(_SetupScreen):
    """The emotion's name (the short list, or the person's own words) and where it is felt
    (the body outline to tap, or the list); nothing is kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            practice_text(SOFTEN_TITLE), practice_text(choices.SOFTEN_TEXT), parent=parent
        )
        self._names = QButtonGroup(self)
        self._names.setExclusive(False)  # one at most, and it can be taken back
        self.emotion_buttons: dict[str, QPushButton] = {}
        names = FlowLayout(spacing=6)
        for emotion in EMOTIONS:
            b = QPushButton(practice_text(emotion))
            b.setObjectName("Chip")
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.toggled.connect(lambda on, e=emotion: self._picked(e, on))
            self._names.addButton(b)
            self.emotion_buttons[emotion] = b
            names.addWidget(b)
        self.own_words = QLineEdit()
        self.own_words.setMaxLength(MAX_EMOTION_CHARS)
        self.own_words.setPlaceholderText(practice_text(choices.OWN_WORDS))
        self.own_words.setAccessibleName(practice_text(choices.OWN_WORDS))
        self.own_words.setClearButtonEnabled(True)
        emotion_box = QVBoxLayout()
        emotion_box.setSpacing(8)
        emotion_box.addLayout(names)
        emotion_box.addWidget(self.own_words)

        self.outline = BodyOutline()
        self.outline.set_tappable(True)
        self.outline.setFixedSize(110, 220)
        self.places = QComboBox()
        self.places.setAccessibleName(practice_text(choices.PLACE_LABEL))
        self.places.addItem(practice_text(choices.NO_PLACE), None)
        for place in BODY_PLACES:
            self.places.addItem(practice_text(place.name), place.id)
        self.outline.placeTapped.connect(self._tapped)
        self.places.currentIndexChanged.connect(
            lambda _i: self.outline.set_place(self.places.currentData())
        )
        place_box = QVBoxLayout()
        place_box.setSpacing(8)
        place_box.addWidget(self.places, 0, Qt.AlignmentFlag.AlignLeft)
        place_box.addWidget(self.outline, 0, Qt.AlignmentFlag.AlignLeft)

        emotion_title = label(practice_text(choices.EMOTION_LABEL), "RowTitle")
        place_title = label(practice_text(choices.PLACE_LABEL), "RowTitle")
        place_title.setBuddy(self.places)
        self.form.addRow(emotion_title)
        self.form.addRow(emotion_box)
        self.form.addRow(place_title)
        self.form.addRow(place_box)
        self._finish_layout()

    def _picked(self, emotion: str, on: bool) -> None:
        if on:
            for other, b in self.emotion_buttons.items():
                if other != emotion and b.isChecked():
                    b.setChecked(False)

    def _tapped(self, place_id: str) -> None:
        self.places.setCurrentIndex(max(0, self.places.findData(place_id)))

    def show_choice(self, choice: SoftenChoice) -> None:
        for emotion, b in self.emotion_buttons.items():
            b.setChecked(emotion == choice.emotion)
        self.own_words.setText(choice.own_words)
        self.places.setCurrentIndex(max(0, self.places.findData(choice.place)))

    def choice(self) -> SoftenChoice:
        picked = next((e for e, b in self.emotion_buttons.items() if b.isChecked()), "")
        return SoftenChoice(picked, self.own_words.text(), self.places.currentData())

    def focus_first(self) -> None:
        self.emotion_buttons[EMOTIONS[0]].setFocus(Qt.FocusReason.OtherFocusReason)
