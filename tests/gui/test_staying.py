"""What closing Kind's window does (kindapp/ui/desktop/staying.py): the rule is asked at each
close, so a change in Settings counts at once; the window hides or closes by it, and Qt's
quit-on-last-window follows; Ctrl+Q quits from the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.practice_registry import kind_practices
from kindapp.ui.common.practice_actions import PracticeActions
from kindapp.ui.desktop.staying import Staying
from kindapp.ui.shell.main_window import MainWindow


def test_each_close_asks_the_rule_and_the_window_hides_or_closes_by_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(PracticeActions(kind_practices()))
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
    window = MainWindow(PracticeActions(kind_practices()))
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


@pytest.mark.screenshots
@pytest.mark.parametrize(
    ("look", "scale"), [("light", 1.0), ("dark", 1.0), ("contrast", 1.0), ("light", 1.5)]
)
def test_the_no_tray_notice_reads_whole_in_every_look(make_kind, snap, look, scale) -> None:  # type: ignore[no-untyped-def]
    """The notice a tray-less desktop gets (what closing does, Ctrl+Q) wraps and is read whole,
    in every look and at 150 % text."""
    kind = make_kind()
    kind.controller.set_look(look, scale)
    kind.controller.tell(Notice(NoticeKind.NO_TRAY))
    banner = kind.window.banner
    assert any("Ctrl+Q" in m for m in banner.messages), banner.messages
    snap(kind.window, f"no-tray-notice-{look}-{scale:g}")
    text = banner.text
    assert text.isVisible()
    assert text.height() >= text.heightForWidth(text.width()), "the notice is cut off"
