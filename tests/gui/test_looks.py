"""Light, dark, high contrast and larger text: every screen renders and nothing is clipped."""

from __future__ import annotations

import contextlib
import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QLabel

from kindapp.core.navigation import Nav, Screen
from kindapp.ui.common import theme

SCREENS = [
    (Screen.HOME, None),
    (Screen.SETTINGS, Nav.OPEN_SETTINGS),
    (Screen.WORDS, Nav.OPEN_WORDS),
    (Screen.TOUCH_SETUP, Nav.OPEN_TOUCH),
    (Screen.BREATHE_SETUP, Nav.OPEN_BREATHE),
    (Screen.LETTER, "letter"),
    (Screen.LETTERS, Nav.OPEN_LETTERS),
    (Screen.REFRAME, "reframe"),
    (Screen.REFRAMES, Nav.OPEN_REFRAMES),
    (Screen.CHECKIN, Nav.OPEN_CHECKIN),
    (Screen.LEARN, "learn"),
    (Screen.HISTORY, "history"),
    (Screen.FIRST_RUN, "first_run"),
    (Screen.BACKDRAFT, Nav.OPEN_BACKDRAFT),
    (Screen.PRACTICE, "touch"),
]


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


@pytest.mark.parametrize(
    "look,scale", [("light", 1.0), ("dark", 1.0), ("contrast", 1.0), ("light", 1.5)]
)
def test_screens_in_each_look_and_size_have_nothing_clipped(make_kind, qtbot, snap, look, scale):
    kind = make_kind()
    c = kind.controller
    c.set_look(look=look, scale=scale)
    w = kind.window
    w.resize(w.sizeHint())
    for screen, nav in SCREENS:
        if c.practice.driver is not None:
            c.practice.leave_practice()
        c.nav.go(Nav.HOME)
        if nav in (Nav.OPEN_LETTERS, Nav.OPEN_REFRAMES):
            c.writing.open_writing(nav)
        elif nav == "letter":
            c.open_letter()
        elif nav == "reframe":
            c.open_reframe()
        elif nav == "learn":
            c.care.open_learn("myths")
        elif nav == "history":
            c.care.open_history()
        elif nav == "first_run":
            c.show_first_run()
        elif nav == "touch":
            c.start_touch()
        elif nav is not None:
            c.nav.go(nav)
        page = w.page(screen)
        qtbot.waitUntil(page.isVisible, timeout=3000)
        snap(w, f"look-{look}-{round(scale * 100)}-{screen.value}")

        def clipped(page=page) -> list[str]:
            found = []
            for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
                if not widget.isVisible():
                    continue
                if isinstance(widget, QLabel) and widget.wordWrap():
                    need = widget.heightForWidth(widget.width())
                    if widget.height() < need - 1:
                        found.append(
                            f"'{widget.text()[:40]}' is {widget.height()} px high, needs {need}"
                        )
                    continue
                hint = widget.sizeHint().width()
                if widget.width() < hint - 1:
                    text = getattr(widget, "text", lambda: "")()
                    found.append(
                        f"{type(widget).__name__} '{text}' is {widget.width()} px "
                        f"wide, needs {hint}"
                    )
            return found

        # Layouts settle over a few events after a screen is shown; wait for that, then judge.
        with contextlib.suppress(AssertionError):
            qtbot.waitUntil(lambda: not clipped(), timeout=2000)
        assert not clipped(), f"{look} {scale}: {screen.value}: {clipped()}"
    if c.practice.driver is not None:
        c.practice.leave_practice()
    c.set_look(look="light", scale=1.0)
