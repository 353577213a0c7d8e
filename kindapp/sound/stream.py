"""Cue playback: one PortAudio output stream per practice, fed by a mixing callback.

Importing this module is cheap: numpy, sounddevice and the synthesiser load lazily on the
player's worker thread when the first practice starts, so they stay off the path to the first
window. Nothing here blocks the caller's thread except `shutdown`, which is bounded.

Threads:
* the caller (the UI thread) only appends to queues and sets floats (StreamPlayer, here);
* one worker thread per player imports, renders, opens/closes the stream and reports
  (StreamWorker, in stream_worker; the two share a PlayerState, in player_state);
* PortAudio's callback thread only runs the Mixer (kindapp.sound.mixer) over pre-rendered
  buffers in preallocated memory.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from kindapp.sound.player import SILENT_THEME, Player, SilentPlayer, SoundFault
from kindapp.sound.player_state import PlayerState
from kindapp.sound.schedule import PlanInput, as_plan
from kindapp.sound.stream_worker import OUTPUT_LATENCY_S, StreamWorker

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)


def make_player(
    theme: str = "bowl",
    *,
    volume: float,
    muted: bool,
    on_ready: Callable[[], None],
    on_fault: Callable[[SoundFault], None],
    device: str | None = None,
) -> Player:
    """The player for `theme`: SilentPlayer for the visual-only theme, else a StreamPlayer."""
    if theme == SILENT_THEME:
        return SilentPlayer(on_ready)
    return StreamPlayer(
        theme, volume=volume, muted=muted, on_ready=on_ready, on_fault=on_fault, device=device
    )


class StreamPlayer:
    """Plays cues through one sounddevice.OutputStream per practice (see the module doc)."""

    def __init__(
        self,
        theme: str = "bowl",
        *,
        volume: float,
        muted: bool,
        on_ready: Callable[[], None],
        on_fault: Callable[[SoundFault], None],
        device: str | None = None,
        on_recovered: Callable[[float], None] | None = None,
        scheduling: bool = True,
        latency_s: float = OUTPUT_LATENCY_S,
    ) -> None:
        self._state = PlayerState(theme, device, volume, muted, on_ready, on_fault, on_recovered)
        self._state.latency_s = latency_s
        self._scheduling = scheduling
        self._thread: threading.Thread | None = None

    # ---- caller-thread API -------------------------------------------------------------

    @property
    def last_fault(self) -> SoundFault | None:
        return self._state.last_fault

    @property
    def stream_latency_s(self) -> float | None:
        return self._state.stream_latency_s

    @property
    def sample_rate(self) -> int | None:
        return self._state.sample_rate

    @property
    def is_ready(self) -> bool:
        return self._state.ready

    @property
    def scheduling(self) -> bool:
        return self._scheduling

    @property
    def is_open(self) -> bool:
        """True while an output stream is open (tests and diagnostics)."""
        return self._state.mixer is not None

    def start_practice(self, cues: Iterable[str]) -> None:
        with self._state.lock:
            if self._state.closed:
                return
            self._state.generation += 1
            self._state.ready = False
            self._state.early.clear()
            generation = self._state.generation
        self._send("start", (generation, tuple(cues), True))

    def play(self, cue: str) -> None:
        with self._state.lock:
            mixer = self._state.mixer
            if mixer is None or not self._state.ready:
                if not self._state.ready and not self._state.closed:
                    self._state.early.append(cue)  # played as soon as the stream runs
                return
        if cue in mixer.bank:
            mixer.requests.append(cue)
        else:
            self._send("render", cue)

    def schedule(self, cues: PlanInput) -> None:
        plan = as_plan(cues)
        with self._state.lock:
            self._state.plan = plan
            mixer = self._state.mixer if self._state.ready else None
        if mixer is not None:
            mixer.set_plan(plan)

    def add_clip(self, name: str, samples: Any, rate: int) -> None:
        with self._state.lock:
            self._state.clips[name] = (samples, int(rate))
        self._send("clip", name)

    def end_practice(self) -> None:
        with self._state.lock:
            self._state.ready = False
            self._state.early.clear()
            self._state.clips.clear()
        self._send("end", None)

    def preview(self, cue: str) -> None:
        self._send("preview", cue)

    def set_volume(self, v: float) -> None:
        self._state.volume = v
        self._apply_gain()

    def set_muted(self, m: bool) -> None:
        self._state.muted = m
        self._apply_gain()

    def set_theme(self, theme: str) -> None:
        self._state.theme = theme

    def set_device(self, name: str | None) -> None:
        self._state.device = name

    def wait_closed(self, timeout: float) -> bool:
        """Wait (bounded) until every command sent so far is handled and no stream is open
        (after end_practice: the last cue has rung out). True if so."""
        deadline = time.monotonic() + timeout
        handled = threading.Event()
        self._send("sync", handled)
        if self._thread is None or not handled.wait(timeout):
            return self._thread is None
        return self._state.idle.wait(max(0.0, deadline - time.monotonic()))

    def shutdown(self, timeout: float = 2.0) -> None:
        with self._state.lock:
            self._state.closed = True
            self._state.ready = False
            thread = self._thread
        if thread is None:
            return
        self._state.cmds.put(("shutdown", None))
        thread.join(timeout)
        if thread.is_alive():
            log.warning("sound worker did not stop within %.1f s", timeout)

    def _apply_gain(self) -> None:
        mixer = self._state.mixer
        if mixer is not None:
            mixer.target_gain = self._state.target_gain()

    def _send(self, cmd: str, arg: Any) -> None:
        with self._state.lock:
            if self._state.closed:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kind-sound", daemon=True)
                self._thread.start()
        self._state.cmds.put((cmd, arg))

    # ---- worker thread -----------------------------------------------------------------

    def _run(self) -> None:
        worker = StreamWorker(self._state)
        try:
            worker.loop()
        except Exception:
            log.exception("sound worker failed; continuing without sound")
            worker.close_stream()
