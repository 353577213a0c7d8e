"""The reframe's parts: the thought's editor, the rating sliders, the read-aloud view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kindapp.ui.common.text import with_args
from kindapp.ui.common.theme import tokens_of
from kindapp.ui.common.voice import VoiceDesk, VoiceRow
from kindapp.ui.common.widgets import label

if TYPE_CHECKING:
    pass


MAX_THOUGHT = 2000


def short(text: str, limit: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class ThoughtEdit(QPlainTextEdit):
    """A few lines of text; Tab moves on, Ctrl+Enter asks for the next step."""

    submitted = Signal()

    def __init__(self, accessible: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThoughtEdit")
        self.setTabChangesFocus(True)
        self.setAccessibleName(accessible)
        self.setPlaceholderText(placeholder)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(130)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return self.toPlainText().strip()


class _TickSlider(QSlider):
    """A slider with five quiet dots under the groove, one for each value."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(tokens_of(self.palette()).control_line))
        handle = 18
        span = self.width() - handle
        y = self.height() / 2 + 11
        for v in range(self.minimum(), self.maximum() + 1):
            x = handle / 2 + QStyle.sliderPositionFromValue(self.minimum(), self.maximum(), v, span)
            r = 2.4 if v == 0 else 1.8
            p.drawEllipse(QPointF(x, y), r, r)
        p.end()


class RatingSlider(QWidget):
    """-2..+2 between two words (left: the heavy one, right: the light one). Arrows move it."""

    def __init__(self, low: str, high: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(12)
        self.low = label(low, "RatingWord", wrap=False)
        self.low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.low.setMinimumWidth(96)
        self.high = label(high, "RatingWord", wrap=False)
        self.high.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.high.setMinimumWidth(96)
        self.slider = _TickSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("Rating")
        self.slider.setFixedHeight(32)
        self.slider.setRange(-2, 2)
        self.slider.setPageStep(1)
        self.slider.setSingleStep(1)
        self.slider.setValue(0)
        self.slider.setMinimumWidth(180)
        self.slider.setAccessibleName(accessible)
        self.slider.setAccessibleDescription(
            with_args(self.tr("From %1 (left) to %2 (right)"), low, high)
        )
        lay.addWidget(self.low)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.high)

    def value(self) -> int:
        return int(self.slider.value())

    def set_value(self, v: int) -> None:
        self.slider.setValue(v)


class ReadAloud(QWidget):
    """The kind version, large, to read aloud."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        self.lead = label("", "StepTitle", center=True)
        lay.addStretch(1)
        lay.addWidget(self.lead)
        lay.addSpacing(6)
        self.text = label("", "ReadAloud", center=True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setObjectName("ReadAloudScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("ReadAloudHolder")
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(20, 0, 20, 0)
        hl.addStretch(1)
        hl.addWidget(self.text)
        hl.addStretch(1)
        scroll.setWidget(holder)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        lay.addWidget(scroll, 4)
        lay.addSpacing(8)
        self.note = label(self.tr("You don't have to believe it yet."), "Gentle", center=True)
        lay.addWidget(self.note)
        self.hint = label(
            self.tr("Try reading it aloud, slowly, the way you'd say it to them."),
            "Subtle",
            center=True,
        )
        lay.addWidget(self.hint)
        self.voice_box = QHBoxLayout()
        self.voice: VoiceRow | None = None
        lay.addLayout(self.voice_box)
        lay.addStretch(1)

    def show_voice(self, desk: VoiceDesk | None, key: str | None) -> None:
        """Record it as it is read, and hear it again (None: not offered here)."""
        if self.voice is not None:
            self.voice.hide()
            self.voice.setParent(None)
            self.voice.deleteLater()
            self.voice = None
        if desk is None or key is None:
            return
        self.voice = VoiceRow(desk, key, self.tr("the kind version"))
        self.voice_box.addStretch(1)
        self.voice_box.addWidget(self.voice)
        self.voice_box.addStretch(1)

    def show_text(self, kind_version: str, person: str) -> None:
        self.text.setText(kind_version)
        self.text.setAccessibleName(kind_version)
        who = person.strip()
        self.lead.setText(
            (
                with_args(self.tr("As you'd say it to %1"), who)
                if who
                else self.tr("The kind version")
            ).upper()
        )
