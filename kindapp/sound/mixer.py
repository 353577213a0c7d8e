"""The mixing callback: the voices of pre-rendered cues summed into preallocated memory.

Pure numpy, no I/O: sounddevice calls a Mixer on PortAudio's thread for every block, and
the unit tests call it directly with their own blocks (and their own clock).

Cues arrive two ways: *planned* (`set_plan`: (monotonic time, name) pairs, placed at their
sample on the output clock, see kindapp.sound.schedule) and *now* (`requests`: previews and
the old triggered engine).
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

from kindapp.sound.schedule import (
    DacClock,
    PlanInput,
    PlannedCue,
    as_plan,
    dac_delay,
    expired,
    offset_in_block,
)

Buffer = npt.NDArray[np.float32]

MAX_VOICES = 16
"""Cues sounding at once; a further cue replaces the one that has played longest."""
RAMP_S = 0.03
"""Volume and mute changes glide over this long (full scale), so they never click."""
UNDERFLOW_STORM = 12
"""This many underflows within `UNDERFLOW_WINDOW_S` of audio means the device is failing."""
UNDERFLOW_WINDOW_S = 2.0
MAX_FRAMES = 16384
"""The largest block mixed; a bigger one (never asked for in practice) is played as silence."""


class Mixer:
    """The stream callback: mixes the voices of pre-rendered cues into preallocated memory.

    Runs on PortAudio's thread. It never allocates sample memory, never does I/O, never logs
    and never waits on a lock; it talks to other threads through a deque (atomic appends and
    pops), plain attributes, and one Event set once per (re)start.
    """

    def __init__(
        self,
        rate: int,
        channels: int,
        gain: float,
        abort_exc: type[Exception],
        on_storm: Callable[[], None],
        *,
        latency: float = 0.0,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.channels = channels
        self.bank: Mapping[str, Buffer] = {}
        self.requests: deque[str] = deque()
        self._mix = np.zeros(MAX_FRAMES, dtype=np.float32)
        self._gains = np.zeros(MAX_FRAMES, dtype=np.float32)
        self._steps = np.arange(1, MAX_FRAMES + 1, dtype=np.float32)
        self._voice_buf: list[Buffer | None] = [None] * MAX_VOICES
        self._voice_pos: list[int] = [0] * MAX_VOICES
        self._voice_delay: list[int] = [0] * MAX_VOICES
        self._now = now
        self.latency = latency
        """The stream's reported output latency: used when a callback's times are unusable."""
        self.dac = DacClock(rate)
        self._plan: tuple[PlannedCue, ...] = ()
        self._plan_seen: tuple[PlannedCue, ...] | None = None
        self._plan_next = 0
        self.delay = latency
        """The last block's delay from its callback to the DAC (s)."""
        self.block_start = math.nan
        """Monotonic time at which the last mixed block's first sample is heard."""
        self.horizon = -math.inf
        """Monotonic time just after the last mixed block: planned cues before it are done."""
        self.placed: deque[tuple[str, float, float]] = deque(maxlen=4096)
        """(name, scheduled time, time its first sample is heard) of each planned cue begun."""
        self.missed: deque[tuple[str, float]] = deque(maxlen=4096)
        """(name, scheduled time) of planned cues whose moment passed without them."""
        self.gain = gain
        self.target_gain = gain
        self._max_step = 1.0 / (RAMP_S * rate)
        self.active_voices = 0
        self.frames_done = 0
        self.idle_frames = 0
        self.calls = 0
        self.underflows = 0
        self._storm_count = 0
        self._storm_mark = 0
        self.storm = False
        self.closing = False
        self._abort_exc = abort_exc
        self._on_storm = on_storm
        self.consuming = threading.Event()
        self._consuming_at = 0

    def arm(self, frames: int) -> None:
        """Set `consuming` once `frames` more frames have been consumed."""
        self.consuming.clear()
        self._consuming_at = self.frames_done + frames

    def set_plan(self, plan: PlanInput) -> None:
        """Replace the planned cues (from any thread: one atomic swap the callback sees whole).
        Cues of the new plan that fall before the current block are played at once, unless
        their `until` has passed (see kindapp.sound.schedule)."""
        self._plan = as_plan(plan)

    def pending(self) -> int:
        """Planned cues not yet begun (and not yet given up on)."""
        plan = self._plan
        start = self._plan_next if plan is self._plan_seen else 0
        return sum(1 for _, _, until in plan[start:] if not expired(until, self.horizon))

    def remaining_s(self) -> float:
        longest = 0
        for buf, pos in zip(self._voice_buf, self._voice_pos, strict=True):
            if buf is not None:
                longest = max(longest, len(buf) - pos)
        return longest / self.rate

    def __call__(self, outdata: Any, frames: int, time_info: Any, status: Any) -> None:
        self.calls += 1
        if status and (status.output_underflow or status.output_overflow):
            self.underflows += 1
            self.dac.reset()  # the device's timeline skipped: estimate it afresh
            if self.frames_done - self._storm_mark > UNDERFLOW_WINDOW_S * self.rate:
                self._storm_mark = self.frames_done
                self._storm_count = 0
            self._storm_count += 1
            if self._storm_count >= UNDERFLOW_STORM and not self.storm:
                self.storm = True
                outdata.fill(0)
                self._on_storm()
                raise self._abort_exc
        if frames > MAX_FRAMES:
            outdata.fill(0)
            self.frames_done += frames
            return
        mix = self._mix[:frames]
        mix.fill(0.0)
        self._place_planned(frames, time_info)
        while self.requests:
            buf = self.bank.get(self.requests.popleft())
            if buf is not None:
                self._start_voice(buf, 0)
        active = 0
        for i in range(MAX_VOICES):
            buf = self._voice_buf[i]
            if buf is None:
                continue
            pos = self._voice_pos[i]
            delay = self._voice_delay[i]
            self._voice_delay[i] = 0
            n = min(frames - delay, len(buf) - pos)
            part = mix[delay : delay + n]
            np.add(part, buf[pos : pos + n], out=part)
            if pos + n >= len(buf):
                self._voice_buf[i] = None
            else:
                self._voice_pos[i] = pos + n
                active += 1
        self.active_voices = active
        g0 = self.gain
        target = self.target_gain
        if g0 != target:
            limit = self._max_step * frames
            g1 = target if abs(target - g0) <= limit else g0 + math.copysign(limit, target - g0)
            gains = self._gains[:frames]
            np.multiply(self._steps[:frames], (g1 - g0) / frames, out=gains)
            np.add(gains, g0, out=gains)
            np.multiply(mix, gains, out=mix)
            self.gain = g1
        elif g0 != 1.0:
            np.multiply(mix, g0, out=mix)
        np.clip(mix, -1.0, 1.0, out=mix)
        outdata[:] = mix[:, None]
        self.frames_done += frames
        self.idle_frames = self.idle_frames + frames if active == 0 else 0
        if self._consuming_at and self.frames_done >= self._consuming_at:
            self._consuming_at = 0
            self.consuming.set()

    def _place_planned(self, frames: int, time_info: Any) -> None:
        """Start the planned cues that fall in this block, at their sample."""
        try:
            delay = dac_delay(
                float(time_info.currentTime), float(time_info.outputBufferDacTime), self.latency
            )
        except (AttributeError, TypeError, ValueError):
            delay = self.latency
        self.delay = delay
        start = self.dac.update(self._now(), delay, self.frames_done)
        self.block_start = start
        self.horizon = start + frames / self.rate
        plan = self._plan
        if plan is not self._plan_seen:
            self._plan_seen = plan
            self._plan_next = 0
        i = self._plan_next
        while i < len(plan):
            at, name, until = plan[i]
            if expired(until, start):
                self.missed.append((name, at))
                i += 1
                continue
            offset = offset_in_block(at, start, frames, self.rate)
            if offset is None:
                break
            buf = self.bank.get(name)
            if buf is not None:
                self._start_voice(buf, offset)
                self.placed.append((name, at, start + offset / self.rate))
            else:
                self.missed.append((name, at))
            i += 1
        self._plan_next = i

    def _start_voice(self, buf: Buffer, delay: int) -> None:
        slot = -1
        most_played = -1
        for i in range(MAX_VOICES):
            if self._voice_buf[i] is None:
                slot = i
                break
            if self._voice_pos[i] > most_played:
                most_played = self._voice_pos[i]
                slot = i
        self._voice_buf[slot] = buf
        self._voice_pos[slot] = 0
        self._voice_delay[slot] = delay
