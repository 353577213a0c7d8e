"""Settings as a person's file meets them: each value checked on its own (a wrong one falls
back alone, a right one of another type is taken as meant), a file that cannot be read at all
is set aside and said so, the file left in place (and said so) when it cannot be moved, and
the copies of one second kept apart (kindapp.core.settings)."""

from __future__ import annotations

import errno
import json
import logging
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from kindapp.core.errors import SettingsReason, SettingsSaveError
from kindapp.core.notices import NoticeKind
from kindapp.core.settings import MAX_WORDS_LEN, Settings, SettingsStore, from_dict, migrate

STAMP = datetime(2026, 12, 3, 15, 20, 0)


def _store(tmp_path: Path) -> SettingsStore:
    path = tmp_path / "kindapp" / "settings.json"
    path.parent.mkdir(parents=True)
    return SettingsStore(path, now=lambda: STAMP)


def _one(name: str, value: Any) -> tuple[Any, list[str]]:
    settings, invalid = from_dict({name: value})
    return getattr(settings, name), invalid


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("volume", True),  # a yes is not a volume
        ("volume", "0.5"),
        ("volume", 1.01),
        ("volume", -0.01),
        ("muted", 1),
        ("muted", "true"),
        ("text_scale", True),  # True == 1.0, but not a text size anyone chose
        ("text_scale", 1.2),
        ("output_device", "x" * 201),
        ("output_device", 3),
        ("touch_length_s", True),
        ("touch_length_s", 29.9),
        ("touch_length_s", 3600.1),
        ("breathe_length_s", "180"),
        ("touch_own_phrases", "one phrase"),
        ("touch_own_phrases", ["p"] * 31),
        ("touch_phrase", "   "),
        ("touch_phrase", 5),
        ("own_words", ["kindness"]),
        ("lock_after_minutes", True),
        ("lock_after_minutes", 10),
        ("voice_guided", ["break", "letter"]),
        ("voice_guided", "break"),
    ],
)
def test_a_wrong_value_falls_back_to_the_default_alone(name: str, value: Any) -> None:
    got, invalid = _one(name, value)
    assert invalid == [name]
    assert got == getattr(Settings(), name)


def test_right_values_are_taken_as_meant() -> None:
    assert _one("volume", 1) == (1.0, []) and isinstance(_one("volume", 1)[0], float)
    assert _one("volume", 0) == (0.0, [])
    assert _one("muted", True) == (True, [])
    assert _one("text_scale", 2) == (2.0, []) and isinstance(_one("text_scale", 2)[0], float)
    assert _one("output_device", "x" * 200) == ("x" * 200, [])
    assert _one("touch_length_s", 30) == (30.0, [])
    assert _one("breathe_length_s", 3600) == (3600.0, [])
    assert _one("lock_after_minutes", 60) == (60, [])
    assert _one("touch_phrase", "  be gentle  ") == ("be gentle", [])
    assert _one("touch_phrase", "y" * 400)[0] == "y" * MAX_WORDS_LEN
    assert _one("voice_guided", ["touch", "break", "touch"]) == (("touch", "break"), [])
    assert _one("touch_own_phrases", ["p"] * 30) == (("p",), [])


def test_own_words_keep_only_known_steps_with_words() -> None:
    words, invalid = _one(
        "own_words",
        {
            "kindness": "  May I be kind  ",
            "humanity": "   ",
            "mindfulness": 5,
            "elsewhere": "not a step",
        },
    )
    assert invalid == [] and words == {"kindness": "May I be kind"}
    long, _ = _one("own_words", {"kindness": "w" * 400})
    assert long == {"kindness": "w" * MAX_WORDS_LEN}


def test_kind_phrases_are_trimmed_and_kept_once() -> None:
    phrases, invalid = _one("touch_own_phrases", [" a ", "a", "", "  ", 7, "b"])
    assert invalid == [] and phrases == ("a", "b")
    long = "z" * 400
    assert _one("touch_own_phrases", [long, long + "more"])[0] == ("z" * MAX_WORDS_LEN,)


def test_a_schema_version_must_be_a_whole_number_not_a_yes() -> None:
    for bad in (True, 1.0, "1", -1):
        with pytest.raises(ValueError, match="schema_version must be a non-negative integer"):
            migrate({"schema_version": bad})
    assert migrate({"schema_version": 1, "volume": 40}) == {"schema_version": 1, "volume": 40}
    # an old volume of exactly 1 is full volume already, not 1 %
    assert migrate({"volume": 1}) == {"volume": 1, "schema_version": 1}


def test_a_file_that_cannot_be_read_is_set_aside_and_said_so(tmp_path: Path) -> None:
    s = _store(tmp_path)
    s.path.mkdir()  # a folder where the file should be: reading it fails (not "not found")
    settings, notices = s.load()
    assert settings == Settings()
    assert [n.kind for n in notices] == [NoticeKind.SETTINGS_MOVED_ASIDE]
    aside = s.path.with_name("settings.json.corrupt-20261203T152000")
    assert aside.is_dir() and not s.path.exists()
    assert notices[0].detail["path"] == str(aside)
    assert "Is_a_directory" in notices[0].detail["reason"]  # spaces made log-safe


def test_copies_of_one_second_are_numbered(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    s = _store(tmp_path)
    caplog.set_level(logging.WARNING, logger="kindapp.core.settings")
    for content in (b"one", b"two", b"three"):
        s.path.write_bytes(content)
        s.load()
    base = "settings.json.corrupt-20261203T152000"
    names = {p.name: p.read_bytes() for p in s.path.parent.iterdir()}
    assert names == {base: b"one", f"{base}-2": b"two", f"{base}-3": b"three"}
    moved = [r.getMessage() for r in caplog.records]
    assert len(moved) == 3
    assert moved[2].startswith(f"settings file {s.path} moved aside to {s.path.parent}/{base}-3")
    assert moved[2].endswith(": Expecting value: line 1 column 1 (char 0)")  # why


def test_a_file_that_cannot_be_moved_is_left_in_place_and_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    s = _store(tmp_path)
    s.path.write_bytes(b"{ broken")

    def refuse(src: object, dst: object) -> None:  # the file system's edge: a read-only folder
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "rename", refuse)
    caplog.set_level(logging.WARNING, logger="kindapp.core.settings")
    settings, notices = s.load()
    assert settings == Settings()
    (notice,) = notices
    assert notice.kind is NoticeKind.SETTINGS_MOVED_ASIDE
    assert notice.detail["path"] == str(s.path)
    assert notice.detail["kept"] == "in place"
    assert notice.detail["reason"].startswith("Expecting property name")  # as told, unchanged
    assert s.path.read_bytes() == b"{ broken"  # never lost
    assert [r.getMessage() for r in caplog.records] == [
        f"could not move {s.path} aside: [Errno 30] Read-only file system"
    ]


def test_a_settings_save_error_says_why_in_the_oserrors_own_terms(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    full = SettingsSaveError(OSError(errno.ENOSPC, "No space left on device"), path)
    assert full.reason is SettingsReason.DISK_FULL
    assert (full.errno, full.strerror, full.filename) == (
        errno.ENOSPC,
        "No space left on device",
        str(path),
    )
    bare = SettingsSaveError(OSError("it broke"), path)
    assert bare.strerror == "it broke" and bare.reason is SettingsReason.OTHER
    ro = SettingsSaveError(OSError(errno.EROFS, "Read-only file system"), path)
    assert ro.reason is SettingsReason.READ_ONLY


def test_settings_are_written_sorted_readable_and_end_with_a_newline(tmp_path: Path) -> None:
    s = _store(tmp_path)
    s.save(Settings(volume=0.25))
    text = s.path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    data = json.loads(text)
    assert list(data) == sorted(data) and data["volume"] == 0.25
    assert '\n  "volume": 0.25' in text  # two spaces: a person can read and mend it
