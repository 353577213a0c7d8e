"""The compassionate friend reframe: every step by keys, the read-aloud view, past reframes."""

from __future__ import annotations

from pathlib import Path

import pytest
from journal_here import JournalHere
from PySide6.QtCore import Qt
from screen_helpers import show

from kindapp.core.journal import Journal
from kindapp.ui.common.operations import Operations
from kindapp.ui.writing.past_reframes import PastReframes
from kindapp.ui.writing.reframe_screen import ReframeScreen

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def here(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = JournalHere(tmp_path / "data" / "kindapp" / "journal.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def journal(here: JournalHere) -> Journal:
    return here.journal


@pytest.fixture
def ops(here: JournalHere) -> Operations:
    return here.ops


CRITICAL = "You always mess things up. What is wrong with you?"
KIND = (
    "Sam, that was a hard week and you were stretched thin. One mistake doesn't undo "
    "everything you've done well. What would help you now?"
)


def test_every_step_by_keys_then_read_aloud(styled, qtbot, journal, snap, ops):
    page = show(qtbot, ReframeScreen(ops))
    page.start()
    # 1: the critical thought. Next waits for words; Ctrl+Enter moves on, Enter is a new line.
    assert page.step() == 0 and page.critical.hasFocus()
    assert not page.next_button.isEnabled()
    snap(page, "reframe-1-critical-empty")
    qtbot.keyClicks(page.critical, CRITICAL)
    assert page.next_button.isEnabled()
    snap(page, "reframe-1-critical")
    qtbot.keyClick(page.critical, Qt.Key.Key_Return, CTRL)
    # 2: someone you cherish. Enter moves on.
    assert page.step() == 1 and page.person.hasFocus()
    qtbot.keyClicks(page.person, "Maya")
    snap(page, "reframe-2-person")
    qtbot.keyClick(page.person, Qt.Key.Key_Return)
    # 3: would you say this to them? A gentle line for "no".
    assert page.step() == 2
    assert page.would_title.text() == "Would you say this to Maya?"
    assert page.quote.text() == f"“{CRITICAL}”"
    qtbot.mouseClick(page.answer_buttons["no"], Qt.MouseButton.LeftButton)
    assert page.would_say() == "no"
    assert page.answer_note.text().startswith(
        "That's fine — no need to scold yourself for the scolding."
    )
    snap(page, "reframe-3-would-say")
    qtbot.keyClick(page.answer_buttons["no"], Qt.Key.Key_Return)
    # 4: the kind version, with the third-person hint.
    assert page.step() == 3 and page.kind.hasFocus()
    assert page.kind_title.text() == "How would you say it to Maya?"
    assert "third person" in page.kind_hint.text()
    assert not page.next_button.isEnabled()
    qtbot.keyClicks(page.kind, KIND)
    snap(page, "reframe-4-kind")
    qtbot.keyClick(page.kind, Qt.Key.Key_Return, CTRL)
    # 5: how each version feels; sliders by arrow keys, Tab between them.
    assert page.step() == 4
    first = page.ratings["critical"]["motivated"].slider
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Left)
    qtbot.keyClick(first, Qt.Key.Key_Left)
    qtbot.keyClick(first, Qt.Key.Key_Left)  # stops at -2
    page.ratings["critical"]["empowered"].set_value(-1)
    kind_motivated = page.ratings["kind"]["motivated"].slider
    kind_motivated.setFocus()
    qtbot.keyClick(kind_motivated, Qt.Key.Key_Right)
    qtbot.keyClick(kind_motivated, Qt.Key.Key_Right)
    page.ratings["kind"]["validated"].set_value(1)
    assert page.rating_values("critical") == {"motivated": -2, "empowered": -1, "validated": 0}
    assert page.rating_values("kind") == {"motivated": 2, "empowered": 0, "validated": 1}
    assert page.ratings["kind"]["validated"].low.text() == "dismissed"
    snap(page, "reframe-5-feel")
    with qtbot.waitSignal(page.saved) as sig:
        qtbot.keyClick(kind_motivated, Qt.Key.Key_Return)  # Enter: next (and save)
    # 6: the kind version, large, to read aloud.
    assert page.step() == 5
    assert page.read.text.text() == KIND
    assert page.read.note.text() == "You don't have to believe it yet."
    assert page.read.lead.text() == "AS YOU'D SAY IT TO MAYA"
    assert page.read.text.font().pointSizeF() >= 24
    snap(page, "reframe-6-read-aloud")
    saved = journal.get_reframe(sig.args[0])
    assert saved is not None
    assert (saved.critical, saved.person, saved.would_say, saved.kind_version) == (
        CRITICAL,
        "Maya",
        "no",
        KIND,
    )
    assert saved.ratings_critical == {"motivated": -2, "empowered": -1, "validated": 0}
    assert saved.ratings_kind == {"motivated": 2, "empowered": 0, "validated": 1}
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert len(journal.reframes()) == 1  # saved once


def test_back_and_escape_walk_back_and_leave(styled, qtbot, journal, ops):
    page = show(qtbot, ReframeScreen(ops))
    page.start()
    qtbot.keyClicks(page.critical, "Lazy again.")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step() == 1
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # nobody named
    assert page.would_title.text() == "Would you say this to a close friend?"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert page.step() == 1
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.step() == 0 and page.critical.toPlainText() == "Lazy again."
    assert page.back_button.text() == "Leave"
    with qtbot.waitSignal(page.back):
        qtbot.keyClick(page.critical, Qt.Key.Key_Escape)
    assert journal.reframes() == []  # leaving early keeps nothing
    # The other answers have their own gentle lines; "a close friend" button fills the name.
    page.start()
    assert page.critical.toPlainText() == ""
    qtbot.keyClicks(page.critical, "x")
    page.go_next()
    qtbot.mouseClick(page.close_friend, Qt.MouseButton.LeftButton)
    assert page.person.text() == "a close friend"
    page.go_next()
    page.answer_buttons["yes"].setChecked(True)
    assert page.answer_note.text() != ""
    page.answer_buttons["not sure"].setChecked(True)
    assert page.answer_note.text().startswith("That's all right")


def test_a_save_problem_keeps_the_words_and_tries_again(styled, qtbot, journal, snap, ops, here):
    page = show(qtbot, ReframeScreen(ops))
    page.start()
    qtbot.keyClicks(page.critical, "Useless.")
    page.go_next()
    page.go_next()
    page.go_next()
    qtbot.keyClicks(page.kind, "You're tired, not useless.")
    page.go_next()
    here.run(lambda j: j._db.execute("PRAGMA query_only=1"))
    page.go_next()
    assert page.step() == 4 and page.problem.isVisible() and page.again_button.isVisible()
    assert page.problem.text().startswith("Kind couldn't save this just now:")
    snap(page, "reframe-save-problem")
    here.run(lambda j: j._db.execute("PRAGMA query_only=0"))
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.again_button, Qt.MouseButton.LeftButton)
    assert page.step() == 5 and not page.problem.isVisible()
    assert [r.kind_version for r in journal.reframes()] == ["You're tired, not useless."]


def test_past_reframes_reopen_in_the_read_aloud_view(styled, qtbot, journal, snap, ops):
    empty = show(qtbot, PastReframes(ops))
    empty.refresh()
    assert empty.empty.isVisible() and not empty.list.isVisible()
    snap(empty, "reframes-past-empty")
    first = journal.add_reframe(
        "Stupid.",
        "Ana",
        "no",
        "Ana, everyone slips. You're learning.",
        {"motivated": -1},
        {"motivated": 1},
    )
    second = journal.add_reframe(
        "Too slow.",
        "a close friend",
        "not sure",
        "You're going at the pace this needs, and that's okay.",
        {},
        {},
    )
    past = show(qtbot, PastReframes(ops))
    past.refresh()
    assert past.list.count() == 2
    ids = [past.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)]
    assert ids == [second.id, first.id]  # newest first
    assert past.list.hasFocus()
    snap(past, "reframes-past")
    past.list.setCurrentRow(1)
    with qtbot.waitSignal(past.openReframe) as sig:
        qtbot.keyClick(past.list, Qt.Key.Key_Return)
    assert sig.args == [first.id]

    page = show(qtbot, ReframeScreen(ops))
    reframe = journal.get_reframe(first.id)
    assert reframe is not None
    page.show_reframe(reframe)
    assert page.step() == 5 and page.read.text.text() == reframe.kind_version
    assert page.read.lead.text() == "AS YOU'D SAY IT TO ANA"
    assert not page.dots.isVisible()
    snap(page, "reframe-read-aloud-past")
    assert not page.back_button.isVisible() and page.next_button.text() == "Done"
    with qtbot.waitSignal(page.back):
        qtbot.keyClick(page, Qt.Key.Key_Escape)
    with qtbot.waitSignal(page.back):  # Done, too, goes back to the list
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert len(journal.reframes()) == 2  # reopening saves nothing new
    past.activateWindow()
    qtbot.waitUntil(past.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(past.back):
        qtbot.keyClick(past.list, Qt.Key.Key_Escape)
