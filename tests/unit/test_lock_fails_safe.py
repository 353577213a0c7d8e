"""The lock at its edges, on real files: a lost or garbled lock record, a passphrase in
another Unicode normalisation, lock off leaving no record, and every copy Kind makes (the
migration backup, the journal kept aside before a restore, the recorded voice) following
the lock, with no plain byte of it left behind."""

from __future__ import annotations

import os
import stat
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindapp.core.errors import JournalReason
from kindapp.core.journal import Journal, JournalError
from kindapp.core.journal.backups import Backups
from kindapp.core.journal.cipher import (
    Kdf,
    LockState,
    copy_path,
    current_state,
    key_for,
    rewrite_path,
    state_path,
)
from kindapp.core.journal.relock import change_lock, voices_for
from kindapp.core.voice_store import Take

FAST = 2**10
WORDS = "the harsh thing I told myself about the interview"
SAMPLES = bytes(range(256)) * 40  # a recognisable run of 16-bit samples


def mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def locked_journal(tmp_path: Path, passphrase: str = "by the river") -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.create_letter("Interview", WORDS)
        kdf = Kdf.fresh(n=FAST)
        change_lock(journal, LockState(kdf), kdf.derive(passphrase))
    return path


def test_a_lost_lock_record_is_read_from_its_second_copy_and_mended(tmp_path: Path) -> None:
    path = locked_journal(tmp_path)
    assert copy_path(path).read_bytes() == state_path(path).read_bytes()
    state_path(path).unlink()
    key = key_for(path, "by the river")  # the salt, from the copy
    with Journal(path, key=key) as journal:
        assert [s.title for s in journal.letters()] == ["Interview"]
    assert state_path(path).read_bytes() == copy_path(path).read_bytes()  # mended
    assert mode(state_path(path)) == 0o600


def test_a_garbled_lock_record_is_read_from_the_other_copy(tmp_path: Path) -> None:
    path = locked_journal(tmp_path)
    state_path(path).write_bytes(b'{"version": 1, "state": {"kdf": "scr')
    with Journal(path, key=key_for(path, "by the river")) as journal:
        assert journal.locked and len(journal.letters()) == 1


def test_both_records_lost_is_said_in_words_not_called_damaged(tmp_path: Path) -> None:
    path = locked_journal(tmp_path)
    Backups(path).take(key_for(path, "by the river"))  # a backup remembers it was locked
    state_path(path).write_text("not json at all")
    copy_path(path).unlink()
    before = path.read_bytes()
    with pytest.raises(JournalError) as no_record:
        Journal(path)
    assert no_record.value.reason == JournalReason.LOCK_RECORD
    assert "lock record" in str(no_record.value) and "left as it is" in str(no_record.value)
    assert path.read_bytes() == before
    # A restore refuses too, and leaves no stray file behind.
    (backup,) = Backups(path).entries()
    with pytest.raises(JournalError):
        Backups(path).restore(backup)
    assert not rewrite_path(path).exists()
    assert not list(tmp_path.glob("journal.sqlite3.before-restore-*"))


def test_a_passphrase_typed_in_nfd_opens_a_journal_locked_in_nfc(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Schöne Grüße, café")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    path = locked_journal(tmp_path, nfc)
    with Journal(path, key=key_for(path, nfd)) as journal:
        assert len(journal.letters()) == 1
    with Journal(path, key=key_for(path, nfc)) as journal:  # as it was typed: still opens
        assert len(journal.letters()) == 1


def test_lock_off_removes_both_lock_records(tmp_path: Path) -> None:
    path = locked_journal(tmp_path)
    with Journal(path, key=key_for(path, "by the river")) as journal:
        change_lock(journal, LockState(), None)
    assert not state_path(path).exists() and not copy_path(path).exists()
    assert not current_state(path).locked
    with Journal(path) as journal:
        assert len(journal.letters()) == 1


def test_turning_the_lock_on_encrypts_every_copy_beside_the_journal(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    backups = Backups(path, lambda: datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    with Journal(path) as journal:
        journal.create_letter("Interview", WORDS)
        migration_copy = journal.backup()  # as a schema migration makes one
        backups.take(None)
    (backup,) = backups.entries()
    backups.restore(backup)  # keeps the journal aside: a full plain copy
    (aside,) = tmp_path.glob("journal.sqlite3.before-restore-*")
    voices = voices_for(tmp_path / "voice", path, lambda: None)
    voices.save("break.kindness", Take(SAMPLES, 16000))
    assert b"RIFF" in every_byte(tmp_path) and WORDS.encode() in migration_copy.read_bytes()

    kdf = Kdf.fresh(n=FAST)
    key = kdf.derive("by the river")
    with Journal(path) as journal:
        done = change_lock(journal, LockState(kdf), key, voices)
    assert (done.backups, done.copies, done.voices, done.left) == (1, 2, 1, 0)

    raw = every_byte(tmp_path)
    for marker in (WORDS.encode(), WORDS.encode("utf-16-le"), b"RIFF", b"WAVE", SAMPLES[:64]):
        assert marker not in raw
    assert b"SQLite format 3" not in raw
    for p in tmp_path.rglob("*"):
        assert mode(p) == (0o700 if p.is_dir() else 0o600), p
    assert mode(Path(f"{aside}.keyinfo.json")) == 0o600
    # Everything opens again with the one passphrase.
    opened = voices_for(tmp_path / "voice", path, lambda: key)
    assert opened.load("break.kindness") == Take(SAMPLES, 16000)
    assert voices.load("break.kindness") is None  # locked, no key: not heard, not crashed
    for copy in (migration_copy, aside):
        with Journal(copy, key=key, writer=False) as old:
            assert [s.title for s in old.letters()] == ["Interview"]

    # A new passphrase, then lock off: the copies and the voice follow, nothing is lost.
    kdf2 = Kdf.fresh(n=FAST)
    key2 = kdf2.derive("a new one")
    with Journal(path, key=key) as journal:
        change_lock(journal, LockState(kdf2), key2, opened)
    again = voices_for(tmp_path / "voice", path, lambda: key2)
    assert again.load("break.kindness") == Take(SAMPLES, 16000)
    with Journal(path, key=key2) as journal:
        done = change_lock(journal, LockState(), None, again)
    assert done.voices == 1
    plain = voices_for(tmp_path / "voice", path, lambda: None)
    assert plain.load("break.kindness") == Take(SAMPLES, 16000)
    assert (tmp_path / "voice" / "break.kindness.wav").is_file()
    assert not (tmp_path / "voice" / "voice.sealed").exists()
    with Journal(migration_copy, writer=False) as old:
        assert [s.title for s in old.letters()] == ["Interview"]


def test_a_take_made_while_locked_and_put_away_is_refused_in_words(tmp_path: Path) -> None:
    path = locked_journal(tmp_path)
    voices = voices_for(tmp_path / "voice", path, lambda: None)
    with pytest.raises(OSError, match="unlock"):
        voices.save("break.kindness", Take(SAMPLES, 16000))
    assert not list(tmp_path.rglob("*.wav"))
