"""Where a scheduled cue falls in an output buffer: the stream's clock against CLOCK_MONOTONIC.

Pure Python (no numpy, no I/O): the mixing callback calls these for every block, and the unit
tests call them with their own numbers.

PortAudio gives each callback `currentTime` (when it was called) and `outputBufferDacTime`
(when the block's first sample will reach the DAC), on the stream's own time base. Their
difference is the output latency *now*, whatever the host API buffers (a sound server's own
buffer included). Read at the start of the callback, time.monotonic() + that difference is
when the block will be heard, on the clock the practice is planned on. A callback that starts
late (its thread waited for the CPU, or, in-process, for the GIL) reads the clock late and would
place cues early by as much; so `DacClock` keeps the earliest of the recent estimates of the
stream's origin (the monotonic time of sample 0), where such delays only ever add.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

PlannedCue = tuple[float, str, float]
"""(monotonic time, cue name, until): heard at `time`; found late, played at once until
`until`, let go after it."""
PlanInput = Sequence[tuple[float, str] | tuple[float, str, float]]
"""What players accept: (time, name, until) triples, or bare (time, name) pairs."""

LATE_S = 0.15
"""A cue handed over without an `until` (a bare (time, name) pair) is played at once up to
this late and dropped later than that. A practice's plan says, for each cue, until when it is
still wanted (core/cue_plan: the next step's time): found late before then, it is played late;
a sound stream coming back after a fault keeps only what is at most this late."""
WINDOW = 16
"""Callbacks over which the earliest origin estimate is kept (about a quarter second)."""
MAX_DELAY_S = 2.0
"""A reported DAC delay outside [0, this] is not believed; the stream's latency is used."""


def dac_delay(current: float, dac: float, fallback: float) -> float:
    """Seconds from the callback to the block's first sample at the DAC (`fallback` if the
    host API reports nothing useful: zeros, or a time base that is not one)."""
    delay = dac - current
    if current <= 0.0 or dac <= 0.0 or not 0.0 <= delay <= MAX_DELAY_S:
        return fallback
    return delay


class DacClock:
    """The monotonic time at which each sample of a stream will be heard."""

    def __init__(self, rate: int, window: int = WINDOW) -> None:
        self.rate = rate
        self._ring = [math.inf] * window
        self._i = 0
        self.origin = math.nan
        """Monotonic time of sample 0 (NaN before the first block)."""

    def update(self, now: float, delay: float, frames_done: int) -> float:
        """A callback at monotonic `now`, `delay` s before its block (starting at sample
        `frames_done`) is heard. Returns the monotonic time of that block's first sample."""
        self._ring[self._i] = now + delay - frames_done / self.rate
        self._i = (self._i + 1) % len(self._ring)
        self.origin = min(self._ring)
        return self.origin + frames_done / self.rate

    def reset(self) -> None:
        """Forget the estimates (the device skipped: an underflow)."""
        for i in range(len(self._ring)):
            self._ring[i] = math.inf
        self._i = 0


def offset_in_block(at: float, block_start: float, frames: int, rate: int) -> int | None:
    """The sample of a block (first sample heard at `block_start`, `frames` long) at which a
    cue due at `at` begins: 0..frames-1; 0 for a cue that is late (it sounds at once); None
    when the cue is for a later block. `expired` says whether a late cue is past saving."""
    offset = round((at - block_start) * rate)
    if offset >= frames:
        return None
    return max(offset, 0)


def expired(until: float, block_start: float) -> bool:
    """A cue wanted until `until` is no longer wanted in a block heard from `block_start`."""
    return block_start >= until


def too_late(at: float, block_start: float) -> bool:
    """A bare (time, name) cue (no `until`): past saving more than LATE_S after its time."""
    return at < block_start - LATE_S


def as_plan(cues: PlanInput) -> tuple[PlannedCue, ...]:
    """Planned cues in time order, each with its `until` (a bare pair: LATE_S after it)."""
    out: list[PlannedCue] = []
    for cue in cues:
        at, name = float(cue[0]), str(cue[1])
        until = float(cue[2]) if len(cue) > 2 else at + LATE_S
        out.append((at, name, until))
    out.sort(key=lambda c: (c[0], c[1]))
    return tuple(out)


def still_due(plan: Sequence[PlannedCue], now: float) -> tuple[PlannedCue, ...]:
    """What a sound stream (or process) coming back after a fault should still play: the cues
    at most LATE_S past (the rest may have been heard before the fault, or are gone)."""
    return tuple(c for c in plan if c[0] >= now - LATE_S and c[2] > now)
