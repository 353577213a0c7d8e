"""The person's recorded voice while the journal's lock is on: takes kept sealed in one
encrypted file, their length, removing one, and what happens while the key is put away
(kindapp.core.voice_store with the journal's real SQLCipher connection)."""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest

from kindapp.core.journal import cipher
from kindapp.core.voice_store import Take, VoiceLocked, VoiceStore, touch_key, wav_bytes


def _sealed(folder: Path) -> tuple[VoiceStore, list[bytes | None]]:
    key: list[bytes | None] = [secrets.token_bytes(32)]
    return VoiceStore(folder, lambda: True, lambda: key[0], cipher.connect), key


def _take(seconds: float, rate: int = 16000) -> Take:
    return Take(b"\x01\x00" * int(seconds * rate), rate)


def test_a_sealed_take_has_its_length_and_can_be_removed(tmp_path: Path) -> None:
    store, _key = _sealed(tmp_path / "voice")
    assert store.seconds("break.kindness") == 0.0  # none yet
    store.save("break.kindness", _take(2.5))
    store.save("break.humanity", _take(1.0, rate=8000))
    assert store.seconds("break.kindness") == 2.5
    assert store.seconds("break.humanity") == 1.0
    assert not list((tmp_path / "voice").glob("*.wav"))  # nothing in the open
    store.delete("break.kindness")
    assert store.seconds("break.kindness") == 0.0
    assert store.all_keys() == ["break.humanity"]
    store.delete("break.kindness")  # removing what is gone: nothing happens
    with pytest.raises(ValueError, match="not a voice key"):
        store.delete("../escape")


def test_with_the_key_put_away_a_sealed_take_cannot_be_removed(tmp_path: Path) -> None:
    store, key = _sealed(tmp_path / "voice")
    store.save("break.kindness", _take(1.0))
    key[0] = None  # locked again
    with pytest.raises(VoiceLocked, match="unlock it to remove a recording"):
        store.delete("break.kindness")
    assert store.seconds("break.kindness") == 0.0  # cannot be read now: no length


def test_an_open_takes_length_comes_from_its_header(tmp_path: Path) -> None:
    store = VoiceStore(tmp_path / "voice")
    store.save("break.kindness", _take(3.0, rate=22050))
    assert store.seconds("break.kindness") == pytest.approx(3.0, abs=1 / 22050)
    assert store.seconds("break.humanity") == 0.0  # none
    store.path("break.humanity").write_bytes(b"RIFF broken")
    assert store.seconds("break.humanity") == 0.0  # unreadable: as none
    assert wav_bytes(_take(0.5)).startswith(b"RIFF")


def test_a_touch_phrase_has_one_key_however_it_is_spaced() -> None:
    phrase = "May I be kind to myself"
    assert touch_key(phrase) == touch_key(f"  {phrase} \n")
    digest = hashlib.sha256(phrase.encode()).hexdigest()
    assert touch_key(phrase) == "touch." + digest[:16]
    assert touch_key(phrase) != touch_key("May I be kind to myself.")
