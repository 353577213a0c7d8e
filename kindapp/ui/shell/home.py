"""Home: the practices as calm cards, with My words and Settings one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QWidget,
)

from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.pages import scrolling_page
from kindapp.ui.common.widgets import Card, button, label


class HomeScreen(QWidget):
    startBreak = Signal(str)  # mode
    openTouch = Signal()
    openLetter = Signal()
    openLetters = Signal()
    openReframe = Signal()
    openReframes = Signal()
    openBreathe = Signal()
    openSettings = Signal()
    openLearn = Signal()
    openHistory = Signal()
    openWords = Signal()
    catchThought = Signal()
    openInTheWay = Signal()
    openKindDay = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Screen")
        _frame, outer = scrolling_page(self, (48, 32, 48, 24))
        outer.setSpacing(10)

        outer.addWidget(label(self.tr("Take a kind moment"), "Heading"))
        outer.addWidget(
            label(
                self.tr(
                    "Choose a practice, if you like. Each one can be paused or left with a single "
                    "key."
                ),
                "Subtle",
            )
        )
        outer.addSpacing(12)

        self.quick_button = button(
            self.tr("Begin"), "Primary", accessible=self.tr("Begin the one-minute break")
        )
        self.guided_button = button(
            self.tr("Begin"), accessible=self.tr("Begin the five-minute guided break")
        )
        self.quick_button.clicked.connect(lambda: self.startBreak.emit("quick"))
        self.guided_button.clicked.connect(lambda: self.startBreak.emit("guided"))
        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(
            Card(
                self.tr("Self-Compassion Break"),
                self.tr("About a minute. Three short phrases for a hard moment."),
                self.quick_button,
            ),
            0,
            0,
        )
        grid.addWidget(
            Card(
                self.tr("Guided Self-Compassion Break"),
                self.tr("About five minutes, with more time for each phrase to land."),
                self.guided_button,
            ),
            0,
            1,
        )
        self.touch_button = button(self.tr("Choose"), accessible=self.tr("Choose a soothing touch"))
        self.breathe_button = button(
            self.tr("Choose"), accessible=self.tr("Choose a breathing pattern")
        )
        self.touch_button.clicked.connect(self.openTouch)
        self.breathe_button.clicked.connect(self.openBreathe)
        grid.addWidget(
            Card(
                self.tr("Soothing touch"),
                self.tr("Warmth for the body, with slow breaths and a kind phrase."),
                self.touch_button,
            ),
            1,
            0,
        )
        grid.addWidget(
            Card(
                self.tr("Breathe"),
                self.tr("Slow breathing with a calm circle, or simply your own breath."),
                self.breathe_button,
            ),
            1,
            1,
        )
        self.letter_button = button(
            self.tr("Write"), accessible=self.tr("Write a compassionate letter")
        )
        self.letters_button = button(self.tr("Your letters"), "Quiet")
        self.reframe_button = button(
            self.tr("Begin"), accessible=self.tr("Begin the compassionate friend reframe")
        )
        self.reframes_button = button(self.tr("Past reframes"), "Quiet")
        self.letter_button.clicked.connect(self.openLetter)
        self.letters_button.clicked.connect(self.openLetters)
        self.reframe_button.clicked.connect(self.openReframe)
        self.reframes_button.clicked.connect(self.openReframes)
        grid.addWidget(
            Card(
                self.tr("A letter to yourself"),
                self.tr("Write to yourself as a wise and loving friend would."),
                self.letter_button,
                self.letters_button,
            ),
            2,
            0,
        )
        grid.addWidget(
            Card(
                self.tr("A friend's voice"),
                self.tr("Say one harsh thought again, the way you'd say it to a friend."),
                self.reframe_button,
                self.reframes_button,
            ),
            2,
            1,
        )
        self.way_button = button(self.tr("Begin"), accessible=self.tr("Begin: what's in the way?"))
        self.day_button = button(self.tr("Begin"), accessible=self.tr("Begin a kind day"))
        self.catch_button = button(
            self.tr("Catch one"), accessible=self.tr("Catch a harsh thought")
        )
        self.way_button.clicked.connect(self.openInTheWay)
        self.day_button.clicked.connect(self.openKindDay)
        self.catch_button.clicked.connect(self.catchThought)
        grid.addWidget(
            Card(
                self.tr("What's in the way?"),
                self.tr(
                    "When something is hard to start, look kindly at why, and find one small step."
                ),
                self.way_button,
            ),
            3,
            0,
        )
        self.day_card = Card(
            self.tr("A kind day"),
            self.tr("One day of treating yourself as you'd treat a good friend."),
            self.day_button,
        )
        grid.addWidget(self.day_card, 3, 1)
        grid.addWidget(
            Card(
                self.tr("Catch a harsh thought"),
                self.tr(
                    "When the critic speaks up, write it down in a few seconds and go on with "
                    "your day. It waits, privately, in “A friend's voice”."
                ),
                self.catch_button,
            ),
            4,
            0,
            1,
            2,
        )
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)
        outer.addStretch(1)

        footer = FlowLayout(spacing=4)  # wraps at large text instead of widening the page
        self.words_button = button(
            self.tr("My words"), "Quiet", tip=self.tr("Put the break's phrases in your own words")
        )
        self.settings_button = button(self.tr("Settings"), "Quiet")
        self.learn_button = button(
            self.tr("Learn"), "Quiet", tip=self.tr("What self-compassion is, and what it isn't")
        )
        self.history_button = button(
            self.tr("History"), "Quiet", tip=self.tr("The moments you've given yourself")
        )
        self.learn_button.clicked.connect(self.openLearn)
        self.history_button.clicked.connect(self.openHistory)
        self.words_button.clicked.connect(self.openWords)
        self.settings_button.clicked.connect(self.openSettings)
        footer.addWidget(self.words_button)
        footer.addWidget(self.learn_button)
        footer.addWidget(self.history_button)
        footer.addWidget(self.settings_button)
        footer_row = QHBoxLayout()
        footer_row.addLayout(footer, 1)
        footer_row.addWidget(
            label(self.tr("Everything stays on this computer."), "Subtle", wrap=True),
            1,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        outer.addLayout(footer_row)
        self.setTabOrder(self.quick_button, self.guided_button)
        self.setTabOrder(self.guided_button, self.touch_button)
        self.setTabOrder(self.touch_button, self.breathe_button)
        self.setTabOrder(self.breathe_button, self.letter_button)
        self.setTabOrder(self.letter_button, self.letters_button)
        self.setTabOrder(self.letters_button, self.reframe_button)
        self.setTabOrder(self.reframe_button, self.reframes_button)
        self.setTabOrder(self.reframes_button, self.way_button)
        self.setTabOrder(self.way_button, self.day_button)
        self.setTabOrder(self.day_button, self.catch_button)
        self.setTabOrder(self.catch_button, self.words_button)
        self.setTabOrder(self.words_button, self.learn_button)
        self.setTabOrder(self.learn_button, self.history_button)
        self.setTabOrder(self.history_button, self.settings_button)

    def show_kind_day(self, active: bool) -> None:
        """Whether a kind day is going on today (its card then opens the look back)."""
        if active:
            self.day_button.setText(self.tr("Look back"))
            self.day_button.setAccessibleDescription(self.tr("Look back on your kind day"))
        else:
            self.day_button.setText(self.tr("Begin"))
            self.day_button.setAccessibleDescription(self.tr("Begin a kind day"))

    def focus_first(self) -> None:
        self.quick_button.setFocus(Qt.FocusReason.OtherFocusReason)
