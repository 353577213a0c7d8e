"""`kindapp --lock` / `--unlock` as a script would run them: the journal, its copies and the
recorded voice go under the lock and come back; a wrong passphrase changes nothing, says so
without a traceback, and each next try waits longer; no secret ever appears in an error."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import desktop
import pytest

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import copy_path, current_state, state_path
from kindapp.core.journal.relock import voices_for
from kindapp.core.journal.tries import Tries, wait_for
from kindapp.core.voice_store import Take

pytestmark = pytest.mark.system

WORDS = "the letter about the day I could not get out of bed"
SAMPLES = bytes(range(256)) * 40


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def passfile(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_lock_and_unlock_from_the_command_line(tmp_path: Path) -> None:
    env = desktop.make_kind_env(tmp_path / "kind", None, None, None)
    with Journal(env.journal_path) as journal:
        journal.create_letter("A heavy day", WORDS)
    voice_dir = env.journal_path.parent / "voice"
    voices_for(voice_dir, env.journal_path, lambda: None).save(
        "break.kindness", Take(SAMPLES, 16000)
    )
    home = env.journal_path.parent

    blank = desktop.run_kind(
        env, "--lock", "--passphrase-file", str(passfile(tmp_path, "b", " " * 9))
    )
    assert blank.returncode == 1 and "more than spaces" in blank.stderr
    assert not current_state(env.journal_path).locked

    right = passfile(tmp_path, "right", "the long road home")
    done = desktop.run_kind(env, "--lock", "--passphrase-file", str(right))
    assert done.returncode == 0, done.stderr
    assert "1 recording(s)" in done.stdout
    raw = every_byte(home)
    for marker in (WORDS.encode(), WORDS.encode("utf-16-le"), b"RIFF", b"WAVE", SAMPLES[:64]):
        assert marker not in raw
    for p in home.rglob("*"):
        assert stat.S_IMODE(os.stat(p).st_mode) == (0o700 if p.is_dir() else 0o600), p

    wrong = passfile(tmp_path, "wrong", "the short road home")
    before = env.journal_path.read_bytes()
    for n in (1, 2, 3):
        tried = desktop.run_kind(env, "--unlock", "--passphrase-file", str(wrong))
        assert tried.returncode == 1
        assert "does not open the journal; nothing was changed" in tried.stderr
        assert "Traceback" not in tried.stderr and "short road" not in tried.stderr
        assert Tries(env.journal_path).failures == n
    assert env.journal_path.read_bytes() == before
    assert Tries(env.journal_path).wait_left() > 0  # the fourth try would wait

    # A wrong passphrase for --export counts too (after its own wait), then one more (as
    # another Kind would count it): the next waits 4 s. The right passphrase (from standard
    # input) still opens it: slowed, never locked out.
    export = desktop.run_kind(
        {**env, "KIND_PASSPHRASE": "the short road home"}, "--export", str(tmp_path / "x.json")
    )
    assert export.returncode == 1 and "does not open the journal" in export.stderr
    assert Tries(env.journal_path).failures == 4
    Tries(env.journal_path).failed()
    started = time.monotonic()
    off = subprocess.run(
        [str(desktop.kindapp_script()), "--unlock", "--passphrase-file", "-"],
        env=dict(env),
        input="the long road home\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert off.returncode == 0, off.stderr
    assert "a few tries did not fit; waiting" in off.stderr
    assert time.monotonic() - started >= 2.5
    assert not state_path(env.journal_path).exists() and not copy_path(env.journal_path).exists()
    assert Tries(env.journal_path).failures == 0
    with Journal(env.journal_path) as journal:
        assert [letter.body for letter in journal.all_letters()] == [WORDS]
    plain = voices_for(voice_dir, env.journal_path, lambda: None)
    assert plain.load("break.kindness") == Take(SAMPLES, 16000)


def test_an_abbreviated_option_is_refused_and_its_value_never_printed(tmp_path: Path) -> None:
    env = desktop.make_kind_env(tmp_path / "kind", None, None, None)
    with Journal(env.journal_path) as journal:
        journal.create_letter("A heavy day", WORDS)
    right = passfile(tmp_path, "right", "the long road home")
    assert desktop.run_kind(env, "--lock", "--passphrase-file", str(right)).returncode == 0
    out = tmp_path / "out.json"
    for argv, code in (
        (("--export", str(out), "--pass", "MySecretPassphrase"), 2),
        (("--export", str(out), "--passphrase=MySecretPassphrase"), 2),
        (("--unlock", "--passphrase-fil", "MySecretPassphrase"), 2),
        (("--export", str(out), "--passphrase-file", "MySecretPassphrase"), 1),
        (("--unlock", "--passphrase-file", "MySecretPassphrase"), 1),
    ):
        result = desktop.run_kind(env, *argv)
        assert result.returncode == code, (argv, result.stderr)
        assert "MySecretPassphrase" not in result.stdout + result.stderr, argv
        assert "Traceback" not in result.stderr
        assert not out.exists()
    assert current_state(env.journal_path).locked


def test_the_wait_grows_and_is_never_a_lockout(tmp_path: Path) -> None:
    assert [wait_for(n) for n in range(7)] == [0, 0, 0, 1, 2, 4, 8]
    assert wait_for(100) == 60
    now = [1000.0]
    tries = Tries(tmp_path / "journal.sqlite3", lambda: now[0])
    for _ in range(5):
        tries.failed()
    assert tries.wait_left() == 4
    now[0] += 3
    assert tries.wait_left() == 1
    now[0] += 1
    assert tries.wait_left() == 0
    tries.succeeded()
    assert tries.failures == 0
