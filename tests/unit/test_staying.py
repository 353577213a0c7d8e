"""When closing the window leaves Kind running (kindapp/core/staying.py): always with a tray;
without one only while reminders or start at login need it; and the word about it, once."""

from __future__ import annotations

import pytest

from kindapp.core.staying import stays_when_closed, tell_still_running


@pytest.mark.parametrize(
    ("tray", "reminders_on", "autostart_on", "stays"),
    [
        (True, False, False, True),
        (False, False, False, False),
        (False, True, False, True),
        (False, False, True, True),
        (False, True, True, True),
    ],
)
def test_kind_stays_with_a_tray_or_while_something_asked_for_needs_it(
    tray: bool, reminders_on: bool, autostart_on: bool, stays: bool
) -> None:
    assert (
        stays_when_closed(tray=tray, reminders_on=reminders_on, autostart_on=autostart_on) is stays
    )


def test_without_a_tray_the_word_about_it_comes_once_and_only_when_kind_stays() -> None:
    assert tell_still_running(tray=False, stays=True, told_before=False)
    assert not tell_still_running(tray=False, stays=True, told_before=True)
    assert not tell_still_running(tray=False, stays=False, told_before=False)
    assert not tell_still_running(tray=True, stays=True, told_before=False)
