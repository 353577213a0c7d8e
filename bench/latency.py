"""Cue onset latency: from the scheduled moment to the first sample at the sink monitor.

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

The recorder (PipeRecorder, RecordingClock) lives in tests/system/desktop.py, for the tests too.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "system"))

from desktop import PipeRecorder, RecordingClock  # the system-test harness

__all__ = ["PipeRecorder", "RecordingClock"]
