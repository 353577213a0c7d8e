"""Small rules the screens lean on, checked without a screen: the person's own words in a
practice, the time into a step, a notice's log line, where Kind's files go by default."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindapp.core.clock import FakeClock
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.paths import Paths
from kindapp.core.practices import BREAK_QUICK, Practice, Step, StepKind
from kindapp.core.session import Session


def test_own_words_replace_only_editable_phrases_and_only_when_given() -> None:
    words = {
        "mindfulness": "  This is hard right now.  ",
        "humanity": "   ",  # only spaces: the practice's own phrase stays
        "settle": "not editable: ignored",
    }
    mine = BREAK_QUICK.with_words(words)
    by_id = {s.id: s for s in mine.steps}
    original = {s.id: s for s in BREAK_QUICK.steps}
    assert by_id["mindfulness"].text == "This is hard right now."  # trimmed
    assert by_id["humanity"] == original["humanity"]
    assert by_id["settle"] == original["settle"]
    assert by_id["kindness"] == original["kindness"]  # no words for it
    for a, b in zip(mine.steps, BREAK_QUICK.steps, strict=True):  # only the text changes
        assert (a.id, a.kind, a.duration_s, a.cue, a.editable) == (
            b.id,
            b.kind,
            b.duration_s,
            b.cue,
            b.editable,
        )
    assert (mine.id, mine.mode, mine.title, mine.end_cue, mine.alternatives) == (
        BREAK_QUICK.id,
        BREAK_QUICK.mode,
        BREAK_QUICK.title,
        BREAK_QUICK.end_cue,
        BREAK_QUICK.alternatives,
    )
    assert BREAK_QUICK.with_words({}) == BREAK_QUICK


def test_time_into_a_step_counts_from_the_steps_start_and_not_the_pauses() -> None:
    practice = Practice(
        "t",
        "m",
        "Test",
        (Step("a", StepKind.PHRASE, "A", "x", 5.0), Step("b", StepKind.PHRASE, "B", "y", 7.0)),
    )
    clock = FakeClock()
    session = Session(practice, clock)
    assert session.step_elapsed() == 0.0  # not started
    session.start()
    clock.advance(2.0)
    assert session.step_elapsed() == pytest.approx(2.0)
    clock.advance(3.5)
    session.tick()  # into step b, 0.5 s late
    assert session.step.id == "b"
    assert session.step_elapsed() == pytest.approx(0.5)
    session.pause()
    clock.advance(60.0)
    assert session.step_elapsed() == pytest.approx(0.5)
    session.resume()
    clock.advance(1.0)
    assert session.step_elapsed() == pytest.approx(1.5)
    assert session.step_elapsed(clock.now() + 2.0) == pytest.approx(3.5)


def test_a_notice_logs_its_kind_and_details_in_a_stable_order() -> None:
    notice = Notice(NoticeKind.SETTINGS_INVALID_VALUES, {"look": "neon", "language": "fr"})
    assert notice.log_line() == "notice kind=settings-invalid-values language=fr look=neon"
    assert Notice(NoticeKind.NO_TRAY).log_line() == "notice kind=no-tray"


def test_by_default_files_go_where_the_desktop_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", "/home/ana/.config")
    monkeypatch.setenv("XDG_DATA_HOME", "/home/ana/.local/share")
    monkeypatch.setenv("XDG_STATE_HOME", "/home/ana/.local/state")
    paths = Paths.default()
    assert paths.config_dir == Path("/home/ana/.config/kindapp")
    assert paths.data_dir == Path("/home/ana/.local/share/kindapp")
    assert paths.log_dir == Path("/home/ana/.local/state/kindapp/log")
    assert paths.settings_file == Path("/home/ana/.config/kindapp/settings.json")
    assert paths.journal_file == Path("/home/ana/.local/share/kindapp/journal.sqlite3")
