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
