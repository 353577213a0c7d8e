"""Memory given back: the window closed into the tray lets go of the pages that hold nothing of
the person's (built again, filled, when next shown); the writing pages are kept."""

from __future__ import annotations

from kindapp.core.navigation import Nav, Screen


def test_closing_into_the_tray_lets_go_of_pages_that_hold_nothing_of_the_persons(kind, qtbot):  # type: ignore[no-untyped-def]
    c, w = kind.controller, kind.window
    w.hide_on_close = True  # a desktop with a tray: closing hides Kind there
    c.nav.go(Nav.OPEN_SETTINGS)
    old_settings = w.page(Screen.SETTINGS)
    c.care.open_learn("myths")
    c.open_letter()
    assert w.built(Screen.LETTER) and w.built(Screen.LEARN)
    c.nav.go(Nav.HOME)
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert not w.built(Screen.SETTINGS) and not w.built(Screen.LEARN)
    assert w.built(Screen.LETTER)  # what is being written stays
    # Shown again, the settings page is built anew.
    w.bring_forward()
    c.nav.go(Nav.OPEN_SETTINGS)
    assert w.current_screen() is Screen.SETTINGS
    assert w.page(Screen.SETTINGS) is not old_settings
    assert w.page(Screen.SETTINGS).isVisible()


def test_the_page_showing_is_kept(kind, qtbot):  # type: ignore[no-untyped-def]
    c, w = kind.controller, kind.window
    w.hide_on_close = True
    c.nav.go(Nav.OPEN_SETTINGS)
    page = w.page(Screen.SETTINGS)
    w.close()
    qtbot.waitUntil(lambda: not w.isVisible(), timeout=5000)
    assert w.built(Screen.SETTINGS) and w.page(Screen.SETTINGS) is page
