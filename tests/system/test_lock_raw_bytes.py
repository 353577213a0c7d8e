"""The lock on real bytes. A journal holding every private thing Kind keeps (letters,
reframes, caught thoughts, what's in the way, kind days, self-compassion journal entries,
check-in words, both kinds of voice recordings, My words, own touch phrases, with a migration
copy and a rotating backup beside it) comes in by `kindapp --import`, is locked by
`kindapp --lock`, and the real app runs on the test desktop. Then every byte under the
person's folders is read: none of the words (UTF-8 or UTF-16), no WAV header, no recorded
samples. A wrong passphrase exports nothing and says so
without a traceback; the right one brings everything back, and `--unlock` keeps My words."""

from __future__ import annotations

import json
import signal
import stat
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import desktop
import pytest
from desktop import wait_for_log

from kindapp.core.journal import Journal, export_data
from kindapp.core.journal.backups import Backups
from kindapp.core.kind_day_store import start_kind_day
from kindapp.core.my_words import MyWords, WordsShelf
from kindapp.core.records import PracticeRecord
from kindapp.core.voice_store import Take, VoiceStore, reframe_key, touch_key
from kindapp.core.writing.in_the_way_store import add_in_the_way

pytestmark = pytest.mark.system

PASS = "a lantern on the jetty at dusk"
MARKERS = {
    "letter": "Dear me, about the night at Aunt Hilde's kitchen table",
    "reframe": "You are worthless when you forget the Harrington invoice",
    "reframe_kind": "Anyone could forget an invoice, Marisol",
    "caught": "Stupid stupid Quentin-brain again",
    "in_the_way": "Calling the Oberndorfer clinic back",
    "kind_day": "Be gentle with myself at the Lindqvist review",
    "checkin": "knot in my stomach about Zebulon",
    "my_words": "May I hold this Pemberton ache gently",
    "touch_phrase": "You are safe here, little Fennimore",
    "sc_journal": "The Wexford meeting left me shaky and small",
    "sc_journal_kind": "Of course it shook you, Ysolde; be gentle tonight",
}
SAMPLES = bytes((i * 37 + 11) % 256 for i in range(4096))  # a run no file would hold by chance


def crafted_export(tmp_path: Path) -> Path:
    """Every private thing, written through Kind's own API into a scratch journal, exported."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    voices = VoiceStore(scratch / "voice")
    with Journal(scratch / "journal.sqlite3") as j:
        j.create_letter("Hilde", MARKERS["letter"])
        r = j.add_reframe(MARKERS["reframe"], "Marisol", "no", MARKERS["reframe_kind"], {}, {})
        j.catch_thought(MARKERS["caught"])
        add_in_the_way(j, MARKERS["in_the_way"], "fear", "", "", "")
        start_kind_day(j, date(2026, 11, 30), MARKERS["kind_day"])
        j.add_journal_entry(
            date(2026, 11, 30), MARKERS["sc_journal"], "", MARKERS["sc_journal_kind"]
        )
        when = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
        j.record_practice(
            PracticeRecord(
                "break",
                "quick",
                when,
                when + timedelta(minutes=1),
                60.0,
                "finished",
                6,
                3,
                MARKERS["checkin"],
                MARKERS["checkin"],
            )
        )
        WordsShelf(j).save(
            MyWords(
                {"kindness": MARKERS["my_words"]},
                (MARKERS["touch_phrase"],),
                MARKERS["touch_phrase"],
            )
        )
        voices.save("break.kindness", Take(SAMPLES, 16000))
        voices.save(touch_key(MARKERS["touch_phrase"]), Take(SAMPLES[::-1], 16000))
        voices.save(reframe_key(r.uid), Take(SAMPLES[1:] + SAMPLES[:1], 22050))
        data = export_data(j, voices=voices)
    out = tmp_path / "crafted-export.json"
    out.write_text(json.dumps(data))
    return out


def every_file(root: Path) -> dict[Path, bytes]:
    found = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[path] = path.read_bytes()
    return found


def leaks(root: Path) -> list[str]:
    needles = {b"RIFF": "a RIFF header", b"WAVE": "a WAVE header"}
    for name, text in MARKERS.items():
        needles[text.encode("utf-8")] = f"{name} (UTF-8)"
        needles[text.encode("utf-16-le")] = f"{name} (UTF-16)"
    for i, chunk in enumerate((SAMPLES[:48], SAMPLES[::-1][:48], (SAMPLES[1:] + SAMPLES[:1])[:48])):
        needles[chunk] = f"recorded samples #{i}"
    found = []
    for path, raw in every_file(root).items():
        for needle, what in needles.items():
            if needle in raw:
                found.append(f"{what} in {path.relative_to(root)}")
    return found


def passfile(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_everything_private_is_behind_the_lock(
    tmp_path: Path,
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
) -> None:
    outside = tmp_path / "outside"  # the crafted export and passphrase files: not Kind's
    outside.mkdir()
    imported = desktop.run_kind(kind_env, "--import", str(crafted_export(outside)))
    assert imported.returncode == 0, imported.stderr
    assert "3 recording(s)" in imported.stdout
    # The copies Kind makes: a migration copy and a day's rotating backup, in the clear now.
    with Journal(kind_env.journal_path) as journal:
        journal.backup()
    Backups(kind_env.journal_path).take(None)
    assert leaks(kind_env.root)  # the scan does find them while nothing is locked

    locked = desktop.run_kind(
        kind_env, "--lock", "--passphrase-file", str(passfile(outside, "pass", PASS))
    )
    assert locked.returncode == 0, locked.stderr
    assert "3 recording(s)" in locked.stdout

    # The real app runs on the test desktop with the journal locked, and quits.
    app = launch_kind()
    desktop.wait_for_window(kind_env)
    wait_for_log(kind_env, r"window-shown", 30)
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(20) == 0, app.describe() + "\n" + app.stderr()

    assert leaks(kind_env.root) == [], kind_env.diagnostics()
    # And every folder Kind made is 0700, every file 0600 (the log's folder too).
    loose = []
    for home in (kind_env.config_home, kind_env.data_home, kind_env.state_home):
        for path in [home / "kindapp", *(home / "kindapp").rglob("*")]:
            want = 0o700 if path.is_dir() else 0o600
            if stat.S_IMODE(path.stat().st_mode) != want:
                loose.append(f"{path.relative_to(kind_env.root)} {oct(path.stat().st_mode)}")
    assert loose == []

    # A wrong passphrase exports nothing, in one plain line.
    out = outside / "export.json"
    wrong = desktop.run_kind(
        {**kind_env, "KIND_PASSPHRASE": "a lantern on the pier at dawn"}, "--export", str(out)
    )
    assert wrong.returncode == 1 and not out.exists()
    assert "does not open the journal" in wrong.stderr and "Traceback" not in wrong.stderr

    # The right one brings every thing back.
    right = desktop.run_kind(
        kind_env, "--export", str(out), "--passphrase-file", str(outside / "pass")
    )
    assert right.returncode == 0, right.stderr
    text = out.read_text(encoding="utf-8")
    for name, marker in MARKERS.items():
        assert marker in text, name
    data = json.loads(text)
    assert len(data["voices"]) == 3
    assert data["my_words"]["own_words"] == {"kindness": MARKERS["my_words"]}
    out.unlink()

    # --unlock takes the lock off for good and keeps My words and the voice.
    off = desktop.run_kind(kind_env, "--unlock", "--passphrase-file", str(outside / "pass"))
    assert off.returncode == 0, off.stderr
    with Journal(kind_env.journal_path) as journal:
        kept = WordsShelf(journal).load()
    assert kept is not None and kept.own_words == {"kindness": MARKERS["my_words"]}
    assert kept.touch_own_phrases == (MARKERS["touch_phrase"],)
    assert len(list((kind_env.data_dir / "voice").glob("*.wav"))) == 3
