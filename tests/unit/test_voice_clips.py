"""The person's recordings handed to the player: a clip per recorded step, under the name the
cue plan uses, at the recording's own rate; steps without one are left as they are; Listen
plays one take now."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from kindapp.core.practices import BREAK_QUICK
from kindapp.core.voice_guide import min_step_s
from kindapp.core.voice_store import Take, VoiceStore, break_key
from kindapp.sound import voice_dsp
from kindapp.sound.voice_clips import LISTEN_CUE, listen, load_voice


class ClipPlayer:
    """The Player seam the clips go through (add_clip, preview)."""

    def __init__(self) -> None:
        self.clips: dict[str, tuple[np.ndarray, int]] = {}
        self.previews: list[str] = []

    def add_clip(self, name: str, samples: Any, rate: int) -> None:
        self.clips[name] = (samples, rate)

    def preview(self, cue: str) -> None:
        self.previews.append(cue)


def _tone(seconds: float, rate: int) -> bytes:
    t = np.arange(round(seconds * rate)) / rate
    return voice_dsp.to_pcm16((0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32))


def test_each_recorded_step_becomes_a_clip_and_holds_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = VoiceStore(tmp_path / "voice")
    steps = [s.id for s in BREAK_QUICK.steps if s.editable]
    assert len(steps) >= 2
    # The first step has no recording: only the later one is voiced.
    store.save(break_key(steps[1]), Take(_tone(9.5, 16000), 16000))
    player = ClipPlayer()
    with caplog.at_level(logging.INFO, logger="kindapp.sound.voice_clips"):
        practice, cues = load_voice(BREAK_QUICK, store, player)
    assert cues == {steps[1]: f"voice:{steps[1]}"}
    samples, rate = player.clips[f"voice:{steps[1]}"]
    assert rate == 16000 and samples.dtype == np.float32 and len(samples) == 9.5 * 16000
    np.testing.assert_array_equal(samples, voice_dsp.from_pcm16(_tone(9.5, 16000)))
    assert set(player.clips) == {f"voice:{steps[1]}"}
    by_id = {s.id: s.duration_s for s in practice.steps}
    assert by_id[steps[1]] == min_step_s(9.5)
    assert by_id[steps[0]] == {s.id: s.duration_s for s in BREAK_QUICK.steps}[steps[0]]
    assert f"guided by voice: {steps[1]} 9.50 s" in caplog.messages


def test_without_recordings_the_practice_is_unchanged_and_nothing_is_said(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = VoiceStore(tmp_path / "voice")
    store.save(break_key(BREAK_QUICK.steps[0].id), Take(b"", 16000))
    player = ClipPlayer()
    with caplog.at_level(logging.INFO, logger="kindapp.sound.voice_clips"):
        practice, cues = load_voice(BREAK_QUICK, store, player)
    assert practice == BREAK_QUICK and cues == {} and player.clips == {}
    assert not caplog.messages


def test_listen_plays_a_kept_take_now_and_says_when_there_is_none(tmp_path: Path) -> None:
    store = VoiceStore(tmp_path / "voice")
    player = ClipPlayer()
    assert listen(store, "break.kindness", player) is False and player.previews == []
    store.save("break.kindness", Take(_tone(0.5, 22050), 22050))
    assert listen(store, "break.kindness", player) is True
    assert player.previews == [LISTEN_CUE] and LISTEN_CUE == "voice:listen"
    samples, rate = player.clips[LISTEN_CUE]
    assert rate == 22050 and len(samples) == round(0.5 * 22050)


def test_the_phrase_meditation_says_the_persons_recorded_phrases_one_after_another(
    tmp_path: Path,
) -> None:
    from kindapp.core.practices.phrases import phrases_practice
    from kindapp.core.voice_guide import PHRASE_PAUSE_S, voice_key_groups
    from kindapp.core.voice_store import touch_key

    phrases = ("May I be safe.", "You matter.", "You are loved.")
    practice = phrases_practice(phrases, "short")
    assert voice_key_groups(practice) == {"say": tuple(touch_key(p) for p in phrases)}
    store = VoiceStore(tmp_path / "voice")
    # Two of the three recorded (as kind phrases in My words); the third is left out.
    store.save(touch_key(phrases[0]), Take(_tone(1.5, 16000), 16000))
    store.save(touch_key(phrases[2]), Take(_tone(2.5, 16000), 16000))
    player = ClipPlayer()
    voiced, cues = load_voice(practice, store, player)
    assert cues == {"say": "voice:say"} and set(player.clips) == {"voice:say"}
    samples, rate = player.clips["voice:say"]
    assert rate == 16000
    assert len(samples) == (1.5 + PHRASE_PAUSE_S + 2.5) * 16000
    pause = samples[24000 : 24000 + int(PHRASE_PAUSE_S * 16000)]
    assert not pause.any(), "a quiet pause between two phrases"
    np.testing.assert_array_equal(samples[:24000], voice_dsp.from_pcm16(_tone(1.5, 16000)))
    by_id = {s.id: s.duration_s for s in voiced.steps}
    original = {s.id: s.duration_s for s in practice.steps}
    assert by_id["say"] == max(original["say"], min_step_s(6.0))
    assert {k: v for k, v in by_id.items() if k != "say"} == {
        k: v for k, v in original.items() if k != "say"
    }
    # Nothing recorded: the meditation stays as it was.
    empty = VoiceStore(tmp_path / "none")
    assert load_voice(practice, empty, ClipPlayer()) == (practice, {})
