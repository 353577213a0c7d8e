"""Sound as the person hears it, at the sink: the volume setting sets the level, and a sound
server that dies mid-practice leaves a practice that goes on, with one gentle word."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path

import desktop
import numpy as np
import pytest
from desktop import log_lines, wait_for_log

from kindapp.core.settings import SCHEMA_VERSION
from kindapp.sound.player import volume_to_gain

pytestmark = pytest.mark.system


def first_cue_level(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    pulse: desktop.PulseServer,
    volume: float,
    wav: Path,
) -> float:
    """RMS level (dBFS) of the break's first cue, 0.4 s from its onset, at `volume`."""
    kind_env.config_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    kind_env.settings_path.write_text(
        json.dumps({"schema_version": SCHEMA_VERSION, "volume": volume, "first_run_done": True})
    )
    recorder = desktop.Recorder(pulse, wav)
    recorder.start()
    try:
        app = launch_kind("--break")
        wait_for_log(kind_env, r"cue name=\S+", 30)
        onsets = recorder.wait_for_onsets(1, timeout=10.0, ring_s=0.5)
        assert onsets, f"no cue reached the sink at volume {volume}"
    finally:
        samples, rate = recorder.stop()
    app.stop()
    start = int(onsets[0] * rate)
    part = samples[start : start + int(0.4 * rate)]
    return 20 * math.log10(float(np.sqrt(np.mean(part**2))))


def test_half_volume_is_quieter_at_the_sink_by_the_taper(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    pulse: desktop.PulseServer,
    tmp_path: Path,
) -> None:
    full = first_cue_level(kind_env, launch_kind, pulse, 1.0, tmp_path / "full.wav")
    half = first_cue_level(kind_env, launch_kind, pulse, 0.5, tmp_path / "half.wav")
    # The slider has a squared taper (equal steps sound like equal steps): half is -12 dB.
    expected = 20 * math.log10(volume_to_gain(0.5))
    assert abs((half - full) - expected) <= 1.0, (full, half, expected)
    assert full > -40, full  # the cue really sounded


def test_a_sound_server_lost_mid_practice_leaves_the_practice_going(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    tmp_path: Path,
) -> None:
    from kindapp.core.practices import BREAK_QUICK

    own = desktop.PulseServer(desktop.private_dir(tmp_path / "pulse"))  # its own, to kill
    own.start()
    try:
        kind_env["PULSE_SERVER"] = own.server
        kind_env["PULSE_CLIENTCONFIG"] = str(own.client_conf)
        # That it goes on to the end matters here, not when: a quarter of the break's length.
        kind_env["KIND_TEST_STEP_SCALE"] = "0.25"
        recorder = desktop.Recorder(own, tmp_path / "before.wav")
        recorder.start()
        app = launch_kind("--break")
        wait_for_log(kind_env, r"step-start index=0 ", 30)
        assert recorder.wait_for_onsets(1, timeout=10.0, ring_s=0.2), "no first cue at the sink"
        assert own.proc is not None
        own.proc.kill()  # the sound server dies mid-practice
        own.proc.wait(10)
        recorder.proc = None  # parecord went with the server
        fault = wait_for_log(kind_env, r"sound-fault kind=(\w+)", 15)
        assert fault.group(1) == "device_lost", fault.group(0)
        ended = wait_for_log(kind_env, r"practice-end outcome=(\w+)", BREAK_QUICK.total_s + 30)
        assert ended.group(1) == "finished", kind_env.diagnostics()
    finally:
        own.stop()
    assert app.running(), kind_env.diagnostics()
    # Told once: one fault, one notice, however many cues could not be played after it.
    assert len(log_lines(kind_env, r"sound-fault kind=")) == 1, kind_env.diagnostics()
    assert len(log_lines(kind_env, r"notice kind=sound-unavailable")) == 1, kind_env.diagnostics()
    steps = log_lines(kind_env, r"step-start index=(\d+)")
    assert [int(m.group(1)) for m in steps] == list(range(len(BREAK_QUICK.steps)))
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [(p["practice"], p["outcome"]) for p in data["practices"]] == [("break", "finished")]
    assert "Traceback" not in app.stderr(), app.stderr()
