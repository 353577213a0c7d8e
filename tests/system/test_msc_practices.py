"""The guided MSC practices end to end on the real desktop: `kindapp --practice NAME --mode
short` starts each straight away (no check-in, as from the tray; the phrases are found first:
test_finding_phrases.py), the real app rings one bell at every turn of the guidance and the
closing bell, recorded from the sound card with intervals equal to the turns' durations, and
the journal keeps the finished practice.

Each runs on the real clock at a fraction of its length (the test hook KIND_TEST_STEP_SCALE),
chosen so that its shortest turn lasts SHORTEST_TURN_S: long enough for a chime to fade
before the next (3 s was not: the onset finder missed a bell rising over the last one's tail,
though the app had rung it on time)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import desktop
import numpy as np
import pytest
from desktop import log_lines, wait_for_log

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.msc import GUIDED, guided_for

pytestmark = pytest.mark.system

SHORTEST_TURN_S = 5.0
TOLERANCE_S = 0.050
"""On the app's own clock (its log); what the sink played is held to desktop.HEARD_WITHIN_S."""


# `--practice phrases` opens finding the phrases first: test_finding_phrases.py types them and
# records the meditation's bells the same way.
STRAIGHT_IN = [str(n) for n in GUIDED if str(n) != PracticeName.PHRASES.value]


@pytest.mark.parametrize("name", STRAIGHT_IN)
def test_each_guided_practice_rings_one_bell_per_turn(
    name: str,
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    recorder: desktop.Recorder,
    artifacts: Path,
) -> None:
    full = guided_for(name, "short")
    scale = SHORTEST_TURN_S / min(s.duration_s for s in full.steps)
    practice = full.scaled(scale)
    kind_env["KIND_TEST_STEP_SCALE"] = repr(scale)
    durations = [s.duration_s for s in practice.steps]
    expected_cues = [s.cue for s in practice.steps] + [practice.end_cue]
    assert all(expected_cues), "every turn has its bell"

    recorder.start()
    launch_kind("--practice", name, "--mode", "short")
    started = wait_for_log(kind_env, rf"practice-start practice={name} mode=short at=([\d.]+)", 30)
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+) at=([\d.]+)", practice.total_s + 30)
    assert ended.group(1) == "finished", kind_env.diagnostics()
    recorder.wait_for_onsets(len(expected_cues), timeout=15.0)
    samples, rate = recorder.stop()
    onsets = desktop.detect_onsets(samples, rate)
    picture = artifacts / f"msc_{name}_envelope.png"
    desktop.save_envelope_png(picture, samples, rate, onsets)

    # The app's own account: one step-start per turn, its bell, on schedule.
    t0 = float(started.group(1))
    steps = log_lines(kind_env, r"step-start index=(\d+) id=(\S+) at=([\d.]+)")
    assert [m.group(2) for m in steps] == [s.id for s in practice.steps]
    cues = log_lines(kind_env, r"cue name=(\S+) at=([\d.]+)")
    assert [m.group(1) for m in cues] == expected_cues, kind_env.diagnostics()
    logged = np.array([float(m.group(2)) for m in cues]) - t0
    schedule = np.array([*practice.step_starts(), practice.total_s])
    assert np.allclose(logged, schedule, atol=TOLERANCE_S), logged

    # What the sound card played: one onset per bell, the intervals the turns' durations.
    assert len(onsets) == len(expected_cues), (
        f"expected {len(expected_cues)} bells, recorded {len(onsets)} at "
        f"{[round(t, 3) for t in onsets]} (see {picture})"
    )
    errors = np.diff(onsets) - np.array(durations)
    assert np.all(np.abs(errors) <= desktop.HEARD_WITHIN_S), (
        f"intervals off the turns' durations by {np.round(errors * 1000, 1).tolist()} ms"
    )

    # The journal kept it.
    data = desktop.export(kind_env, kind_env.root / "after.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        (name, "short", "finished")
    ]
