"""Reading colours back from grabbed pixels: what a person actually sees on the screen."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def luminance(c: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# The formats whose 32-bit words are what QImage.pixel() returns; others are converted first.
_RAW = (
    QImage.Format.Format_RGB32,
    QImage.Format.Format_ARGB32,
    QImage.Format.Format_ARGB32_Premultiplied,
)


def colours(img: QImage, rect: QRect | None = None, step: int = 1) -> Counter[int]:
    """How often each colour (as 0xRRGGBB) appears in `rect` of `img`, every `step` pixels.

    The same counts as `img.pixel(x, y) & 0xFFFFFF` over the rect, read in one go with numpy
    (a pixel at a time in Python made the looks tests spend seconds here)."""
    r = (rect or img.rect()).intersected(img.rect())
    if r.isEmpty():
        return Counter()
    if img.format() not in _RAW:
        img = img.convertToFormat(QImage.Format.Format_ARGB32)
    words = np.frombuffer(
        img.constBits(), dtype=np.uint32, count=img.height() * img.bytesPerLine() // 4
    )
    words = words.reshape(img.height(), img.bytesPerLine() // 4)
    area = words[r.top() : r.bottom() + 1 : step, r.left() : r.right() + 1 : step] & 0xFFFFFF
    values, counts = np.unique(area, return_counts=True)
    return Counter(dict(zip(values.tolist(), counts.tolist(), strict=True)))


def light_patches(img: QImage, lightness: float = 0.75, size: int = 9) -> float:
    """The fraction of `img` covered by solid light areas: the centres of `size` x `size` blocks
    whose every pixel is lighter than `lightness` (HSL). A light panel counts; the strokes of
    light text do not, however large the text (a glyph's stem is never 9 pixels of solid ink).
    """
    if img.format() not in _RAW:
        img = img.convertToFormat(QImage.Format.Format_ARGB32)
    words = np.frombuffer(
        img.constBits(), dtype=np.uint32, count=img.height() * img.bytesPerLine() // 4
    ).reshape(img.height(), img.bytesPerLine() // 4)[:, : img.width()]
    rgb = np.stack([(words >> shift) & 0xFF for shift in (16, 8, 0)]).astype(np.int32)
    light = (rgb.max(axis=0) + rgb.min(axis=0)) / 510.0 > lightness
    sums = np.pad(light.astype(np.int32).cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    blocks = sums[size:, size:] - sums[:-size, size:] - sums[size:, :-size] + sums[:-size, :-size]
    return float((blocks == size * size).sum()) / light.size


def background(img: QImage, rect: QRect | None = None, step: int = 1) -> QColor:
    """The most common colour: what the area is painted with under its content."""
    return QColor(colours(img, rect, step).most_common(1)[0][0])


def share(img: QImage, test, step: int = 3) -> float:  # type: ignore[no-untyped-def]
    """The fraction of the image whose colour passes `test(QColor)`."""
    counts = colours(img, None, step)
    hits = sum(n for rgb, n in counts.items() if test(QColor(rgb)))
    return hits / sum(counts.values())


@dataclass(frozen=True)
class Ink:
    """The colour a widget's content stands out with, against what it is painted on."""

    background: QColor
    ink: QColor

    @property
    def ratio(self) -> float:
        return contrast(self.background, self.ink)


def ink_of(img: QImage, window: QWidget, widget: QWidget, inset: int = 0) -> Ink | None:
    """The visible part of `widget` in a grab of `window`: its background (most common colour)
    and its ink (the pixel that stands out most from it; glyph stems reach the full text
    colour). None when nothing of the widget is on screen."""
    visible = widget.visibleRegion().boundingRect().adjusted(inset, inset, -inset, -inset)
    if visible.isEmpty():
        return None
    top_left = widget.mapTo(window, visible.topLeft())
    rect = QRect(top_left, visible.size())
    # A grab is in device pixels; these tests run at a device pixel ratio of 1.
    dpr = img.devicePixelRatio()
    if dpr != 1:
        rect = QRect(QPoint(round(rect.x() * dpr), round(rect.y() * dpr)), rect.size() * dpr)
    counts = colours(img, rect)
    if not counts:
        return None
    bg = QColor(counts.most_common(1)[0][0])
    ink = max((QColor(rgb) for rgb in counts), key=lambda c: contrast(c, bg))
    return Ink(bg, ink)


def surround(img: QImage, window: QWidget, widget: QWidget, band: int = 6) -> QColor | None:
    """The colour a widget sits on: the most common one in a band just outside it."""
    inner = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    dpr = img.devicePixelRatio()  # a grab is in device pixels (2 at QT_SCALE_FACTOR=2)
    if dpr != 1:
        inner = QRect(QPoint(round(inner.x() * dpr), round(inner.y() * dpr)), inner.size() * dpr)
        band = round(band * dpr)
    outer = inner.adjusted(-band, -band, band, band).intersected(img.rect())
    counts = colours(img, outer)
    counts.subtract(colours(img, inner.intersected(img.rect())))
    counts = +counts  # drop what was only inside
    return QColor(counts.most_common(1)[0][0]) if counts else None
