"""The journal: private files, WAL, migrations, export."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta

import pytest

from kindapp.core.journal import MIGRATIONS, Journal, JournalError, export_to_file
from kindapp.core.records import PracticeRecord

T0 = datetime(2026, 11, 22, 8, 0, 0, tzinfo=UTC)


def rec(outcome="finished", minutes=0):
    start = T0 + timedelta(minutes=minutes)
    return PracticeRecord("break", "quick", start, start + timedelta(seconds=56), 56.0, outcome)


def test_records_round_trip_and_export(tmp_path):
    path = tmp_path / "data" / "journal.sqlite3"
    j = Journal(path, now=lambda: T0)
    j.record_practice(rec("stopped", minutes=5))
    j.record_practice(rec("finished"))
    assert [r.outcome for r in j.practices()] == ["finished", "stopped"]  # by start time
    data = j.export()
    assert data["format"] == "kindapp-journal" and data["version"] == 6
    assert data["practices"][0] == {
        "practice": "break",
        "mode": "quick",
        "started_at": "2026-11-22T08:00:00.000Z",
        "ended_at": "2026-11-22T08:00:56.000Z",
        "duration_s": 56.0,
        "outcome": "finished",
    }
    j.close()


def test_files_are_private_and_wal_is_on(tmp_path):
    path = tmp_path / "data" / "journal.sqlite3"
    j = Journal(path)
    j.record_practice(rec())
    assert j._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for p in path.parent.iterdir():
        assert stat.S_IMODE(os.stat(p).st_mode) == 0o600, p.name
    assert {p.name for p in path.parent.iterdir()} >= {"journal.sqlite3", "journal.sqlite3-wal"}
    assert stat.S_IMODE(os.stat(path.parent).st_mode) == 0o700
    j.close()


def test_export_reads_while_the_app_holds_the_journal_open(tmp_path):
    path = tmp_path / "journal.sqlite3"
    j = Journal(path)
    j.record_practice(rec())
    out = tmp_path / "out.json"
    assert export_to_file(path, out) == 1
    assert json.loads(out.read_text())["practices"][0]["outcome"] == "finished"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    j.close()


def test_export_of_no_journal_is_empty_and_creates_nothing(tmp_path):
    out = tmp_path / "out.json"
    assert export_to_file(tmp_path / "missing" / "journal.sqlite3", out) == 0
    assert json.loads(out.read_text())["practices"] == []
    assert not (tmp_path / "missing").exists()


def test_migrations_bring_the_schema_up_to_date(tmp_path):
    path = tmp_path / "journal.sqlite3"
    Journal(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_a_journal_from_a_newer_kind_is_refused_not_damaged(tmp_path):
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(JournalError, match="newer Kind"):
        Journal(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 99


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(JournalError, match="is damaged and cannot be read") as caught:
        Journal(path)
    assert caught.value.reason == "damaged"
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_unknown_outcome_is_rejected(tmp_path):
    j = Journal(tmp_path / "j.sqlite3")
    with pytest.raises(ValueError):
        j.record_practice(rec("abandoned"))
    j.close()


def test_checkins_are_kept_with_the_practice_and_can_be_removed(tmp_path):
    j = Journal(tmp_path / "j.sqlite3")
    r = rec()
    pid = j.record_practice(
        PracticeRecord(
            r.practice,
            r.mode,
            r.started_at,
            r.ended_at,
            r.duration_s,
            r.outcome,
            before=6,
            words_before="tight chest",
        )
    )
    j.set_after_checkin(pid, 3, "softer", stirred=False)
    (entry,) = j.history_entries()
    assert (entry.id, entry.before, entry.after, entry.words_before, entry.words_after) == (
        pid,
        6,
        3,
        "tight chest",
        "softer",
    )
    assert j.practices()[0].to_json()["after"] == 3
    with pytest.raises(ValueError):
        j.set_after_checkin(pid, 11, "", stirred=False)
    j.delete_practice(pid)
    assert j.history_entries() == []
    j.close()


@pytest.mark.parametrize(
    "bad",
    [
        {"before": 11},
        {"after": -1},
        {"before": 2.5},
        {"words_after": "x" * 81},
        {"words_before": 7},
    ],
)
def test_import_refuses_a_check_in_outside_the_rules_and_changes_nothing(tmp_path, bad):
    from kindapp.core.journal import ImportProblem, import_file

    j = Journal(tmp_path / "j.sqlite3")
    item = {**rec().to_json(), **bad}
    f = tmp_path / "in.json"
    f.write_text(
        json.dumps(
            {
                "format": "kindapp-journal",
                "version": 2,
                "practices": [item],
                "letters": [],
                "reframes": [],
            }
        )
    )
    with pytest.raises(ImportProblem, match="check-in"):
        import_file(j, f)
    assert j.practices() == []
    j.close()
