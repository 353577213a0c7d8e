"""My words move from settings.json into the journal (under its lock) the first time the
journal can be read, losing none; words typed while it is locked are held in memory and
kept in the journal on unlock."""

from __future__ import annotations

import json
from pathlib import Path

from screen_helpers import paths_under

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import Kdf, LockState
from kindapp.core.my_words import WordsShelf

PASS = "a walk by the canal"
MINE = "May I meet this with the warmth I give my sister"
PHRASE = "You are doing your best, love"


def prepare(root: Path, *, locked: bool) -> Path:
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    settings = {
        "schema_version": 1,
        "first_run_done": True,
        "language": "en",
        "own_words": {"kindness": MINE},
        "touch_own_phrases": [PHRASE],
        "touch_phrase": PHRASE,
    }
    (config / "settings.json").write_text(json.dumps(settings))
    path = Path(paths_under(root).journal_file)
    with Journal(path) as journal:
        journal.create_letter("Hello", "a letter")
        if locked:
            kdf = Kdf.fresh(n=2**10)
            journal.change_lock(LockState(kdf), kdf.derive(PASS))
    return path


def test_an_older_settings_file_gives_its_words_to_the_journal(make_kind, tmp_path):
    prepare(tmp_path, locked=False)
    kind = make_kind(tmp_path)
    c = kind.controller
    journal = c.journals.get()
    kept = WordsShelf(journal).load()
    assert kept is not None and kept.own_words == {"kindness": MINE}
    assert kept.touch_own_phrases == (PHRASE,) and kept.touch_phrase == PHRASE
    text = kind.paths.settings_file.read_text()
    assert MINE not in text and PHRASE not in text
    assert c.settings.own_words == {"kindness": MINE}  # still used in the break


def test_words_wait_in_the_settings_file_until_a_locked_journal_opens(make_kind, tmp_path):
    prepare(tmp_path, locked=True)
    kind = make_kind(tmp_path)
    c = kind.controller
    assert c.journals.is_locked()
    c.prefs.update(volume=0.3)
    c.prefs.flush()  # a preference saved while locked: the words are not dropped from it
    assert MINE in kind.paths.settings_file.read_text()
    assert c.journals.try_passphrase(PASS) is None
    text = kind.paths.settings_file.read_text()
    assert MINE not in text and PHRASE not in text and json.loads(text)["volume"] == 0.3
    kept = WordsShelf(c.journals.get()).load()
    assert kept is not None and kept.own_words == {"kindness": MINE}

    # Locked again: words typed now are held in memory (never written in the clear) and
    # kept in the journal on the next unlock.
    assert c.journals.lock()
    c.practice.set_words("humanity", "Everyone stumbles; I am not alone in this")
    assert c.prefs.words_waiting
    c.prefs.flush()
    assert "stumbles" not in kind.paths.settings_file.read_text()
    assert c.journals.try_passphrase(PASS) is None
    kept = WordsShelf(c.journals.get()).load()
    assert kept is not None and kept.own_words == {
        "kindness": MINE,
        "humanity": "Everyone stumbles; I am not alone in this",
    }
    assert not c.prefs.words_waiting
