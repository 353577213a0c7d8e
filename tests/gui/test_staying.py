"""What closing Kind's window does (kindapp/ui/desktop/staying.py): the rule is asked at each
close, so a change in Settings counts at once; the window hides or closes by it, and Qt's
quit-on-last-window follows; Ctrl+Q quits from the window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kindapp.ui.desktop.staying import Staying
from kindapp.ui.shell.main_window import MainWindow


def test_each_close_asks_the_rule_and_the_window_hides_or_closes_by_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    stays = [True]
    quit_on_last: list[bool] = []
    Staying(
        window,
        stays=lambda: stays[0],
        quit_on_last_window_closed=quit_on_last.append,
        quit_app=lambda: None,
        parent=window,
    )
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is False  # hidden, not closed: Kind keeps running
    assert not window.isVisible()
    assert quit_on_last[-1] is False

    stays[0] = False  # reminders turned off meanwhile
    window.show()
    qtbot.waitExposed(window)
    assert window.close() is True
    assert quit_on_last[-1] is True


def test_ctrl_q_quits_from_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    quits: list[str] = []
    Staying(
        window,
        stays=lambda: True,
        quit_on_last_window_closed=lambda _: None,
        quit_app=lambda: quits.append("quit"),
        parent=window,
    )
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == ["quit"]
