"""The person's recordings handed to the player for a practice guided by their voice."""

from __future__ import annotations

import logging

from kindapp.core.practices import Practice
from kindapp.core.voice_guide import voice_cue, voice_keys, with_voice
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
    for step_id, key in voice_keys(practice).items():
        take = store.load(key)
        if take is None or not take.pcm16:
            continue
        voice = from_pcm16(take.pcm16)
        player.add_clip(voice_cue(step_id), voice, take.rate)
        seconds[step_id] = len(voice) / take.rate
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
