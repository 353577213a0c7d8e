"""The optional lock on real files: nothing of a letter readable on disk, a wrong passphrase
changes nothing, and the lock goes on, changes and comes off with everything kept."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from kindapp.core.journal import Journal, JournalError
from kindapp.core.journal.cipher import Kdf, LockState, current_state, key_for, state_path

WORDS = "I am so ashamed of what I said to my brother at the wedding"
FAST = 2**10  # tests use cheap scrypt costs; the app uses Kdf's default (2**17)


def lock(journal: Journal, passphrase: str) -> bytes:
    kdf = Kdf.fresh(n=FAST)
    key = kdf.derive(passphrase)
    journal.change_lock(LockState(kdf), key)
    return key


def raw_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("journal"))


def test_a_locked_journal_and_its_wal_hold_none_of_the_words(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    journal.create_letter("The wedding", WORDS)
    journal.add_reframe("I am a terrible sister", "Mia", "no", "You were tired", {}, {})
    lock(journal, "a long walk by the river")
    journal.create_letter("Later", "a second letter about the brother, written while locked")
    wal = Path(f"{path}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the new letter is in the WAL now
    on_disk = raw_bytes(tmp_path)
    for needle in (b"ashamed", b"brother", b"terrible", b"wedding", b"Mia", b"SQLite format"):
        assert needle not in on_disk
    assert [s.title for s in journal.search_letters("brother")] == ["Later", "The wedding"]
    journal.close()
    for needle in (b"ashamed", b"brother", b"wedding"):
        assert needle not in raw_bytes(tmp_path)
    assert b"ashamed" not in state_path(path).read_bytes()


def test_a_locked_journal_needs_its_passphrase_and_a_wrong_one_changes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        journal.create_letter("Kept", WORDS)
        lock(journal, "right one")
    before = path.read_bytes(), state_path(path).read_bytes()
    with pytest.raises(JournalError) as needs:
        Journal(path)
    assert needs.value.reason == "needs_passphrase"
    for writer in (True, False):
        with pytest.raises(JournalError, match="does not open the journal") as wrong:
            Journal(path, key=key_for(path, "wrong one"), writer=writer)
        assert wrong.value.reason == "wrong_passphrase"
    assert (path.read_bytes(), state_path(path).read_bytes()) == before
    with Journal(path, key=key_for(path, "right one")) as journal:
        assert journal.get_letter(1) is not None
        assert journal.get_letter(1).body == WORDS  # type: ignore[union-attr]
    with pytest.raises(sqlite3.DatabaseError):  # and the stdlib cannot read it at all
        sqlite3.connect(path).execute("SELECT count(*) FROM letter").fetchone()


def test_on_new_passphrase_and_off_keep_everything(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    letter = journal.create_letter("One", WORDS)
    lock(journal, "first")
    journal.close()
    journal = Journal(path, key=key_for(path, "first"))
    lock(journal, "second")
    journal.close()
    with pytest.raises(JournalError):
        Journal(path, key=key_for(path, "first"))
    journal = Journal(path, key=key_for(path, "second"))
    journal.change_lock(LockState(), None)
    journal.close()
    assert not current_state(path).locked
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    with Journal(path) as plain:  # the stdlib's sqlite3 again
        assert plain.get_letter(letter.id) == letter
        assert plain.schema_version >= 3
    # Lock off: no lock record is left (README: "removed"), nor its second copy.
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "journal.sqlite3",
        "journal.sqlite3.lock",
    ]
    assert oct(os.stat(path).st_mode & 0o777) == "0o600"


def test_the_default_key_recipe_is_scrypt_at_its_full_costs() -> None:
    """A fresh lock uses scrypt n=2**17 r=8 p=1 (128 MiB) with a fresh salt, writes exactly
    those costs into its recipe, and its key is scrypt's own at those costs: the same
    passphrase gives the same key, another passphrase or salt another. (How long it takes,
    against SQLCipher's own PBKDF2, is measured by bench/bench_unlock.py.)"""
    kdf = Kdf.fresh()
    assert (kdf.n, kdf.r, kdf.p) == (2**17, 8, 1) and len(kdf.salt) == 16
    assert Kdf.fresh().salt != kdf.salt
    recipe = kdf.to_dict()
    assert recipe == {"kdf": "scrypt", "salt": kdf.salt.hex(), "n": 2**17, "r": 8, "p": 1}
    assert Kdf.from_dict(recipe) == kdf
    key = kdf.derive("a long walk by the river")
    expected = hashlib.scrypt(
        b"a long walk by the river", salt=kdf.salt, n=2**17, r=8, p=1, maxmem=2**28, dklen=32
    )
    assert key == expected and len(key) == 32
    assert Kdf.from_dict(recipe).derive("a long walk by the river") == key
    assert kdf.derive("a long walk by the sea") != key
    assert Kdf(bytes(16)).derive("a long walk by the river") != key


def test_suspend_forgets_the_key_and_resume_needs_the_right_one(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    journal = Journal(path)
    journal.create_letter("One", WORDS)
    lock(journal, "right")
    journal.suspend()
    assert journal.suspended and journal.key is None
    with pytest.raises(JournalError):
        journal.letters()
    with pytest.raises(JournalError) as wrong:
        journal.resume(key_for(path, "wrong"))
    assert wrong.value.reason == "wrong_passphrase" and journal.suspended
    journal.resume(key_for(path, "right"))
    assert [s.title for s in journal.letters()] == ["One"]
    journal.close()
