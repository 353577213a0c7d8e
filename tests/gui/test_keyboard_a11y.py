"""Every screen works from the keyboard, and everything that takes focus has a name that a
screen reader can speak."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from kindapp.core.navigation import Nav, Screen

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
    (Screen.PRACTICE, "break"),
    (Screen.CHECKIN, "checkin"),
    (Screen.BACKDRAFT, "backdraft"),
    (Screen.LEARN, "learn"),
    (Screen.HISTORY, "history"),
    (Screen.FIRST_RUN, "first_run"),
]
INTERACTIVE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _open(kind, how) -> None:
    c = kind.controller
    c.nav.go(Nav.HOME)
    if how is None:
        return
    if how == "letter":
        c.open_letter()
    elif how == "reframe":
        c.open_reframe()
    elif how == "break":
        c.start_break("quick")
    elif how == "checkin":
        c.start_break("quick", ask_first=True)
    elif how == "backdraft":
        c.start_breathe()
        c.practice.ground_now()
    elif how == "learn":
        c.care.open_learn("myths")
    elif how == "history":
        c.care.open_history()
    elif how == "first_run":
        c.show_first_run()
    else:
        c.writing.open_writing(how) if how in (Nav.OPEN_LETTERS, Nav.OPEN_REFRAMES) else c.nav.go(
            how
        )


@pytest.mark.parametrize("screen,how", SCREENS, ids=[s.value for s, _ in SCREENS])
def test_tab_reaches_every_control_and_each_has_a_name(kind, qtbot, screen, how):
    w = kind.window
    _open(kind, how)
    page = w.page(screen)
    qtbot.waitUntil(page.isVisible, timeout=3000)
    wanted = [
        x
        for x in page.findChildren(QWidget)
        if isinstance(x, INTERACTIVE)
        and x.isVisible()
        and x.isEnabled()
        and x.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(x.parent(), (QAbstractSpinBox, QComboBox))
    ]
    assert wanted, f"{screen.value} has no controls?"
    unnamed = [f"{type(x).__name__} {x.objectName()!r}" for x in wanted if not _name(x).strip()]
    assert not unnamed, f"{screen.value}: no accessible name for {unnamed}"

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    wanted[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(len(wanted) * 3 + 10):
        focus = w.focusWidget()
        if focus is not None:
            reached.add(id(focus))
        qtbot.keyClick(focus or w, Qt.Key.Key_Tab)

    def reached_or_grouped(x: QWidget) -> bool:
        # Radio buttons in a group are one Tab stop; the arrow keys move within it (Qt's way).
        group = x.group() if isinstance(x, QRadioButton) else None
        peers = group.buttons() if group is not None else [x]
        return any(id(p) in reached for p in peers)

    missed = [f"{type(x).__name__} '{_name(x)}'" for x in wanted if not reached_or_grouped(x)]
    assert not missed, f"{screen.value}: Tab never reaches {missed}"
    if screen is Screen.PRACTICE:
        kind.controller.practice.leave_practice()
