"""Whether Kind keeps running when its window is closed. Pure Python, no Qt.

With a tray, Kind rests there. Without one (stock GNOME), closing the window quits Kind, unless
something the person asked for needs Kind to go on running: gentle reminders, or start at login
(an autostarted Kind has no window to keep it open). Then it keeps running with no window, and
the launcher brings the window back.
"""

from __future__ import annotations


def stays_when_closed(*, tray: bool, reminders_on: bool, autostart_on: bool) -> bool:
    """True when closing the window should leave Kind running (hidden), False to quit."""
    return tray or reminders_on or autostart_on


def tell_still_running(*, tray: bool, stays: bool, told_before: bool) -> bool:
    """Whether to say, this time, where a tray-less Kind went and how to quit it: once, the
    first time it stays running without a tray."""
    return stays and not tray and not told_before
