"""SIGKILL while the lock is being put on, changed and taken off (and while a backup is
brought back): the journal opens afterwards either as it was or as it became, whole, with
every word.

A child process fills a journal, says "ready", then rewrites it round the cycle plain →
"alpha" → "beta" → plain → … (each rewrite as the settings do it: `Journal.change_lock`),
saying "done N" after each. It is killed at a random moment (from the printed seed; set
KIND_CRASH_SEED to replay). Then: the lock record names a state that is the one after the
last "done" or the one after that; exactly that passphrase (or none) opens it; integrity_check
is ok; every letter is there, word for word; the leftover half-built file is tidied away by
the next writer, and the lock can still be changed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from kindapp.core.journal import Journal, JournalError
from kindapp.core.journal.cipher import Kdf, LockState, current_state, key_for, rewrite_path

pytestmark = pytest.mark.system

ROUNDS = 12
SEED = int(os.environ["KIND_CRASH_SEED"])
_draw = random.Random(SEED + 7)
KILL_DELAYS = [_draw.uniform(0.0, 0.6) for _ in range(ROUNDS)]
CYCLE = (None, "alpha", "beta")  # the state after rewrite N is CYCLE[N % 3]; N=0 is the start
LETTERS = 150

CHILD = (
    textwrap.dedent("""
    import sys
    from pathlib import Path
    from kindapp.core.journal import Journal
    from kindapp.core.journal.cipher import Kdf, LockState
    path = Path(sys.argv[1])
    cycle = (None, "alpha", "beta")
    journal = Journal(path)
    with journal.transaction():
        for i in range(%d):
            journal.create_letter(f"letter {i}", f"body {i} " + "kind words " * 200)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        passphrase = cycle[n %% 3]
        if passphrase is None:
            journal.change_lock(LockState(), None)
        else:
            kdf = Kdf.fresh(n=2**10)
            journal.change_lock(LockState(kdf), kdf.derive(passphrase))
        print(f"done {n}", flush=True)
""")
    % LETTERS
)


def passphrase_of(path: Path) -> str | None:
    """Which of the cycle's passphrases opens the journal (None: it is plain); exactly one.
    Asked as the person's Kind asks, with the writer: a kill in the middle of a write leaves a
    hot journal that only a writer can roll back (a read-only reader refuses it, "attempt to
    write a readonly database"); a wrong passphrase must still change nothing."""
    if not current_state(path).locked:
        return None
    opens = []
    for candidate in ("alpha", "beta"):
        try:
            Journal(path, key=key_for(path, candidate)).close()
            opens.append(candidate)
        except JournalError as exc:
            assert exc.reason == "wrong_passphrase", exc
    assert len(opens) == 1, opens
    return opens[0]


@pytest.mark.parametrize("round_no", range(1, ROUNDS + 1), ids=lambda n: f"round{n}")
def test_sigkill_during_a_lock_rewrite_leaves_the_journal_whole(
    tmp_path: Path, round_no: int
) -> None:
    delay = KILL_DELAYS[round_no - 1]
    where = f"(round {round_no}, kill {delay:.3f} s after ready, KIND_CRASH_SEED={SEED})"
    path = tmp_path / "journal.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", where
    # The kill moment itself is the one timed thing (as in test_letter_crash).
    threading.Timer(delay, os.kill, (child.pid, signal.SIGKILL)).start()
    assert child.wait(30) == -signal.SIGKILL, where
    lines = child.stdout.read().splitlines()
    done = [int(line.split()[1]) for line in lines if line.startswith("done ")]
    last = done[-1] if done else 0
    allowed = {CYCLE[last % 3], CYCLE[(last + 1) % 3]}

    half_built = rewrite_path(path).exists()  # killed mid-rewrite (before its replace)
    found = passphrase_of(path)
    assert found in allowed, f"the journal is under {found!r}, not one of {allowed} {where}"
    key = None if found is None else key_for(path, found)
    with Journal(path, key=key) as journal:  # the writer: settles a half-done rewrite
        check = journal._conn.execute("PRAGMA integrity_check").fetchall()
        assert check == [("ok",)], f"{check} {where}"
        letters = journal.all_letters()
        assert len(letters) == LETTERS, where
        for i, letter in enumerate(letters):
            assert letter.body == f"body {i} " + "kind words " * 200, where
        assert not rewrite_path(path).exists(), where
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive("after"))
    with Journal(path, key=key_for(path, "after")) as journal:
        assert len(journal.letters()) == LETTERS, where
    print(
        f"round {round_no}: killed after {last} rewrites"
        f"{' (one half-built)' if half_built else ''}, found under {found!r} {where}"
    )


RESTORE_CHILD = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime, timedelta
    from pathlib import Path
    from kindapp.core.journal import Journal
    from kindapp.core.journal.backups import Backups
    from kindapp.core.journal.cipher import Kdf, LockState
    path = Path(sys.argv[1])
    start = datetime(2026, 11, 1, tzinfo=UTC)  # a day apart: the rotation keeps both
    moments = iter(start + timedelta(days=i) for i in range(10**6))
    backups = Backups(path, lambda: next(moments))
    journal = Journal(path)
    for i in range(80):
        journal.create_letter(f"plain {i}", "words " * 300)
    plain = backups.take(None)
    kdf = Kdf.fresh(n=2**10)
    key = kdf.derive("alpha")
    journal.change_lock(LockState(kdf), key)
    journal.create_letter("locked one", "more")
    locked = backups.take(key)
    journal.close()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        backups.restore(locked if n % 2 else plain)
        print(f"done {n}", flush=True)
""")


@pytest.mark.parametrize("round_no", range(1, 7), ids=lambda n: f"round{n}")
def test_sigkill_while_a_backup_is_brought_back_leaves_one_whole_journal(
    tmp_path: Path, round_no: int
) -> None:
    delay = KILL_DELAYS[round_no - 1] / 2
    where = f"(restore round {round_no}, kill {delay:.3f} s after ready, KIND_CRASH_SEED={SEED})"
    path = tmp_path / "journal.sqlite3"
    child = subprocess.Popen(
        [sys.executable, "-c", RESTORE_CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready", where
    threading.Timer(delay, os.kill, (child.pid, signal.SIGKILL)).start()
    assert child.wait(30) == -signal.SIGKILL, where
    locked = current_state(path).locked
    key = key_for(path, "alpha") if locked else None
    with Journal(path, key=key) as journal:
        check = journal._conn.execute("PRAGMA integrity_check").fetchall()
        assert check == [("ok",)], f"{check} {where}"
        titles = {s.title for s in journal.letters()}
    assert len(titles) == (81 if locked else 80), where  # the locked backup or the plain one
    assert ("locked one" in titles) == locked, where
    asides = list(tmp_path.glob("journal.sqlite3.before-restore-*"))
    assert asides or not child.stdout.read().strip(), where  # each swap kept the one before
