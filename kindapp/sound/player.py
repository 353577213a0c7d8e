"""What the UI needs from sound (the `Player` protocol), the silent player, and the faults.

Importing this module is cheap (no numpy, no sounddevice): the streaming player lives in
kindapp.sound.stream, and loads the heavy parts on its worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from kindapp.sound.schedule import PlanInput

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

SILENT_THEME = "silent"


class SoundFault(Enum):
    PORTAUDIO_MISSING = "portaudio_missing"
    NO_DEVICE = "no_device"
    DEVICE_LOST = "device_lost"


class Player(Protocol):
    """What the UI needs from sound. Every method returns at once except `shutdown`."""

    @property
    def is_ready(self) -> bool:
        """True once the current practice's sound is ready (or known to be unavailable)."""
        ...

    @property
    def scheduling(self) -> bool:
        """True: the practice's cues come from `schedule`; False: `play` as steps begin."""
        ...

    def start_practice(self, cues: Iterable[str]) -> None: ...

    def play(self, cue: str) -> None:
        """Sound a cue now (in a scheduling player: a preview, or a cue off the plan)."""
        ...

    def schedule(self, cues: PlanInput) -> None:
        """Replace the practice's planned cues: (time.monotonic() time, name, until) triples
        (or bare pairs). Each one reaches the ear at its time (its first sample), wherever the
        UI thread is then; one found late is played at once until its `until` passes."""
        ...

    def add_clip(self, name: str, samples: Any, rate: int) -> None:
        """Register a mono float32 PCM buffer for this practice, to be planned by name like a
        cue (a person's own voice). Gone when the practice ends."""
        ...

    def end_practice(self) -> None: ...

    def preview(self, cue: str) -> None:
        """Play one cue outside a practice (settings); inside a practice it is just `play`."""
        ...

    def set_volume(self, v: float) -> None: ...

    def set_muted(self, m: bool) -> None: ...

    def set_theme(self, theme: str) -> None:
        """Theme for the next practice."""
        ...

    def set_device(self, name: str | None) -> None:
        """Output device (by name) for the next practice; None or a vanished name: default."""
        ...

    def shutdown(self, timeout: float = 2.0) -> None: ...


def volume_to_gain(volume: float) -> float:
    """Settings volume (0..1) to amplitude: a squared taper, so half volume is -12 dB."""
    v = min(max(float(volume), 0.0), 1.0)
    return v * v


class SilentPlayer:
    """The visual-only player: same API, no sound, no device, no threads."""

    def __init__(self, on_ready: Callable[[], None] | None = None) -> None:
        self._on_ready = on_ready
        self._ready = False

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def scheduling(self) -> bool:
        return False  # nothing to place: no plan, and no lead before the first step

    def start_practice(self, cues: Iterable[str]) -> None:
        self._ready = True
        if self._on_ready is not None:
            self._on_ready()

    def play(self, cue: str) -> None:
        pass

    def schedule(self, cues: PlanInput) -> None:
        pass

    def add_clip(self, name: str, samples: Any, rate: int) -> None:
        pass

    def end_practice(self) -> None:
        self._ready = False

    def preview(self, cue: str) -> None:
        pass

    def set_volume(self, v: float) -> None:
        pass

    def set_muted(self, m: bool) -> None:
        pass

    def set_theme(self, theme: str) -> None:
        pass

    def set_device(self, name: str | None) -> None:
        pass

    def shutdown(self, timeout: float = 2.0) -> None:
        self._ready = False


def list_output_devices() -> list[str]:
    """Names of the output devices PortAudio sees ([] without PortAudio). Blocks ~0.1 s:
    call it from a worker thread."""
    try:
        import sounddevice as sd
    except (OSError, ImportError):
        return []
    try:
        devices = sd.query_devices()
    except Exception:
        log.exception("cannot list audio devices")
        return []
    return [str(d["name"]) for d in devices if int(d["max_output_channels"]) > 0]
