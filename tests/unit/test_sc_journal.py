"""The self-compassion journal's storage: an evening's entry in three turns, kept with the
letters (migration 5), searchable, exported (format 6) and imported (older files still do),
and unreadable on disk while the journal is locked."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kindapp.core.errors import EntryMissing, ImportProblem
from kindapp.core.journal import MIGRATIONS, Journal, import_data
from kindapp.core.journal.cipher import Kdf, LockState, key_for

T0 = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)
DAY = date(2026, 12, 3)
NOTICED = "The review with Ottoline went badly and I felt small and hot in the face"
HUMAN = "Everyone stumbles in a review sometimes; it is part of working with people"
KIND = "You prepared as well as you could. I'm here, and tomorrow is a new start."
FAST = 2**10


def clock(start: datetime = T0):
    times = iter(start + timedelta(minutes=i) for i in range(1000))
    return lambda: next(times)


def test_an_entry_is_kept_in_three_turns_and_rewritten_later(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", now=clock()) as j:
        entry = j.add_journal_entry(DAY, f"  {NOTICED} ", HUMAN, "")
        assert entry.turns == (NOTICED, HUMAN, "")
        assert entry.created == entry.updated == T0
        saved = j.save_journal_entry(entry.id, NOTICED, HUMAN, KIND)
        assert saved.kind_words == KIND and saved.created == T0 and saved.updated > T0
        assert j.journal_entry_on(DAY) == saved
        assert j.journal_entry_on(DAY - timedelta(days=1)) is None
        assert j.get_journal_entry(entry.id) == saved


def test_a_short_entry_is_a_full_entry_but_an_empty_one_is_not_kept(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", now=clock()) as j:
        assert j.add_journal_entry(DAY, "", "", "Be gentle.").kind_words == "Be gentle."
        with pytest.raises(ValueError, match="at least one turn"):
            j.add_journal_entry(DAY, " ", "\n", "")
        with pytest.raises(ValueError, match="at most"):
            j.add_journal_entry(DAY, "x" * 20_001, "", "")
        assert len(j.journal_entries()) == 1


def test_entries_are_listed_latest_day_first_and_deleted(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", now=clock()) as j:
        older = j.add_journal_entry(DAY - timedelta(days=2), "a hard morning", "", "")
        newer = j.add_journal_entry(DAY, "a hard evening", "", "")
        assert [e.id for e in j.journal_entries()] == [newer.id, older.id]
        assert j.delete_journal_entry(older.id) == older
        assert [e.id for e in j.journal_entries()] == [newer.id]
        with pytest.raises(EntryMissing):
            j.delete_journal_entry(older.id)
        with pytest.raises(EntryMissing):
            j.save_journal_entry(older.id, "x", "", "")


def test_search_finds_words_in_any_turn_and_leaves_the_letters_alone(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3", now=clock()) as j:
        j.create_letter("Dear me", "a letter about the review")
        entry = j.add_journal_entry(DAY, NOTICED, HUMAN, KIND)
        other = j.add_journal_entry(DAY - timedelta(days=1), "a quiet day, tired", "", "")
        assert j.search_journal_entries("ottoline") == [entry]  # case ignored
        assert j.search_journal_entries("stumbl") == [entry]  # the last word is a prefix
        assert j.search_journal_entries("tomorrow start") == [entry]
        assert j.search_journal_entries("tired") == [other]
        assert j.search_journal_entries('"; DROP') == []  # any text is safe
        assert [e.id for e in j.search_journal_entries("  ")] == [entry.id, other.id]
        j.save_journal_entry(other.id, "a quiet day, rested", "", "")
        assert j.search_journal_entries("tired") == []  # the index follows a rewrite
        assert [s.title for s in j.search_letters("review")] == ["Dear me"]


def test_a_version_4_journal_gains_the_journal_and_keeps_its_letters(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as j:
        j.create_letter("kept", "a letter")
    db = sqlite3.connect(path)
    db.executescript("DROP TABLE sc_entry_fts; DROP TABLE sc_entry; PRAGMA user_version = 4;")
    db.close()
    with Journal(path, writer=False) as reader:  # a reader never migrates: none to show
        assert reader.journal_entries() == [] and reader.search_journal_entries("x") == []
    with Journal(path) as j:
        assert j.schema_version == len(MIGRATIONS) == 5
        assert [letter.title for letter in j.letters()] == ["kept"]
        j.add_journal_entry(DAY, NOTICED, "", "")
        assert j.search_journal_entries("small") != []
    assert list(tmp_path.glob("j.sqlite3.bak-v4-*")), "a backup is taken before migrating"


def test_export_version_6_carries_the_entries_and_import_merges_them_once(
    tmp_path: Path,
) -> None:
    with Journal(tmp_path / "a.sqlite3", now=clock()) as a:
        entry = a.add_journal_entry(DAY, NOTICED, HUMAN, KIND)
        a.create_letter("Dear me", "a letter")
        data = json.loads(json.dumps(a.export()))
    assert data["version"] == 6
    assert data["journal_entries"] == [
        {
            "uid": entry.uid,
            "day": "2026-12-03",
            "created": "2026-12-03T20:30:00.000Z",
            "updated": "2026-12-03T20:30:00.000Z",
            "noticed": NOTICED,
            "human": HUMAN,
            "kind_words": KIND,
        }
    ]
    with Journal(tmp_path / "b.sqlite3") as b:
        result = import_data(b, data)
        assert (result.entries_added, result.letters_added) == (1, 1)
        again = import_data(b, data)
        assert again.entries_added == 0 and again.skipped >= 2
        assert b.export()["journal_entries"] == data["journal_entries"]
        assert b.search_journal_entries("Ottoline")[0].uid == entry.uid


def test_older_export_files_still_import(tmp_path: Path) -> None:
    old = {
        "format": "kindapp-journal",
        "version": 5,
        "practices": [],
        "letters": [
            {
                "uid": "abc123",
                "title": "old",
                "body": "an old letter",
                "created": "2025-01-01T10:00:00.000Z",
                "updated": "2025-01-01T10:00:00.000Z",
                "reread_on": None,
            }
        ],
        "reframes": [],
        # a version 5 file has no journal entries; a stray key is not read
        "journal_entries": [{"uid": "x"}],
    }
    with Journal(tmp_path / "b.sqlite3") as b:
        result = import_data(b, old)
        assert (result.letters_added, result.entries_added) == (1, 0)
        assert b.journal_entries() == []


def test_a_broken_entry_in_the_file_changes_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "a.sqlite3", now=clock()) as a:
        a.add_journal_entry(DAY, NOTICED, "", "")
        a.create_letter("Dear me", "a letter")
        data = json.loads(json.dumps(a.export()))
    data["journal_entries"].append(
        {
            "uid": "ffff",
            "day": "2026-12-04",
            "created": "2026-12-04T20:00:00.000Z",
            "updated": "2026-12-04T20:00:00.000Z",
            "noticed": "",
            "human": "",
            "kind_words": "",
        }
    )
    with Journal(tmp_path / "b.sqlite3") as b:
        with pytest.raises(ImportProblem, match=r"journal_entries\[1\]"):
            import_data(b, data)
        assert b.journal_entries() == [] and b.letters() == []


def test_a_locked_journal_holds_none_of_an_entrys_words_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path, now=clock())
    journal.add_journal_entry(DAY - timedelta(days=1), NOTICED, HUMAN, KIND)
    kdf = Kdf.fresh(n=FAST)
    key = kdf.derive("a lantern by the sea")
    journal.change_lock(LockState(kdf), key)
    journal.add_journal_entry(DAY, "written while locked, about Ottoline again", "", "")

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    needles = (b"Ottoline", b"stumbles", b"tomorrow", b"SQLite format")
    assert not [n for n in needles if n in on_disk()]
    assert "Ottoline".encode("utf-16-le") not in on_disk()
    assert len(journal.search_journal_entries("ottoline")) == 2  # readable with the key
    journal.close()
    assert not [n for n in needles if n in on_disk()]
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sc_entry").fetchone()
    with Journal(path, key=key_for(path, "a lantern by the sea"), writer=False) as reader:
        assert [e.noticed for e in reader.journal_entries()][1] == NOTICED
