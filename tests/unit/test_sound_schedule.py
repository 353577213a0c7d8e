"""Scheduled cues land on their sample: the output clock against CLOCK_MONOTONIC, in the mixer."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from kindapp.sound.mixer import Mixer
from kindapp.sound.schedule import (
    LATE_S,
    DacClock,
    as_plan,
    dac_delay,
    offset_in_block,
    still_due,
    too_late,
)

RATE = 48000


class _Abort(Exception):
    pass


def test_a_cue_inside_a_block_begins_on_its_own_sample() -> None:
    assert offset_in_block(10.0 + 100 / RATE, 10.0, 256, RATE) == 100
    assert offset_in_block(10.0 + 256 / RATE, 10.0, 256, RATE) is None  # the next block's
    assert offset_in_block(10.0 - 0.05, 10.0, 256, RATE) == 0  # a little late: at once
    assert too_late(10.0 - LATE_S - 0.01, 10.0) and not too_late(10.0 - 0.05, 10.0)


def test_the_dac_delay_is_the_callbacks_own_unless_it_makes_no_sense() -> None:
    assert dac_delay(5.0, 5.04, 0.025) == pytest.approx(0.04)
    assert dac_delay(0.0, 0.0, 0.025) == 0.025  # a host API that reports no times
    assert dac_delay(5.0, 4.0, 0.025) == 0.025  # DAC time before the call: nonsense


def test_a_late_callback_does_not_pull_cues_early() -> None:
    clock = DacClock(RATE, window=4)
    # Blocks of 480 frames (10 ms), heard 40 ms after their callback; the third callback ran
    # 7 ms late (it waited for the CPU), so its clock reading is late but the block is not.
    assert clock.update(1.000, 0.040, 0) == pytest.approx(1.040)
    assert clock.update(1.010, 0.040, 480) == pytest.approx(1.050)
    assert clock.update(1.027, 0.033 + 0.007, 960) == pytest.approx(1.060)


def _mixer(now: list[float], latency: float = 0.04) -> Mixer:
    return Mixer(RATE, 1, 1.0, _Abort, lambda: None, latency=latency, now=lambda: now[0])


def _play(mixer: Mixer, now: list[float], seconds: float, frames: int = 480) -> np.ndarray:
    """Run the callback in real-time steps; the host reports the DAC 40 ms after each call."""
    out = np.zeros((frames, 1), dtype=np.float32)
    chunks = []
    for _ in range(round(seconds * RATE / frames)):
        t = now[0]
        mixer(out, frames, SimpleNamespace(currentTime=t, outputBufferDacTime=t + 0.04), None)
        chunks.append(out[:, 0].copy())
        now[0] += frames / RATE
    return np.concatenate(chunks)


def test_planned_cues_are_heard_at_their_time_to_the_sample() -> None:
    now = [100.0]
    mixer = _mixer(now)
    click = np.zeros(64, dtype=np.float32)
    click[0] = 0.5
    mixer.bank = {"a": click, "b": click * 0.5}
    # Heard at 100.04 + k/RATE for sample k of the recording below.
    mixer.set_plan([(100.2003, "a"), (100.5, "b"), (100.5 + 7 / RATE, "a")])
    got = _play(mixer, now, 1.0)
    heard = 100.04 + np.flatnonzero(got) / RATE
    assert heard == pytest.approx([100.2003, 100.5, 100.5 + 7 / RATE], abs=0.5 / RATE)
    assert [p[0] for p in mixer.placed] == ["a", "b", "a"]
    assert mixer.pending() == 0 and not mixer.missed


def test_a_new_plan_replaces_the_old_and_a_passed_moment_is_not_played_late() -> None:
    now = [0.0]
    mixer = _mixer(now)
    mixer.bank = {"a": np.full(16, 0.1, dtype=np.float32)}
    mixer.set_plan([(0.5, "a"), (2.0, "a")])
    _play(mixer, now, 0.2)
    mixer.set_plan([(1.0, "a")])  # paused and resumed: what was at 0.5 and 2.0 is gone
    _play(mixer, now, 3.0)
    assert [round(at, 3) for _, at, _ in mixer.placed] == [1.0]
    # A sound that was away for a while: the plan's past is dropped, its future kept.
    mixer.set_plan([(now[0] - 1.0, "a"), (now[0] + 0.5, "a")])
    assert mixer.pending() == 1
    _play(mixer, now, 1.0)
    assert len(mixer.placed) == 2 and len(mixer.missed) == 1


def test_a_late_cue_is_played_late_at_once_until_the_next_steps_time_then_let_go() -> None:
    now = [50.0]
    mixer = _mixer(now, latency=0.3)  # a sound server with a long buffer
    mixer.bank = {"a": np.full(16, 0.1, dtype=np.float32), "b": np.full(16, 0.2, dtype=np.float32)}
    # A bell for a step begun by a key just now (its time is already behind the block being
    # mixed, which is heard 40 ms later), and one whose step is already over.
    mixer.set_plan([(49.0, "b", 49.5), (50.0, "a", 60.0)])
    got = _play(mixer, now, 0.1)
    assert [p[0] for p in mixer.placed] == ["a"] and [m[0] for m in mixer.missed] == ["b"]
    # "a" sounds at the very first sample of the first block: as soon as it can be heard.
    assert np.flatnonzero(got)[0] == 0
    assert mixer.placed[0][2] == pytest.approx(50.04)


def test_a_first_cue_planned_before_the_stream_ran_is_played_late_not_dropped() -> None:
    now = [10.0]
    mixer = _mixer(now)
    mixer.bank = {"a": np.full(16, 0.1, dtype=np.float32)}
    # The practice began while the sound process was still starting: the opening bell's time
    # (9.0) passed 1 s ago; the next step begins at 20.0.
    mixer.set_plan([(9.0, "a", 20.0), (20.0, "a", 30.0)])
    assert mixer.pending() == 2
    _play(mixer, now, 0.05)
    assert [round(at, 3) for _, at, _ in mixer.placed] == [9.0] and not mixer.missed


def test_a_stream_back_after_a_fault_plays_only_what_is_still_due() -> None:
    plan = as_plan([(9.0, "a", 20.0), (9.95, "b", 20.0), (12.0, "c", 20.0), (5.0, "d", 9.0)])
    assert [c[1] for c in still_due(plan, 10.0)] == ["b", "c"]
    # Bare pairs keep the old rule: played up to LATE_S late.
    assert as_plan([(3.0, "x")]) == ((3.0, "x", 3.0 + LATE_S),)


def test_the_output_clock_forgets_an_early_estimate_after_exactly_its_window() -> None:
    clock = DacClock(RATE, window=4)
    assert math.isnan(clock.origin)
    clock.update(1.000, 0.0, 0)  # the earliest reading: origin 1.000
    for k in range(1, 4):  # three more, each 2 ms late: still the first one
        assert clock.update(1.002 + k * 0.01, 0.0, k * 480) == pytest.approx(1.000 + k * 0.01)
    # The fifth reading pushes the first out of the window of four.
    assert clock.update(1.042, 0.0, 4 * 480) == pytest.approx(1.042)
    assert clock.origin == pytest.approx(1.002)
