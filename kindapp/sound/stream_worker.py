"""The sound worker thread: opens, feeds, watches, reopens and closes the output stream.

One StreamWorker runs per StreamPlayer, on its own thread, and takes commands from the shared
PlayerState's queue. numpy, sounddevice and the synthesiser are imported here lazily, on this
thread, when the first practice starts, so they stay off the path to the first window.

Recovery, not silence: when a stream fails during a practice (it stops, stalls, underflows in
a storm, or its device or sound server goes), the person is told once and the worker reopens
it (the chosen device, then the default) with a short backoff for as long as the practice
lasts. The reopened stream takes the practice's plan as it stands, so the cues still to come
sound at their times; those whose moment passed while the sound was away are let go.
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kindapp.sound.player import SoundFault
from kindapp.sound.player_state import PlayerState
from kindapp.sound.schedule import still_due

if TYPE_CHECKING:
    from kindapp.sound.mixer import Mixer

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

START_TIMEOUT_S = 3.0
"""How long a new stream may take to start consuming audio before we give up on it."""
STALL_S = 1.5
"""A running stream whose callback has not run for this long is treated as lost."""
# Output latency asked of PortAudio by default. "low" (about 9 ms here) underflows whenever the
# UI thread holds the GIL through a frame of the breathing animation; 25 ms rides over that.
# Scheduled cues are placed ahead of time and the latency compensated, so it costs no onset
# accuracy; only a cue sounded *now* (a preview, Next) waits for it.
OUTPUT_LATENCY_S = 0.025
RETRY_S = (0.1, 0.25, 0.5)
"""Backoff between attempts to reopen a failed stream (then every 0.5 s while needed: an attempt
without a server fails at once, and sound must be back within 2 s of the server)."""


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
        self.lost_at: float | None = None
        """When sound was lost during the current practice (None: not lost)."""
        self.retry_at = 0.0
        self.attempts = 0

    def loop(self) -> None:
        cmds = self.s.cmds
        while True:
            if self.lost_at is not None:
                timeout: float | None = max(0.0, self.retry_at - time.monotonic())
            else:
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
                self.lost_at = None  # nothing more to recover for
                self.begin_end()
            elif cmd == "clip":
                self.load_clip(arg)
            elif cmd == "sync":
                arg.set()
            elif cmd == "lost" and arg == self.stream_id and self.stream is not None:
                storm = self.mixer is not None and self.mixer.storm
                self.lose("underflow storm" if storm else "the stream stopped")
            if self.lost_at is not None and time.monotonic() >= self.retry_at:
                self.retry()
            self.check()

    # -- commands

    def start(self, generation: int, cues: tuple[str, ...], notify: bool) -> None:
        s = self.s
        s.cues = cues
        self.ending = False
        self.lost_at = None
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
        if self.stream is None and self.sd is not None:
            self.begin_recovery()  # no sound yet; it may come (a sound server starting late)

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

    def load_clip(self, name: str) -> None:
        """Put a registered PCM clip in the bank, at the stream's rate."""
        mixer = self.mixer
        with self.s.lock:
            entry = self.s.clips.get(name)
        if mixer is None or entry is None:
            return
        import numpy as np

        samples, rate = entry
        x = np.asarray(samples, dtype=np.float32).reshape(-1)
        if rate != mixer.rate and len(x) > 1:
            n = max(1, round(len(x) * mixer.rate / rate))
            x = np.interp(np.arange(n) * (rate / mixer.rate), np.arange(len(x)), x)
        buf = np.clip(x, -1.0, 1.0).astype(np.float32)
        buf.setflags(write=False)
        mixer.bank = {**mixer.bank, name: buf}

    def play_rendered(self, cue: str) -> None:
        if self.mixer is None:
            return
        if cue not in self.mixer.bank:
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
        with self.s.lock:
            last = max((t for t, _, _ in self.s.plan), default=0.0)
        self.end_deadline = max(time.monotonic() + remaining, last) + 7.0

    # -- stream lifecycle

    def open(self, cues: tuple[str, ...], *, quiet: bool = False, default: bool = False) -> None:
        """Open and start a stream for `cues`; a failure is a fault (`quiet`: only logged,
        as when a lost stream is being retried). `default`: the default device, whatever was
        chosen."""
        s = self.s

        def fault(kind: SoundFault, detail: str) -> None:
            if quiet:
                log.info("sound still unavailable: %s", detail)
            else:
                s.fault(kind, detail)

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
            device = None if default else self.resolve_device(sd)
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
                latency=s.latency_s,
            )

            def finished() -> None:
                if not mixer.closing:
                    s.cmds.put(("lost", stream_id))

            stream = sd.OutputStream(
                device=device,
                samplerate=rate,
                channels=channels,
                dtype="float32",
                latency=s.latency_s,
                callback=mixer,
                finished_callback=finished,
            )
        except (sd.PortAudioError, ValueError, OSError) as exc:
            fault(SoundFault.NO_DEVICE, f"cannot open an output stream: {exc}")
            return
        self.stream = stream
        self.mixer = mixer
        self.s.idle.clear()
        try:
            latency = float(stream.latency)
            mixer.latency = latency
            mixer.arm(round((2 * latency + 0.05) * rate))
            stream.start()
            self.load_cues(cues)  # renders while the device spins up
            for name in list(self.s.clips):  # a recorded voice, registered before
                self.load_clip(name)
            started = self.wait_consuming(stream, mixer)
        except sd.PortAudioError as exc:
            self.close_stream()
            fault(SoundFault.NO_DEVICE, f"cannot start the output stream: {exc}")
            return
        if not started:
            self.close_stream()
            fault(SoundFault.NO_DEVICE, "the output stream never started playing")
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

    def load_cues(self, cues: Iterable[str]) -> None:
        from kindapp.sound.recipes import RecipeError

        mixer = self.mixer
        if mixer is None:
            return
        with self.s.lock:
            clips = set(self.s.clips)  # registered PCM (load_clip), not recipes
        missing = [c for c in cues if c not in mixer.bank and c not in clips]
        if not missing:
            return
        try:
            fresh = self.s.cache.get(self.s.theme, mixer.rate, missing)
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
        ending = self.ending
        self.close_stream()
        self.s.fault(SoundFault.DEVICE_LOST, reason)
        if not ending:
            self.begin_recovery()

    def begin_recovery(self) -> None:
        if self.lost_at is None:
            self.lost_at = time.monotonic()
            self.attempts = 0
        self.retry_at = time.monotonic() + RETRY_S[0]

    def retry(self) -> None:
        """One attempt to reopen the lost stream: the chosen device on even attempts, the
        default on odd ones. PortAudio is started afresh first, so it sees the devices (and
        the sound server) as they are now, not as they were when it first looked."""
        assert self.lost_at is not None
        with self.s.lock:
            wanted = self.s.ready and not self.s.closed
        if not wanted:
            self.lost_at = None
            return
        self.attempts += 1
        sd = self.sd
        try:
            sd._terminate()
            sd._initialize()
        except Exception as exc:
            log.debug("PortAudio restart failed: %s", exc)
        self.open(self.s.cues, quiet=True, default=self.attempts % 2 == 0)
        if self.stream is not None and self.mixer is not None:
            after = time.monotonic() - self.lost_at
            self.lost_at = None
            with self.s.lock:
                # What may have been heard before the fault is not played again.
                self.mixer.set_plan(still_due(self.s.plan, time.monotonic()))
                self.s.mixer = self.mixer
            for name in list(self.s.clips):
                self.load_clip(name)
            self.s.recovered(after)
            return
        delay = RETRY_S[min(self.attempts, len(RETRY_S) - 1)]
        self.retry_at = time.monotonic() + delay

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
            rung_out = (
                mixer.active_voices == 0
                and not mixer.requests
                and mixer.pending() == 0
                and mixer.idle_frames >= tail
            )
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
            self.s.idle.set()
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
        if mixer is not None:
            late = [heard - at for _, at, heard in mixer.placed if heard - at > 0.001]
            events.info(
                "sound-stats underflows=%d planned=%d late=%d late_max_ms=%.1f missed=%d "
                "dac_delay_ms=%.1f",
                mixer.underflows,
                len(mixer.placed),
                len(late),
                max(late, default=0.0) * 1000,
                len(mixer.missed),
                mixer.delay * 1000,
            )
        self.s.idle.set()
