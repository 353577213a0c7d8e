"""What the streaming player and its worker share (PlayerState): the person is told of a sound
fault once per practice, a later practice's start wins over an earlier one's answer, cues asked
for early are played once the stream runs; and the mixer's own bookkeeping (how long the
sounding cues still ring, when the stream is seen consuming). No sound device: pure rules."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from kindapp.sound.mixer import Mixer
from kindapp.sound.player import SoundFault, volume_to_gain
from kindapp.sound.player_state import PlayerState

STATE_LOG = "kindapp.sound.player_state"


class _Abort(Exception):
    pass


def _state(**kw):  # type: ignore[no-untyped-def]
    told: list[object] = []
    state = PlayerState(
        "bowl",
        None,
        kw.get("volume", 0.8),
        kw.get("muted", False),
        lambda: told.append("ready"),
        lambda fault: told.append(fault),
        kw.get("on_recovered"),
    )
    return state, told


def _mixer(rate: int = 1000) -> Mixer:
    return Mixer(rate, 1, 1.0, _Abort, lambda: None)


def test_a_fault_is_told_once_per_practice_and_again_in_the_next(caplog) -> None:  # type: ignore[no-untyped-def]
    state, told = _state()
    assert state.last_fault is None
    with caplog.at_level(logging.INFO, logger="kindapp.sound.player_state"):
        state.fault(SoundFault.DEVICE_LOST, "gone")
        state.fault(SoundFault.PORTAUDIO_MISSING, "again")
    assert told == [SoundFault.DEVICE_LOST]  # once in this practice
    assert state.last_fault is SoundFault.PORTAUDIO_MISSING  # the latest is still known
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.name == STATE_LOG] == [
        (
            logging.WARNING,
            "sound fault device_lost: gone; the practice goes on, sound will be retried",
        ),
        (logging.INFO, "sound fault portaudio_missing again in this practice: again"),
    ]
    with state.lock:
        state.generation += 1  # the next practice
    state.fault(SoundFault.NO_DEVICE, "none")
    assert told == [SoundFault.DEVICE_LOST, SoundFault.NO_DEVICE]
    assert state.fault_generation == state.generation


def test_a_new_state_is_idle_unplanned_and_as_the_settings_say() -> None:
    told: list[object] = []
    state = PlayerState("chimes", "USB speaker", 0.4, True, lambda: None, told.append)
    assert (state.theme, state.device, state.volume, state.muted) == (
        "chimes",
        "USB speaker",
        0.4,
        True,
    )
    assert state.on_recovered is None and state.idle.is_set() and state.cmds.empty()
    assert state.plan == () and state.clips == {} and state.cues == () and state.early == []
    assert state.generation == 0 and state.ready is False and state.closed is False
    assert state.mixer is None and state.cache is None and state.last_fault is None
    assert state.latency_s == 0.025  # asked of PortAudio
    assert state.stream_latency_s is None and state.sample_rate is None
    state.fault(SoundFault.NO_DEVICE, "none")  # the first practice's first fault is told
    assert told == [SoundFault.NO_DEVICE]


@pytest.mark.parametrize("practices", [1, 2])
def test_the_first_fault_is_told_in_whichever_practice_it_comes(practices: int) -> None:
    told: list[object] = []
    state = PlayerState("bowl", None, 1.0, False, lambda: None, told.append)
    state.generation += practices  # start_practice, as many times, with sound that held
    state.fault(SoundFault.DEVICE_LOST, "gone")
    assert told == [SoundFault.DEVICE_LOST]


def test_a_failing_fault_handler_is_logged_and_does_not_stop_the_sound(caplog) -> None:  # type: ignore[no-untyped-def]
    def broken(_fault: SoundFault) -> None:
        raise RuntimeError("handler broke")

    state = PlayerState("bowl", None, 1.0, False, lambda: None, broken)
    with caplog.at_level(logging.ERROR, logger="kindapp.sound.player_state"):
        state.fault(SoundFault.DEVICE_LOST, "gone")
    assert [r.getMessage() for r in caplog.records if r.name == STATE_LOG] == [
        "on_fault handler failed"
    ]
    assert state.last_fault is SoundFault.DEVICE_LOST


def test_recovery_is_passed_on_with_its_time_and_a_failing_handler_is_only_logged(  # type: ignore[no-untyped-def]
    caplog,
) -> None:
    after: list[float] = []
    state, told = _state(on_recovered=after.append)
    # The events log line the benchmarks and the system tests read back, caught on its own
    # logger (whatever another test did to the logging set-up).
    lines: list[str] = []
    catch = logging.Handler(logging.INFO)
    catch.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    events = logging.getLogger("kindapp.events")
    level = events.level
    events.addHandler(catch)
    events.setLevel(logging.INFO)
    try:
        state.recovered(1.25)
    finally:
        events.removeHandler(catch)
        events.setLevel(level)
    assert after == [1.25] and told == []
    assert lines == ["sound-recovered after=1.25s"]
    quiet, _ = _state()
    quiet.recovered(2.0)  # nobody listening: nothing to do, nothing raised

    def broken(_s: float) -> None:
        raise RuntimeError("handler broke")

    failing, _ = _state(on_recovered=broken)
    with caplog.at_level(logging.ERROR, logger="kindapp.sound.player_state"):
        failing.recovered(0.5)
    assert [r.getMessage() for r in caplog.records if r.name == STATE_LOG] == [
        "on_recovered handler failed"
    ]


def test_ready_only_for_the_current_practice_with_its_plan_and_early_cues() -> None:
    state, told = _state()
    mixer = _mixer()
    mixer.bank = {"step_1": np.ones(10, dtype=np.float32)}
    with state.lock:
        state.generation = 2
        state.plan = ((5.0, "step_1"),)
        state.early = ["step_1", "not_in_the_bank"]
    state.become_ready(1, mixer)  # an earlier practice's answer: too late, ignored
    assert told == [] and not state.ready and state.mixer is None
    assert state.early == ["step_1", "not_in_the_bank"]
    state.become_ready(2, mixer)
    assert told == ["ready"] and state.ready and state.mixer is mixer
    assert list(mixer.requests) == ["step_1"]  # early cues the stream can play
    assert mixer.pending() == 1  # the plan handed over
    assert state.early == []


def test_ready_without_a_stream_and_never_after_shutdown() -> None:
    state, told = _state()
    with state.lock:
        state.early = ["step_1"]
    state.become_ready(0, None)  # no sound for this practice: ready all the same
    assert told == ["ready"] and state.ready and state.mixer is None and state.early == []
    closed, told_closed = _state()
    with closed.lock:
        closed.closed = True
    closed.become_ready(0, _mixer())
    assert told_closed == [] and not closed.ready and closed.mixer is None


def test_a_failing_ready_handler_is_logged(caplog) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise RuntimeError("handler broke")

    state = PlayerState("bowl", None, 1.0, False, broken, lambda f: None)
    with caplog.at_level(logging.ERROR, logger="kindapp.sound.player_state"):
        state.become_ready(0, None)
    assert state.ready
    assert [r.getMessage() for r in caplog.records if r.name == STATE_LOG] == [
        "on_ready handler failed"
    ]


@pytest.mark.parametrize("volume", [0.0, 0.3, 1.0])
def test_the_target_gain_follows_volume_and_mute(volume: float) -> None:
    state, _ = _state(volume=volume)
    assert state.target_gain() == volume_to_gain(volume)
    state.muted = True
    assert state.target_gain() == 0.0


def test_remaining_is_the_longest_sounding_cue_still_to_ring() -> None:
    mixer = _mixer(rate=1000)
    assert mixer.remaining_s() == 0.0
    mixer.bank = {"long": np.full(800, 0.1, np.float32), "short": np.full(300, 0.1, np.float32)}
    mixer.requests.extend(["short", "long"])
    out = np.zeros((100, 1), dtype=np.float32)
    mixer(out, 100, None, None)
    assert mixer.remaining_s() == pytest.approx(0.7)  # 800 - 100 frames at 1000 Hz
    for _ in range(2):
        mixer(out, 100, None, None)
    assert mixer.remaining_s() == pytest.approx(0.5)


def test_consuming_is_seen_once_the_armed_frames_have_gone_out() -> None:
    mixer = _mixer(rate=1000)
    out = np.zeros((100, 1), dtype=np.float32)
    mixer(out, 100, None, None)
    mixer.consuming.set()
    mixer.arm(250)
    assert not mixer.consuming.is_set()  # armed: cleared until the frames have gone
    mixer(out, 100, None, None)
    mixer(out, 100, None, None)
    assert not mixer.consuming.is_set()  # 200 of 250
    mixer(out, 100, None, None)
    assert mixer.consuming.is_set()
