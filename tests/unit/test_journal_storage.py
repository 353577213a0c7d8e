"""The journal file itself: one writer (lock), readers alongside, backup before migrating,
private files, and real faults (disk full, read-only) reported in plain words."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindapp.core.journal import (
    DISK_FULL,
    MIGRATIONS,
    MISSING,
    READ_ONLY,
    Journal,
    JournalError,
    JournalLocked,
)

T0 = datetime(2026, 11, 22, 8, 0, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[2]


def mode(p: Path) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def make_v1_journal(path: Path) -> None:
    """A journal as the first release wrote it: the v1 schema and one practice."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO practice (practice, mode, started_at, ended_at, duration_s, outcome)"
        " VALUES ('break', 'quick', '2026-11-01T08:00:00.000Z',"
        " '2026-11-01T08:00:56.000Z', 56.0, 'finished')"
    )
    db.execute("PRAGMA user_version = 1")
    db.close()


# -- one writer --------------------------------------------------------------------------------


def test_a_second_writer_is_refused_clearly(tmp_path):
    path = tmp_path / "journal.sqlite3"
    first = Journal(path)
    with pytest.raises(JournalLocked, match="Kind is already open and writing to your journal"):
        Journal(path)
    assert isinstance(JournalLocked("x"), JournalError)
    first.create_letter("still", "mine")  # the first writer is unharmed
    first.close()
    second = Journal(path)  # free again once closed
    assert [s.title for s in second.letters()] == ["still"]
    second.close()
    assert mode(path.with_name("journal.sqlite3.lock")) == 0o600


def test_the_lock_holds_across_processes_and_dies_with_its_holder(tmp_path):
    path = tmp_path / "journal.sqlite3"
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from kindapp.core.journal import Journal
        j = Journal(Path({str(path)!r}))
        j.create_letter("from the other Kind", "hello")
        print("ready", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with pytest.raises(JournalLocked):
            Journal(path)
        reader = Journal(path, writer=False)  # --export works while the other one runs
        assert [s.title for s in reader.letters()] == ["from the other Kind"]
        reader.close()
    finally:
        child.kill()  # SIGKILL: no clean-up runs, the kernel drops the lock
        child.wait()
    j = Journal(path)
    assert [s.title for s in j.letters()] == ["from the other Kind"]
    assert j._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    j.close()


# -- readers -----------------------------------------------------------------------------------


def test_a_reader_never_migrates_and_cannot_write(tmp_path):
    path = tmp_path / "journal.sqlite3"
    make_v1_journal(path)
    before = sorted(p.name for p in tmp_path.iterdir())
    reader = Journal(path, writer=False)
    assert reader.schema_version == 1
    assert [r.practice for r in reader.practices()] == ["break"]
    assert reader.letters() == [] and reader.reframes() == [] and reader.get_meta("x") is None
    assert reader.search_letters("kind") == []
    with pytest.raises(JournalError, match="reading only") as err:
        reader.create_letter("no", "no")
    assert err.value.reason == READ_ONLY
    reader.close()
    assert not [p for p in tmp_path.iterdir() if ".bak-" in p.name]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name in before) == before
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    db.close()


def test_a_reader_of_nothing_is_a_clear_error_and_creates_nothing(tmp_path):
    with pytest.raises(JournalError, match="no journal") as err:
        Journal(tmp_path / "nope" / "journal.sqlite3", writer=False)
    assert err.value.reason == MISSING
    assert not (tmp_path / "nope").exists()


# -- migration ---------------------------------------------------------------------------------


def test_migrating_an_old_journal_backs_it_up_first(tmp_path):
    path = tmp_path / "data" / "journal.sqlite3"
    make_v1_journal(path)
    j = Journal(path, now=lambda: T0)
    assert j.schema_version == len(MIGRATIONS)
    assert [r.started_at.day for r in j.practices()] == [1]  # history kept
    j.create_letter("new", "text")
    j.close()
    stamp = T0.astimezone().strftime("%Y%m%dT%H%M%S")
    backups = [p for p in path.parent.iterdir() if ".bak-" in p.name]
    assert [p.name for p in backups] == [f"journal.sqlite3.bak-v1-{stamp}"]
    assert re.fullmatch(r"journal\.sqlite3\.bak-v1-\d{8}T\d{6}", backups[0].name)
    assert mode(backups[0]) == 0o600
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one whole file
    assert copy.execute("SELECT count(*) FROM practice").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM sqlite_master WHERE name = 'letter'").fetchone() is None
    copy.close()
    # Opening again: already current, no second backup.
    Journal(path, now=lambda: T0).close()
    assert len([p for p in path.parent.iterdir() if ".bak-" in p.name]) == 1


def test_a_new_journal_needs_no_backup(tmp_path):
    Journal(tmp_path / "journal.sqlite3").close()
    assert not [p for p in tmp_path.iterdir() if ".bak-" in p.name]


def test_two_backups_in_the_same_second_do_not_overwrite(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3", now=lambda: T0)
    a, b = j.backup(1), j.backup(1)
    assert a != b and a.exists() and b.exists()
    j.close()


# -- private files -----------------------------------------------------------------------------


def test_every_file_is_private_including_wal_shm_lock_and_backups(tmp_path):
    path = tmp_path / "data" / "journal.sqlite3"
    make_v1_journal(path)
    os.chmod(path, 0o644)  # an old file with loose permissions gets tightened
    old = os.umask(0o022)
    try:
        j = Journal(path)
        j.create_letter("private", "words")
        reader = Journal(path, writer=False)
        reader.letters()
        names = {p.name for p in path.parent.iterdir()}
        assert {
            "journal.sqlite3",
            "journal.sqlite3-wal",
            "journal.sqlite3-shm",
            "journal.sqlite3.lock",
        } <= names
        assert any(".bak-v1-" in n for n in names)
        for p in path.parent.iterdir():
            assert mode(p) == 0o600, p.name
        assert mode(path.parent) == 0o700
        reader.close()
        j.close()
    finally:
        os.umask(old)


# -- faults, for real --------------------------------------------------------------------------


def test_disk_full_is_reported_and_nothing_half_written(tmp_path):
    j = Journal(tmp_path / "journal.sqlite3")
    letter = j.save_letter(j.create_letter().id, "Draft", "what I had")
    pages = j._conn.execute("PRAGMA page_count").fetchone()[0]
    # A real SQLITE_FULL: sqlite refuses to grow the file past max_page_count.
    j._conn.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = "so many words " * 100_000
    with pytest.raises(JournalError, match="Your disk is full") as err:
        j.save_letter(letter.id, "Draft", big)
    assert err.value.reason == DISK_FULL
    assert isinstance(err.value.__cause__, sqlite3.Error)
    assert j.get_letter(letter.id).body == "what I had"
    with pytest.raises(JournalError, match="Your disk is full"):
        j.create_letter("another", big)
    assert len(j.letters()) == 1
    j._conn.execute("PRAGMA max_page_count = 1073741823")  # space again: the same save works
    assert j.save_letter(letter.id, "Draft", big).body == big
    assert j._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    j.close()


def test_refused_writes_are_reported_as_read_only(tmp_path):
    # Tests run as root, so file modes do not stop writes; PRAGMA query_only makes sqlite
    # itself refuse every write (a real SQLITE_READONLY). The real read-only filesystem case
    # is the next test.
    j = Journal(tmp_path / "journal.sqlite3")
    letter = j.create_letter("t", "kept")
    j._conn.execute("PRAGMA query_only = 1")
    with pytest.raises(JournalError, match="Kind can't write to your journal") as err:
        j.save_letter(letter.id, "t", "new words")
    assert err.value.reason == READ_ONLY
    with pytest.raises(JournalError, match="Kind can't write"):
        j.add_reframe("a", "b", "no", "c", {}, {})
    j._conn.execute("PRAGMA query_only = 0")
    assert j.get_letter(letter.id).body == "kept"
    j.close()


@pytest.mark.skipif(
    os.geteuid() != 0 and not os.environ.get("CI"),
    reason="needs root and unshare to mount a read-only filesystem",
)
def test_a_journal_on_a_read_only_filesystem(tmp_path):
    data = tmp_path / "data"
    path = data / "journal.sqlite3"
    with Journal(path) as j:
        j.create_letter("kept", "safe words")
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from kindapp.core.journal import Journal, JournalError
        path = Path({str(path)!r})
        try:
            Journal(path)
        except JournalError as exc:
            print("writer:", exc.reason, "|", exc)
        r = Journal(path, writer=False)
        print("reader:", [s.title for s in r.letters()])
    """)
    script = (
        f"mount --bind {data} {data} && mount -o remount,ro,bind {data} {data} && "
        f'exec {sys.executable} -c "$CODE"'
    )
    result = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script],
        env={**os.environ, "CODE": code},
        capture_output=True,
        text=True,
        timeout=60,
    )
    if "mount" in result.stderr and result.returncode != 0 and not os.environ.get("CI"):
        pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    assert "writer: read_only | Kind can't write to your journal" in result.stdout, result.stdout
    assert "reader: ['kept']" in result.stdout, result.stdout


def test_a_newer_journal_is_refused_by_readers_too(tmp_path):
    path = tmp_path / "journal.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 99")
    db.close()
    with pytest.raises(JournalError, match="newer Kind"):
        Journal(path, writer=False)
