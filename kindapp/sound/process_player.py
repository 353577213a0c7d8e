"""The Player the app uses: a small sound process per practice (kindapp.sound.engine).

The process is started when a practice is being set up (`start_practice`), so it is ready by
the first cue, and it ends after the practice (`end_practice`: it lets the last cue ring out,
closes its stream and exits, and its memory goes with it). A preview outside a practice gets
a process of its own that ends as soon as the preview has sounded.

Every method returns at once: commands are JSON lines written to the process's stdin (a pipe
write of a few hundred bytes; the plan of a 10-minute breathing practice is ~4 KB). One reader
thread per process turns its events into the callbacks (on_ready, on_fault) and its log
records into this process's log, under their own logger names. If the process dies during a
practice (a crash in PortAudio, say), the person is told once and a new one is started with the
practice's plan, so the cues still to come sound on time.

Importing this module is cheap (no numpy, no sounddevice).
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import IO, Any

from kindapp.sound.engine import DEVICES_ARG, ENGINE_ARG
from kindapp.sound.player import SoundFault
from kindapp.sound.schedule import PlanInput, PlannedCue, as_plan, still_due

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

ENGINE_LATENCY_S = 0.1
"""Output latency the sound process asks of PortAudio. Cues are placed ahead and the latency
compensated, so this buys headroom against a busy CPU at no cost in onset accuracy."""
MAX_RESPAWNS = 3
"""Sound processes started again within one practice after dying, before giving up."""


def engine_command() -> list[str]:
    """How to start the sound process: this interpreter with -m, or in a PyInstaller bundle
    (sys.frozen) the bundle's own executable with the hidden argument."""
    if getattr(sys, "frozen", False):
        return [sys.executable, ENGINE_ARG]
    return [sys.executable, "-m", "kindapp.sound.engine"]


DEVICES_TIMEOUT_S = 15.0
"""The longest the device list may take (PortAudio scans ALSA's devices: ~0.1-1 s)."""


def list_output_devices_apart() -> list[str]:
    """The output devices' names, listed by a short-lived sound process ([] when it fails):
    PortAudio and its libraries never load into the window's process. Blocks: call it from a
    worker thread."""
    try:
        done = subprocess.run(
            [*engine_command(), DEVICES_ARG],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=DEVICES_TIMEOUT_S,
            check=False,
        )
        names = json.loads(done.stdout.decode("utf-8", "replace").strip().splitlines()[-1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError) as exc:
        log.warning("cannot list audio devices: %s", exc)
        return []
    if not isinstance(names, list):
        return []
    return [str(n) for n in names]


class _Engine:
    """One sound process and its reader thread."""

    def __init__(self, on_event: Callable[[_Engine, dict[str, Any]], None]) -> None:
        self._on_event = on_event
        self._lock = threading.Lock()
        self.proc = subprocess.Popen(
            engine_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # PortAudio's and ALSA's own complaints go to the app's stderr
            close_fds=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.started = time.monotonic()
        self.ended = False
        """end_practice was sent: its exit is expected."""
        self.gone = threading.Event()
        self._reader = threading.Thread(target=self._read, name="kind-sound-pipe", daemon=True)
        self._reader.start()

    def send(self, payload: bytes | None = None, **msg: Any) -> bool:
        line = (json.dumps(msg, separators=(",", ":")) + "\n").encode()
        stdin = self.proc.stdin
        if stdin is None:
            return False
        with self._lock:
            try:
                stdin.write(line)
                if payload:
                    stdin.write(payload)
                stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                return False
        return True

    def _read(self) -> None:
        out: IO[bytes] | None = self.proc.stdout
        assert out is not None
        try:
            for raw in out:
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if isinstance(event, dict):
                    self._on_event(self, event)
        finally:
            self.proc.wait()
            self.gone.set()
            self._on_event(self, {"ev": "exit", "rc": self.proc.returncode})

    def close(self, timeout: float) -> None:
        """Ask it to go (end of stdin), then make sure it did."""
        with self._lock:
            try:
                if self.proc.stdin is not None:
                    self.proc.stdin.close()
            except OSError:
                pass
        if not self.gone.wait(timeout):
            self.proc.kill()
            self.gone.wait(timeout)


class ProcessPlayer:
    """The Player protocol over a sound process per practice (see the module doc)."""

    def __init__(
        self,
        theme: str = "bowl",
        *,
        volume: float,
        muted: bool,
        on_ready: Callable[[], None],
        on_fault: Callable[[SoundFault], None],
        device: str | None = None,
        latency_s: float = ENGINE_LATENCY_S,
    ) -> None:
        self._theme = theme
        self._device = device
        self._volume = volume
        self._muted = muted
        self._on_ready = on_ready
        self._on_fault = on_fault
        self._latency = latency_s
        self._lock = threading.Lock()
        self._engine: _Engine | None = None
        """lock: the current practice's sound process."""
        self._others: list[_Engine] = []
        """lock: processes still ringing out (a previous practice, a preview)."""
        self._ready = False
        self._closed = False
        self._told = False
        self._cues: tuple[str, ...] = ()
        self._plan: list[PlannedCue] = []
        self._clips: dict[str, tuple[bytes, int]] = {}
        self._respawns = 0
        self._lost_at: float | None = None

    # ---- the Player protocol -----------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def scheduling(self) -> bool:
        return True

    @property
    def pid(self) -> int | None:
        """The current sound process (tests and diagnostics)."""
        engine = self._engine
        return engine.proc.pid if engine is not None else None

    def start_practice(self, cues: Iterable[str]) -> None:
        with self._lock:
            if self._closed:
                return
            self._retire_locked()
            self._ready = False
            self._told = False
            self._respawns = 0
            self._lost_at = None
            self._cues = tuple(cues)
            self._plan = []
            engine = self._spawn_locked()
        if engine is not None:
            self._begin(engine)

    def play(self, cue: str) -> None:
        engine = self._engine
        if engine is not None:
            engine.send(cmd="play", cue=cue)

    def schedule(self, cues: PlanInput) -> None:
        self._plan = list(as_plan(cues))
        engine = self._engine
        if engine is not None:
            engine.send(cmd="schedule", cues=self._plan)

    def add_clip(self, name: str, samples: Any, rate: int) -> None:
        import numpy as np

        data = np.asarray(samples, dtype="<f4").reshape(-1).tobytes()
        self._clips[name] = (data, int(rate))
        engine = self._engine
        if engine is not None:
            self._send_clip(engine, name)

    def end_practice(self) -> None:
        with self._lock:
            self._ready = False
            self._clips.clear()
            engine = self._engine
            self._retire_locked()
        if engine is not None:
            log.debug("sound process %d: practice over", engine.proc.pid)

    def preview(self, cue: str) -> None:
        fresh: _Engine | None = None
        with self._lock:
            current = self._engine
            if current is None:
                fresh = self._spawn_locked()
                self._engine = None  # a preview's process is not a practice's
                if fresh is None:
                    return
                fresh.ended = True
                self._others.append(fresh)
        if current is not None:
            current.send(cmd="play", cue=cue)
            return
        assert fresh is not None
        self._init(fresh)
        fresh.send(cmd="preview", cue=cue)
        fresh.send(cmd="end")

    def set_volume(self, v: float) -> None:
        self._volume = v
        engine = self._engine
        if engine is not None:
            engine.send(cmd="volume", v=v)

    def set_muted(self, m: bool) -> None:
        self._muted = m
        engine = self._engine
        if engine is not None:
            engine.send(cmd="muted", m=m)

    def set_theme(self, theme: str) -> None:
        self._theme = theme

    def set_device(self, name: str | None) -> None:
        self._device = name

    def shutdown(self, timeout: float = 2.0) -> None:
        with self._lock:
            self._closed = True
            self._ready = False
            self._retire_locked()
            others, self._others = self._others, []
        deadline = time.monotonic() + timeout
        for engine in others:
            engine.close(max(0.05, deadline - time.monotonic()))

    # ---- inside ------------------------------------------------------------------------

    def _spawn_locked(self) -> _Engine | None:
        try:
            engine = _Engine(self._on_event)
        except OSError as exc:
            log.error("cannot start the sound process: %s", exc)
            self._engine = None
            return None
        self._engine = engine
        log.info("sound process %d started", engine.proc.pid)
        return engine

    def _init(self, engine: _Engine) -> None:
        engine.send(
            cmd="init",
            theme=self._theme,
            volume=self._volume,
            muted=self._muted,
            device=self._device,
            latency=self._latency,
        )

    def _begin(self, engine: _Engine) -> None:
        """Bring a new process up to the practice as it stands."""
        self._init(engine)
        for name in list(self._clips):
            self._send_clip(engine, name)
        engine.send(cmd="start", cues=list(self._cues))
        if self._plan:
            engine.send(cmd="schedule", cues=self._plan)

    def _send_clip(self, engine: _Engine, name: str) -> None:
        data, rate = self._clips[name]
        engine.send(data, cmd="clip", name=name, rate=rate, bytes=len(data))

    def _retire_locked(self) -> None:
        """The current process's practice is over: it rings out and exits by itself."""
        engine = self._engine
        self._engine = None
        if engine is not None:
            engine.ended = True
            engine.send(cmd="end")
            self._others.append(engine)

    def _fault(self, kind: SoundFault) -> None:
        if self._told:
            return
        self._told = True
        try:
            self._on_fault(kind)
        except Exception:
            log.exception("on_fault handler failed")

    def _on_event(self, engine: _Engine, event: dict[str, Any]) -> None:
        ev = event.get("ev")
        current = engine is self._engine
        if ev == "log":
            logging.getLogger(str(event.get("name", "kindapp.sound"))).log(
                int(event.get("level", logging.INFO)), "%s", event.get("msg", "")
            )
        elif ev == "ready" and current:
            if self._lost_at is not None:  # a new process after the old one died
                if event.get("open"):
                    after = time.monotonic() - self._lost_at
                    events.info("sound-recovered after=%.2fs", after)
                    self._lost_at = None
                return  # (if not open, it retries by itself and says when it is back)
            self._ready = True
            try:
                self._on_ready()
            except Exception:
                log.exception("on_ready handler failed")
        elif ev == "fault" and current:
            try:
                kind = SoundFault(event.get("kind"))
            except ValueError:
                kind = SoundFault.DEVICE_LOST
            self._fault(kind)
        elif ev == "exit":
            self._exited(engine, int(event.get("rc") or 0))

    def _exited(self, engine: _Engine, rc: int) -> None:
        with self._lock:
            if engine in self._others:
                self._others.remove(engine)
            if engine is not self._engine or engine.ended or self._closed:
                log.info("sound process %d ended (%d)", engine.proc.pid, rc)
                return
            # It died during a practice: tell once, start another with the plan as it is.
            log.warning("sound process %d died (%d) during a practice", engine.proc.pid, rc)
            self._engine = None
            if self._lost_at is None:
                self._lost_at = time.monotonic()
            if self._respawns >= MAX_RESPAWNS:
                log.error("the sound process keeps dying; the practice goes on without sound")
                fresh = None
            else:
                self._respawns += 1
                fresh = self._spawn_locked()
                # What may have been heard before it died is not played again.
                self._plan = list(still_due(self._plan, time.monotonic()))
            was_ready = self._ready
        self._fault(SoundFault.DEVICE_LOST)
        if fresh is not None:
            self._begin(fresh)
        elif not was_ready:
            self._ready = True
            self._on_ready()
