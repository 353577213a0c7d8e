"""Light, dark, high contrast and larger text: every screen renders and nothing is clipped."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel

from kindapp.core.navigation import Nav, Screen
from kindapp.ui import theme

SCREENS = [(Screen.HOME, None), (Screen.SETTINGS, Nav.OPEN_SETTINGS),
           (Screen.WORDS, Nav.OPEN_WORDS), (Screen.TOUCH_SETUP, Nav.OPEN_TOUCH),
           (Screen.BREATHE_SETUP, Nav.OPEN_BREATHE)]


def test_every_stylesheet_colour_has_a_high_contrast_role():
    from kindapp.app import stylesheet_template

    colours = set(re.findall(r"#[0-9a-fA-F]{6}\b", stylesheet_template()))
    unknown = sorted(c for c in colours if c.lower() not in theme._CONTRAST)
    assert not unknown, f"give these colours a high-contrast role in ui/theme.py: {unknown}"


def test_dark_keeps_hue_and_turns_lightness_around():
    sage = QColor("#7f9f8a")
    dark = theme._dark(sage)
    assert abs(dark.hslHueF() - sage.hslHueF()) < 0.01
    assert theme._dark(QColor("#f6f2ec")).lightnessF() < 0.25  # paper becomes night
    assert theme._dark(QColor("#3b3833")).lightnessF() > 0.7  # ink becomes light


@pytest.mark.parametrize("look,scale", [("light", 1.0), ("dark", 1.0), ("contrast", 1.0),
                                        ("light", 1.5)])
def test_screens_in_each_look_and_size_have_nothing_clipped(make_kind, qtbot, snap, look,
                                                            scale):
    kind = make_kind()
    c = kind.controller
    c.set_look(look=look, scale=scale)
    w = kind.window
    w.resize(w.sizeHint())
    for screen, nav in SCREENS:
        c.nav.go(Nav.HOME)
        if nav is not None:
            c.nav.go(nav)
        page = w.screen(screen)
        qtbot.waitUntil(page.isVisible, timeout=3000)
        snap(w, f"look-{look}-{round(scale * 100)}-{screen.value}")
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                assert widget.height() >= need - 1, (
                    f"{look} {scale}: {screen.value}: '{widget.text()[:40]}' is "
                    f"{widget.height()} px high, needs {need}")
                continue
            hint = widget.sizeHint().width()
            assert widget.width() >= hint - 1, (
                f"{look} {scale}: {screen.value}: {type(widget).__name__} "
                f"'{getattr(widget, 'text', lambda: '')()}' is {widget.width()} px wide, "
                f"needs {hint}")
    c.set_look(look="light", scale=1.0)
