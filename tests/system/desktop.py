"""A real desktop for system tests: X server, tray host, sound server, recorder, app launcher.

Every piece is a small class that starts a real process and stops it again, and every wait is a
bounded wait on a condition (a display that answers, a window that exists, a file that grows, a
log line that appears), never a fixed sleep. The fixtures in conftest.py wire these together;
this module has no pytest fixtures of its own so it can also be used from a plain script.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import wave
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[2]
PROBES = Path(__file__).resolve().parent / "probes"
ARTIFACTS = Path(os.environ.get("KIND_ARTIFACTS", REPO / "artifacts")) / "system"

SCREEN = "1280x800x24"
SINK = "kind_sink"
RATE = 48_000

# What the person hears, measured at the sink by a functional test: each bell or recording within
# a tenth of a second of its moment, which nobody following with closed eyes hears as late. The
# sound engine's precision (onset p95 <= 5 ms idle, <= 10 ms with both cores under stress) is
# measured by bench/bench_sound.py on a quiet machine, where the figure means something; in
# `make test` four workers share two cores, and the recording of the monitor itself gains or
# loses a buffer now and then (the fresh root's runs saw 59-81 ms on one interval, all others
# under 30 ms).
HEARD_WITHIN_S = 0.100

# Tools the desktop needs, by Debian package (for a helpful message when one is missing).
TOOLS = {
    "Xvfb": "xvfb",
    "trayer": "trayer",
    "pulseaudio": "pulseaudio",
    "pactl": "pulseaudio-utils",
    "parecord": "pulseaudio-utils",
    "paplay": "pulseaudio-utils",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "xdpyinfo": "x11-utils",
    "espeak-ng": "espeak-ng",
}


class DesktopError(RuntimeError):
    """The test desktop could not be brought up (a harness problem, not an app bug)."""


def missing_tools() -> list[str]:
    return [
        f"{tool} (Debian package {pkg})" for tool, pkg in TOOLS.items() if not shutil.which(tool)
    ]


# --------------------------------------------------------------------------- waiting


def wait_until(
    condition: Callable[[], T],
    timeout: float,
    what: str,
    *,
    interval: float = 0.02,
    details: Callable[[], str] | None = None,
) -> T:
    """Poll `condition` until it returns something truthy; return that. Fail after `timeout` s.

    The failure message names what was awaited and, if given, `details()` (a log tail, say).
    """
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() >= deadline:
            message = f"timed out after {timeout:.1f} s waiting for {what}"
            if details is not None:
                message += "\n" + details()
            raise TimeoutError(message)
        time.sleep(interval)


def tail(path: Path, lines: int = 40) -> str:
    try:
        text = path.read_text(errors="replace")
    except FileNotFoundError:
        return f"<{path} does not exist>"
    return "\n".join(text.splitlines()[-lines:]) or f"<{path} is empty>"


def stop_process(
    proc: subprocess.Popen[Any], sig: int = signal.SIGTERM, timeout: float = 5.0
) -> None:
    """Stop one process we started: `sig`, then SIGKILL if it does not go within `timeout`."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            proc.wait(timeout)


def _die_with_parent() -> None:
    """In the child: get SIGTERM if the test process dies, so nothing outlives a killed run."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def popen(args: Sequence[str], **kwargs: Any) -> subprocess.Popen[bytes]:
    """Start a long-running helper in its own session, tied to the life of this process."""
    return subprocess.Popen(
        list(args),
        start_new_session=True,
        preexec_fn=_die_with_parent,
        stdin=subprocess.DEVNULL,
        **kwargs,
    )


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    path.chmod(0o700)
    return path


def base_env() -> dict[str, str]:
    """A minimal environment: nothing of the caller's session leaks into the desktop or the app."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
    }
    return env


# --------------------------------------------------------------------------- X server


class Xvfb:
    """An Xvfb server on a display number it picks itself (-displayfd), so runs never collide."""

    def __init__(self, workdir: Path, screen: str = SCREEN) -> None:
        self.workdir = workdir
        self.screen = screen
        self.display = ""
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = workdir / "xvfb.log"

    def start(self, timeout: float = 15.0) -> None:
        read_fd, write_fd = os.pipe()
        with self.log.open("wb") as log:
            self.proc = popen(
                [
                    "Xvfb",
                    "-displayfd",
                    str(write_fd),
                    "-screen",
                    "0",
                    self.screen,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                pass_fds=(write_fd,),
                stdout=log,
                stderr=subprocess.STDOUT,
                env=base_env(),
            )
        os.close(write_fd)
        # Xvfb writes the display number to the fd once it accepts connections.
        number = b""
        with os.fdopen(read_fd, "rb", buffering=0) as pipe:
            deadline = time.monotonic() + timeout
            while not number.endswith(b"\n"):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise DesktopError(f"Xvfb did not report a display:\n{tail(self.log)}")
                chunk = pipe.read(16)
                if not chunk:
                    break
                number += chunk
        if not number.strip().isdigit():
            raise DesktopError(f"Xvfb reported no display number ({number!r}):\n{tail(self.log)}")
        self.display = f":{int(number)}"
        wait_until(
            self.answers,
            timeout,
            f"X display {self.display} to answer",
            details=lambda: tail(self.log),
        )

    def env(self) -> dict[str, str]:
        return {**base_env(), "DISPLAY": self.display}

    def answers(self) -> bool:
        result = subprocess.run(["xdpyinfo"], env=self.env(), capture_output=True, timeout=10)
        return result.returncode == 0

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class Trayer:
    """trayer as the XEmbed system tray host (the _NET_SYSTEM_TRAY_S0 selection owner)."""

    ARGS = (
        "--edge",
        "top",
        "--align",
        "right",
        "--widthtype",
        "pixel",
        "--width",
        "160",
        "--height",
        "32",
    )

    def __init__(self, xvfb: Xvfb, workdir: Path) -> None:
        self.xvfb = xvfb
        self.workdir = workdir
        self.log = workdir / "trayer.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.panel = ""

    def start(self, timeout: float = 15.0) -> None:
        home = private_dir(self.workdir / "trayer-home")
        env = {
            **self.xvfb.env(),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(home),
            "NO_AT_BRIDGE": "1",
        }
        with self.log.open("wb") as log:
            self.proc = popen(["trayer", *self.ARGS], env=env, stdout=log, stderr=subprocess.STDOUT)
        self.panel = wait_until(
            self._find_panel, timeout, "trayer's panel window", details=lambda: tail(self.log)
        )

    def _find_panel(self) -> str:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"trayer exited with {self.proc.returncode}:\n{tail(self.log)}")
        env = self.xvfb.env()
        panels = set(xdotool(env, "search", "--classname", "^panel$"))
        ids = [w for w in xdotool(env, "search", "--class", "^trayer$") if w in panels]
        return ids[0] if ids else ""

    def embedded_windows(self) -> list[str]:
        """Ids (decimal) of every window below the panel (the tray icons and their wrappers)."""
        return [
            str(int(w, 16))
            for w in re.findall(
                r"^\s+(0x[0-9a-f]+)", x_tree(self.xvfb.env(), self.panel), re.MULTILINE
            )
        ]

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


def xdotool(env: Mapping[str, str], *args: str) -> list[str]:
    """Run xdotool; returns the window ids it printed (none found is not an error)."""
    result = subprocess.run(
        ["xdotool", *args], env=dict(env), capture_output=True, text=True, timeout=10
    )
    return result.stdout.split()


def person_moves(env: Mapping[str, str]) -> None:
    """A person touches the mouse (XTest input, which the X server counts as activity: its idle
    time, which Kind reads to let a reminder wait while the person is away, starts again)."""
    x = 300 + int(time.monotonic() * 10) % 200
    subprocess.run(["xdotool", "mousemove", str(x), "400"], env=dict(env), check=True, timeout=10)


def x_tree(env: Mapping[str, str], window: str) -> str:
    result = subprocess.run(
        ["xwininfo", "-tree", "-id", window],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=10,
    )
    return result.stdout


def visible_windows(env: Mapping[str, str], name_regex: str = "^Kind$") -> list[str]:
    return xdotool(env, "search", "--onlyvisible", "--name", name_regex)


def windows_of(env: Mapping[str, str], pid: int) -> list[str]:
    return xdotool(env, "search", "--pid", str(pid))


# --------------------------------------------------------------------------- sound server


class PulseServer:
    """A private PulseAudio with one null sink (the 'sound card') and a unix socket.

    Runs as root in CI (it warns and carries on). HOME and XDG_RUNTIME_DIR are its own.
    """

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        # A short path of its own: unix socket paths are limited to 108 bytes.
        self.sockdir = Path(tempfile.mkdtemp(prefix="kind-pulse-"))
        self.socket = self.sockdir / "pulse.sock"
        self.log = workdir / "pulseaudio.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.client_conf = workdir / "pulse-client.conf"

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    def client_env(self, server: str | None = None) -> dict[str, str]:
        """Environment for a client of this server (never autospawns a server of its own)."""
        return {
            **base_env(),
            "PULSE_SERVER": server or self.server,
            "PULSE_CLIENTCONFIG": str(self.client_conf),
        }

    def start(self, timeout: float = 20.0) -> None:
        self.client_conf.write_text("autospawn = no\n")
        home = private_dir(self.workdir / "pulse-home")
        runtime = private_dir(self.workdir / "pulse-runtime")
        env = {
            **base_env(),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
        }
        with self.log.open("wb") as log:
            self.proc = popen(
                [
                    "pulseaudio",
                    "-n",
                    "--daemonize=no",
                    "--exit-idle-time=-1",
                    "--log-target=stderr",
                    f"--load=module-null-sink sink_name={SINK} rate={RATE}",
                    f"--load=module-native-protocol-unix socket={self.socket} auth-anonymous=1",
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        wait_until(
            self.answers,
            timeout,
            "pactl info to answer",
            interval=0.05,
            details=lambda: tail(self.log),
        )
        self.pactl("set-default-sink", SINK)
        info = self.pactl("info")
        if f"Default Sink: {SINK}" not in info:
            raise DesktopError(f"{SINK} is not the default sink:\n{info}")

    def answers(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"pulseaudio exited with {self.proc.returncode}:\n{tail(self.log)}")
        if not self.socket.exists():
            return False
        result = subprocess.run(
            ["pactl", "info"], env=self.client_env(), capture_output=True, timeout=10
        )
        return result.returncode == 0

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args], env=self.client_env(), capture_output=True, text=True, timeout=10
        )
        if result.returncode != 0:
            raise DesktopError(f"pactl {' '.join(args)} failed: {result.stderr}")
        return result.stdout

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        shutil.rmtree(self.sockdir, ignore_errors=True)


# --------------------------------------------------------------------------- recording


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """A mono float signal in [-1, 1] and its rate, from a 16-bit PCM WAV file."""
    with wave.open(str(path), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise ValueError(f"{path}: expected 16-bit PCM, got {wav.getsampwidth() * 8}-bit")
        channels, rate = wav.getnchannels(), wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    samples = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
    if channels > 1:
        samples = samples.reshape(-1, channels).mean(axis=1)
    return samples, rate


def write_wav(path: Path, samples: np.ndarray, rate: int = RATE) -> None:
    pcm = np.clip(np.round(samples * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate)
        wav.writeframes(pcm.tobytes())


def _wav_data_offset(head: bytes) -> int:
    """Offset of the sample data in a (possibly still growing) RIFF/WAVE file, or -1."""
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return -1
    pos = 12
    while pos + 8 <= len(head):
        chunk, size = head[pos : pos + 4], struct.unpack("<I", head[pos + 4 : pos + 8])[0]
        if chunk == b"data":
            return pos + 8
        pos += 8 + size + (size & 1)
    return -1


class Recorder:
    """Records what the null sink plays (its monitor) to a WAV file with parecord."""

    def __init__(self, pulse: PulseServer, path: Path) -> None:
        self.pulse = pulse
        self.path = path
        self.log = path.with_suffix(".parecord.log")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        with self.log.open("wb") as log:
            self.proc = popen(
                [
                    "parecord",
                    "-d",
                    f"{SINK}.monitor",
                    "--file-format=wav",
                    "--rate",
                    str(RATE),
                    "--channels",
                    "1",
                    "--latency-msec=20",
                    str(self.path),
                ],
                env=self.pulse.client_env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        # Recording has begun once samples (silence, at first) reach the file.
        wait_until(
            lambda: self._alive() and self.seconds_so_far() >= 0.1,
            timeout,
            "parecord to start writing samples",
            details=lambda: tail(self.log),
        )

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"parecord exited with {self.proc.returncode}:\n{tail(self.log)}")
        return True

    def partial(self) -> np.ndarray:
        """The samples written so far (readable while parecord still writes)."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return np.zeros(0)
        offset = _wav_data_offset(data[:4096])
        if offset < 0:
            return np.zeros(0)
        body = data[offset:]
        body = body[: len(body) - len(body) % 2]
        return np.frombuffer(body, dtype="<i2").astype(np.float64) / 32768.0

    def seconds_so_far(self) -> float:
        return len(self.partial()) / RATE

    def wait_for_onsets(self, count: int, timeout: float, ring_s: float = 1.0) -> list[float]:
        """Wait until `count` onsets are recorded with `ring_s` of sound after the last one.

        Returns the onsets found by then (possibly fewer than `count` on timeout: the caller
        asserts, so a missing cue fails with the onsets that did arrive).
        """
        deadline = time.monotonic() + timeout
        onsets: list[float] = []
        while time.monotonic() < deadline:
            self._alive()
            samples = self.partial()
            onsets = detect_onsets(samples, RATE)
            if len(onsets) >= count and len(samples) / RATE >= onsets[-1] + ring_s:
                return onsets
            time.sleep(0.1)
        return onsets

    def stop(self) -> tuple[np.ndarray, int]:
        """Stop recording (SIGINT lets parecord finish the WAV header) and read the file."""
        if self.proc is not None:
            stop_process(self.proc, signal.SIGINT)
            self.proc = None
        return read_wav(self.path)


# A recording stamped on arrival (bench/latency.py explains how it is put on the app's clock).


class PipeRecorder:
    """parec of the sink monitor into memory, every chunk stamped on arrival."""

    def __init__(self, pulse: PulseServer, log: Path, latency_ms: int = 20) -> None:
        self.pulse = pulse
        self.log = log
        self.latency_ms = latency_ms
        self.rate = RATE
        self.proc: subprocess.Popen[bytes] | None = None
        self._chunks: list[bytes] = []
        self._arrivals: list[tuple[float, int]] = []  # (monotonic, total bytes so far)
        self._bytes = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> None:
        with self.log.open("wb") as log:
            self.proc = popen(
                [
                    "parec",
                    "-d",
                    f"{SINK}.monitor",
                    "--raw",
                    "--format=s16le",
                    "--rate",
                    str(self.rate),
                    "--channels",
                    "1",
                    f"--latency-msec={self.latency_ms}",
                ],
                env=self.pulse.client_env(),
                stdout=subprocess.PIPE,
                stderr=log,
            )
        self._thread = threading.Thread(target=self._read, name="parec-reader", daemon=True)
        self._thread.start()
        wait_until(
            lambda: self._alive() and self.samples_so_far() >= 0.1 * self.rate,
            timeout,
            "parec to deliver samples",
            details=lambda: tail(self.log),
        )

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while True:
            data = os.read(fd, 1 << 16)
            stamp = time.monotonic()
            if not data:
                return
            with self._lock:
                self._chunks.append(data)
                self._bytes += len(data)
                self._arrivals.append((stamp, self._bytes))

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"parec exited with {self.proc.returncode}:\n{tail(self.log)}")
        return True

    def samples_so_far(self) -> int:
        with self._lock:
            return self._bytes // 2

    def samples(self) -> np.ndarray:
        with self._lock:
            raw = b"".join(self._chunks)
        raw = raw[: len(raw) - len(raw) % 2]
        return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0

    def arrivals(self) -> np.ndarray:
        """(n, 2): arrival time and samples received by then, per chunk."""
        with self._lock:
            arr = np.array(self._arrivals, dtype=np.float64).reshape(-1, 2)
        arr[:, 1] = np.floor(arr[:, 1] / 2)
        return arr

    def clock(self) -> RecordingClock:
        return RecordingClock.from_arrivals(self.arrivals(), self.rate)

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        if self._thread is not None:
            self._thread.join(5.0)


@dataclass(frozen=True)
class RecordingClock:
    """Maps sample indices of the recording to time.monotonic() via chunk arrivals."""

    times: np.ndarray  # arrival of each chunk (monotonic s)
    counts: np.ndarray  # samples received up to and including that chunk
    rate: int

    @classmethod
    def from_arrivals(cls, arrivals: np.ndarray, rate: int) -> RecordingClock:
        return cls(arrivals[:, 0].copy(), arrivals[:, 1].copy(), rate)

    def index_at(self, t: float) -> int:
        """Roughly which sample arrived at monotonic time t (for cutting windows)."""
        return int(np.interp(t, self.times, self.counts))

    def arrival_of(self, n: int) -> float:
        """When the chunk holding sample n arrived: the sample was at the monitor by then."""
        idx = int(np.searchsorted(self.counts, n, side="right"))
        return float(self.times[min(idx, len(self.times) - 1)])

    def envelope_of(self, n: int, window_s: float = 1.0) -> tuple[float, float]:
        """(local lower-envelope time of sample n, median chunk lateness near it in ms)."""
        t = self.arrival_of(n)
        near = (self.times >= t - window_s) & (self.times <= t + window_s)
        lag = self.times[near] - self.counts[near] / self.rate
        t0 = float(lag.min())
        return t0 + n / self.rate, float(np.median(lag - t0) * 1000)

    def drift_ppm(self) -> float:
        """Samples delivered per monotonic second vs the nominal rate, in ppm (over the
        recording, from the lower envelopes of its first and last tenth)."""
        if len(self.times) < 20:
            return 0.0
        tenth = len(self.times) // 10
        lag = self.times - self.counts / self.rate
        a, b = slice(1, tenth), slice(len(lag) - tenth, len(lag))
        ia = int(np.argmin(lag[a])) + 1
        ib = int(np.argmin(lag[b])) + len(lag) - tenth
        span = self.times[ib] - self.times[ia]
        return float(-(lag[ib] - lag[ia]) / span * 1e6) if span > 0 else 0.0


def play_file(pulse: PulseServer, path: Path, timeout: float = 30.0) -> None:
    result = subprocess.run(
        ["paplay", str(path)],
        env=pulse.client_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise DesktopError(f"paplay failed: {result.stderr}")


# --------------------------------------------------------------------------- a microphone

MIC = "kind_mic"
"""A second null sink whose monitor is the default source: what is played into it, a recording
app hears as its microphone."""


def add_microphone(pulse: PulseServer) -> str:
    """Give the server a virtual microphone (`MIC`'s monitor, the default source)."""
    pulse.pactl("load-module", "module-null-sink", f"sink_name={MIC}", f"rate={RATE}")
    pulse.pactl("set-default-source", f"{MIC}.monitor")
    pulse.pactl("set-default-sink", SINK)  # the speaker stays the speaker
    return f"{MIC}.monitor"


def remove_sources(pulse: PulseServer) -> None:
    """No microphone at all: unload every null sink, so the server has no source left."""
    for line in pulse.pactl("list", "short", "modules").splitlines():
        index, name, *_ = line.split("\t")
        if name == "module-null-sink":
            pulse.pactl("unload-module", index)


def speak_into(pulse: PulseServer, path: Path, timeout: float = 30.0) -> None:
    """Play a WAV file into the virtual microphone; returns once it has all been played."""
    result = subprocess.run(
        ["paplay", f"--device={MIC}", str(path)],
        env=pulse.client_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise DesktopError(f"paplay into the microphone failed: {result.stderr}")


def spoken_phrase(text: str, path: Path, rate: int = RATE) -> Path:
    """`text` spoken by espeak-ng, as a 16-bit mono WAV at `rate` with 0.6 s of quiet either
    side (a person draws breath before speaking and stops before pressing Stop)."""
    raw = path.with_suffix(".espeak.wav")
    subprocess.run(["espeak-ng", "-s", "140", "-w", str(raw), text], check=True, timeout=30)
    samples, got = read_wav(raw)
    t = np.arange(round(len(samples) * rate / got)) * (got / rate)
    voice = np.interp(t, np.arange(len(samples)), samples)
    quiet = np.zeros(round(0.6 * rate))
    write_wav(path, np.concatenate([quiet, voice, quiet]), rate)
    return path


# --------------------------------------------------------------------------- onset detection

FRAME_S = 0.005
ONSET_DB = -40.0
"""A frame whose RMS rises above this (dBFS) after a long quiet is a cue onset."""
QUIET_S = 1.5
"""The quiet (RMS below ONSET_DB) that must come before an onset. All strikes of one cue fall
within 1.5 s, and each cue decays to near-silence long before the next step, so every cue gives
exactly one onset."""
REFINE_DB = -60.0
"""The lower threshold used to place the onset on the first audible sample of the attack."""
REFINE_BACK_S = 0.05


def db_to_amp(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def rms_envelope(samples: np.ndarray, rate: int, frame_s: float = FRAME_S) -> np.ndarray:
    """RMS of consecutive, non-overlapping frames of `frame_s` seconds."""
    frame = max(1, round(rate * frame_s))
    usable = len(samples) - len(samples) % frame
    if usable <= 0:
        return np.zeros(0)
    frames = samples[:usable].reshape(-1, frame)
    return np.sqrt(np.mean(frames * frames, axis=1))


def detect_onsets(
    samples: np.ndarray,
    rate: int,
    *,
    threshold_db: float = ONSET_DB,
    quiet_s: float = QUIET_S,
    refine_db: float = REFINE_DB,
) -> list[float]:
    """Onset times (s from the start of `samples`) of sounds that follow >= `quiet_s` of quiet.

    The envelope is the RMS of 5 ms frames. An onset is a frame above `threshold_db` after at
    least `quiet_s` of frames below it (the start of the recording counts as quiet). Its time is
    then refined to the first sample of the attack: the first sample, in the `REFINE_BACK_S`
    before the crossing frame, that rises above the lower threshold (`refine_db`, or four times
    the level of whatever still sounds there, so an earlier cue's tail cannot pull it early).
    """
    frame = max(1, round(rate * FRAME_S))
    env = rms_envelope(samples, rate)
    above = env > db_to_amp(threshold_db)
    need_quiet = round(quiet_s / FRAME_S)
    onsets: list[float] = []
    quiet_run = need_quiet  # the recording starts in silence
    for i, loud in enumerate(above):
        if loud:
            if quiet_run >= need_quiet:
                onsets.append(_refine(samples, rate, i * frame, frame, refine_db) / rate)
            quiet_run = 0
        else:
            quiet_run += 1
    return onsets


def _refine(samples: np.ndarray, rate: int, start: int, frame: int, refine_db: float) -> int:
    lo = max(0, start - round(REFINE_BACK_S * rate))
    background = samples[max(0, lo - round(0.1 * rate)) : lo]
    level = max(db_to_amp(refine_db), 4.0 * float(np.max(np.abs(background), initial=0.0)))
    window = np.abs(samples[lo : start + frame])
    hits = np.flatnonzero(window > level)
    return lo + int(hits[0]) if hits.size else start


def onset_near(
    samples: np.ndarray,
    rate: int,
    expected: int,
    *,
    search_s: float = 0.25,
    rise_db: float = 12.0,
    floor_db: float = -50.0,
) -> int | None:
    """The first sample of a sound expected near sample `expected` (within +-`search_s`),
    even over the tail of an earlier cue: the first 1 ms frame, in the window, whose RMS rises
    `rise_db` above the level just before the window (and above `floor_db`), refined to the
    first sample above that level. None when nothing rises there (a missing cue)."""
    frame = max(1, rate // 1000)
    lo = max(0, expected - round(search_s * rate))
    hi = min(len(samples), expected + round(search_s * rate))
    before = samples[max(0, lo - round(0.05 * rate)) : lo]
    base = float(np.sqrt(np.mean(before**2))) if before.size else 0.0
    level = max(db_to_amp(floor_db), base * db_to_amp(rise_db))
    n = (hi - lo) // frame
    if n <= 0:
        return None
    rms = np.sqrt(np.mean(samples[lo : lo + n * frame].reshape(n, frame) ** 2, axis=1))
    hits = np.flatnonzero(rms > level)
    if not hits.size:
        return None
    start = lo + int(hits[0]) * frame
    back = samples[max(lo, start - frame) : start + frame]
    above = np.flatnonzero(np.abs(back) > level)
    return max(lo, start - frame) + int(above[0]) if above.size else start


def match_cue(
    samples: np.ndarray,
    rate: int,
    template: np.ndarray,
    expected: int,
    *,
    search_s: float = 0.3,
    min_score: float = 0.5,
) -> tuple[int | None, float]:
    """Where a known sound (`template`, the cue as rendered, at `rate`) begins in `samples`,
    near sample `expected` (+-`search_s`): the lag of the normalised cross-correlation's
    peak, to the sample, also for cues with slow swells and over other cues' tails.
    Returns (first sample or None when nothing there correlates above `min_score`, score)."""
    t = np.asarray(template, dtype=np.float64)
    span = round(search_s * rate)
    lo = max(0, expected - span)
    hi = min(len(samples), expected + span + len(t))
    x = np.asarray(samples[lo:hi], dtype=np.float64)
    if len(x) < len(t) + 1:
        return None, 0.0
    n = 1 << int(np.ceil(np.log2(len(x) + len(t))))
    corr = np.fft.irfft(np.fft.rfft(x, n) * np.conj(np.fft.rfft(t, n)), n)[: len(x) - len(t) + 1]
    energy = np.concatenate(([0.0], np.cumsum(x * x)))
    window = energy[len(t) :] - energy[: len(x) - len(t) + 1]
    score = corr / (np.sqrt(np.maximum(window, 1e-20)) * np.sqrt(float(np.sum(t * t))))
    k = int(np.argmax(score))
    best = float(score[k])
    return (lo + k if best >= min_score else None), best


def tone(
    freq: float,
    seconds: float,
    peak_db: float,
    rate: int = RATE,
    attack_s: float = 0.005,
    decay_s: float = 0.2,
) -> np.ndarray:
    """A decaying sine with a short linear attack (for self-tests of the recording path)."""
    t = np.arange(round(seconds * rate)) / rate
    envelope = np.minimum(t / attack_s, 1.0) * np.exp(-t / decay_s)
    return db_to_amp(peak_db) * envelope * np.sin(2 * np.pi * freq * t)


def place(
    length_s: float, pieces: Sequence[tuple[float, np.ndarray]], rate: int = RATE
) -> np.ndarray:
    out = np.zeros(round(length_s * rate))
    for at, piece in pieces:
        start = round(at * rate)
        end = min(len(out), start + len(piece))
        out[start:end] += piece[: end - start]
    return out


def save_envelope_png(
    path: Path,
    samples: np.ndarray,
    rate: int,
    onsets: Sequence[float],
    width: int = 1200,
    height: int = 240,
) -> Path:
    """A picture of the recording: dBFS envelope (-80..0) over time, onsets marked in red."""
    env = rms_envelope(samples, rate)
    img = np.full((height, width, 3), 255, dtype=np.uint8)
    if env.size:
        # Linear time axis: frame i goes to column i * width // len(env).
        peak = np.zeros(width)
        np.maximum.at(peak, np.arange(env.size) * width // env.size, env)
        db = 20 * np.log10(np.maximum(peak, 1e-4))
        rows = np.clip(((-db) / 80.0 * (height - 1)).astype(int), 0, height - 1)
        for x, y in enumerate(rows):
            img[y:, x] = (90, 130, 100)
        thr = int(-ONSET_DB / 80.0 * (height - 1))
        img[thr, ::4] = (0, 0, 0)
        total = len(samples) / rate
        for onset in onsets:
            x = min(width - 1, int(onset / total * width))
            img[:, x] = (200, 40, 40)
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = b"".join(b"\x00" + img[y].tobytes() for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(png)
    return path


# --------------------------------------------------------------------------- the app


class KindEnv(dict[str, str]):
    """The environment of one test's app process, plus where that app keeps its files."""

    root: Path
    home: Path
    config_home: Path
    data_home: Path
    state_home: Path
    runtime_dir: Path
    launched: list[KindProcess]

    @property
    def config_dir(self) -> Path:
        return Path(self["XDG_CONFIG_HOME"]) / "kindapp"

    @property
    def data_dir(self) -> Path:
        return Path(self["XDG_DATA_HOME"]) / "kindapp"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def journal_path(self) -> Path:
        return self.data_dir / "journal.sqlite3"

    @property
    def log_path(self) -> Path:
        # platformdirs.user_log_dir("kindapp") on Linux: $XDG_STATE_HOME/kindapp/log
        return Path(self["XDG_STATE_HOME"]) / "kindapp" / "log" / "kindapp.log"

    def diagnostics(self) -> str:
        parts = [f"--- app log {self.log_path} (tail) ---", tail(self.log_path)]
        for proc in self.launched:
            parts += [f"--- {proc.describe()} stderr (tail) ---", tail(proc.stderr_path, 30)]
        return "\n".join(parts)


def make_kind_env(
    root: Path, display: str | None, pulse_server: str | None, pulse_client_conf: Path | None
) -> KindEnv:
    env = KindEnv(base_env())
    env.root = root
    env.home = private_dir(root / "home")
    env.config_home = private_dir(root / "config")
    env.data_home = private_dir(root / "data")
    env.state_home = private_dir(root / "state")
    # XDG_RUNTIME_DIR holds Kind's single-instance socket, whose whole path must stay under
    # 100 bytes (a unix socket's sun_path is 108) or Kind falls back to a name in its temp dir:
    # a short directory of its own in /tmp, not one under the test's deep tmp_path (a parallel
    # run's tmp_path is longer still), with `root/runtime` pointing at it.
    env.runtime_dir = private_dir(Path(tempfile.mkdtemp(prefix="kind-rt-")))
    (root / "runtime").symlink_to(env.runtime_dir)
    env.launched = []
    env.update(
        {
            "HOME": str(env.home),
            "XDG_CONFIG_HOME": str(env.config_home),
            "XDG_DATA_HOME": str(env.data_home),
            "XDG_STATE_HOME": str(env.state_home),
            "XDG_CACHE_HOME": str(private_dir(root / "cache")),
            "XDG_RUNTIME_DIR": str(env.runtime_dir),
            "TMPDIR": str(private_dir(root / "tmp")),
            "QT_QPA_PLATFORM": "xcb",
            "NO_AT_BRIDGE": "1",
            "PYTHONUNBUFFERED": "1",
            "PYTHONFAULTHANDLER": "1",
        }
    )
    if display is not None:
        env["DISPLAY"] = display
    if pulse_server is not None:
        env["PULSE_SERVER"] = pulse_server
    if pulse_client_conf is not None:
        env["PULSE_CLIENTCONFIG"] = str(pulse_client_conf)
    return env


def kindapp_script() -> Path:
    """The installed `kindapp` entry point of the venv running these tests."""
    return Path(sys.executable).parent / "kindapp"


@dataclass
class KindProcess:
    args: tuple[str, ...]
    proc: subprocess.Popen[bytes]
    stdout_path: Path
    stderr_path: Path
    started: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def describe(self) -> str:
        return f"kindapp {' '.join(self.args)} (pid {self.proc.pid}, rc {self.proc.poll()})"

    def stdout(self) -> str:
        return self.stdout_path.read_text(errors="replace")

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def running(self) -> bool:
        return self.proc.poll() is None

    def stop(self) -> None:
        stop_process(self.proc)


def launch(env: KindEnv, *args: str, name: str | None = None) -> KindProcess:
    script = kindapp_script()
    if not script.exists():
        raise DesktopError(f"no installed kindapp script at {script}: pip install the package")
    n = len(env.launched)
    stem = name or f"kindapp-{n}"
    out_path, err_path = env.root / f"{stem}.stdout", env.root / f"{stem}.stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = popen([str(script), *args], env=dict(env), stdout=out, stderr=err, cwd=env.root)
    kind = KindProcess(tuple(args), proc, out_path, err_path)
    env.launched.append(kind)
    return kind


def run_kind(
    env: Mapping[str, str], *args: str, timeout: float = 30.0, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run kindapp to completion (for --export, --version, bad arguments)."""
    return subprocess.run(
        [str(kindapp_script()), *args],
        env=dict(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )


def log_lines(env: KindEnv, pattern: str) -> list[re.Match[str]]:
    try:
        text = env.log_path.read_text(errors="replace")
    except FileNotFoundError:
        return []
    regex = re.compile(pattern)
    return [m for line in text.splitlines() if (m := regex.search(line))]


def wait_for_log(
    env: KindEnv, pattern: str, timeout: float = 20.0, *, count: int = 1
) -> re.Match[str]:
    """Wait until the app's log has `count` lines matching `pattern`; returns the last match.

    Fails early if every launched app has exited, and always shows the log and stderr tails.
    """

    def found() -> re.Match[str] | None:
        matches = log_lines(env, pattern)
        if len(matches) >= count:
            return matches[count - 1]
        if env.launched and not any(p.running() for p in env.launched):
            # One last look: the line may have been written just before the exit.
            matches = log_lines(env, pattern)
            if len(matches) >= count:
                return matches[count - 1]
            raise AssertionError(f"kindapp exited before logging /{pattern}/\n{env.diagnostics()}")
        return None

    return wait_until(
        found,
        timeout,
        f"log line /{pattern}/ (x{count}) in {env.log_path}",
        interval=0.05,
        details=env.diagnostics,
    )


# --------------------------------------------------------------------------- checks shared by tests


def export(env: Mapping[str, str], path: Path, timeout: float = 30.0) -> dict[str, Any]:
    """Run `kindapp --export path`, assert it succeeded, and return the parsed JSON."""
    import json

    result = run_kind(env, "--export", str(path), timeout=timeout)
    assert result.returncode == 0, (
        f"kindapp --export exited {result.returncode}\nstdout: {result.stdout}\n"
        f"stderr: {result.stderr}"
    )
    data: dict[str, Any] = json.loads(path.read_text())
    assert data.get("format") == "kindapp-journal", data
    assert data.get("version") in (1, 2, 3, 4, 5, 6), data  # 2 letters, reframes; 4 voices;
    # 5 My words; 6 the self-compassion journal
    assert isinstance(data.get("practices"), list), data
    return data


def private_files(directory: Path) -> dict[str, str]:
    """Permission problems of a private directory: {path: problem}, empty when all is private."""
    problems: dict[str, str] = {}
    mode = directory.stat().st_mode & 0o777
    if mode != 0o700:
        problems[str(directory)] = oct(mode)
    for path in directory.rglob("*"):
        mode = path.stat().st_mode & 0o777
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            problems[str(path)] = oct(mode)
    return problems


def grab_window(env: Mapping[str, str], window: str, out: Path) -> Path:
    """A PNG of one window of the test display, taken with Qt's grab (probes/grab_window.py)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, str(PROBES / "grab_window.py"), window, str(out)],
        env={**env, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0 and out.stat().st_size > 0, result.stderr
    return out


def focus_and_press(env: Mapping[str, str], window: str, *keys: str) -> None:
    """Give `window` the keyboard focus (no window manager here) and type keys via XTEST."""
    subprocess.run(
        ["xdotool", "windowfocus", "--sync", window],
        env=dict(env),
        check=True,
        capture_output=True,
        timeout=10,
    )
    subprocess.run(
        ["xdotool", "key", "--clearmodifiers", *keys],
        env=dict(env),
        check=True,
        capture_output=True,
        timeout=10,
    )


def wait_for_window(env: KindEnv, timeout: float = 20.0, name_regex: str = "^Kind$") -> str:
    """Wait until a visible top-level window titled Kind exists; returns its id."""
    ids = wait_until(
        lambda: visible_windows(env, name_regex),
        timeout,
        f"a visible window named /{name_regex}/",
        interval=0.05,
        details=env.diagnostics,
    )
    return ids[0]
