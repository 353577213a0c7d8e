"""Settings: validated on load, migrated, written atomically, bad files kept aside."""

from __future__ import annotations

import json
import os
import pathlib
import stat
from datetime import datetime

import pytest

from kindapp.core.notices import NoticeKind
from kindapp.core.settings import SCHEMA_VERSION, Settings, SettingsStore, migrate

STAMP = datetime(2026, 11, 22, 9, 30, 0)


def store(tmp_path):
    return SettingsStore(tmp_path / "kindapp" / "settings.json", now=lambda: STAMP)


def test_missing_file_gives_defaults_quietly(tmp_path):
    settings, notices = store(tmp_path).load()
    assert settings == Settings() and notices == []


def test_round_trip_private_and_atomic(tmp_path):
    s = store(tmp_path)
    wanted = Settings(volume=0.25, muted=True, break_mode="guided")
    wanted = wanted.with_words("humanity", " Me too. ")
    s.save(wanted)
    assert s.load() == (wanted, [])
    assert stat.S_IMODE(os.stat(s.path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(s.path.parent).st_mode) == 0o700
    assert [p.name for p in s.path.parent.iterdir()] == ["settings.json"]  # no temp files left
    assert json.loads(s.path.read_text())["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    "content", [b"{ not json", b"[1, 2]", b"\xff\xfe\x00", b"", b'{"schema_version": "one"}']
)
def test_corrupt_file_is_moved_aside_never_deleted(tmp_path, content):
    s = store(tmp_path)
    s.path.parent.mkdir(parents=True)
    s.path.write_bytes(content)
    settings, notices = s.load()
    assert settings == Settings()
    assert [n.kind for n in notices] == [NoticeKind.SETTINGS_MOVED_ASIDE]
    aside = s.path.with_name("settings.json.corrupt-20261122T093000")
    assert aside.read_bytes() == content
    assert not s.path.exists()
    assert notices[0].detail["path"] == str(aside)


def test_second_corrupt_file_does_not_overwrite_the_first_copy(tmp_path):
    s = store(tmp_path)
    s.path.parent.mkdir(parents=True)
    for content in (b"first", b"second"):
        s.path.write_bytes(content)
        s.load()
    copies = sorted(p.read_bytes() for p in s.path.parent.glob("settings.json.corrupt-*"))
    assert copies == [b"first", b"second"]


def test_newer_version_is_kept_aside(tmp_path):
    s = store(tmp_path)
    s.path.parent.mkdir(parents=True)
    s.path.write_text(json.dumps({"schema_version": SCHEMA_VERSION + 1, "volume": 0.1}))
    settings, notices = s.load()
    assert settings == Settings()
    assert notices[0].kind is NoticeKind.SETTINGS_NEWER
    assert s.path.with_name(f"settings.json.newer-v{SCHEMA_VERSION + 1}-20261122T093000").exists()


def test_invalid_values_fall_back_one_by_one_and_a_copy_is_kept(tmp_path):
    s = store(tmp_path)
    s.path.parent.mkdir(parents=True)
    s.path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "volume": "loud",
                "muted": True,
                "break_mode": "forever",
                "sound_theme": "chimes",
            }
        )
    )
    settings, notices = s.load()
    assert settings.volume == Settings().volume and settings.break_mode == "quick"
    assert settings.muted is True and settings.sound_theme == "chimes"
    assert notices[0].kind is NoticeKind.SETTINGS_INVALID_VALUES
    assert notices[0].detail["reason"] == "volume,break_mode"


def test_unversioned_file_is_migrated_in_order():
    assert migrate({"volume": 40}) == {"volume": 0.4, "schema_version": 1}
    with pytest.raises(ValueError):
        migrate({"schema_version": -3})


def test_save_into_an_impossible_directory_raises_oserror(tmp_path):
    (tmp_path / "kindapp").write_text("not a directory")
    with pytest.raises(OSError):
        store(tmp_path).save(Settings())


def test_own_words_are_trimmed_bounded_and_only_for_known_steps():
    s = Settings().with_words("kindness", "  " + "k" * 500)
    assert len(s.own_words["kindness"]) == 300
    assert Settings().with_words("kindness", "   ").own_words == {}
    with pytest.raises(ValueError):
        Settings().with_words("nonsense", "hi")


def test_a_new_person_starts_with_the_longer_out_breath_and_a_saved_pattern_stays(
    tmp_path: pathlib.Path,
) -> None:
    """The default breath matches what the Breathe screen recommends (a longer out-breath);
    someone whose settings already hold the earlier default (5 s in, 5 s out) keeps it."""
    import json

    from kindapp.core.breathing import PATTERNS
    from kindapp.core.settings import Settings, SettingsStore

    fresh = Settings()
    for chosen in (fresh.breathe_pattern, fresh.touch_pattern):
        assert PATTERNS[chosen].exhale_s > PATTERNS[chosen].inhale_s
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings())
    data = json.loads((tmp_path / "settings.json").read_text())
    data["breathe_pattern"] = data["touch_pattern"] = "six"
    (tmp_path / "settings.json").write_text(json.dumps(data))
    kept, notices = store.load()
    assert (kept.breathe_pattern, kept.touch_pattern) == ("six", "six") and not notices


def test_a_typed_change_names_exactly_the_settings_fields_with_their_types() -> None:
    import dataclasses
    import typing

    from kindapp.core.settings import Settings, SettingsChange

    fields = typing.get_type_hints(Settings)
    fields.pop("schema_version")  # not the person's to change
    assert typing.get_type_hints(SettingsChange) == fields
    assert {f.name for f in dataclasses.fields(Settings)} - set(fields) == {"schema_version"}
