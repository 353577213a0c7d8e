"""Cue playback: one PortAudio output stream per practice, fed by a mixing callback.

Importing this module is cheap: numpy, sounddevice and the synthesiser load lazily on the
player's worker thread when the first practice starts, so they stay off the path to the first
window. Nothing here blocks the caller's thread except `shutdown`, which is bounded.

Threads:
* the caller (the UI thread) only appends to queues and sets floats;
* one worker thread per player imports, renders, opens/closes the stream and reports;
* PortAudio's callback thread only runs the Mixer (kindapp.sound.mixer) over pre-rendered
  buffers in preallocated memory.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from kindapp.sound.player import SILENT_THEME, Player, SilentPlayer, SoundFault, volume_to_gain

if TYPE_CHECKING:
    from kindapp.sound.mixer import Mixer

log = logging.getLogger(__name__)

START_TIMEOUT_S = 3.0
"""How long a new stream may take to start consuming audio before we give up on it."""
STALL_S = 1.5
"""A running stream whose callback has not run for this long is treated as lost."""
# Output latency asked of PortAudio. "low" (about 9 ms here) underflows whenever the UI thread
# holds the GIL through a frame of the breathing animation; 25 ms rides over that while a cue
# still reaches the speaker well inside the 40 ms onset budget.
OUTPUT_LATENCY_S = 0.025


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
    ) -> None:
        self._theme = theme
        self._device = device
        self._volume = volume
        self._muted = muted
        self._on_ready = on_ready
        self._on_fault = on_fault
        self._cmds: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._generation = 0
        self._fault_generation = -1
        self._ready = False
        self._closed = False
        self._early: list[str] = []
        self._mixer: Mixer | None = None
        self._cache: Any = None  # kindapp.sound.synth.CueCache, created on the worker
        self.last_fault: SoundFault | None = None
        self.stream_latency_s: float | None = None
        self.sample_rate: int | None = None

    # ---- caller-thread API -------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def is_open(self) -> bool:
        """True while an output stream is open (tests and diagnostics)."""
        return self._mixer is not None

    def start_practice(self, cues: Iterable[str]) -> None:
        with self._lock:
            if self._closed:
                return
            self._generation += 1
            self._ready = False
            self._early.clear()
            generation = self._generation
        self._send("start", (generation, tuple(cues), True))

    def play(self, cue: str) -> None:
        with self._lock:
            mixer = self._mixer
            if mixer is None or not self._ready:
                if not self._ready and not self._closed:
                    self._early.append(cue)  # played as soon as the stream runs
                return
        if cue in mixer.bank:
            mixer.requests.append(cue)
        else:
            self._send("render", cue)

    def end_practice(self) -> None:
        with self._lock:
            self._ready = False
            self._early.clear()
        self._send("end", None)

    def preview(self, cue: str) -> None:
        self._send("preview", cue)

    def set_volume(self, v: float) -> None:
        self._volume = v
        self._apply_gain()

    def set_muted(self, m: bool) -> None:
        self._muted = m
        self._apply_gain()

    def set_theme(self, theme: str) -> None:
        self._theme = theme

    def set_device(self, name: str | None) -> None:
        self._device = name

    def shutdown(self, timeout: float = 2.0) -> None:
        with self._lock:
            self._closed = True
            self._ready = False
            thread = self._thread
        if thread is None:
            return
        self._cmds.put(("shutdown", None))
        thread.join(timeout)
        if thread.is_alive():
            log.warning("sound worker did not stop within %.1f s", timeout)

    def _target_gain(self) -> float:
        return 0.0 if self._muted else volume_to_gain(self._volume)

    def _apply_gain(self) -> None:
        mixer = self._mixer
        if mixer is not None:
            mixer.target_gain = self._target_gain()

    def _send(self, cmd: str, arg: Any) -> None:
        with self._lock:
            if self._closed:
                return
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="kind-sound", daemon=True)
                self._thread.start()
        self._cmds.put((cmd, arg))

    # ---- worker thread -----------------------------------------------------------------

    def _run(self) -> None:
        worker = _Worker(self)
        try:
            worker.loop()
        except Exception:
            log.exception("sound worker failed; continuing without sound")
            worker.close_stream()

    def _fault(self, kind: SoundFault, detail: str) -> None:
        with self._lock:
            first = self._fault_generation != self._generation
            self._fault_generation = self._generation
        self.last_fault = kind
        if not first:
            log.info("sound fault %s again in this practice: %s", kind.value, detail)
            return
        log.warning("sound fault %s: %s; the practice continues without sound", kind.value, detail)
        try:
            self._on_fault(kind)
        except Exception:
            log.exception("on_fault handler failed")

    def _become_ready(self, generation: int, mixer: Mixer | None) -> None:
        with self._lock:
            if generation != self._generation or self._closed:
                return
            self._mixer = mixer
            self._ready = True
            if mixer is not None:
                mixer.requests.extend(c for c in self._early if c in mixer.bank)
            self._early.clear()
        try:
            self._on_ready()
        except Exception:
            log.exception("on_ready handler failed")


class _Worker:
    """The worker thread's state: at most one open stream."""

    def __init__(self, player: StreamPlayer) -> None:
        self.p = player
        self.stream: Any = None
        self.mixer: Mixer | None = None
        self.stream_id = 0
        self.ending = False
        self.end_deadline = 0.0
        self.last_frames = 0
        self.last_progress = 0.0
        self.sd: Any = None

    def loop(self) -> None:
        cmds = self.p._cmds
        while True:
            timeout = None if self.stream is None else (0.05 if self.ending else 0.25)
            try:
                cmd, arg = cmds.get(timeout=timeout)
            except queue.Empty:
                cmd, arg = "tick", None
            if cmd == "shutdown":
                self.close_stream()
                return
            if cmd == "start":
                generation, cues, notify = arg
                self.start(generation, cues, notify)
            elif cmd == "preview":
                self.preview(arg)
            elif cmd == "render":
                self.play_rendered(arg)
            elif cmd == "end":
                self.begin_end()
            elif cmd == "lost" and arg == self.stream_id and self.stream is not None:
                storm = self.mixer is not None and self.mixer.storm
                self.lose("underflow storm" if storm else "the stream stopped")
            self.check()

    # -- commands

    def start(self, generation: int, cues: tuple[str, ...], notify: bool) -> None:
        p = self.p
        self.ending = False
        if self.stream is not None and self.stream_ok():
            self.load_cues(cues)
            if notify:
                p._become_ready(generation, self.mixer)
            return
        self.close_stream()
        try:
            self.open(cues)
        finally:
            if notify:
                p._become_ready(generation, self.mixer)

    def preview(self, cue: str) -> None:
        if self.stream is None:
            self.open((cue,))
            if self.mixer is None:
                return
            with self.p._lock:
                if not self.p._ready:
                    self.p._mixer = self.mixer
            self.begin_end()
        self.play_rendered(cue)

    def play_rendered(self, cue: str) -> None:
        if self.mixer is None:
            return
        self.load_cues((cue,))
        if cue in self.mixer.bank:
            self.mixer.requests.append(cue)
            self.end_deadline = max(self.end_deadline, time.monotonic() + 7.0)

    def begin_end(self) -> None:
        if self.stream is None:
            return
        self.ending = True
        remaining = self.mixer.remaining_s() if self.mixer else 0.0
        self.end_deadline = time.monotonic() + remaining + 7.0

    # -- stream lifecycle

    def open(self, cues: tuple[str, ...]) -> None:
        p = self.p
        # The heavy parts load here, on the worker thread, when the first practice starts.
        from kindapp.sound.mixer import Mixer
        from kindapp.sound.recipes import RecipeError
        from kindapp.sound.synth import CueCache

        if p._cache is None:
            p._cache = CueCache()
        try:
            if p._cache.theme(p._theme).silent:
                return
        except RecipeError as exc:
            log.error("sound theme %r cannot be used: %s", p._theme, exc)
            return
        try:
            import sounddevice as sd
        except (OSError, ImportError) as exc:
            p._fault(SoundFault.PORTAUDIO_MISSING, str(exc))
            return
        self.sd = sd
        try:
            device = self.resolve_device(sd)
            info = sd.query_devices(device, "output")
            rate = int(info["default_samplerate"])
            channels = 2 if int(info["max_output_channels"]) >= 2 else 1
            self.stream_id += 1
            stream_id = self.stream_id
            mixer = Mixer(
                rate,
                channels,
                p._target_gain(),
                sd.CallbackAbort,
                lambda: p._cmds.put(("lost", stream_id)),
            )

            def finished() -> None:
                if not mixer.closing:
                    p._cmds.put(("lost", stream_id))

            stream = sd.OutputStream(
                device=device,
                samplerate=rate,
                channels=channels,
                dtype="float32",
                latency=OUTPUT_LATENCY_S,
                callback=mixer,
                finished_callback=finished,
            )
        except (sd.PortAudioError, ValueError, OSError) as exc:
            p._fault(SoundFault.NO_DEVICE, f"cannot open an output stream: {exc}")
            return
        self.stream = stream
        self.mixer = mixer
        try:
            latency = float(stream.latency)
            mixer.arm(round((2 * latency + 0.05) * rate))
            stream.start()
            self.load_cues(cues)  # renders while the device spins up
            started = self.wait_consuming(stream, mixer)
        except sd.PortAudioError as exc:
            self.close_stream()
            p._fault(SoundFault.NO_DEVICE, f"cannot start the output stream: {exc}")
            return
        if not started:
            self.close_stream()
            p._fault(SoundFault.NO_DEVICE, "the output stream never started playing")
            return
        p.stream_latency_s = latency
        p.sample_rate = rate
        self.last_frames = mixer.frames_done
        self.last_progress = time.monotonic()
        log.info("sound stream open: %d Hz, %d ch, latency %.1f ms", rate, channels, latency * 1000)

    def wait_consuming(self, stream: Any, mixer: Mixer) -> bool:
        """Wait (bounded) until the device really consumes audio, so the first cue is on time.

        A PulseAudio null sink that was idle keeps its 2 s wake-up interval until its next
        wake-up, so a new stream there may wait up to 2 s before its first period is played;
        hardware and busy sinks start within a few periods. False if the stream died.
        """
        if mixer.consuming.wait(START_TIMEOUT_S):
            return True
        if stream.active:
            log.warning("the output stream is slow to start; continuing")
            return True
        return False

    def resolve_device(self, sd: Any) -> int | None:
        name = self.p._device
        if not name:
            return None
        for index, d in enumerate(sd.query_devices()):
            if d["name"] == name and int(d["max_output_channels"]) > 0:
                return index
        log.info("output device %r is gone; using the default", name)
        return None

    def load_cues(self, cues: Iterable[str]) -> None:
        from kindapp.sound.recipes import RecipeError

        mixer = self.mixer
        if mixer is None:
            return
        missing = [c for c in cues if c not in mixer.bank]
        if not missing:
            return
        try:
            fresh = self.p._cache.get(self.p._theme, mixer.rate, missing)
        except RecipeError as exc:
            log.error("cannot render cues %s: %s", ", ".join(missing), exc)
            return
        mixer.bank = {**mixer.bank, **fresh}  # one atomic swap the callback sees whole

    def stream_ok(self) -> bool:
        mixer = self.mixer
        return (
            self.stream is not None
            and mixer is not None
            and not mixer.storm
            and bool(self.stream.active)
        )

    def lose(self, reason: str) -> None:
        self.close_stream()
        self.p._fault(SoundFault.DEVICE_LOST, reason)

    def check(self) -> None:
        """Periodic checks while a stream is open: lost device, stall, ring-out done."""
        if self.stream is None or self.mixer is None:
            return
        mixer = self.mixer
        now = time.monotonic()
        if not self.stream.active:
            self.lose("the stream went inactive")
            return
        if mixer.frames_done != self.last_frames:
            self.last_frames = mixer.frames_done
            self.last_progress = now
        elif now - self.last_progress > STALL_S:
            self.lose(f"no audio consumed for {STALL_S} s")
            return
        if self.ending:
            tail = round((float(self.stream.latency) + 0.05) * mixer.rate)
            rung_out = mixer.active_voices == 0 and not mixer.requests and mixer.idle_frames >= tail
            if rung_out or now > self.end_deadline:
                self.close_stream()

    def close_stream(self) -> None:
        stream, mixer = self.stream, self.mixer
        self.stream = None
        self.mixer = None
        self.ending = False
        with self.p._lock:
            if self.p._mixer is mixer:
                self.p._mixer = None
        if stream is None:
            return
        if mixer is not None:
            mixer.closing = True
        try:
            stream.abort()
        except Exception as exc:  # a lost device may fail to abort; closing still frees it
            log.debug("abort failed: %s", exc)
        try:
            stream.close()
        except Exception as exc:
            log.debug("close failed: %s", exc)
        log.info("sound stream closed")
