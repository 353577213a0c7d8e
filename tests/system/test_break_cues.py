"""The Self-Compassion Break, end to end: the real app plays a cue at every step and a closing
bell, recorded from the sound card, with intervals equal to the step durations; the journal
records the finished break, and --export works while the break runs."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import desktop
import numpy as np
import pytest
from desktop import log_lines, wait_for_log

pytestmark = pytest.mark.system

TOLERANCE_S = 0.050
"""On the app's own clock (its log); what the sink played is held to desktop.HEARD_WITHIN_S."""


def test_break_plays_a_cue_per_step_at_the_step_durations(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    recorder: desktop.Recorder,
    artifacts: Path,
) -> None:
    from kindapp.core.practices import BREAK_QUICK

    durations = [step.duration_s for step in BREAK_QUICK.steps]
    expected_cues = [step.cue for step in BREAK_QUICK.steps] + [BREAK_QUICK.end_cue]
    recorder.start()
    launch_kind("--break")
    started = wait_for_log(kind_env, r"practice-start practice=break mode=quick at=([\d.]+)", 30)
    desktop.wait_for_window(kind_env)

    # --export while the break runs: succeeds, opens no window, shows nothing finished yet.
    shown = len(log_lines(kind_env, r"window-shown"))
    windows = sorted(desktop.visible_windows(kind_env))
    during = desktop.export(kind_env, kind_env.root / "during.json")
    assert not [p for p in during["practices"] if p["outcome"] == "finished"], during
    assert len(log_lines(kind_env, r"window-shown")) == shown
    assert sorted(desktop.visible_windows(kind_env)) == windows

    ended = wait_for_log(
        kind_env, r"practice-end outcome=(\w+) at=([\d.]+)", BREAK_QUICK.total_s + 30
    )
    assert ended.group(1) == "finished", kind_env.diagnostics()
    recorder.wait_for_onsets(len(expected_cues), timeout=15.0)
    samples, rate = recorder.stop()
    onsets = desktop.detect_onsets(samples, rate)
    desktop.save_envelope_png(artifacts / "break_quick_envelope.png", samples, rate, onsets)
    desktop.write_wav(artifacts / "break_quick.wav", samples, rate)

    # The app's own account: one step-start per step, the cues in order, on schedule.
    t0 = float(started.group(1))
    steps = log_lines(kind_env, r"step-start index=(\d+) id=(\S+) at=([\d.]+)")
    assert [m.group(2) for m in steps] == [s.id for s in BREAK_QUICK.steps]
    cues = log_lines(kind_env, r"cue name=(\S+) at=([\d.]+)")
    assert [m.group(1) for m in cues] == expected_cues, kind_env.diagnostics()
    logged = np.array([float(m.group(2)) for m in cues]) - t0
    schedule = np.array([*BREAK_QUICK.step_starts(), BREAK_QUICK.total_s])
    assert np.allclose(logged, schedule, atol=TOLERANCE_S), logged
    assert abs(float(ended.group(2)) - t0 - BREAK_QUICK.total_s) < TOLERANCE_S

    # What the sound card really played: exactly one onset per cue, intervals = durations.
    assert len(onsets) == len(expected_cues), (
        f"expected {len(expected_cues)} cue onsets, recorded {len(onsets)} at "
        f"{[round(t, 3) for t in onsets]} (see {artifacts / 'break_quick_envelope.png'})"
    )
    intervals = np.diff(onsets)
    errors = intervals - np.array(durations)
    assert np.all(np.abs(errors) <= desktop.HEARD_WITHIN_S), (
        f"recorded intervals {np.round(intervals, 3).tolist()} vs step durations {durations}; "
        f"errors {np.round(errors * 1000, 1).tolist()} ms"
    )

    # The journal kept it, privately, and --export shows the finished break.
    assert desktop.private_files(kind_env.data_dir) == {}
    after = desktop.export(kind_env, kind_env.root / "after.json")
    assert len(after["practices"]) == 1, after
    entry = after["practices"][0]
    assert (entry["practice"], entry["mode"], entry["outcome"]) == ("break", "quick", "finished")
    span = (
        datetime.fromisoformat(entry["ended_at"]) - datetime.fromisoformat(entry["started_at"])
    ).total_seconds()
    assert abs(span - BREAK_QUICK.total_s) < 1.0, entry
    assert abs(float(entry["duration_s"]) - BREAK_QUICK.total_s) < 1.0, entry
    assert datetime.fromisoformat(entry["started_at"]).utcoffset() == timedelta(0), entry
    (artifacts / "break_quick_export.json").write_text(json.dumps(after, indent=2))
