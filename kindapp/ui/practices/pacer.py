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

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFont,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kindapp.core.breathing import BreathPattern, Phase, Position, smooth_size
from kindapp.ui.common.theme import tokens_of

log = logging.getLogger(__name__)


FRAME_MS = 16
REDUCED_STEP_S = 0.25  # at most four colour steps a second in reduced motion
_MIN_SIZE = 0.42  # the smallest circle, as a share of the largest
STEPS_PER_PX = 1  # the radius moves in half-pixel steps (the drawn circle is kept between)


class _Colours:
    """The pacer's colours in the look of one palette (design tokens, theme.tokens_of)."""

    def __init__(self, palette: QPalette) -> None:
        t = tokens_of(palette)
        self.paper = QColor(t.paper)
        self.ink = QColor(t.ink)
        self.ink_quiet = QColor(t.muted)
        self.soft = QColor(t.pacer_track)  # the faint circle the breath grows to
        self.sage = QColor(t.pacer_mid)
        self.sage_deep = QColor(t.pacer_ring)  # the circle's edge (3:1 on the paper)
        self.fill_small = QColor(t.pacer_fill_small)  # the circle when it is small
        self.fill_large = QColor(t.pacer_fill_large)  # ... and when it is full
        self.still_low = QColor(t.still_low)  # reduced motion: the out-breath's colour
        self.still_high = QColor(t.still_high)  # ... and the in-breath's


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
        self._colours: _Colours | None = None  # for the current palette; None: to be made
        # The still parts (paper, track, words) drawn once into a pixmap, and what they show.
        self._backdrop: QPixmap | None = None
        self._backdrop_key: tuple[object, ...] | None = None
        self._drawn_r = 0.0  # the radius of the circle last painted (for the next dirty area)
        self._sprite_cache: tuple[tuple[object, ...], QPointF, QPixmap] | None = None
        self._geometry_cache: tuple[QPointF, float, QRectF, float] | None = None

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
            r = max(self._drawn_r, self.circle_radius())
            self.update(self._circle_area(r).toAlignedRect())

    def _circle_area(self, r: float) -> QRectF:
        """What a circle of radius `r` (with its halo and edge) covers, plus a margin for the
        time between this frame's request and its paint."""
        centre, max_r, _text, _pt = self._geometry()
        reach = r + max_r * 0.15 + max(1.5, max_r / 70) + 4.0
        return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)

    def _on_step(self) -> None:
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frame_timer.stop()
        self._step_timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
            QEvent.Type.FontChange,
            QEvent.Type.LanguageChange,
        ):
            self._colours = None  # a new look (or text size): new colours, a new backdrop
            self._geometry_cache = None
            self._backdrop = None
            self._sprite_cache = None
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._geometry_cache = None
        self._backdrop = None
        self._sprite_cache = None
        super().resizeEvent(event)

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
        if self._geometry_cache is None:
            self._geometry_cache = self._measure()
        return self._geometry_cache

    def _measure(self) -> tuple[QPointF, float, QRectF, float]:
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

    def _look(self) -> _Colours:
        if self._colours is None:
            self._colours = _Colours(self.palette())
        return self._colours

    def _backdrop_for(self, pos: Position | None, c: _Colours) -> QPixmap:
        """The still parts: the paper, the track at full size (when moving), the words."""
        phase = None if pos is None else pos.phase
        quiet = not (self._running or pos is None)
        track = pos is not None and not self._reduced
        dpr = self.devicePixelRatioF()
        key = (dpr, phase, self._pattern is None, quiet, track)
        if self._backdrop is not None and self._backdrop_key == key:
            return self._backdrop
        words = self._words(phase)
        centre, max_r, text_rect, pt = self._geometry()
        pix = QPixmap(self.size() * dpr)
        pix.setDevicePixelRatio(dpr)
        pix.fill(c.paper)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if track:  # where the breath is going: a faint track at full size
            p.setPen(QPen(c.soft, 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, max_r, max_r)
        font = QFont(self.font())
        font.setPointSizeF(pt)
        font.setWeight(QFont.Weight.Normal)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 103)
        p.setFont(font)
        p.setPen(c.ink_quiet if quiet else c.ink)
        p.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), words
        )
        p.end()
        self._backdrop, self._backdrop_key = pix, key
        return pix

    def _sprite(
        self, centre: QPointF, r: float, halo_w: float, pen_w: float, fill: QColor, ring: QColor
    ) -> tuple[QPointF, QPixmap]:
        """The halo and the circle, drawn into a small pixmap: kept while nothing about them
        changes (the radius moves in half-pixel steps, a few frames apart; still, it never
        changes), so most frames only copy it instead of filling an antialiased gradient."""
        dpr = self.devicePixelRatioF()
        key = (centre.x(), centre.y(), r, halo_w, pen_w, fill.rgba(), ring.rgba(), dpr)
        if self._sprite_cache is not None and self._sprite_cache[0] == key:
            return self._sprite_cache[1], self._sprite_cache[2]
        reach = r + halo_w + pen_w + 1.0
        origin = QPointF(math.floor(centre.x() - reach), math.floor(centre.y() - reach))
        side = math.ceil(2 * reach) + 2
        pix = QPixmap(QSize(side, side) * dpr)
        pix.setDevicePixelRatio(dpr)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        at = centre - origin
        # A soft halo just outside the circle.
        glow = QRadialGradient(at, r + halo_w)
        halo_colour = QColor(fill)
        halo_colour.setAlphaF(0.7)
        clear = QColor(fill)
        clear.setAlphaF(0.0)
        glow.setColorAt(0.0, halo_colour)
        glow.setColorAt(r / (r + halo_w), halo_colour)
        glow.setColorAt(1.0, clear)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(glow)
        p.drawEllipse(at, r + halo_w, r + halo_w)
        # The circle.
        p.setBrush(fill)
        p.setPen(QPen(ring, pen_w))
        p.drawEllipse(at, r, r)
        p.end()
        self._sprite_cache = (key, origin, pix)
        return origin, pix

    def paintEvent(self, event: QPaintEvent) -> None:
        self.frames_painted += 1
        pos = self._position()
        c = self._look()
        centre, max_r, _text_rect, _pt = self._geometry()

        if pos is None:  # follow your own breath: a still, soft circle
            size = 0.55
        elif self._reduced:
            size = 0.62
        else:
            size = smooth_size(pos.phase, pos.progress)
        # Half-pixel steps of the radius (invisible on a circle this size); the colours follow
        # the stepped size, so a step changes nothing but what a person could see.
        r = round(max_r * (_MIN_SIZE + (1 - _MIN_SIZE) * size) * STEPS_PER_PX) / STEPS_PER_PX
        stepped = (r / max_r - _MIN_SIZE) / (1 - _MIN_SIZE)
        if pos is None:
            fill = _mix(c.fill_small, c.paper, 0.15)
            ring = _mix(c.soft, c.sage, 0.35)
        elif self._reduced:
            k = smooth_size(pos.phase, pos.progress)
            fill = _mix(c.still_low, c.still_high, k)
            ring = _mix(c.sage, c.sage_deep, k)
        else:
            fill = _mix(c.fill_small, c.fill_large, stepped)
            ring = c.sage_deep
        self._drawn_r = r

        p = QPainter(self)
        # Only the dirty area: the still parts come from the cached backdrop.
        area = QRectF(event.rect())
        backdrop = self._backdrop_for(pos, c)
        dpr = backdrop.devicePixelRatio()
        source = QRectF(area.x() * dpr, area.y() * dpr, area.width() * dpr, area.height() * dpr)
        p.drawPixmap(area, backdrop, source)
        origin, sprite = self._sprite(centre, r, max_r * 0.15, max(1.5, max_r / 70), fill, ring)
        p.drawPixmap(origin, sprite)
        p.end()
