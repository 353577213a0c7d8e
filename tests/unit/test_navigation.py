from __future__ import annotations

import pytest

from kindapp.core.navigation import IllegalNavigation, Nav, Navigator, Screen


def test_navigation_table_and_listeners():
    nav = Navigator()
    seen = []
    nav.add_listener(lambda old, new: seen.append((old, new)))
    nav.go(Nav.OPEN_PRACTICE)
    nav.go(Nav.PRACTICE_ENDED)
    nav.go(Nav.OPEN_SETTINGS)
    nav.go(Nav.HOME)
    assert seen == [
        (Screen.HOME, Screen.PRACTICE),
        (Screen.PRACTICE, Screen.DONE),
        (Screen.DONE, Screen.SETTINGS),
        (Screen.SETTINGS, Screen.HOME),
    ]


def test_illegal_navigation_is_a_clear_error():
    nav = Navigator()
    with pytest.raises(IllegalNavigation, match="cannot practice_ended from the home screen"):
        nav.go(Nav.PRACTICE_ENDED)
    nav.go(Nav.OPEN_PRACTICE)
    assert not nav.can(Nav.OPEN_SETTINGS)  # settings wait until the practice is over
