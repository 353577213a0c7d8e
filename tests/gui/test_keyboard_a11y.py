"""Every screen works from the keyboard, and everything that takes focus has a name that a
screen reader can speak: empty screens, and the letters library, history and past reframes
with entries in them (a journal filled first), and the screen after a practice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from screen_helpers import fill_journal, paths_under

from kindapp.core.navigation import Nav, Page, Screen
from kindapp.core.practice_registry import kind_practices

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
    (Page("in_the_way"), "in_the_way"),
    (Page("kind_day"), "kind_day"),
    (Screen.JOURNAL_ENTRY, "journal_entry"),
    (Screen.FEELS_FAKE, "feels_fake"),
    (Screen.PAST_SELF, "past_self"),  # with a letter from weeks ago: the offer
    (Screen.GIVING_SETUP, "giving_setup"),
    (Screen.SOFTEN_SETUP, "soften_setup"),
    (Screen.FIND_PHRASES, "find_phrases"),
]
# With entries in the journal (screen_helpers.fill_journal): rows, and the controls for them.
FILLED = [
    (Screen.LETTERS, Nav.OPEN_LETTERS),
    (Screen.HISTORY, "history"),
    (Screen.REFRAMES, Nav.OPEN_REFRAMES),
    (Screen.DONE, "done"),
    (Screen.REFRAME, "reframe"),  # with thoughts caught: answer or let go of each
    (Page("kind_day"), "kind_day"),  # a kind day begun: the evening look back
]
INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

ARROWS = (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up)


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _group_peers(x: QWidget) -> list[QAbstractButton]:
    """The other buttons of an exclusive group `x` is in (Qt gives the group one Tab stop)."""
    group = x.group() if isinstance(x, QAbstractButton) else None
    if group is None or not group.exclusive():
        return []
    return [b for b in group.buttons() if b is not x and b.isVisible() and b.isEnabled()]


def _open(kind, qtbot, how) -> None:  # type: ignore[no-untyped-def]
    c = kind.controller
    c.nav.go(Nav.HOME)
    if how is None:
        return
    if how == "letter":
        c.open_letter()
    elif how == "reframe":
        c.open_reframe()
    elif how == "in_the_way":
        c.writing.more.open_page("way")
    elif how == "kind_day":
        c.writing.more.open_page("kind_day")
    elif how == "journal_entry":
        c.writing.more.open_journal_entry()
    elif how == "feels_fake":
        c.care.show_feels_fake()
    elif how == "past_self":
        from datetime import UTC, datetime, timedelta

        if c.journal().get_letter_by_uid("weeks-ago") is None:
            then = datetime.now(UTC) - timedelta(days=40)
            c.journal().add_letter("weeks-ago", "Then", "Dear me, rest now.", then, then)
        c.actions.run("past-self.open")
    elif how == "giving_setup":
        c.actions.run("giving-receiving.begin")
    elif how == "soften_setup":
        c.actions.run("soften-soothe-allow.begin")
    elif how == "break":
        c.start_break("quick")
    elif how == "checkin":
        c.start_break("quick", ask_first=True)
    elif how == "backdraft":
        c.start_breathe()
        c.practice.ground_now()
        c.practice.leave_from_grounding()
    elif how == "learn":
        c.care.open_learn("myths")
    elif how == "history":
        c.care.open_history()
    elif how == "first_run":
        c.show_first_run()
    elif how == "find_phrases":  # its last turn: the phrases, a wish offered beside each
        c.actions.run("phrases.find")
        page = kind.window.page(Screen.FIND_PHRASES)
        page.answers[0].setPlainText("I am safe\nYou matter")
        page.go_to(2)
    elif how == "done":
        c.start_break("quick")
        session = c.practice.driver.session
        kind.clock.set(session.started_at + session.practice.total_s)
        session.tick()  # the whole break: then "and now?", skipped with one key
        qtbot.keyClick(kind.window.page(Screen.CHECKIN), Qt.Key.Key_S)
    else:
        c.writing.open_writing(how) if how in (Nav.OPEN_LETTERS, Nav.OPEN_REFRAMES) else c.nav.go(
            how
        )


def _walk(kind, qtbot, screen: Screen, how) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Open the screen, check every control has a name and Tab reaches it; the controls."""
    w = kind.window
    _open(kind, qtbot, how)
    page = w.page(screen)
    qtbot.waitUntil(page.isVisible, timeout=3000)
    assert w.current_screen() == screen  # a practice's Page is a value, Screen a member
    wanted = [
        x
        for x in page.findChildren(QWidget)
        if isinstance(x, INTERACTIVE)
        and x.isVisible()
        and x.isEnabled()
        and (x.focusPolicy() & Qt.FocusPolicy.TabFocus or _group_peers(x))
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
        # Buttons in an exclusive group (radio buttons, toggles) are one Tab stop; the arrow
        # keys move within it (Qt's way). Go there with the arrows from the peer Tab reached.
        if id(x) in reached:
            return True
        peers = _group_peers(x)
        # Breadth-first over the arrow keys from every member Tab reached.
        seen = [p for p in peers if id(p) in reached]
        todo = list(seen)
        while todo:
            here = todo.pop()
            for key in ARROWS:
                here.setFocus(Qt.FocusReason.TabFocusReason)
                qtbot.keyClick(here, key)
                there = w.focusWidget()
                if there is x:
                    return True
                if there in peers and there not in seen:
                    seen.append(there)
                    todo.append(there)
        return False

    missed = [f"{type(x).__name__} '{_name(x)}'" for x in wanted if not reached_or_grouped(x)]
    assert not missed, f"{screen.value}: Tab never reaches {missed}"
    return wanted


def test_every_screen_of_the_app_is_walked_with_the_keyboard(kind) -> None:  # type: ignore[no-untyped-def]
    """The lists above against the app's own registry of screens: a new screen fails here until
    it is walked (empty, or with entries in the journal)."""
    walked = {s for s, _ in SCREENS} | {s for s, _ in FILLED}
    assert [s for s in kind.window.screens() if s not in walked] == []
    pages = [Page(p.page.screen) for p in kind_practices().pages() if p.page is not None]
    assert kind.window.screens() == [*Screen, *pages]  # then the registry's practice pages


@pytest.mark.parametrize("screen,how", SCREENS, ids=[s.value for s, _ in SCREENS])
def test_tab_reaches_every_control_and_each_has_a_name(kind, qtbot, screen, how):
    _walk(kind, qtbot, screen, how)
    if screen is Screen.PRACTICE:
        kind.controller.practice.leave_practice()


@pytest.mark.parametrize("screen,how", FILLED, ids=[s.value for s, _ in FILLED])
def test_tab_reaches_every_control_with_entries_in_the_journal(
    make_kind, tmp_path, qtbot, screen, how
):
    filled = fill_journal(tmp_path)
    kind = make_kind(tmp_path)
    wanted = _walk(kind, qtbot, screen, how)
    names = [_name(x) for x in wanted]
    page = kind.window.page(screen)
    if screen is Screen.LETTERS:
        # The list of letters is a Tab stop, with a name, and so are the actions on the letter
        # it selects (open, delete, remind me to reread), now that there is one.
        assert page.model.rowCount() == filled["letters"]
        for control in (page.list, page.open_button, page.delete_button, page.reread):
            assert control in wanted, f"{_name(control)!r} is not reachable by Tab"
        # Each letter reads out as its title (or the untitled name) to a screen reader.
        rows = [page.model.index(r).data() for r in range(page.model.rowCount())]
        assert all(r and r.strip() for r in rows), rows
        assert "When the project slipped" in rows and "A letter to myself" in rows
    elif screen is Screen.HISTORY:
        # The list of moments is a Tab stop; the arrow keys choose a moment, and the one Remove
        # button then names the moment it removes (every moment told apart by its name).
        assert page.list_area in wanted and page.row_actions.remove_button in wanted, names
        page.list_area.setFocus()
        removes = []
        for entry_id in page.entry_ids():
            page.select_entry(entry_id)
            removes.append(_name(page.row_actions.remove_button))
        assert len(removes) == filled["practices"], removes
        assert len(set(removes)) == len(removes), removes
        assert all(n.startswith("Remove ") for n in removes), removes
        assert sum("Self-Compassion Break" in n for n in removes) == 2, removes
        assert any("Soothing touch" in n for n in removes), removes
        first = page.current_entry()
        qtbot.keyClick(page.list_area, Qt.Key.Key_Up)
        qtbot.keyClick(page.list_area, Qt.Key.Key_Down)
        assert page.current_entry() is not None and removes  # arrows keep a moment chosen
        assert first is not None
    elif screen is Screen.REFRAMES:
        assert any(isinstance(x, QAbstractItemView) for x in wanted), names
        assert len(wanted) >= 3, names  # the list and what can be done with its entry
    elif screen is Screen.REFRAME:
        assert len(page.caught.buttons) == 2 * filled["caught"]
        assert all(b in wanted for b in page.caught.buttons), names
    elif screen == Page("kind_day"):
        assert page.kind_moment in wanted and page.hard_moment in wanted, names
    elif screen is Screen.DONE:
        assert "Thank you" in page.heading.text()  # the whole break, not a stop
        assert {"Once more", "Home", "Why it can feel awkward at first"} <= set(names)


def test_a_screen_reader_tells_apart_the_same_practice_on_two_days(make_kind, tmp_path, qtbot):
    from datetime import UTC, datetime, timedelta

    from kindapp.core.journal import Journal
    from kindapp.core.records import PracticeRecord

    path = paths_under(tmp_path).journal_file
    path.parent.mkdir(parents=True, mode=0o700)
    journal = Journal(path)
    now = datetime.now(UTC).replace(microsecond=0)
    for days_ago in (0, 1):
        start = now - timedelta(days=days_ago, minutes=5)
        end = start + timedelta(seconds=60)
        journal.record_practice(PracticeRecord("break", "quick", start, end, 60.0, "finished"))
    journal.close()
    kind = make_kind(tmp_path)
    kind.controller.care.open_history()
    page = kind.window.page(Screen.HISTORY)
    qtbot.waitUntil(page.isVisible, timeout=3000)
    names = []
    for entry_id in page.entry_ids():
        page.select_entry(entry_id)
        names.append(_name(page.row_actions.remove_button))
    assert len(names) == 2
    assert names[0] != names[1], f"two Remove buttons both read {names[0]!r}"
