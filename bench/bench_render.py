"""Render time of every cue of each theme at 48000 Hz, cold (a new cache each run).

Run from the source tree: PYTHONPATH=. python bench/bench_render.py
Targets: the cues of one practice render in <= 30 ms (reported); every cue of a theme, rendered
into a new cache, in < 100 ms, best of 3 (exits 1 on a miss: this one was an assert in
tests/unit/test_sound_render.py; wall-clock targets live here, not in the tests).
"""

from __future__ import annotations

import math
import statistics
import sys
import time

from kindapp.core.practices import BREAK_GUIDED, BREAK_QUICK
from kindapp.sound.recipes import available_themes, load_theme
from kindapp.sound.synth import CueCache

RATE = 48000
RUNS = 7
WHOLE_THEME_MS = 100.0


def practice_cues() -> list[str]:
    cues: dict[str, None] = {}
    for practice in (BREAK_QUICK, BREAK_GUIDED):
        cues.update((s.cue, None) for s in practice.steps if s.cue)
        if practice.end_cue:
            cues[practice.end_cue] = None
    return list(cues)


def timed(theme: str, cues: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        cache = CueCache()
        cache.theme(theme)  # reading the JSON is not rendering
        t0 = time.perf_counter()
        cache.get(theme, RATE, cues)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def whole_theme_best_ms(theme: str) -> float:
    """Every cue of `theme` into a new cache: the best of 3, in ms."""
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        CueCache().get(theme, RATE, load_theme(theme).cues)
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main() -> int:
    t0 = time.perf_counter()
    CueCache().get("bowl", RATE, ["step_1"])
    print(
        f"first render in a fresh process (numpy warm-up included): "
        f"{(time.perf_counter() - t0) * 1000:.1f} ms"
    )
    break_cues = practice_cues()
    for theme in available_themes():
        if load_theme(theme).silent:
            continue
        every = list(load_theme(theme).cues)
        print(
            f"{theme:8s} break cues ({len(break_cues)}): {timed(theme, break_cues):6.1f} ms   "
            f"all cues ({len(every)}): {timed(theme, every):6.1f} ms   (median of {RUNS})"
        )
    ok = True
    for theme in available_themes():
        best = whole_theme_best_ms(theme)
        met = best < WHOLE_THEME_MS
        ok &= met
        print(
            f"{theme:8s} every cue, new cache: {best:6.1f} ms (best of 3; target "
            f"< {WHOLE_THEME_MS:.0f} ms: {'met' if met else 'MISSED'})"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
