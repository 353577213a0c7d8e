"""The mixing callback at its edges: underflow storms (when the device is failing and when it
only hiccups), blocks too big to mix, the tail of the sound still to come, the handshake that
says the stream consumes, the steady volume, clipping, and planned cues that cannot sound.

Each drives the Mixer directly with its own blocks and its own clock, as sounddevice would.
"""

from __future__ import annotations

import contextlib
import math
from types import SimpleNamespace

import numpy as np
import pytest

from kindapp.sound.mixer import (
    MAX_FRAMES,
    MAX_VOICES,
    RAMP_S,
    UNDERFLOW_STORM,
    UNDERFLOW_WINDOW_S,
    Mixer,
)
from kindapp.sound.schedule import LATE_S, as_plan, still_due

RATE = 1000


class _Abort(Exception):
    pass


class _Status:
    """sounddevice's CallbackFlags: true when anything is flagged."""

    def __init__(self, underflow: bool = False, overflow: bool = False) -> None:
        self.output_underflow = underflow
        self.output_overflow = overflow

    def __bool__(self) -> bool:
        return self.output_underflow or self.output_overflow


def _mixer(gain: float = 1.0, **kw: object) -> tuple[Mixer, list[int]]:
    storms: list[int] = []
    return Mixer(RATE, 1, gain, _Abort, lambda: storms.append(1), **kw), storms  # type: ignore[arg-type]


def _block(
    mixer: Mixer, frames: int = 100, status: object = None, info: object = None
) -> np.ndarray:
    out = np.full((frames, 1), 9.0, dtype=np.float32)
    mixer(out, frames, info, status)
    return out[:, 0].copy()


def test_a_storm_of_underflows_within_the_window_aborts_once_in_silence() -> None:
    mixer, storms = _mixer()
    mixer.bank = {"a": np.full(RATE * 10, 0.5, np.float32)}
    mixer.requests.append("a")
    for _ in range(UNDERFLOW_STORM - 1):  # one short of a storm: the sound goes on
        assert _block(mixer, status=_Status(underflow=True))[0] == pytest.approx(0.5)
    assert storms == [] and not mixer.storm
    out = np.full((100, 1), 9.0, dtype=np.float32)
    with pytest.raises(_Abort):
        mixer(out, 100, None, _Status(underflow=True))
    assert storms == [1] and mixer.storm and not out.any()  # silence is what was left
    assert mixer.underflows == UNDERFLOW_STORM
    # Already aborted: further underflows are counted and do not abort or tell again.
    _block(mixer, status=_Status(overflow=True))
    assert storms == [1] and mixer.underflows == UNDERFLOW_STORM + 1


def test_overflows_count_like_underflows_and_a_clean_status_does_not() -> None:
    mixer, storms = _mixer()
    _block(mixer, status=_Status())
    assert mixer.underflows == 0
    with pytest.raises(_Abort):
        for _ in range(UNDERFLOW_STORM):
            _block(mixer, status=_Status(overflow=True))
    assert storms == [1]


def test_underflows_spread_wider_than_the_window_are_hiccups_not_a_storm() -> None:
    mixer, storms = _mixer()
    gap = round(UNDERFLOW_WINDOW_S * RATE) // 100 + 1  # clean blocks of 100 frames between
    for _ in range(3 * UNDERFLOW_STORM):
        _block(mixer, status=_Status(underflow=True))
        for _ in range(gap):
            _block(mixer)
    assert storms == [] and not mixer.storm and mixer.underflows == 3 * UNDERFLOW_STORM


def test_underflows_within_exactly_the_window_make_a_storm_and_one_frame_more_does_not() -> None:
    def run(clean_frames: int) -> list[int]:
        mixer, storms = _mixer()
        for _ in range(UNDERFLOW_STORM - 1):
            _block(mixer, status=_Status(underflow=True))  # the first at frame 0
        _block(mixer, frames=clean_frames)
        with contextlib.suppress(_Abort):
            _block(mixer, status=_Status(underflow=True))
        return storms

    inside = round(UNDERFLOW_WINDOW_S * RATE) - 100 * (UNDERFLOW_STORM - 1)
    assert run(inside) == [1]  # the last one exactly the window after the first
    assert run(inside + 1) == []  # one frame later: a new window begins


def test_an_underflow_forgets_the_output_clock() -> None:
    now = [50.0]
    mixer, _ = _mixer(now=lambda: now[0])
    info = SimpleNamespace(currentTime=10.0, outputBufferDacTime=10.05)
    _block(mixer, info=info)
    assert mixer.block_start == pytest.approx(50.05)
    now[0] = 60.0  # a reading later than the one before: kept only because that one went
    _block(mixer, info=info, status=_Status(underflow=True))
    assert mixer.block_start == pytest.approx(60.05)


def test_a_block_too_big_to_mix_is_silence_and_still_counted() -> None:
    mixer, _ = _mixer()
    mixer.bank = {"a": np.full(RATE, 0.5, np.float32)}
    mixer.requests.append("a")
    out = np.full((MAX_FRAMES + 1, 1), 9.0, dtype=np.float32)
    mixer(out, MAX_FRAMES + 1, None, None)
    assert not out.any() and mixer.frames_done == MAX_FRAMES + 1
    # The largest block that is mixed is mixed.
    out = np.zeros((MAX_FRAMES, 1), dtype=np.float32)
    mixer(out, MAX_FRAMES, None, None)
    assert out[0, 0] == pytest.approx(0.5) and out[RATE, 0] == 0.0


def test_the_sound_still_to_come_is_the_longest_voice_left() -> None:
    mixer, _ = _mixer()
    assert mixer.remaining_s() == 0.0
    mixer.bank = {
        "long": np.full(3 * RATE, 0.1, np.float32),
        "short": np.full(RATE, 0.1, np.float32),
    }
    mixer.requests.extend(["short", "long"])
    _block(mixer, frames=500)
    assert mixer.remaining_s() == pytest.approx(2.5)
    _block(mixer, frames=1000)
    assert mixer.remaining_s() == pytest.approx(1.5)
    _block(mixer, frames=1500)
    assert mixer.remaining_s() == 0.0 and mixer.active_voices == 0


def test_consuming_is_told_once_the_armed_frames_are_played() -> None:
    mixer, _ = _mixer()
    _block(mixer, frames=100)
    assert not mixer.consuming.is_set()  # never armed: nothing to tell
    mixer.arm(250)
    _block(mixer, frames=100)
    _block(mixer, frames=100)
    assert not mixer.consuming.is_set()  # 200 of 250
    _block(mixer, frames=50)
    assert mixer.consuming.is_set()  # exactly 250
    mixer.arm(100)
    assert not mixer.consuming.is_set()  # armed again: cleared until the next 100
    _block(mixer, frames=99)
    assert not mixer.consuming.is_set()
    _block(mixer, frames=1)
    assert mixer.consuming.is_set()


def test_idle_frames_count_the_silence_since_the_last_voice() -> None:
    mixer, _ = _mixer()
    mixer.bank = {"a": np.full(150, 0.1, np.float32)}
    _block(mixer)
    _block(mixer)
    assert mixer.idle_frames == 200
    mixer.requests.append("a")
    _block(mixer)
    assert mixer.idle_frames == 0 and mixer.active_voices == 1
    _block(mixer)  # the last 50 frames: the voice ends in this block
    assert mixer.active_voices == 0 and mixer.idle_frames == 100


def test_a_steady_volume_scales_every_sample_and_the_sum_is_clipped() -> None:
    mixer, _ = _mixer(gain=0.5)
    mixer.bank = {"a": np.full(RATE, 0.8, np.float32)}
    mixer.requests.append("a")
    out = _block(mixer)
    np.testing.assert_allclose(out, 0.4, rtol=1e-6)
    loud, _ = _mixer()
    loud.bank = {"a": np.full(RATE, 0.8, np.float32), "b": np.full(RATE, -0.8, np.float32)}
    loud.requests.extend(["a", "a"])
    np.testing.assert_array_equal(_block(loud), 1.0)  # 1.6 held at full scale
    loud.requests.extend(["b", "b", "b", "b"])
    np.testing.assert_array_equal(_block(loud), -1.0)  # 1.6 - 3.2 held at -1


def test_a_volume_change_reaches_its_target_and_stays() -> None:
    mixer, _ = _mixer(gain=1.0)
    mixer.bank = {"a": np.full(RATE * 10, 0.5, np.float32)}
    mixer.requests.append("a")
    mixer.target_gain = 0.0
    steps = math.ceil(RAMP_S * RATE / 10)  # a full-scale change over RAMP_S, in 10-frame blocks
    outs = [_block(mixer, frames=10) for _ in range(steps + 2)]
    assert outs[0][-1] == pytest.approx(0.5 * (1 - 10 / (RAMP_S * RATE)), rel=1e-5)
    assert mixer.gain == 0.0 and not outs[-1].any()
    mixer.target_gain = 0.02  # a change smaller than one block's step lands at once
    out = _block(mixer, frames=10)
    assert mixer.gain == 0.02 and out[-1] == pytest.approx(0.01)
    np.testing.assert_allclose(_block(mixer, frames=10), 0.01, rtol=1e-5)


def test_unknown_requests_are_ignored_and_planned_cues_without_a_sound_are_missed() -> None:
    now = [20.0]
    mixer, _ = _mixer(now=lambda: now[0])
    mixer.bank = {"a": np.full(50, 0.25, np.float32)}
    mixer.requests.append("nothing")
    assert not _block(mixer).any() and not mixer.requests
    mixer.set_plan([(20.15, "nothing", 30.0), (20.17, "a", 30.0)])
    now[0] = 20.1
    out = _block(mixer)  # 20.1 .. 20.2
    assert list(mixer.missed) == [("nothing", 20.15)]
    assert [(n, at) for n, at, _ in mixer.placed] == [("a", 20.17)]
    assert mixer.placed[0][2] == pytest.approx(20.17)
    assert not out[:70].any() and out[70] == pytest.approx(0.25)


def test_a_planned_cue_past_its_until_is_missed_not_played() -> None:
    now = [20.0]
    mixer, _ = _mixer(now=lambda: now[0])
    mixer.bank = {"a": np.full(50, 0.25, np.float32)}
    mixer.set_plan([(19.0, "a", 20.0), (19.5, "a", 20.001)])
    out = _block(mixer)
    assert list(mixer.missed) == [("a", 19.0)]  # until == the block's start: let go
    assert [(n, at) for n, at, _ in mixer.placed] == [("a", 19.5)]  # still wanted: at once
    assert out[0] == pytest.approx(0.25)
    assert mixer.pending() == 0


def test_the_callbacks_delay_is_kept_and_a_nonsense_one_falls_back_to_the_latency() -> None:
    now = [5.0]
    mixer, _ = _mixer(latency=0.03, now=lambda: now[0])
    _block(mixer, info=SimpleNamespace(currentTime=1.0, outputBufferDacTime=1.02))
    assert mixer.delay == pytest.approx(0.02)
    assert mixer.block_start == pytest.approx(5.02)
    assert mixer.horizon == pytest.approx(5.02 + 100 / RATE)
    mixer2, _ = _mixer(latency=0.03, now=lambda: now[0])
    _block(mixer2, info=SimpleNamespace(currentTime="x", outputBufferDacTime=1.0))
    assert mixer2.delay == 0.03 and mixer2.block_start == pytest.approx(5.03)
    mixer3, _ = _mixer(latency=0.03, now=lambda: now[0])
    _block(mixer3, info=None)  # no times at all
    assert mixer3.delay == 0.03


def test_a_cue_planned_inside_a_block_sounds_from_its_sample_to_its_end() -> None:
    now = [0.0]
    mixer, _ = _mixer(now=lambda: now[0])
    cue = np.arange(1, 121, dtype=np.float32) / 1000
    mixer.bank = {"a": cue}
    mixer.set_plan([(0.06, "a", 1.0)])
    first = _block(mixer)
    second = _block(mixer)
    got = np.concatenate([first, second])
    want = np.zeros(200, np.float32)
    want[60:180] = cue
    np.testing.assert_allclose(got, want, atol=1e-7)
    assert mixer.active_voices == 0


def test_the_voice_that_gives_way_is_the_one_heard_longest() -> None:
    mixer, _ = _mixer()
    mixer.bank = {
        f"c{i}": np.full(1000, 0.001 * (i + 1), np.float32) for i in range(MAX_VOICES + 1)
    }
    for i in range(MAX_VOICES):
        mixer.requests.append(f"c{i}")
        _block(mixer, frames=10)
    # c0 has played longest (160 frames), c15 least (10): c0 gives way to the new one.
    mixer.requests.append(f"c{MAX_VOICES}")
    out = _block(mixer, frames=10)
    want = sum(0.001 * (i + 1) for i in range(1, MAX_VOICES + 1))
    assert out[0] == pytest.approx(want, rel=1e-5)


def test_back_after_a_fault_cues_exactly_late_s_past_stay_and_one_at_its_until_goes() -> None:
    now = 10.0
    edge = (now - LATE_S, "edge", now + 1.0)  # exactly LATE_S past: still played
    older = (now - LATE_S - 0.001, "older", now + 1.0)
    ending = (now - 0.05, "ending", now)  # wanted until now: no longer
    later = (now + 0.5, "later", now + 2.0)
    assert still_due((older, edge, ending, later), now) == (edge, later)


def test_every_callback_is_counted_whatever_its_status() -> None:
    mixer, _ = _mixer()
    _block(mixer)
    _block(mixer, status=_Status(underflow=True))
    _block(mixer, frames=MAX_FRAMES + 1)
    assert mixer.calls == 3 and mixer.underflows == 1


def test_cues_at_the_same_moment_are_planned_by_name() -> None:
    plan = as_plan([(5.0, "b", 9.0), (5.0, "a", 6.0), (4.0, "c")])
    assert plan == ((4.0, "c", 4.0 + LATE_S), (5.0, "a", 6.0), (5.0, "b", 9.0))


def test_after_a_quiet_stretch_a_new_window_needs_a_whole_storm_again() -> None:
    mixer, storms = _mixer()
    _block(mixer, status=_Status(underflow=True))  # one hiccup, long ago
    _block(mixer, frames=round(UNDERFLOW_WINDOW_S * RATE) + 100)
    for _ in range(UNDERFLOW_STORM - 1):  # a new window: one short of a storm
        _block(mixer, status=_Status(underflow=True))
    assert storms == [] and not mixer.storm
    with pytest.raises(_Abort):
        _block(mixer, status=_Status(underflow=True))
    assert storms == [1]


def test_frames_are_counted_across_blocks_of_every_kind() -> None:
    mixer, _ = _mixer()
    _block(mixer, frames=100)
    _block(mixer, frames=MAX_FRAMES + 1)  # silence, counted
    _block(mixer, frames=50)
    assert mixer.frames_done == 150 + MAX_FRAMES + 1


def test_a_volume_glide_over_the_largest_block() -> None:
    mixer, _ = _mixer(gain=1.0)
    mixer.bank = {"a": np.full(2 * MAX_FRAMES, 0.5, np.float32)}
    mixer.requests.append("a")
    mixer.target_gain = 0.5
    out = _block(mixer, frames=MAX_FRAMES)
    assert out[-1] == pytest.approx(0.25) and mixer.gain == 0.5
    assert np.all(np.diff(out) <= 0) and out[0] < 0.5


def test_a_new_mixer_is_silent_calm_and_reports_its_latency() -> None:
    mixer, _ = _mixer(latency=0.05)
    assert mixer.delay == 0.05 and math.isnan(mixer.block_start) and mixer.horizon == -math.inf
    assert mixer.active_voices == 0 and mixer.storm is False and mixer.closing is False
    assert (mixer.frames_done, mixer.idle_frames, mixer.calls, mixer.underflows) == (0, 0, 0, 0)
    assert mixer.remaining_s() == 0.0 and mixer.pending() == 0
    assert not mixer.consuming.is_set()


def test_the_record_of_placed_and_missed_cues_keeps_the_latest_4096() -> None:
    now = [0.0]
    mixer, _ = _mixer(now=lambda: now[0])
    mixer.bank = {"a": np.zeros(1, np.float32)}
    mixer.set_plan([(i / 1000, "none" if i % 2 else "a", 100.0) for i in range(10000)])
    for _ in range(100):
        _block(mixer)
        now[0] += 0.1
    assert len(mixer.placed) == 4096 and len(mixer.missed) == 4096
    assert mixer.placed[-1][:2] == ("a", 9.998) and mixer.missed[-1] == ("none", 9.999)
    assert mixer.placed[0][:2] == ("a", pytest.approx(9.998 - 2 * 4095 / 1000))


def test_two_late_cues_of_a_plan_both_sound_at_once_and_the_next_on_time() -> None:
    now = [10.0]
    mixer, _ = _mixer(now=lambda: now[0])
    mixer.bank = {"a": np.full(10, 0.1, np.float32), "b": np.full(10, 0.2, np.float32)}
    mixer.set_plan([(9.0, "a", 8.0), (9.5, "a", 20.0), (9.6, "b", 20.0), (10.05, "a", 20.0)])
    out = _block(mixer)
    assert [n for n, _ in mixer.missed] == ["a"]  # the first: past its until
    assert [n for n, _, _ in mixer.placed] == ["a", "b", "a"]
    assert out[0] == pytest.approx(0.3) and out[50] == pytest.approx(0.1)
    assert mixer.pending() == 0
