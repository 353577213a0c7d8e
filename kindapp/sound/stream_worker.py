"""The sound worker thread: opens, feeds, watches and closes the output stream.

One StreamWorker runs per StreamPlayer, on its own thread, and takes commands from the shared
PlayerState's queue. numpy, sounddevice and the synthesiser are imported here lazily, on this
thread, when the first practice starts, so they stay off the path to the first window.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kindapp.sound.player import SoundFault
from kindapp.sound.player_state import PlayerState

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


class StreamWorker:
    """The worker thread's state: at most one open stream."""

    def __init__(self, state: PlayerState) -> None:
        self.s = state
        self.stream: Any = None
        self.mixer: Mixer | None = None
        self.stream_id = 0
        self.ending = False
        self.end_deadline = 0.0
        self.last_frames = 0
        self.last_progress = 0.0
        self.sd: Any = None
        self.clips: dict[str, tuple[Any, int]] = {}
        """Buffers handed in by add_clip (name: samples, rate), resampled into each bank."""

    def loop(self) -> None:
        cmds = self.s.cmds
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
            elif cmd == "clip":
                name, samples, rate = arg
                self.clips[name] = (samples, rate)
                self.load_cues((name,), again=True)
            elif cmd == "end":
                self.begin_end()
            elif cmd == "lost" and arg == self.stream_id and self.stream is not None:
                storm = self.mixer is not None and self.mixer.storm
                self.lose("underflow storm" if storm else "the stream stopped")
            self.check()

    # -- commands

    def start(self, generation: int, cues: tuple[str, ...], notify: bool) -> None:
        s = self.s
        self.ending = False
        if self.stream is not None and self.stream_ok():
            self.load_cues(cues)
            if notify:
                s.become_ready(generation, self.mixer)
            return
        self.close_stream()
        try:
            self.open(cues)
        finally:
            if notify:
                s.become_ready(generation, self.mixer)

    def preview(self, cue: str) -> None:
        if self.stream is None:
            self.open((cue,))
            if self.mixer is None:
                return
            with self.s.lock:
                if not self.s.ready:
                    self.s.mixer = self.mixer
            self.begin_end()
        self.play_rendered(cue)

    def play_rendered(self, cue: str) -> None:
        if self.mixer is None:
            return
        self.load_cues((cue,))
        if cue in self.mixer.bank:
            self.mixer.requests.append(cue)
            length = len(self.mixer.bank[cue]) / self.mixer.rate  # a recording may be long
            self.end_deadline = max(self.end_deadline, time.monotonic() + length + 7.0)

    def begin_end(self) -> None:
        if self.stream is None:
            return
        self.ending = True
        remaining = self.mixer.remaining_s() if self.mixer else 0.0
        self.end_deadline = time.monotonic() + remaining + 7.0

    # -- stream lifecycle

    def open(self, cues: tuple[str, ...]) -> None:
        s = self.s
        # The heavy parts load here, on the worker thread, when the first practice starts.
        from kindapp.sound.mixer import Mixer
        from kindapp.sound.recipes import RecipeError
        from kindapp.sound.synth import CueCache

        if s.cache is None:
            s.cache = CueCache()
        try:
            if s.cache.theme(s.theme).silent:
                return
        except RecipeError as exc:
            log.error("sound theme %r cannot be used: %s", s.theme, exc)
            return
        try:
            import sounddevice as sd
        except (OSError, ImportError) as exc:
            s.fault(SoundFault.PORTAUDIO_MISSING, str(exc))
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
                s.target_gain(),
                sd.CallbackAbort,
                lambda: s.cmds.put(("lost", stream_id)),
            )

            def finished() -> None:
                if not mixer.closing:
                    s.cmds.put(("lost", stream_id))

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
            s.fault(SoundFault.NO_DEVICE, f"cannot open an output stream: {exc}")
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
            s.fault(SoundFault.NO_DEVICE, f"cannot start the output stream: {exc}")
            return
        if not started:
            self.close_stream()
            s.fault(SoundFault.NO_DEVICE, "the output stream never started playing")
            return
        s.stream_latency_s = latency
        s.sample_rate = rate
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
        name = self.s.device
        if not name:
            return None
        for index, d in enumerate(sd.query_devices()):
            if d["name"] == name and int(d["max_output_channels"]) > 0:
                return index
        log.info("output device %r is gone; using the default", name)
        return None

    def load_cues(self, cues: Iterable[str], again: bool = False) -> None:
        from kindapp.sound.recipes import RecipeError
        from kindapp.sound.voice_dsp import resample

        mixer = self.mixer
        if mixer is None:
            return
        missing = [c for c in cues if again or c not in mixer.bank]
        clips = {
            c: resample(self.clips[c][0], self.clips[c][1], mixer.rate)
            for c in missing
            if c in self.clips
        }
        missing = [c for c in missing if c not in clips and not c.startswith("voice:")]
        if not missing:
            mixer.bank = {**mixer.bank, **clips}
            return
        try:
            fresh = {**self.s.cache.get(self.s.theme, mixer.rate, missing), **clips}
        except RecipeError as exc:
            log.error("cannot render cues %s: %s", ", ".join(missing), exc)
            mixer.bank = {**mixer.bank, **clips}
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
        self.s.fault(SoundFault.DEVICE_LOST, reason)

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
        with self.s.lock:
            if self.s.mixer is mixer:
                self.s.mixer = None
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
