"""What a StreamPlayer and its worker thread share: settings, the handshake, the fault rule.

The caller's thread (StreamPlayer) and the worker (StreamWorker) both hold one PlayerState;
the fields marked "lock" are only touched with `lock` held.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kindapp.sound.player import SoundFault, volume_to_gain
from kindapp.sound.schedule import PlannedCue

if TYPE_CHECKING:
    from kindapp.sound.mixer import Mixer

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")


class PlayerState:
    def __init__(
        self,
        theme: str,
        device: str | None,
        volume: float,
        muted: bool,
        on_ready: Callable[[], None],
        on_fault: Callable[[SoundFault], None],
        on_recovered: Callable[[float], None] | None = None,
    ) -> None:
        self.theme = theme
        self.device = device
        self.volume = volume
        self.muted = muted
        self.on_ready = on_ready
        self.on_fault = on_fault
        self.on_recovered = on_recovered
        self.plan: tuple[PlannedCue, ...] = ()
        """lock: the practice's planned cues ((monotonic time, name, until), in order)."""
        self.clips: dict[str, tuple[Any, int]] = {}
        """lock: PCM buffers registered for the practice: name -> (mono float32, rate)."""
        self.idle = threading.Event()
        """Set while no stream is open (the worker sets and clears it)."""
        self.idle.set()
        self.cues: tuple[str, ...] = ()
        """The practice's cue names (to render again when a stream is reopened)."""
        self.cmds: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        """Commands for the worker: (name, argument)."""
        self.lock = threading.Lock()
        self.generation = 0
        """lock: which practice is current (each start_practice is a new one)."""
        self.fault_generation = -1
        """lock: the practice in which the person was last told of a fault."""
        self.ready = False
        """lock: the current practice's sound is ready (or known to be unavailable)."""
        self.closed = False
        """lock: shut down; nothing more is sent."""
        self.early: list[str] = []
        """lock: cues asked for before the stream ran, played once it does."""
        self.mixer: Mixer | None = None
        """lock: the running stream's mixer, as the caller's thread may use it."""
        self.cache: Any = None
        """kindapp.sound.synth.CueCache, created (and only used) on the worker."""
        self.last_fault: SoundFault | None = None
        self.latency_s = 0.025
        """The output latency asked of PortAudio."""
        self.stream_latency_s: float | None = None
        self.sample_rate: int | None = None

    def target_gain(self) -> float:
        return 0.0 if self.muted else volume_to_gain(self.volume)

    def recovered(self, after_s: float) -> None:
        """Sound is back after a fault: logged, nobody need be told again."""
        events.info("sound-recovered after=%.2fs", after_s)
        if self.on_recovered is not None:
            try:
                self.on_recovered(after_s)
            except Exception:
                log.exception("on_recovered handler failed")

    def fault(self, kind: SoundFault, detail: str) -> None:
        """Log a fault; the person is told (on_fault) once per practice."""
        with self.lock:
            first = self.fault_generation != self.generation
            self.fault_generation = self.generation
        self.last_fault = kind
        if not first:
            log.info("sound fault %s again in this practice: %s", kind.value, detail)
            return
        log.warning(
            "sound fault %s: %s; the practice goes on, sound will be retried", kind.value, detail
        )
        try:
            self.on_fault(kind)
        except Exception:
            log.exception("on_fault handler failed")

    def become_ready(self, generation: int, mixer: Mixer | None) -> None:
        """The worker's answer to start_practice `generation` (a later start wins)."""
        with self.lock:
            if generation != self.generation or self.closed:
                return
            self.mixer = mixer
            self.ready = True
            if mixer is not None:
                mixer.set_plan(self.plan)
                mixer.requests.extend(c for c in self.early if c in mixer.bank)
            self.early.clear()
        try:
            self.on_ready()
        except Exception:
            log.exception("on_ready handler failed")
