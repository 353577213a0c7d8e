"""The breathing pacer: a calm circle that grows on the in-breath and settles on the out-breath.

Everything it shows is computed from a time source (`now() - start`), never from counted timer
ticks, so it cannot drift. Timers run only while they are needed:

- moving: a 16 ms precise timer repaints during the in- and out-breath; during a hold the
  circle is still, so only a single-shot timer to the hold's end is armed;
- reduced motion: a still circle whose colour changes slowly with the breath, repainted at phase
  boundaries and at most four times a second (one single-shot timer, re-armed each time);
- "follow your own breath" (no pattern), paused, or hidden: no timer at all.

A single-shot precise timer is always armed to the next phase boundary while running, so
`phaseChanged` (and the spoken announcement) comes within a millisecond or two of its schedule
rather than up to a frame late.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRadialGradient,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.core.breathing import BreathPattern, Phase, Position, smooth_size

log = logging.getLogger(__name__)

_PAPER = QColor("#f6f2ec")
_INK = QColor("#3b3833")
_INK_QUIET = QColor("#8a847a")
_SOFT = QColor("#e0d8cc")
_SAGE = QColor("#9fb8a6")
_SAGE_DEEP = QColor("#7f9f8a")
_FILL_SMALL = QColor("#d6e0d6")  # the circle's colour when it is small (a pale sage)
_FILL_LARGE = QColor("#a9c0af")  # ... and when it is full (a little deeper)
_STILL_LOW = QColor("#e3e9e1")  # reduced motion: the out-breath's colour (pale sage)
_STILL_HIGH = QColor("#aac1b0")  # ... and the in-breath's (deeper sage)

FRAME_MS = 16
REDUCED_STEP_S = 0.25  # at most four colour steps a second in reduced motion
_MIN_SIZE = 0.42  # the smallest circle, as a share of the largest


def _mix(a: QColor, b: QColor, k: float) -> QColor:
    k = min(max(k, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * k,
        a.greenF() + (b.greenF() - a.greenF()) * k,
        a.blueF() + (b.blueF() - a.blueF()) * k,
        a.alphaF() + (b.alphaF() - a.alphaF()) * k,
    )


class Pacer(QWidget):
    """Shows one breathing pattern against a clock. See the module notes for its timers."""

    phaseChanged = Signal(object)  # Phase, as each phase begins (while running)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self._now: Callable[[], float] | None = None
        self._start = 0.0
        self._pattern: BreathPattern | None = None
        self._running = False
        self._reduced = False
        self._frozen_t = 0.0  # pattern time shown while not running
        # The phase last shown, as (Position.serial, Phase); changes with every new phase.
        self._shown: tuple[int | None, Phase | None] | None = None
        self._phase: Phase | None = None
        self.frames_painted = 0

        self._frame_timer = QTimer(self)
        self._frame_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._frame_timer.setInterval(FRAME_MS)
        self._frame_timer.timeout.connect(self._on_frame)
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._step_timer.timeout.connect(self._on_step)

        self.setAccessibleName(self.tr("Breathing guide"))
        self._update_words()

    # -- public API ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_source(
        self, now: Callable[[], float], start: float, pattern: BreathPattern | None
    ) -> None:
        """Follow `pattern` from `start` on the clock `now` (None: follow your own breath)."""
        self._now = now
        self._start = start
        self._pattern = pattern
        self._frozen_t = max(0.0, now() - start)
        self._shown = None
        self._refresh()

    def set_running(self, running: bool) -> None:
        """Run or pause. Pausing holds the breath where it is; running goes on from there."""
        if running == self._running:
            return
        if self._now is not None:
            if running:
                self._start = self._now() - self._frozen_t
            else:
                self._frozen_t = self._t()
        self._running = running
        self._refresh()

    def set_reduced_motion(self, reduced: bool) -> None:
        """A still shape with the phase in words and a slow colour change, instead of motion."""
        if reduced != self._reduced:
            self._reduced = reduced
            self._refresh()

    def phase(self) -> Phase | None:
        """The phase shown now (None when following one's own breath)."""
        pos = self._position()
        return None if pos is None else pos.phase

    def phase_words(self) -> str:
        return self._words(self.phase())

    @property
    def pattern(self) -> BreathPattern | None:
        return self._pattern

    @property
    def running(self) -> bool:
        return self._running

    @property
    def reduced_motion(self) -> bool:
        return self._reduced

    def animating(self) -> bool:
        """True while the 16 ms frame timer runs."""
        return self._frame_timer.isActive()

    def scheduled_ms(self) -> int | None:
        """Milliseconds until the single-shot timer fires, or None when it is not armed."""
        return self._step_timer.remainingTime() if self._step_timer.isActive() else None

    def size_now(self) -> float:
        """The circle's size 0..1 as drawn now (0 smallest, 1 fullest)."""
        pos = self._position()
        if pos is None or self._reduced:
            return 0.6
        return smooth_size(pos.phase, pos.progress)

    def circle_radius(self) -> float:
        """The radius, in pixels, of the circle as drawn now."""
        max_r = self._geometry()[1]
        return max_r * (_MIN_SIZE + (1 - _MIN_SIZE) * self.size_now())

    # -- time ---------------------------------------------------------------------------------
    def _t(self) -> float:
        if self._running and self._now is not None:
            return self._now() - self._start
        return self._frozen_t

    def _position(self) -> Position | None:
        if self._pattern is None:
            return None
        return self._pattern.position(self._t())

    # -- timers -------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Announce the phase if it changed, re-arm the timers, and repaint once."""
        pos = self._position()
        self._note_phase(pos)
        self._arm(pos)
        self.update()

    def _arm(self, pos: Position | None) -> None:
        active = self._running and pos is not None and self._now is not None and self.isVisible()
        if not active or pos is None:
            self._frame_timer.stop()
            self._step_timer.stop()
            return
        t = self._t()
        moving = not self._reduced and pos.phase in (Phase.IN, Phase.OUT)
        wake = pos.end
        if self._reduced and pos.phase in (Phase.IN, Phase.OUT):
            # The colour steps on a quarter-second grid of pattern time (not counted ticks).
            wake = min(wake, (math.floor(t / REDUCED_STEP_S) + 1) * REDUCED_STEP_S)
        if t < 0:
            wake = min(wake, 0.0)
        self._step_timer.start(max(1, math.ceil((wake - t) * 1000)))
        if moving:
            if not self._frame_timer.isActive():
                self._frame_timer.start()
        else:
            self._frame_timer.stop()

    def _on_frame(self) -> None:
        pos = self._position()
        if pos is not None and (pos.serial, pos.phase) != self._shown:
            self._refresh()  # a boundary came before the single-shot timer: same outcome
        else:
            self.update()

    def _on_step(self) -> None:
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frame_timer.stop()
        self._step_timer.stop()

    # -- words and announcements ----------------------------------------------------------------
    def _words(self, phase: Phase | None) -> str:
        if self._pattern is None:
            return self.tr("Follow your own breath")
        if phase is Phase.IN:
            return self.tr("Breathe in")
        if phase is Phase.OUT:
            return self.tr("Breathe out")
        return self.tr("Hold")

    def _note_phase(self, pos: Position | None) -> None:
        key = (None, None) if pos is None else (pos.serial, pos.phase)
        if key == self._shown:
            return
        self._shown = key
        self._phase = None if pos is None else pos.phase
        self._update_words()
        if pos is not None and self._running and self._now is not None:
            late_ms = (self._t() - pos.start) * 1000
            log.debug(
                "phase %s #%d began at pattern time %.3f s (%.1f ms after schedule)",
                pos.phase.value,
                pos.serial,
                pos.start,
                late_ms,
            )
            self.phaseChanged.emit(pos.phase)
            self._announce()

    def _update_words(self) -> None:
        words = self._words(self._phase)
        # setAccessibleName/Description post NameChanged/DescriptionChanged events themselves.
        self.setAccessibleName(words)
        if self._pattern is None:
            self.setAccessibleDescription(self.tr("Breathing guide, no pacing"))
        else:
            self.setAccessibleDescription(self.tr("Breathing guide"))

    def _announce(self) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleAnnouncementEvent(self, self.accessibleName())
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    # -- painting -----------------------------------------------------------------------------
    def _geometry(self) -> tuple[QPointF, float, QRectF, float]:
        """(circle centre, largest radius, rectangle for the words, font size in points)."""
        w, h = float(self.width()), float(self.height())
        side = min(w, h)
        pt = min(max(side / 19.0, 11.0), 20.0)
        text_h = pt * 2.6
        area_h = max(h - text_h, 10.0)
        halo = side * 0.06
        max_r = max(min(w, area_h) / 2 - halo - 2, 4.0)
        centre = QPointF(w / 2, area_h / 2 + 2)
        text = QRectF(0, h - text_h, w, text_h - pt * 0.5)
        return centre, max_r, text, pt

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        pos = self._position()
        centre, max_r, text_rect, pt = self._geometry()
        halo_w = max_r * 0.15

        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), _PAPER)

        if pos is None:  # follow your own breath: a still, soft circle
            size = 0.55
            fill = _mix(_FILL_SMALL, _PAPER, 0.15)
            ring = _mix(_SOFT, _SAGE, 0.35)
        elif self._reduced:
            size = 0.62
            k = smooth_size(pos.phase, pos.progress)
            fill = _mix(_STILL_LOW, _STILL_HIGH, k)
            ring = _mix(_SAGE, _SAGE_DEEP, k)
        else:
            size = smooth_size(pos.phase, pos.progress)
            fill = _mix(_FILL_SMALL, _FILL_LARGE, size)
            ring = _SAGE_DEEP
        r = max_r * (_MIN_SIZE + (1 - _MIN_SIZE) * size)

        # Where the breath is going: a faint track at full size.
        if pos is not None and not self._reduced:
            track = QPen(_SOFT, 1.5)
            p.setPen(track)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, max_r, max_r)

        # A soft halo just outside the circle.
        glow = QRadialGradient(centre, r + halo_w)
        inner = r / (r + halo_w)
        halo_colour = QColor(fill)
        halo_colour.setAlphaF(0.7)
        clear = QColor(fill)
        clear.setAlphaF(0.0)
        glow.setColorAt(0.0, halo_colour)
        glow.setColorAt(inner, halo_colour)
        glow.setColorAt(1.0, clear)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(glow)
        p.drawEllipse(centre, r + halo_w, r + halo_w)

        # The circle.
        p.setBrush(fill)
        edge = QColor(ring)
        edge.setAlphaF(0.8)
        p.setPen(QPen(edge, max(1.5, max_r / 70)))
        p.drawEllipse(centre, r, r)

        # The phase in words.
        font = QFont(self.font())
        font.setPointSizeF(pt)
        font.setWeight(QFont.Weight.Normal)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 103)
        p.setFont(font)
        p.setPen(_INK if self._running or pos is None else _INK_QUIET)
        p.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            self._words(None if pos is None else pos.phase),
        )
        p.end()
