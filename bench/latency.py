"""Cue onset latency: from the scheduled step boundary to the first sample at the sink monitor.

How the recording is put on the app's clock: `parec` records the null sink's monitor as raw PCM
into a pipe, and a reader thread stamps every chunk with time.monotonic() the moment it arrives
(PulseAudio and the app both use CLOCK_MONOTONIC, and so does this process). While a practice's
low-latency stream is connected, the null sink renders in blocks of about 2 ms and the monitor
hands each block to parec at once, so a sample's *arrival* is its render time at the sink plus
one local IPC hop (server -> parec -> pipe -> this thread; well under a millisecond on an idle
machine). The onset time we report is the arrival of the chunk that holds the onset's first
sample: a hard upper bound on when that sample reached the monitor, high by at most that hop.

Why not a sample-count clock (t = t0 + n / rate)? Measured here: while Kind's stream plays, the
null sink consumes ~0.05 % more samples than real time (its timestamp advances by whole
microseconds per ~2 ms block), so such a clock drifts ~0.5 ms per second (~30 ms over a break);
and a reference click played with paplay before the app starts would carry paplay's own, unknown
stream latency into every number. As a cross-check we still compute, per onset, the local lower
envelope min(arrival_i - samples_i / rate) over chunks within +-1 s (where the drift is < 1 ms);
the difference between the two is the delivery jitter, reported with the results.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "system"))

import desktop  # the system-test harness (tests/system/desktop.py)


class PipeRecorder:
    """parec of the sink monitor into memory, every chunk stamped on arrival."""

    def __init__(self, pulse: desktop.PulseServer, log: Path, latency_ms: int = 20) -> None:
        self.pulse = pulse
        self.log = log
        self.latency_ms = latency_ms
        self.rate = desktop.RATE
        self.proc: subprocess.Popen[bytes] | None = None
        self._chunks: list[bytes] = []
        self._arrivals: list[tuple[float, int]] = []  # (monotonic, total bytes so far)
        self._bytes = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> None:
        with self.log.open("wb") as log:
            self.proc = desktop.popen(
                [
                    "parec",
                    "-d",
                    f"{desktop.SINK}.monitor",
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
        desktop.wait_until(
            lambda: self._alive() and self.samples_so_far() >= 0.1 * self.rate,
            timeout,
            "parec to deliver samples",
            details=lambda: desktop.tail(self.log),
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
            raise desktop.DesktopError(
                f"parec exited with {self.proc.returncode}:\n{desktop.tail(self.log)}"
            )
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
            desktop.stop_process(self.proc)
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
