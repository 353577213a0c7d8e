"""Page layouts every screen uses: one scroll area, a scrolling page built on it, and a centred
column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QScrollArea, QVBoxLayout, QWidget


def scroll_area(content: QWidget, *, reading: bool = True) -> QScrollArea:
    """A borderless, vertically scrolling area on the paper background, holding `content`.

    `reading`: a page to read (the "Reading" style, and the area itself takes no focus, so Tab
    goes straight to the page's controls); else a plain scroll area around a screen's body.
    """
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content.setObjectName("Screen")
    if reading:
        area.setObjectName("Reading")
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    if reading:
        area.viewport().setObjectName("Screen")
    return area


def scrolling_page(
    page: QWidget, margins: tuple[int, int, int, int] = (48, 32, 48, 12)
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """Give `page` a vertically scrolling body (never clipped, whatever the text size).

    Returns (frame, body): put the content in `body`, and rows that should stay in view (such
    as Back / Begin) in `frame` below it.
    """
    frame = QVBoxLayout(page)
    frame.setContentsMargins(0, 0, 0, 0)
    content = QWidget()
    frame.addWidget(scroll_area(content, reading=False), 1)
    body = QVBoxLayout(content)
    body.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    body.setContentsMargins(*margins)
    return frame, body


def centered(column: QWidget, max_width: int, margins: tuple[int, int, int, int]) -> QHBoxLayout:
    """A row that keeps `column` at most `max_width` wide and in the middle.

    (A widget added to a layout with an alignment flag loses height-for-width, which clips
    wrapped text; stretches on either side keep it.)
    """
    column.setMaximumWidth(max_width)
    row = QHBoxLayout()
    row.setContentsMargins(*margins)
    row.addStretch(1)
    row.addWidget(column, 100)
    row.addStretch(1)
    return row


def reading_page(owner: QWidget, column: QWidget) -> QScrollArea:
    """Fill `owner` with a page to read: `column` centred (its own maximum width kept) on the
    paper, in a scroll area, so larger text or a small window scrolls instead of cutting a word
    off. Returns the scroll area."""
    page = QWidget()
    page_lay = QHBoxLayout(page)
    page_lay.setContentsMargins(48, 36, 48, 28)
    page_lay.addStretch(1)
    page_lay.addWidget(column, 100)
    page_lay.addStretch(1)
    area = scroll_area(page)
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return area
