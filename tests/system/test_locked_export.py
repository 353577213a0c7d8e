"""`kindapp --export` of a locked journal: the passphrase comes from a file or KIND_PASSPHRASE
(never the command line); without one, or with a wrong one, nothing is written and it says so."""

from __future__ import annotations

import json
from pathlib import Path

import desktop
import pytest

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import Kdf, LockState

pytestmark = pytest.mark.system

WORDS = "the letter I wrote about the night I shouted"


def locked_env(tmp_path: Path) -> desktop.KindEnv:
    env = desktop.make_kind_env(tmp_path / "kind", None, None, None)
    with Journal(env.journal_path) as journal:
        journal.create_letter("That night", WORDS)
        kdf = Kdf.fresh(n=2**12)
        journal.change_lock(LockState(kdf), kdf.derive("a quiet harbour"))
    return env


def test_export_of_a_locked_journal_needs_its_passphrase(tmp_path: Path) -> None:
    env = locked_env(tmp_path)
    before = env.journal_path.read_bytes()
    out = tmp_path / "export.json"

    asked = desktop.run_kind(env, "--export", str(out))  # no terminal, nothing given
    assert asked.returncode == 1 and not out.exists()
    assert "locked with a passphrase" in asked.stderr and "KIND_PASSPHRASE" in asked.stderr

    wrong = desktop.run_kind({**env, "KIND_PASSPHRASE": "a loud harbour"}, "--export", str(out))
    assert wrong.returncode == 1 and not out.exists()
    assert "That passphrase does not open the journal; nothing was changed." in wrong.stderr
    assert env.journal_path.read_bytes() == before

    secret = tmp_path / "passphrase.txt"
    secret.write_text("a quiet harbour\n")
    secret.chmod(0o600)
    done = desktop.run_kind(env, "--export", str(out), "--passphrase-file", str(secret))
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text())
    assert [letter["body"] for letter in data["letters"]] == [WORDS]
    assert "a quiet harbour" not in done.stdout + done.stderr

    by_env = desktop.run_kind({**env, "KIND_PASSPHRASE": "a quiet harbour"}, "--export", str(out))
    assert by_env.returncode == 0, by_env.stderr
