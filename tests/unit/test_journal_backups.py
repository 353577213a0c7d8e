"""Rotating backups on real files: private, counted, encrypted with a locked journal, and a
damaged journal brought back from the latest one with nothing overwritten."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kindapp.core.journal import Journal, JournalError
from kindapp.core.journal.backups import Backups
from kindapp.core.journal.cipher import Kdf, LockState, current_state, key_for
from kindapp.core.records import PracticeRecord

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def practice(when: datetime) -> PracticeRecord:
    return PracticeRecord("break", "quick", when, when + timedelta(seconds=60), 60.0, "finished")


def test_a_backup_is_private_and_says_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    clock = Clock()
    with Journal(path) as journal:
        journal.create_letter("One", "words")
        journal.create_letter("Two", "more words")
        journal.add_reframe("critic", "Mia", "no", "kind", {}, {})
        journal.record_practice(practice(T0))
        backups = Backups(path, clock)
        assert backups.due()
        info = backups.take(journal.key)  # beside the open writer, through its own reader
    assert (info.letters, info.reframes, info.practices) == (2, 1, 1)
    assert not backups.due()
    assert mode(backups.folder) == 0o700
    assert mode(info.path) == 0o600 and mode(Path(f"{info.path}.json")) == 0o600
    assert backups.entries() == [info]
    with Journal(info.path, writer=False) as copy:
        assert [s.title for s in copy.letters()] == ["Two", "One"]


def test_rotation_over_two_months_of_days(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    clock = Clock()
    Journal(path).close()
    backups = Backups(path, clock)
    for _ in range(60):
        if backups.due():
            backups.take(None)
        clock.now += timedelta(days=1)
    kept = backups.entries()
    assert 10 <= len(kept) <= 12  # 7 daily + 3-4 weekly + ...
    assert len(list(backups.folder.glob("journal-*.sqlite3"))) == len(kept)
    assert all(clock.now - b.taken < timedelta(days=32) for b in kept)


def test_a_locked_journals_backups_are_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.create_letter("Secret", "the thing I never told anyone")
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive("pass"))
        info = Backups(path, Clock()).take(journal.key)
    assert info.locked and info.letters == 1
    assert b"never told" not in info.path.read_bytes()
    with pytest.raises(JournalError):
        Journal(info.path, writer=False)  # no keyinfo beside it: it is not plain sqlite
    assert Backups(path, Clock()).latest_good() == info


def test_a_truncated_journal_is_restored_from_the_latest_backup(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    clock = Clock()
    backups = Backups(path, clock)
    with Journal(path) as journal:
        for day in range(3):
            journal.create_letter(f"Day {day}", "x" * 5000)
            clock.now += timedelta(days=1)
            backups.take(None)
        journal.create_letter("Today", "written after the last backup")
    size = path.stat().st_size
    with path.open("r+b") as f:
        f.truncate(size // 2)
    damaged = path.read_bytes()
    with pytest.raises(JournalError) as caught:
        Journal(path)
    assert caught.value.reason == "damaged"
    assert path.read_bytes() == damaged  # nothing was written to it
    latest = backups.latest_good()
    assert latest is not None and latest.taken == clock.now
    aside = backups.restore(latest)
    assert aside is not None and aside.read_bytes() == damaged  # kept, never deleted
    with Journal(path) as journal:
        titles = [s.title for s in journal.letters()]
    assert titles == ["Day 2", "Day 1", "Day 0"]  # at most a day lost


def test_restoring_a_locked_backup_brings_back_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    backups = Backups(path, Clock())
    with Journal(path) as journal:
        journal.create_letter("Locked", "words")
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive("pass"))
        info = backups.take(journal.key)
        journal.change_lock(LockState(), None)
        journal.create_letter("Plain", "later")
    backups.restore(info)
    assert current_state(path) == info.lock
    with Journal(path, key=key_for(path, "pass")) as journal:
        assert [s.title for s in journal.letters()] == ["Locked"]


def test_restore_waits_for_no_kind_to_hold_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    backups = Backups(path, Clock())
    with Journal(path) as journal:
        info = backups.take(journal.key)
        with pytest.raises(JournalError, match="already open"):
            backups.restore(info)


def test_turning_the_lock_on_leaves_no_plain_backup(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    backups = Backups(path, Clock())
    with Journal(path) as journal:
        journal.create_letter("Before", "the plain words of yesterday")
        old = backups.take(None)
        assert b"plain words" in old.path.read_bytes()
        kdf = Kdf.fresh(n=2**10)
        key = kdf.derive("pass")
        journal.change_lock(LockState(kdf), key)
        assert backups.relock(LockState(), None, key) == 1
    (again,) = backups.entries()
    assert again.locked and again.letters == 1
    assert b"plain words" not in again.path.read_bytes()
    backups.restore(again)
    with Journal(path, key=key_for(path, "pass")) as journal:
        assert [s.title for s in journal.letters()] == ["Before"]


def test_practices_while_locked_wait_in_a_plain_file_without_words(tmp_path: Path) -> None:
    from kindapp.core.journal import pending

    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive("pass"))
    record = practice(T0)
    from dataclasses import replace

    pending.keep(path, replace(record, before=7, words_before="so ashamed"))
    pending.keep(path, practice(T0 + timedelta(hours=1)))
    assert pending.count(path) == 2
    assert b"ashamed" not in pending.pending_path(path).read_bytes()
    assert mode(pending.pending_path(path)) == 0o600
    with Journal(path, key=key_for(path, "pass")) as journal:
        result = pending.merge(journal)
        assert result is not None and result.practices_added == 2
        assert [p.before for p in journal.practices()] == [7, None]
    assert not pending.pending_path(path).exists()
