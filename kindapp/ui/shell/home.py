"""Home: the practices as calm cards (one per card of the practice registry), with My words
and Settings one click away."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QWidget,
)

from kindapp.core.practice_registry import Command
from kindapp.ui.common.flow import FlowLayout
from kindapp.ui.common.pages import scrolling_page
from kindapp.ui.common.practice_actions import PracticeActions
from kindapp.ui.common.text import practice_text
from kindapp.ui.common.widgets import Card, button, label


class HomeScreen(QWidget):
    openSettings = Signal()
    openLearn = Signal()
    openHistory = Signal()
    openWords = Signal()

    def __init__(self, actions: PracticeActions, parent: QWidget | None = None) -> None:
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

        self.buttons: dict[str, QPushButton] = {}
        """Each card's buttons by their command id ("touch.open"), in the order of the cards."""
        self.cards: list[Card] = []
        self._commands: dict[str, Command] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(16)
        self._wide: list[bool] = []
        for spec in actions.practices.cards():
            made = [self._button(command, actions) for command in spec.buttons]
            card = Card(practice_text(spec.title), practice_text(spec.text), made[0], *made[1:])
            self.cards.append(card)
            self._wide.append(spec.wide)
        self._columns = 0
        self._place_cards(2)
        outer.addLayout(self._grid)
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
        footer_buttons = [
            self.words_button,
            self.learn_button,
            self.history_button,
            self.settings_button,
        ]
        order = [*self.buttons.values(), *footer_buttons]
        for first, then in itertools.pairwise(order):
            self.setTabOrder(first, then)

    def _place_cards(self, columns: int) -> None:
        """The cards in two columns, or in one when two would not fit (large text)."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for card in self.cards:
            grid.removeWidget(card)
        row = column = 0
        for card, wide in zip(self.cards, self._wide, strict=True):
            if columns == 1:
                grid.addWidget(card, row, 0)
                row += 1
                continue
            if wide and column:
                row, column = row + 1, 0
            grid.addWidget(card, row, column, 1, 2 if wide else 1)
            row, column = (row + 1, 0) if wide or column else (row, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def _reflow(self) -> None:
        if not self.cards:
            return
        widest = max(card.minimumSizeHint().width() for card in self.cards)
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        room = self.width() - 96 - scroll_bar
        self._place_cards(2 if 2 * widest + self._grid.spacing() <= room else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of cards when they fit, one with larger text: never wider than the page."""
        super().resizeEvent(event)
        self._reflow()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Another text size or look: the cards' widths change without a resize.
            QTimer.singleShot(0, self, self._reflow)

    def _button(self, command: Command, actions: PracticeActions) -> QPushButton:
        made = button(
            practice_text(command.text),
            command.style,
            accessible=practice_text(command.accessible) if command.accessible else "",
        )
        made.clicked.connect(actions.action(command.id).trigger)
        self.buttons[command.id] = made
        self._commands[command.id] = command
        return made

    def show_under_way(self, command_id: str, under_way: bool) -> None:
        """Whether the practice of a card's button is under way (a kind day going on today:
        its card then opens the look back)."""
        command = self._commands[command_id]
        made = self.buttons[command_id]
        if under_way and command.under_way is not None:
            text, accessible = command.under_way
        else:
            text, accessible = command.text, command.accessible
        made.setText(practice_text(text))
        made.setAccessibleDescription(practice_text(accessible))

    def focus_first(self) -> None:
        first = next(iter(self.buttons.values()), self.words_button)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
