"""Export and import: the v2 format, merging without duplicates, and files that change nothing."""

from __future__ import annotations

import copy
import json
import os
import stat
from datetime import UTC, date, datetime, timedelta

import pytest

from kindapp.core.journal import (
    MAX_FIELD_CHARS,
    ImportProblem,
    ImportResult,
    Journal,
    JournalError,
    export_data,
    export_to_file,
    import_file,
)
from kindapp.core.records import PracticeRecord

T0 = datetime(2026, 11, 22, 8, 0, 0, tzinfo=UTC)


def fill(j: Journal) -> None:
    j.record_practice(
        PracticeRecord("break", "quick", T0, T0 + timedelta(seconds=56), 56.0, "finished")
    )
    letter = j.create_letter("Dear me", "You are doing better than you think. Ünïcode ✓")
    j.set_reread(letter.id, date(2026, 12, 24))
    j.create_letter("", "")
    j.add_reframe(
        "I'm useless.",
        "Robin",
        "no",
        "You're tired, and you still showed up.",
        {"motivated": -2, "validated": -1},
        {"motivated": 2, "empowered": 1},
    )


def content(j: Journal) -> list[str]:
    """Everything the journal holds, as SQL (the FTS shadow tables included)."""
    return list(j._conn.iterdump())


def write(path, data) -> None:
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def source(tmp_path):
    j = Journal(tmp_path / "src" / "journal.sqlite3", now=lambda: T0)
    fill(j)
    yield j
    j.close()


def test_export_has_the_v6_format(source):
    data = export_data(source)
    assert set(data) == {
        *("format", "version", "exported_at", "practices", "letters", "reframes"),
        *("caught", "in_the_way", "kind_days", "voices", "my_words", "journal_entries"),
    }
    assert data["voices"] == []  # no voice folder given
    assert data["my_words"] is None  # none kept yet
    assert (data["format"], data["version"], data["exported_at"]) == (
        "kindapp-journal",
        6,
        "2026-11-22T08:00:00.000Z",
    )
    assert data["practices"][0] == {
        "practice": "break",
        "mode": "quick",
        "started_at": "2026-11-22T08:00:00.000Z",
        "ended_at": "2026-11-22T08:00:56.000Z",
        "duration_s": 56.0,
        "outcome": "finished",
    }
    first = data["letters"][0]
    assert set(first) == {"uid", "title", "body", "created", "updated", "reread_on"}
    assert first["reread_on"] == "2026-12-24" and data["letters"][1]["reread_on"] is None
    assert data["reframes"][0]["ratings_critical"] == {"motivated": -2, "validated": -1}
    assert set(data["reframes"][0]) == {
        "uid",
        "critical",
        "person",
        "would_say",
        "kind_version",
        "ratings_critical",
        "ratings_kind",
        "created",
    }
    assert source.export() == data


def test_export_to_file_reads_letters_while_the_writer_is_open(source, tmp_path):
    out = tmp_path / "out.json"
    assert export_to_file(source.path, out) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [x["title"] for x in data["letters"]] == ["Dear me", ""]
    assert "✓" in out.read_text(encoding="utf-8")  # kept readable, not \\u-escaped
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_round_trip_then_import_again_adds_nothing(source, tmp_path):
    out = tmp_path / "out.json"
    export_to_file(source.path, out)
    dest = Journal(tmp_path / "dest" / "journal.sqlite3")
    result = import_file(dest, out)
    assert result == ImportResult(letters_added=2, reframes_added=1, practices_added=1, skipped=0)
    assert export_data(dest, now=T0) == export_data(source, now=T0)
    assert [s.title for s in dest.search_letters("better")] == ["Dear me"]  # indexed too
    before = content(dest)
    assert import_file(dest, out) == ImportResult(0, 0, 0, 4)
    assert content(dest) == before
    dest.close()


def test_import_merges_with_what_is_there(source, tmp_path):
    out = tmp_path / "out.json"
    export_to_file(source.path, out)
    data = json.loads(out.read_text())
    data["letters"].append(dict(data["letters"][0]))  # a repeat inside the file
    new = dict(data["letters"][0], uid="0" * 32, title="Another")
    data["letters"].append(new)
    write(out, data)
    dest = Journal(tmp_path / "dest.sqlite3")
    dest.create_letter("mine", "already here")
    result = import_file(dest, out)
    assert (result.letters_added, result.skipped) == (3, 1)
    assert sorted(s.title for s in dest.letters()) == ["", "Another", "Dear me", "mine"]
    dest.close()


def test_a_version_1_file_is_accepted(tmp_path):
    out = tmp_path / "v1.json"
    write(
        out,
        {
            "format": "kindapp-journal",
            "version": 1,
            "exported_at": "2026-01-01T00:00:00Z",
            "practices": [
                {
                    "practice": "break",
                    "mode": "guided",
                    "started_at": "2026-01-01T08:00:00.000Z",
                    "ended_at": "2026-01-01T08:05:00.000Z",
                    "duration_s": 300,
                    "outcome": "stopped",
                }
            ],
        },
    )
    j = Journal(tmp_path / "j.sqlite3")
    assert import_file(j, out) == ImportResult(0, 0, 1, 0)
    assert import_file(j, out) == ImportResult(0, 0, 0, 1)
    assert [(r.mode, r.outcome, r.duration_s) for r in j.practices()] == [
        ("guided", "stopped", 300.0)
    ]
    j.close()


GOOD = {
    "format": "kindapp-journal",
    "version": 2,
    "exported_at": "2026-01-01T00:00:00Z",
    "practices": [
        {
            "practice": "break",
            "mode": "quick",
            "started_at": "2026-01-01T08:00:00.000Z",
            "ended_at": "2026-01-01T08:00:56.000Z",
            "duration_s": 56.0,
            "outcome": "finished",
        }
    ],
    "letters": [
        {
            "uid": "a" * 32,
            "title": "t",
            "body": "b",
            "created": "2026-01-01T08:00:00.000Z",
            "updated": "2026-01-01T08:00:00.000Z",
            "reread_on": None,
        }
    ],
    "reframes": [
        {
            "uid": "b" * 32,
            "critical": "c",
            "person": "p",
            "would_say": "no",
            "kind_version": "k",
            "ratings_critical": {"motivated": -1},
            "ratings_kind": {"motivated": 1},
            "created": "2026-01-01T08:00:00.000Z",
        }
    ],
}


def bad(path_fn):
    data = copy.deepcopy(GOOD)
    path_fn(data)
    return data


MALFORMED = {
    "wrong format": (bad(lambda d: d.update(format="something-else")), "not a Kind journal"),
    "newer version": (bad(lambda d: d.update(version=7)), "newer Kind"),
    "version is text": (bad(lambda d: d.update(version="2")), "version"),
    "not an object": ([1, 2, 3], "not a Kind journal"),
    "letters not a list": (bad(lambda d: d.update(letters={"a": 1})), "letters: expected a list"),
    "letter body a number": (
        bad(lambda d: d["letters"][0].update(body=5)),
        r"letters\[0\].body: expected text",
    ),
    "letter without uid": (bad(lambda d: d["letters"][0].pop("uid")), "uid"),
    "letter bad date": (
        bad(lambda d: d["letters"][0].update(created="yesterday")),
        "not a date and time",
    ),
    "letter naive date": (
        bad(lambda d: d["letters"][0].update(created="2026-01-01T08:00:00")),
        "no time zone",
    ),
    "bad reread date": (bad(lambda d: d["letters"][0].update(reread_on="soon")), "not a date"),
    "rating out of range": (
        bad(lambda d: d["reframes"][0]["ratings_kind"].update(motivated=7)),
        "from -2 to 2",
    ),
    "unknown feeling": (
        bad(lambda d: d["reframes"][0]["ratings_kind"].update(happy=1)),
        "unknown feeling",
    ),
    "would_say": (bad(lambda d: d["reframes"][0].update(would_say="perhaps")), "would_say"),
    "practice outcome": (bad(lambda d: d["practices"][0].update(outcome="won")), "outcome"),
    "practice duration": (bad(lambda d: d["practices"][0].update(duration_s="56")), "seconds"),
    "huge body": (
        bad(lambda d: d["letters"][0].update(body="x" * (MAX_FIELD_CHARS + 1))),
        "more than the",
    ),
    "huge title": (
        bad(lambda d: d["letters"][0].update(title="x" * (MAX_FIELD_CHARS + 1))),
        "more than the",
    ),
    # Good entries first, then a bad one: the good ones must not be imported either.
    "bad last entry": (bad(lambda d: d["reframes"].append({"uid": "c" * 32})), "reframes"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_file_is_refused_and_changes_nothing(tmp_path, source, case):
    data, message = MALFORMED[case]
    path = tmp_path / "in.json"
    write(path, data)
    before = content(source)
    with pytest.raises(ImportProblem, match=message) as err:
        import_file(source, path)
    assert isinstance(err.value, JournalError)
    assert content(source) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "not valid JSON"),
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (
            b'{"format": "kindapp-journal", "version": 2, "practices": [{"duration_s": NaN}]}',
            "not valid JSON",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_files_that_are_not_json_change_nothing(tmp_path, source, raw, message):
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    before = content(source)
    with pytest.raises(ImportProblem, match=message):
        import_file(source, path)
    assert content(source) == before


def test_a_missing_file_is_a_clear_problem(tmp_path, source):
    with pytest.raises(ImportProblem, match="cannot read"):
        import_file(source, tmp_path / "missing.json")


def test_a_failure_while_writing_rolls_everything_back(tmp_path, source):
    """Valid file, but the disk fills up half-way: one transaction, so nothing lands."""
    data = copy.deepcopy(GOOD)
    data["letters"] = [
        dict(GOOD["letters"][0], uid=f"{i:032x}", body="word " * 20_000) for i in range(20)
    ]
    path = tmp_path / "in.json"
    write(path, data)
    before = content(source)
    pages = source._conn.execute("PRAGMA page_count").fetchone()[0]
    source._conn.execute(f"PRAGMA max_page_count = {pages + 40}")
    with pytest.raises(JournalError, match="Your disk is full"):
        import_file(source, path)
    source._conn.execute("PRAGMA max_page_count = 1073741823")
    assert content(source) == before
    assert import_file(source, path).letters_added == 20


def test_a_reader_cannot_import(tmp_path, source):
    out = tmp_path / "out.json"
    write(out, GOOD)
    reader = Journal(source.path, writer=False)
    with pytest.raises(JournalError, match="reading only"):
        import_file(reader, out)
    reader.close()
