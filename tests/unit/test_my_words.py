"""My words live in the journal, not in settings.json: the settings file keeps preferences
only, an older file's words are merged in without loss, and export/import carry them (format
5; older files still import). Under the lock they are as unreadable as a letter."""

from __future__ import annotations

import json
from pathlib import Path

from kindapp.core.journal import Journal, export_data, import_file
from kindapp.core.journal.cipher import Kdf, LockState, key_for
from kindapp.core.journal.relock import change_lock
from kindapp.core.my_words import MyWords, WordsShelf, merge, with_words
from kindapp.core.settings import Settings, SettingsStore

MINE = "May I be gentle with the part of me that panicked"
PHRASE = "You are allowed to rest, sweetheart"


def words() -> MyWords:
    return MyWords({"kindness": MINE}, (PHRASE,), PHRASE)


def test_settings_json_keeps_preferences_only_once_the_journal_has_the_words(
    tmp_path: Path,
) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = with_words(Settings(volume=0.4), words())
    store.save(settings)  # before the move: as before, nothing is lost
    assert MINE in (tmp_path / "settings.json").read_text()
    store.save(settings, with_words=False)
    text = (tmp_path / "settings.json").read_text()
    assert MINE not in text and PHRASE not in text
    assert not {"own_words", "touch_own_phrases", "touch_phrase"} & set(json.loads(text))
    loaded, notices = store.load()
    assert notices == [] and loaded.volume == 0.4 and loaded.own_words == {}


def test_merging_loses_no_word() -> None:
    kept = MyWords({"kindness": "kept kindness", "humanity": "kept humanity"}, ("a",), "a")
    incoming = MyWords({"kindness": "new kindness"}, ("b", "a"), Settings().touch_phrase)
    both = merge(kept, incoming)
    assert both.own_words == {"kindness": "new kindness", "humanity": "kept humanity"}
    assert both.touch_own_phrases == ("a", "b")
    assert both.touch_phrase == "a"  # the incoming favourite was only the default


def test_my_words_are_locked_with_the_journal_and_survive_unlock(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal(path) as journal:
        WordsShelf(journal).save(words())
        kdf = Kdf.fresh(n=2**10)
        change_lock(journal, LockState(kdf), kdf.derive("by the sea"))
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for text in (MINE, PHRASE):
        assert text.encode() not in raw and text.encode("utf-16-le") not in raw
    with Journal(path, key=key_for(path, "by the sea")) as journal:
        assert WordsShelf(journal).load() == words()
        change_lock(journal, LockState(), None)
    with Journal(path) as journal:
        assert WordsShelf(journal).load() == words()


def test_export_and_import_carry_my_words_and_older_files_still_import(tmp_path: Path) -> None:
    with Journal(tmp_path / "a.sqlite3") as source:
        source.create_letter("One", "a letter")
        WordsShelf(source).save(words())
        data = export_data(source)
    assert data["version"] == 6 and data["my_words"]["own_words"] == {"kindness": MINE}
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(data))
    with Journal(tmp_path / "b.sqlite3") as target:
        WordsShelf(target).save(MyWords({"humanity": "theirs"}, ("c",), "c"))
        import_file(target, exported)
        got = WordsShelf(target).load()
    assert got is not None
    assert got.own_words == {"kindness": MINE, "humanity": "theirs"}
    assert set(got.touch_own_phrases) == {PHRASE, "c"} and got.touch_phrase == "c"

    old = dict(data, version=4)
    del old["my_words"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(old))
    with Journal(tmp_path / "c.sqlite3") as fresh:
        result = import_file(fresh, older)
        assert result.letters_added == 1 and WordsShelf(fresh).load() is None
