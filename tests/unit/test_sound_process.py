"""The sound process: planned cues at the sink at their intervals, a process that ends with
its practice, and a crash in it that costs one notice and not the rest of the practice."""

from __future__ import annotations

import os
import signal
import threading
import time
from typing import Any

import desktop
import numpy as np
import pytest

from kindapp.sound.player import SoundFault
from kindapp.sound.process_player import ProcessPlayer
from kindapp.sound.synth import CueCache

CUES = ["soft_bell", "step_1", "step_2", "closing_bell"]


def _player(pulse_server: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[ProcessPlayer, Any]:
    for k, v in pulse_server.env.items():
        monkeypatch.setenv(k, v)  # the sound process inherits it
    ready = threading.Event()
    faults: list[SoundFault] = []
    player = ProcessPlayer(
        "bowl", volume=1.0, muted=False, on_ready=ready.set, on_fault=faults.append
    )
    player.start_practice(CUES)
    assert ready.wait(15), "the sound process never said it was ready"
    return player, faults


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _heard(wav: Any, plan: list[tuple[float, str]]) -> list[float | None]:
    x, rate = desktop.read_wav(wav)
    bank = CueCache().get("bowl", rate, CUES)
    first = desktop.match_cue(x, rate, bank[plan[0][1]][:rate], len(x) // 2, search_s=len(x) / rate)
    assert first[0] is not None, "the first planned cue is not at the sink"
    out: list[float | None] = []
    for t, name in plan:
        guess = first[0] + round((t - plan[0][0]) * rate)
        k, _ = desktop.match_cue(x, rate, bank[name][:rate], guess, search_s=0.3)
        out.append(None if k is None else (k - first[0]) / rate)
    return out


# Timed at the sink, one after another with the other tests of a sound server of their own
# (the group "sound-timing-unit", tests/conftest.py), beside the rest of the suite.
def test_planned_cues_reach_the_sink_at_their_intervals_and_the_process_ends_after(
    pulse_server: Any, sink_recorder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player, faults = _player(pulse_server, monkeypatch)
    pid = player.pid
    assert pid is not None
    t0 = time.monotonic() + 1.0  # a second after the stream opened: its clock has settled
    plan = [(t0 + dt, name) for dt, name in zip((0.0, 1.5, 3.25, 5.5), CUES, strict=True)]
    player.schedule(plan)
    desktop.wait_until(lambda: time.monotonic() > plan[-1][0] + 1.0, 15, "the plan to play")
    player.end_practice()
    desktop.wait_until(lambda: _gone(pid), 20, "the sound process to end after its practice")
    player.shutdown()
    heard = _heard(sink_recorder.stop(), plan)
    want = [t - plan[0][0] for t, _ in plan]
    assert None not in heard, heard
    # On the schedule, each cue at its planned interval as a person hears it (within
    # desktop.HEARD_WITHIN_S): a wrong or triggered schedule is off by a second or drops cues.
    # The tight figures (0.3 ms p95 on an idle machine) are the benchmark's
    # (bench/bench_sound.py, idle onset p95 <= 5 ms); a fresh 2-core root running the suite saw
    # 2.5-9.5 ms, and 24-39 ms with five other helpers' builds on the machine.
    assert np.allclose(heard, want, atol=desktop.HEARD_WITHIN_S), (heard, want)
    assert faults == []


# Timed at the sink, like the test above.
def test_a_sound_process_that_dies_is_told_once_and_replaced_on_schedule(
    pulse_server: Any, sink_recorder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    player, faults = _player(pulse_server, monkeypatch)
    first = player.pid
    assert first is not None
    t0 = time.monotonic() + 0.3
    # The first cue after the crash 5 s on: a new process (Python, numpy, PortAudio, a stream)
    # took over 2.5 s to start on a loaded 2-core machine, and a cue due before it is up is
    # gone by design (the late-bell test below is the other case).
    plan = [(t0 + dt, name) for dt, name in zip((0.0, 5.0, 6.5, 8.0), CUES, strict=True)]
    player.schedule(plan)
    desktop.wait_until(lambda: time.monotonic() > plan[0][0] + 0.5, 10, "the first cue")
    os.kill(first, signal.SIGKILL)  # as a crash inside PortAudio would
    desktop.wait_until(lambda: player.pid not in (None, first), 10, "a new sound process")
    desktop.wait_until(lambda: time.monotonic() > plan[-1][0] + 1.0, 15, "the plan to play")
    player.end_practice()
    player.shutdown(5.0)
    assert faults == [SoundFault.DEVICE_LOST]
    heard = _heard(sink_recorder.stop(), plan)
    want = [t - plan[0][0] for t, _ in plan]
    assert None not in heard[1:], heard
    # A new process has a new stream: its latency is estimated afresh (a few ms apart; up to
    # 11 ms seen on the fresh 2-core root with other tests beside it, 24 ms, the same for all
    # three cues, with six other test runs on the machine). A schedule lost in the restart
    # would be off by the restart itself (a second or more) or drop the cues; what is held is
    # what a person hears (desktop.HEARD_WITHIN_S).
    assert np.allclose(heard[1:], want[1:], atol=desktop.HEARD_WITHIN_S), (heard, want)


def test_a_first_bell_planned_before_the_sound_process_is_ready_is_played_late_not_dropped(
    pulse_server: Any, sink_recorder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening bell of a practice that began before its sound was ready (the app's 4 s
    wait ran out, say): its moment has passed by the time the stream runs, but the next
    step's has not, so it sounds, late, instead of being let go."""
    for k, v in pulse_server.env.items():
        monkeypatch.setenv(k, v)
    ready = threading.Event()
    faults: list[SoundFault] = []
    player = ProcessPlayer(
        "bowl", volume=1.0, muted=False, on_ready=ready.set, on_fault=faults.append
    )
    player.start_practice(CUES)
    t0 = time.monotonic()  # "now": long before the process has a stream
    player.schedule([(t0, "soft_bell", t0 + 30.0), (t0 + 30.0, "step_1", t0 + 40.0)])
    pid = player.pid
    assert pid is not None
    assert ready.wait(15), "the sound process never said it was ready"
    opened = time.monotonic()
    assert opened - t0 > 0.15, "the stream was open at once: nothing here would be late"
    desktop.wait_until(lambda: time.monotonic() > opened + 1.5, 5, "the late bell to ring")
    player.schedule(())  # left now, as PracticeRun does on a stop
    player.end_practice()
    desktop.wait_until(lambda: _gone(pid), 20, "the sound process to end after its practice")
    player.shutdown()
    x, rate = desktop.read_wav(sink_recorder.stop())
    bank = CueCache().get("bowl", rate, ["soft_bell"])
    k, score = desktop.match_cue(
        x, rate, bank["soft_bell"][:rate], len(x) // 2, search_s=len(x) / rate
    )
    assert k is not None, f"the opening bell never reached the sink (best score {score:.2f})"
    assert faults == []
