"""Breath phase timing over a long paced practice in the real app (issue: no drift).

Runs `kindapp --practice breathe` (about 6 breaths a minute, breath sounds on) for LENGTH
seconds on the bench desktop and reads the app's own account of every phase boundary: the
`breath-phase ... due=<scheduled> at=<handled>` lines, both on CLOCK_MONOTONIC, and the
practice's start and end. Reports the lateness of each boundary (p50, p99, max) and how far
the end landed from start + length.
"""

from __future__ import annotations

import json
from typing import Any

import desktop  # tests/system on sys.path (bench/run.py puts it there)
import numpy as np


def start(env: desktop.KindEnv, length_s: float) -> desktop.KindProcess:
    env.config_dir.mkdir(parents=True, exist_ok=True)
    env.settings_path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "breathe_pattern": "six",
                "breathe_length_s": length_s,
                "breath_sounds": True,
            }
        )
    )
    return desktop.launch(env, "--practice", "breathe")


def finish(env: desktop.KindEnv, length_s: float) -> dict[str, Any]:
    started = desktop.wait_for_log(env, r"practice-start practice=breathe \S+ at=([\d.]+)", 60)
    ended = desktop.wait_for_log(env, r"practice-end outcome=(\w+) at=([\d.]+)", length_s + 60)
    t0, t_end = float(started.group(1)), float(ended.group(2))
    rows = desktop.log_lines(env, r"breath-phase phase=\w+ due=([\d.]+) at=([\d.]+)")
    due = np.array([float(m.group(1)) for m in rows])
    at = np.array([float(m.group(2)) for m in rows])
    late_ms = (at - due) * 1000.0
    expected = t0 + 5.0 * np.arange(1, len(due) + 1)
    schedule_err_ms = (due - expected) * 1000.0
    faults = desktop.log_lines(env, r"sound-fault")
    return {
        "length_s": length_s,
        "outcome": ended.group(1),
        "boundaries": len(rows),
        "expected_boundaries": round(length_s / 5.0) - 1,
        "late_ms_p50": float(np.percentile(late_ms, 50)) if rows else None,
        "late_ms_p99": float(np.percentile(late_ms, 99)) if rows else None,
        "late_ms_max": float(late_ms.max()) if rows else None,
        "schedule_drift_ms_max": float(np.abs(schedule_err_ms).max()) if rows else None,
        "end_error_ms": (t_end - t0 - length_s) * 1000.0,
        "sound_faults": len(faults),
    }


def report(r: dict[str, Any]) -> list[str]:
    ok = r["late_ms_p99"] is not None and r["late_ms_p99"] <= 10 and abs(r["end_error_ms"]) <= 10
    return [
        f"### Breath phase timing ({r['length_s'] / 60:.0f}-minute breathe practice, "
        "the app's log on CLOCK_MONOTONIC)",
        "",
        "| boundaries | late p50 ms | late p99 ms | late max ms | schedule drift max ms "
        "| end - (start + length) ms |",
        "|---:|---:|---:|---:|---:|---:|",
        f"| {r['boundaries']} of {r['expected_boundaries']} | {r['late_ms_p50']:.2f} "
        f"| {r['late_ms_p99']:.2f} | {r['late_ms_max']:.2f} | {r['schedule_drift_ms_max']:.3f} "
        f"| {r['end_error_ms']:.2f} |",
        "",
        f"Targets: every boundary within 10 ms at p99, the end within 10 ms: "
        f"{'met' if ok else 'MISSED'}. Sound faults during the run: {r['sound_faults']}.",
        "",
    ]
