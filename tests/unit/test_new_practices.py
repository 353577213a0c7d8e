"""The newer practices' rules and what the journal keeps of them: caught thoughts, what's in
the way, a kind day (migration 4, export version 3 and back)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kindapp.core import kind_day, nudges
from kindapp.core.care import sounds_hollow
from kindapp.core.journal import MIGRATIONS, Journal, import_data
from kindapp.core.kind_day_store import end_kind_day, kind_day_on, start_kind_day
from kindapp.core.reminders import OneOff, due_one_offs, next_one_off
from kindapp.core.writing import in_the_way
from kindapp.core.writing.in_the_way import REASON_KEYS, WayStep, reason_for, remind_at
from kindapp.core.writing.in_the_way_store import add_in_the_way, in_the_way_entries

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def test_a_version_3_journal_gains_the_new_tables_and_keeps_its_entries(tmp_path):
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        j.create_letter("kept", "a letter")
    db = sqlite3.connect(path)
    db.execute("DROP TABLE caught")
    db.execute("DROP TABLE in_the_way")
    db.execute("DROP TABLE kind_day")
    db.execute("DROP TABLE sc_entry_fts")  # and what came after version 4
    db.execute("DROP TABLE sc_entry")
    db.execute("PRAGMA user_version = 3")
    db.commit()
    db.close()
    with Journal(path) as j:
        assert j.schema_version == len(MIGRATIONS)
        assert [letter.title for letter in j.letters()] == ["kept"]
        assert j.caught_thoughts() == []
    assert list(tmp_path.glob("j.sqlite3.bak-v3-*")), "a backup is taken before migrating"


def test_caught_thoughts_wait_newest_first_and_are_let_go(tmp_path):
    clock = iter(T0 + timedelta(minutes=i) for i in range(10))
    with Journal(tmp_path / "j.sqlite3", now=lambda: next(clock)) as j:
        first = j.catch_thought("  You always   mess up. ")
        second = j.catch_thought("Too slow, again")
        assert first.thought == "You always mess up."
        assert [c.id for c in j.caught_thoughts()] == [second.id, first.id]
        j.let_go(first.id)
        assert [c.thought for c in j.caught_thoughts()] == ["Too slow, again"]
        with pytest.raises(ValueError):
            j.catch_thought("   ")
        with pytest.raises(ValueError):
            j.catch_thought("x" * 501)


def _fill(j: Journal) -> None:
    j.catch_thought("Useless.")
    add_in_the_way(
        j,
        "the tax form",
        "fear",
        "",
        "that I did it wrong",
        "open the folder",
        T0 + timedelta(hours=1),
    )
    day = start_kind_day(j, date(2026, 11, 22), "gentle with myself")
    end_kind_day(j, day.id, "I took a walk", "the meeting")


def test_export_version_3_round_trips_and_nothing_is_duplicated(tmp_path):
    with Journal(tmp_path / "a.sqlite3", now=lambda: T0) as a:
        _fill(a)
        data = a.export()
    assert data["version"] == 6  # 3: these practices; 4: voice; 5: My words; 6: sc journal
    assert data["caught"][0]["thought"] == "Useless."
    assert data["in_the_way"][0]["next_step"] == "open the folder"
    assert data["in_the_way"][0]["remind_at"] == "2026-11-22T09:00:00.000Z"
    assert data["kind_days"][0] == {
        "uid": data["kind_days"][0]["uid"],
        "day": "2026-11-22",
        "started": "2026-11-22T08:00:00.000Z",
        "intention": "gentle with myself",
        "kind_moment": "I took a walk",
        "hard_moment": "the meeting",
    }
    with Journal(tmp_path / "b.sqlite3") as b:
        result = import_data(b, json.loads(json.dumps(data)))
        assert result.moments_added == 3
        again = import_data(b, data)
        assert again.moments_added == 0 and again.skipped >= 3
        assert b.export()["caught"] == data["caught"]
        assert b.export()["kind_days"] == data["kind_days"]


def test_a_version_2_file_still_imports(tmp_path):
    old = {
        "format": "kindapp-journal",
        "version": 2,
        "practices": [],
        "letters": [],
        "reframes": [],
    }
    with Journal(tmp_path / "b.sqlite3") as b:
        assert import_data(b, old).moments_added == 0


def test_in_the_way_steps_need_what_they_ask_for():
    assert not WayStep.HARD_THING.ready(hard_thing=" ", reason="", reason_words="", next_step="")
    assert WayStep.HARD_THING.ready(hard_thing="x", reason="", reason_words="", next_step="")
    assert not WayStep.REASON.ready(hard_thing="x", reason="other", reason_words="", next_step="")
    assert WayStep.REASON.ready(hard_thing="x", reason="fear", reason_words="", next_step="")
    assert WayStep.QUESTION.ready(hard_thing="x", reason="fear", reason_words="", next_step="")
    assert WayStep.NEXT_STEP.saves and not WayStep.QUESTION.saves
    assert all(reason_for(k) is not None and reason_for(k).question for k in REASON_KEYS)  # type: ignore[union-attr]


def test_the_next_step_reminder_times():
    now = datetime(2026, 11, 22, 10, 0, tzinfo=BERLIN)
    assert remind_at("none", now) is None
    assert remind_at("hour", now) == now + timedelta(hours=1)
    assert remind_at("evening", now) == datetime(2026, 11, 22, 18, 30, tzinfo=BERLIN)
    late = datetime(2026, 11, 22, 19, 0, tzinfo=BERLIN)
    assert remind_at("evening", late) == late + timedelta(hours=1)
    assert remind_at("tomorrow", late) == datetime(2026, 11, 23, 9, 30, tzinfo=BERLIN)


def test_a_kind_day_started_in_the_morning_has_two_invitations_and_an_evening():
    start = datetime(2026, 11, 22, 8, 0, tzinfo=BERLIN)
    found = kind_day.kind_day_nudges(start)
    assert [n.kind for n in found] == ["invitation", "invitation", "evening"]
    assert [n.at.strftime("%H:%M") for n in found] == ["12:00", "16:00", "20:00"]
    assert kind_day.is_active(start, start + timedelta(hours=15))
    assert not kind_day.is_active(start, datetime(2026, 11, 23, 0, 0, tzinfo=BERLIN))
    assert kind_day.next_nudge(start, datetime(2026, 11, 23, 0, 1, tzinfo=BERLIN)) is None


def test_a_kind_day_started_late_has_only_its_look_back_before_midnight():
    start = datetime(2026, 11, 22, 19, 30, tzinfo=BERLIN)
    found = kind_day.kind_day_nudges(start)
    assert [n.kind for n in found] == ["evening"]
    assert found[0].at == start + timedelta(hours=1)
    very_late = datetime(2026, 11, 22, 23, 50, tzinfo=BERLIN)
    (last,) = kind_day.kind_day_nudges(very_late)
    assert very_late < last.at < kind_day.day_ends(very_late)


def test_pending_nudges_come_from_the_journal_entries(tmp_path):
    now = datetime(2026, 11, 22, 9, 0, tzinfo=BERLIN)
    with Journal(tmp_path / "j.sqlite3", now=lambda: now) as j:
        add_in_the_way(j, "x", "tired", "", "", "rest", now + timedelta(hours=1))
        add_in_the_way(j, "y", "tired", "", "", "past", now - timedelta(hours=1))
        day = start_kind_day(j, now.date(), "kind")
        found = nudges.merged(
            [
                in_the_way.step_nudges(in_the_way_entries(j), now),
                kind_day.day_nudges(kind_day_on(j, now.date()), now),
            ]
        )
        assert [o.key for o in found] == [
            "step",
            "kind-day-invitation",
            "kind-day-invitation",
            "kind-day-evening",
        ]
        assert found[0].detail == "rest"
        assert nudges.pending_in(j, now) == found  # as the desk flow reads them
        end_kind_day(j, day.id, "a walk", "")
        found = nudges.pending_in(j, now)
        assert [o.key for o in found] == ["step"], "a day looked back on asks nothing more"


def test_one_offs_due_and_next():
    a = OneOff(T0, "a", "t", "x")
    b = OneOff(T0 + timedelta(hours=1), "b", "t", "x")
    assert next_one_off([b, a], T0 - timedelta(seconds=1)) == a
    assert next_one_off([b, a], T0) == b
    assert due_one_offs([a, b], T0 - timedelta(minutes=1), T0) == [a]
    assert due_one_offs([a], T0 - timedelta(hours=2), T0 + timedelta(hours=1)) == []  # slept


@pytest.mark.parametrize(
    ("words", "hollow"),
    [
        ("felt fake", True),
        ("Hollow.", True),
        ("awkward", True),
        ("komisch", True),
        ("hohl", True),
        ("lighter", False),
        ("", False),
    ],
)
def test_hollow_words(words, hollow):
    assert sounds_hollow(words) is hollow
