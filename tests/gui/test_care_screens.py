"""Care screens on their own: check-ins, backdraft, Learn, history, first run."""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.exceptions import TimeoutError
from screen_helpers import show as shown

from kindapp.core.care import CheckIn
from kindapp.core.history import HistoryEntry
from kindapp.core.learn import TOPICS


@pytest.fixture(autouse=True)
def styled(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The app's names and its light look, as kindapp.app applies them."""
    from kindapp.app import configure_qt_app, stylesheet_template
    from kindapp.ui.common.theme import apply_look

    configure_qt_app(qapp)
    qapp.setStyleSheet("")  # setStyle() above drops a sheet that an identical one won't restore
    base = max(qapp.font().pointSizeF(), 10.5)
    icons = tmp_path_factory.mktemp("icons")
    apply_look(qapp, stylesheet_template(), "light", 1.0, base, icons)
    yield qapp
    apply_look(qapp, stylesheet_template(), "light", 1.0, base, icons)  # as found, for other tests


def clipped(root: QWidget) -> list[str]:
    """Visible labels without room for their text."""
    problems = []
    for lab in root.findChildren(QLabel):
        if not lab.isVisibleTo(root) or not lab.text():
            continue
        if lab.wordWrap():
            need = lab.heightForWidth(lab.width())
            if need > lab.height() + 1:
                problems.append(f"{lab.text()[:40]!r}: {lab.height()} px high, needs {need}")
        elif lab.sizeHint().width() > lab.width() + 1:
            problems.append(f"{lab.text()[:40]!r}: {lab.width()} px wide, needs more")
    return problems


def no_clipped_labels(qtbot, root: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Every visible label has room for its text, once the layouts have settled."""
    with contextlib.suppress(TimeoutError):  # posted layout requests settle first
        qtbot.waitUntil(lambda: not clipped(root), timeout=2000)
    assert not clipped(root), clipped(root)


# -- check-in ---------------------------------------------------------------------------------
def test_checkin_before_digits_words_and_enter(qtbot, snap):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    panel = shown(qtbot, CheckInPanel())
    assert panel.heading.text() == "How heavy does it feel right now?"
    assert not panel.stirred_button.isVisibleTo(panel)
    assert panel.scale.hasFocus()
    qtbot.keyClick(panel.scale, Qt.Key.Key_6)
    assert panel.scale.value() == 6
    qtbot.keyClick(panel.scale, Qt.Key.Key_Right)
    qtbot.keyClick(panel.scale, Qt.Key.Key_Right)
    assert panel.scale.value() == 8
    qtbot.keyClick(panel.scale, Qt.Key.Key_End)
    qtbot.keyClick(panel.scale, Qt.Key.Key_Right)
    assert panel.scale.value() == 10  # stays in range
    qtbot.keyClick(panel.scale, Qt.Key.Key_Left)
    assert panel.scale.value() == 9
    qtbot.keyClick(panel.scale, Qt.Key.Key_Tab)
    assert panel.words.hasFocus()
    qtbot.keyClicks(panel.words, "tired, sad")  # 's' is typed, not a skip
    qtbot.keyClick(panel.words, Qt.Key.Key_3)  # digits are typed too
    assert panel.scale.value() == 9
    assert panel.words.text() == "tired, sad3"
    qtbot.keyClick(panel.words, Qt.Key.Key_Backspace)
    snap(panel, "checkin-before")
    with qtbot.waitSignal(panel.done) as sig:
        qtbot.keyClick(panel.words, Qt.Key.Key_Return)
    assert sig.args == [CheckIn(9, "tired, sad")]
    no_clipped_labels(qtbot, panel)


def test_checkin_mouse_choice_can_be_taken_back(qtbot):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    panel = shown(qtbot, CheckInPanel())
    qtbot.mouseClick(panel.scale.buttons[3], Qt.MouseButton.LeftButton)
    assert panel.scale.value() == 3 and panel.scale.buttons[3].isChecked()
    qtbot.mouseClick(panel.scale.buttons[5], Qt.MouseButton.LeftButton)
    assert panel.scale.value() == 5 and not panel.scale.buttons[3].isChecked()
    qtbot.mouseClick(panel.scale.buttons[5], Qt.MouseButton.LeftButton)
    assert panel.scale.value() is None
    with qtbot.waitSignal(panel.done) as sig:  # nothing entered: nothing to keep
        qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton)
    assert sig.args == [None]


@pytest.mark.parametrize("key", [Qt.Key.Key_S, Qt.Key.Key_Escape])
def test_checkin_skips_with_one_key(qtbot, key):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    panel = shown(qtbot, CheckInPanel())
    qtbot.keyClick(panel.scale, Qt.Key.Key_4)
    with qtbot.waitSignal(panel.done) as sig:
        qtbot.keyClick(panel.scale, key)
    assert sig.args == [None]
    panel.continue_button.setFocus()
    with qtbot.waitSignal(panel.done) as sig:
        qtbot.keyClick(panel.continue_button, key)
    assert sig.args == [None]


def test_checkin_after_and_stirred(qtbot, snap):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    panel = shown(qtbot, CheckInPanel())
    qtbot.keyClick(panel.scale, Qt.Key.Key_2)
    panel.set_mode("after")
    assert panel.heading.text() == "And now?"
    assert panel.scale.value() is None and panel.words.text() == ""  # a fresh question
    assert panel.stirred_button.isVisibleTo(panel)
    qtbot.keyClick(panel.scale, Qt.Key.Key_7)
    snap(panel, "checkin-after")
    no_clipped_labels(qtbot, panel)
    events: list[str] = []
    panel.stirred.connect(lambda: events.append("stirred"))
    panel.done.connect(lambda c: events.append(f"done {c}"))
    qtbot.mouseClick(panel.stirred_button, Qt.MouseButton.LeftButton)
    assert events == ["stirred", f"done {CheckIn(7, '')}"]
    assert panel.was_stirred()
    panel.set_mode("after")
    assert not panel.was_stirred()
    with pytest.raises(ValueError):
        panel.set_mode("during")


def test_checkin_fits_a_small_window(qtbot, snap):
    from kindapp.ui.care.checkin_panel import CheckInPanel

    panel = shown(qtbot, CheckInPanel(), 640, 480)
    panel.set_mode("after")
    snap(panel, "checkin-after-small")
    no_clipped_labels(qtbot, panel)
    assert all(b.width() >= b.minimumSizeHint().width() for b in panel.scale.buttons)


# -- backdraft --------------------------------------------------------------------------------
def test_backdraft_screen_ground_back_and_support(qtbot, snap):
    from kindapp.ui.care.backdraft_screen import BackdraftScreen

    page = shown(qtbot, BackdraftScreen())
    page.focus_first()
    texts = " ".join(lab.text() for lab in page.findChildren(QLabel))
    for needed in (
        "backdraft",
        "feet",
        "therapist",
        "Compassion-focused therapy",
        "local emergency",
    ):
        assert needed in texts
    snap(page, "backdraft-top")
    with qtbot.waitSignal(page.ground):
        qtbot.keyClick(page.ground_button, Qt.Key.Key_Space)
    qtbot.keyClick(page.ground_button, Qt.Key.Key_Tab)
    assert page.back_button.hasFocus()
    qtbot.waitUntil(
        lambda: (
            page.reading_area.verticalScrollBar().value() > 0
            or page.reading_area.verticalScrollBar().maximum() == 0
        )
    )
    snap(page, "backdraft-bottom")
    with qtbot.waitSignal(page.back):
        qtbot.keyClick(page.back_button, Qt.Key.Key_Escape)
    no_clipped_labels(qtbot, page)


# -- Learn ------------------------------------------------------------------------------------
def test_learn_list_keys_and_show_topic(qtbot, snap):
    from kindapp.ui.care.learn_screen import LearnScreen

    page = shown(qtbot, LearnScreen())
    page.focus_first()
    assert page.topic_id() == TOPICS[0].id
    snap(page, "learn-three-parts")
    qtbot.keyClick(page.topics, Qt.Key.Key_Down)
    assert page.topic_id() == TOPICS[1].id
    assert page.title.text() == TOPICS[1].title
    snap(page, "learn-myths")
    page.show_topic("backdraft")
    assert page.title.text() == "When it stirs things up"
    assert page.topics.hasFocus()
    snap(page, "learn-backdraft")
    page.show_topic("support")
    snap(page, "learn-support")
    with pytest.raises(ValueError):
        page.show_topic("nope")
    qtbot.keyClick(page.topics, Qt.Key.Key_Tab)
    assert page.reading.hasFocus()
    with qtbot.waitSignal(page.back):
        qtbot.keyClick(page.reading, Qt.Key.Key_Escape)
    for t in TOPICS:
        page.show_topic(t.id)
        no_clipped_labels(qtbot, page)


# -- history ----------------------------------------------------------------------------------
TODAY = date(2025, 3, 12)  # a Wednesday


def entry(
    i: int,
    days_ago: float,
    hour: int,
    before: int | None = None,
    after: int | None = None,
    practice: str = "break",
    mode: str = "quick",
    duration: float = 56.0,
    outcome: str = "finished",
    words: str = "",
) -> HistoryEntry:
    start = datetime(TODAY.year, TODAY.month, TODAY.day, hour, 5, tzinfo=UTC) - timedelta(
        days=days_ago
    )
    return HistoryEntry(
        i, practice, mode, start, duration, outcome, before, after, words_before=words
    )


SAMPLE = [
    entry(1, 0, 9, 6, 4, words="tight chest"),
    entry(2, 0, 18, 5, 5, practice="touch", mode="self-hug", duration=180.0),
    entry(3, 1, 21, 7, 3, mode="guided", duration=300.0),
    entry(4, 2, 8, None, None, practice="breathe", mode="six", duration=120.0, outcome="stopped"),
    entry(5, 4, 12, 4, 7),
    entry(6, 8, 12, 8, 5),
    entry(7, 9, 20, 3, 2, practice="ground", mode="short", duration=45.0),
    entry(8, 16, 7, 6, 3),
]


def test_history_with_data_by_day_and_week(qtbot, snap):
    from kindapp.ui.care.history_screen import HistoryScreen

    page = shown(qtbot, HistoryScreen())
    page.show_history(SAMPLE, TODAY, UTC)
    # 12 March: entries 1-5 (days 12,12,11,10,8), 6 (4th), 7 (3rd) are March; 8 is 24 Feb.
    assert page.totals.text().startswith("7 moments of kindness this month")
    assert "this week" in page.totals.text()
    assert len(page.entry_ids()) == 8
    assert page.model.rowCount() == 8 + 7  # and a header for each of the seven days
    assert [p.entry_id for p in page.chart.pairs()] == [8, 7, 6, 5, 3, 1, 2]  # oldest first
    page.focus_first()
    snap(page, "history-by-day")
    no_clipped_labels(qtbot, page)
    qtbot.keyClick(page.by_day_button, Qt.Key.Key_W)
    assert page.grouping_mode() == "week"
    snap(page, "history-by-week")
    no_clipped_labels(qtbot, page)
    qtbot.keyClick(page.by_day_button, Qt.Key.Key_D)
    assert page.grouping_mode() == "day"
    with qtbot.waitSignal(page.back):
        qtbot.keyClick(page.by_day_button, Qt.Key.Key_Escape)


def test_history_delete_asks_quietly_then_emits(qtbot, snap):
    from kindapp.ui.care.history_screen import HistoryScreen

    page = shown(qtbot, HistoryScreen())
    page.show_history(SAMPLE, TODAY, UTC)
    row = page.row_actions  # acts on the chosen moment: the first, at first
    assert page.entry_ids()[0] == 2 and page.current_entry() == 2  # newest first
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    assert row.keep_button.isVisible() and row.confirm_button.isVisible()
    snap(page, "history-remove-asks")
    qtbot.keyClick(row.keep_button, Qt.Key.Key_Space)  # changed my mind
    assert row.remove_button.isVisible() and not row.confirm_button.isVisible()
    qtbot.mouseClick(row.remove_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.deleteEntry) as sig:
        qtbot.mouseClick(row.confirm_button, Qt.MouseButton.LeftButton)
    assert sig.args == [2]
    assert page.entry_ids()[:2] == [1, 3]
    assert page.current_entry() == 1 and row.remove_button.hasFocus()
    assert page.totals.text().startswith("6 moments")


def test_history_is_one_list_view_and_a_removal_removes_rows_not_the_list(qtbot):
    from PySide6.QtWidgets import QWidget

    from kindapp.ui.care.history_screen import HistoryScreen

    page = shown(qtbot, HistoryScreen())
    page.show_history(SAMPLE, TODAY, UTC)
    widgets = len(page.findChildren(QWidget))
    many = [entry(100 + i, i % 30, 9) for i in range(300)]
    page.show_history(many, TODAY, UTC)
    assert len(page.findChildren(QWidget)) == widgets  # rows are painted, not widgets
    page.show_history(SAMPLE, TODAY, UTC)
    resets: list[bool] = []
    removed: list[tuple[int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(True))
    page.model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    # The keyboard path: arrows choose a moment (headers are skipped), Delete asks.
    page.list_area.setFocus()
    qtbot.keyClick(page.list_area, Qt.Key.Key_Down)
    assert page.current_entry() == 1
    qtbot.keyClick(page.list_area, Qt.Key.Key_Down)  # over 11 March's header
    assert page.current_entry() == 3
    assert "Guided Self-Compassion Break" in page.row_actions.remove_button.accessibleName()
    qtbot.keyClick(page.list_area, Qt.Key.Key_Delete)
    assert page.row_actions.keep_button.hasFocus() and page.row_actions.confirm_button.isVisible()
    with qtbot.waitSignal(page.deleteEntry) as sig:
        qtbot.keyClick(page.row_actions.confirm_button, Qt.Key.Key_Space)
    assert sig.args == [3]
    assert not resets and removed == [(4, 4), (3, 3)]  # the moment, then its day's header
    assert page.entry_ids() == [2, 1, 4, 5, 6, 7, 8] and page.model.rowCount() == 7 + 6
    assert page.current_entry() == 4  # the next moment is chosen
    removed.clear()
    page.select_entry(2)
    page.row_actions.ask()
    page.row_actions.confirm_button.click()
    assert removed == [(1, 1)]  # 12 March keeps its header, with a new sum
    header = page.model.index(0)
    assert str(header.data(Qt.ItemDataRole.AccessibleTextRole)).endswith("1 moment · 1 minute")


def test_history_empty_is_kind(qtbot, snap):
    from kindapp.ui.care.history_screen import HistoryScreen

    page = shown(qtbot, HistoryScreen())
    page.show_history([], TODAY, UTC)
    assert page.empty.isVisible() and not page.list_area.isVisible()
    assert "that's fine" in page.empty.text()
    page.focus_first()
    assert page.back_button.hasFocus()
    snap(page, "history-empty")
    no_clipped_labels(qtbot, page)
    page.show_history([entry(1, 0, 9)], TODAY, UTC)  # one moment, no check-ins
    assert page.totals.text().startswith("1 moment of kindness this month")
    assert not page.chart.isVisibleTo(page) and page.chart_card.isVisibleTo(page)
    snap(page, "history-one-no-checkins")
    no_clipped_labels(qtbot, page)


def test_history_chart_has_no_red_and_draws_dots(qtbot):
    from kindapp.ui.care.history_screen import HistoryScreen

    page = shown(qtbot, HistoryScreen())
    page.show_history(SAMPLE, TODAY, UTC)
    img = page.chart.grab().toImage()
    sage = 0
    for y in range(img.height()):
        for x in range(img.width()):
            c = QColor(img.pixel(x, y))
            assert not (c.red() > 150 and c.red() - max(c.green(), c.blue()) > 60), (x, y)
            if c.green() - c.red() > 15:
                sage += 1
    assert sage > 7 * 40  # seven filled "after" dots
    # heavier is higher: entry 5 went from 4 to 7, so its after-dot is above its before-dot
    i = [p.entry_id for p in page.chart.pairs()].index(5)
    assert page.chart.point(i, 7).y() < page.chart.point(i, 4).y()


# -- first run --------------------------------------------------------------------------------
def test_first_run_pages_keys_and_signals(qtbot, snap):
    from kindapp.ui.care.first_run import FirstRun

    page = shown(qtbot, FirstRun())
    assert page.page() == 0 and not page.back_button.isVisible()
    snap(page, "first-run-1")
    no_clipped_labels(qtbot, page)
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert page.page() == 1
    assert page.sound_on.hasFocus()
    choices: list[bool] = []
    page.soundChoice.connect(choices.append)
    qtbot.keyClick(page.sound_on, Qt.Key.Key_Right)  # arrows move between the choices
    assert page.sound_off.hasFocus()
    assert choices == [False] and page.sound_off.isChecked()
    snap(page, "first-run-2")
    no_clipped_labels(qtbot, page)
    qtbot.keyClick(page.sound_off, Qt.Key.Key_Left)
    assert choices == [False, True]
    qtbot.keyClick(page.sound_on, Qt.Key.Key_Return)  # Enter on a choice keeps it, goes on
    assert choices == [False, True] and page.page() == 2
    assert not page.skip_button.isVisible() and page.next_button.text() == "Begin"
    snap(page, "first-run-3")
    no_clipped_labels(qtbot, page)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.page() == 1
    qtbot.keyClick(page, Qt.Key.Key_Return)
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)


def test_first_run_can_be_skipped_from_any_page(qtbot):
    from kindapp.ui.care.first_run import FirstRun

    page = shown(qtbot, FirstRun())
    with qtbot.waitSignal(page.finished):
        qtbot.keyClick(page.next_button, Qt.Key.Key_Escape)
    page.set_page(1)
    with qtbot.waitSignal(page.finished):
        qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    page.set_sound(False)
    assert page.sound_off.isChecked()


def test_dark_and_contrast_looks(qtbot, snap, qapp, tmp_path):
    """The painted chart and the styled controls follow the look."""
    from kindapp.app import stylesheet_template
    from kindapp.ui.care.checkin_panel import CheckInPanel
    from kindapp.ui.care.history_screen import HistoryScreen
    from kindapp.ui.common.theme import apply_look

    for look in ("dark", "contrast"):
        apply_look(qapp, stylesheet_template(), look, 1.0, 10.5, tmp_path)
        page = shown(qtbot, HistoryScreen())
        page.show_history(SAMPLE, TODAY, UTC)
        snap(page, f"history-{look}")
        panel = shown(qtbot, CheckInPanel())
        panel.set_mode("after")
        qtbot.keyClick(panel.scale, Qt.Key.Key_3)
        snap(panel, f"checkin-{look}")
        no_clipped_labels(qtbot, page)
        no_clipped_labels(qtbot, panel)


def test_large_text_still_fits(qtbot, snap, qapp, tmp_path):
    from kindapp.app import stylesheet_template
    from kindapp.ui.care.first_run import FirstRun
    from kindapp.ui.care.learn_screen import LearnScreen
    from kindapp.ui.common.theme import apply_look

    apply_look(qapp, stylesheet_template(), "light", 1.5, 10.5, tmp_path)
    learn = shown(qtbot, LearnScreen())
    learn.show_topic("self-esteem")
    snap(learn, "learn-large-text")
    no_clipped_labels(qtbot, learn)
    welcome = shown(qtbot, FirstRun())
    welcome.set_page(1)
    snap(welcome, "first-run-2-large-text")
    no_clipped_labels(qtbot, welcome)
