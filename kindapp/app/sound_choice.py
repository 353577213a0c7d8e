"""Which sound player Kind makes for a practice (KIND_SOUND_ENGINE)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.core.settings import Settings
    from kindapp.sound.player import Player
    from kindapp.ui.practices.sound_bridge import SoundBridge

log = logging.getLogger(__name__)


SOUND_ENGINES = ("process", "thread", "triggered")
"""Where the sound runs: a sound process per practice (the default), or in this process on a
worker thread, scheduled ("thread") or, as before the scheduler, played as each step begins
("triggered"). The last two are kept for comparison (bench/run.py) and as a fallback."""


def sound_player_factory(engine: str = "process") -> Callable[[SoundBridge, Settings], Player]:
    if engine not in SOUND_ENGINES:
        log.warning("unknown sound engine %r; using the sound process", engine)
        engine = "process"

    def make_player(bridge: SoundBridge, s: Settings) -> Player:
        # A sounding player even for the silent theme: it opens no stream for it, and can
        # switch to a sounding theme later without being rebuilt.
        if engine == "process":
            from kindapp.sound.process_player import ProcessPlayer

            return ProcessPlayer(
                s.sound_theme,
                volume=s.volume,
                muted=s.muted,
                on_ready=bridge.on_ready,
                on_fault=bridge.on_fault,
                device=s.output_device or None,
            )
        from kindapp.sound.stream import StreamPlayer

        return StreamPlayer(
            s.sound_theme,
            volume=s.volume,
            muted=s.muted,
            on_ready=bridge.on_ready,
            on_fault=bridge.on_fault,
            device=s.output_device or None,
            scheduling=engine == "thread",
        )

    return make_player
