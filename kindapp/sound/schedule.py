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

LATE_S = 0.15
"""A cue found up to this late is played at once (a step begun by Next, say); later than that
it is dropped (its moment passed while the sound was away)."""
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
    cue due at `at` begins: 0..frames-1; 0 for a cue up to LATE_S late; None when the cue is
    for a later block. `too_late` says whether a cue is past saving."""
    offset = round((at - block_start) * rate)
    if offset >= frames:
        return None
    return max(offset, 0)


def too_late(at: float, block_start: float) -> bool:
    return at < block_start - LATE_S
