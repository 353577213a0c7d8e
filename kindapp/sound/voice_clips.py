"""The person's recordings handed to the player for a practice guided by their voice."""

from __future__ import annotations

import logging

import numpy as np

from kindapp.core.practices import Practice
from kindapp.core.voice_guide import PHRASE_PAUSE_S, voice_cue, voice_key_groups, with_voice
from kindapp.core.voice_store import VoiceStore
from kindapp.sound.player import Player
from kindapp.sound.voice_dsp import from_pcm16

log = logging.getLogger(__name__)


def load_voice(
    practice: Practice, store: VoiceStore, player: Player
) -> tuple[Practice, dict[str, str]]:
    """Give `player` a clip "voice:<step id>" for every step with a recording, and return the
    practice with those steps long enough to hold them, and each voiced step's clip name (the
    cue plan places it `VOICE_GAP_S` after the step's cue)."""
    seconds: dict[str, float] = {}
    for step_id, keys in voice_key_groups(practice).items():
        takes = [t for t in (store.load(k) for k in keys) if t is not None and t.pcm16]
        if not takes:
            continue
        rate = takes[0].rate
        # Several phrases in one step: each recording in turn, a quiet pause between them.
        pause = np.zeros(round(PHRASE_PAUSE_S * rate), dtype=np.float32)
        parts: list[np.ndarray] = []
        for take in (t for t in takes if t.rate == rate):
            parts += [pause, from_pcm16(take.pcm16)] if parts else [from_pcm16(take.pcm16)]
        voice = parts[0] if len(parts) == 1 else np.concatenate(parts)
        player.add_clip(voice_cue(step_id), voice, rate)
        seconds[step_id] = len(voice) / rate
    if seconds:
        log.info("guided by voice: %s", ", ".join(f"{k} {v:.2f} s" for k, v in seconds.items()))
    return with_voice(practice, seconds), {step_id: voice_cue(step_id) for step_id in seconds}


LISTEN_CUE = "voice:listen"


def listen(store: VoiceStore, key: str, player: Player) -> bool:
    """Play the take kept under `key` now, through the player (its device and volume)."""
    take = store.load(key)
    if take is None or not take.pcm16:
        return False
    player.add_clip(LISTEN_CUE, from_pcm16(take.pcm16), take.rate)
    player.preview(LISTEN_CUE)
    return True
