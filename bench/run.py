"""Kind's benchmarks (`make bench`): start-up, idle cost, render time and cue onset latency.

Brings up its own desktop with the system-test harness (tests/system/desktop.py: Xvfb, trayer as
the tray host, a PulseAudio null sink as the sound card) and measures the installed `kindapp`
next to sys.executable against a bare PySide6 window (bench/bare_window.py). Prints Markdown
tables and writes bench/results/latest.json.

1. Cold start: launch -> MapNotify of the process's first top-level window, seen from outside
   by an X client listening on the root window (bench/xmap.py). N alternating runs of the bare
   window and `kindapp` (fresh XDG directories each run), after one discarded warm-up pair.
   Plus one `kindapp` run with PYTHONPROFILEIMPORTTIME=1: the modules imported before the map.
2. Idle: bare window (shown), `kindapp --minimized` (tray only), `kindapp` (window shown) and
   the app left after a quick break (see 4) run side by side; after each is up and a
   documented settle period, /proc is sampled over the idle period: CPU % (utime+stime),
   wake-ups/s (voluntary + involuntary context switches of all threads), RSS at the end
   (bench/procstat.py).
3. Render time per theme (bench/bench_render.py).
4. Cue onset latency: two `kindapp --break` runs recorded from the sink monitor; each cue's
   onset against its scheduled step boundary (bench/latency.py explains the clock). The last
   break's app is left running, idle after its practice, and joins the idle phase (run after
   this one) as "kindapp after a quick break".

Options shorten it for development: --runs, --idle-s, --breaks, --skip.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "tests" / "system"))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import bench_render  # noqa: E402
import breath_timing  # noqa: E402
import desktop  # noqa: E402
import numpy as np  # noqa: E402
from latency import PipeRecorder, RecordingClock  # noqa: E402
from procstat import idle_cost, snapshot  # noqa: E402
from xmap import MapWatcher  # noqa: E402

BARE = BENCH / "bare_window.py"
RESULTS = BENCH / "results" / "latest.json"
BARE_TITLE = "Bare"
KIND_TITLE = "Kind"
SETTLE_S = 5.0
"""Documented settle period: after a process is up (window mapped / tray line logged), let
start-up work (deferred layout, first paints, tray embedding, font caches) finish before
sampling its idle cost."""
IMPORT_WATCH_S = 3.0
"""How long the import-profiled app idles after its window maps (to list late imports)."""
HEAVY = ("numpy", "sounddevice", "_sounddevice", "cffi", "_cffi_backend", "sqlite3", "_sqlite3")
"""Modules that must stay off the path to the first window (issue 2, item 12)."""

AFTER_BREAK = "kindapp after a quick break"

TARGET_START_RATIO = 1.25
TARGET_RSS_RATIO = 1.25
TARGET_AFTER_PRACTICE_RSS_RATIO = 1.3
"""RSS back in the tray after a practice, against the bare window (depends on sound moving
into its own process; measured and reported, a miss is reported too)."""
TARGET_LAT_MEDIAN_MS = 40.0
TARGET_LAT_P95_MS = 60.0
TARGET_RENDER_MS = 30.0


# --------------------------------------------------------------------------- the desktop


class Desk:
    """Xvfb + trayer + PulseAudio null sink, from the system-test harness."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.xvfb = desktop.Xvfb(root)
        self.trayer = desktop.Trayer(self.xvfb, root)
        self.pulse = desktop.PulseServer(root)
        self._n = 0

    def start(self) -> None:
        missing = desktop.missing_tools()
        if missing:
            raise SystemExit("bench needs: " + ", ".join(missing) + " (make system-deps)")
        self.xvfb.start()
        self.trayer.start()
        self.pulse.start()

    def stop(self) -> None:
        for part in (self.pulse, self.trayer, self.xvfb):
            with contextlib.suppress(Exception):
                part.stop()

    def env(self, name: str) -> desktop.KindEnv:
        """Fresh XDG directories (config, data, state, cache, runtime) for one process."""
        self._n += 1
        return desktop.make_kind_env(
            self.root / f"{self._n:03d}-{name}",
            self.xvfb.display,
            self.pulse.server,
            self.pulse.client_conf,
        )


def start_bare(env: desktop.KindEnv) -> subprocess.Popen[bytes]:
    with (env.root / "bare.stderr").open("wb") as err:
        return desktop.popen(
            [sys.executable, str(BARE), BARE_TITLE],
            env=dict(env),
            stdout=subprocess.DEVNULL,
            stderr=err,
            cwd=env.root,
        )


def stop(proc: subprocess.Popen[bytes] | desktop.KindProcess) -> None:
    if isinstance(proc, desktop.KindProcess):
        proc = proc.proc
    desktop.stop_process(proc)


def pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q))


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- 1. cold start


def time_to_map(
    watcher: MapWatcher, start: Callable[[], subprocess.Popen[bytes]], title: str
) -> float:
    t0 = time.monotonic()
    proc = start()
    try:
        mapped = watcher.first_map(proc.pid, title, timeout=60.0, since=t0)
    finally:
        stop(proc)
    return (mapped.at - t0) * 1000.0


def cold_start(desk: Desk, watcher: MapWatcher, runs: int) -> dict[str, Any]:
    def bare() -> subprocess.Popen[bytes]:
        return start_bare(desk.env("cold-bare"))

    def kind() -> subprocess.Popen[bytes]:
        return desktop.launch(desk.env("cold-kind")).proc

    starters = {"bare": (bare, BARE_TITLE), "kindapp": (kind, KIND_TITLE)}
    times: dict[str, list[float]] = {"bare": [], "kindapp": []}
    for i in range(runs + 1):  # pair 0 warms the page cache and font caches; discarded
        order = ("bare", "kindapp") if i % 2 == 0 else ("kindapp", "bare")
        for which in order:
            start, title = starters[which]
            ms = time_to_map(watcher, start, title)
            if i > 0:
                times[which].append(ms)
        log(f"cold start {i}/{runs}: bare {times['bare'][-1:]} kindapp {times['kindapp'][-1:]}")
    out: dict[str, Any] = {}
    for which, values in times.items():
        out[which] = {
            "runs_ms": [round(v, 1) for v in values],
            "median_ms": round(statistics.median(values), 1),
            "p90_ms": round(pct(values, 90), 1),
        }
    out["ratio_median"] = round(out["kindapp"]["median_ms"] / out["bare"]["median_ms"], 3)
    out["ratio_p90"] = round(out["kindapp"]["p90_ms"] / out["bare"]["p90_ms"], 3)
    return out


IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)\s*$")


def startup_imports(desk: Desk, watcher: MapWatcher) -> dict[str, Any]:
    """Which modules `kindapp` imports before its first window is mapped (-X importtime)."""
    env = desk.env("imports")
    env["PYTHONPROFILEIMPORTTIME"] = "1"
    lines: list[tuple[float, str]] = []
    t0 = time.monotonic()
    proc = desktop.popen(
        [str(desktop.kindapp_script())],
        env=dict(env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=env.root,
    )

    def read() -> None:
        assert proc.stderr is not None
        for raw in proc.stderr:
            lines.append((time.monotonic(), raw.decode("utf-8", "replace")))

    reader = threading.Thread(target=read, name="importtime-reader", daemon=True)
    reader.start()
    try:
        mapped = watcher.first_map(proc.pid, KIND_TITLE, timeout=60.0, since=t0)
        time.sleep(IMPORT_WATCH_S)  # documented observation window, not synchronisation
    finally:
        stop(proc)
        reader.join(5.0)
    before: list[tuple[str, int, int]] = []  # (module, level, cumulative us)
    after: list[str] = []
    for stamp, line in lines:
        m = IMPORT_LINE.match(line)
        if not m:
            continue
        name, level, cum = m.group(4), len(m.group(3)) // 2, int(m.group(2))
        if stamp <= mapped.at:
            before.append((name, level, cum))
        else:
            after.append(name)
    names = {name for name, _, _ in before}
    top = sorted((x for x in before if x[1] == 0), key=lambda x: x[2], reverse=True)[:8]
    return {
        "map_ms_with_importtime": round((mapped.at - t0) * 1000, 1),
        "modules_before_map": len(names),
        "kindapp_modules_before_map": sorted(n for n in names if n.startswith("kindapp")),
        "heavy_before_map": sorted(n for n in names if n.split(".")[0] in HEAVY),
        "heavy_within_3s_after_map": sorted({n for n in after if n.split(".")[0] in HEAVY}),
        "top_level_imports_ms": [(n, round(c / 1000, 1)) for n, _, c in top],
    }


# --------------------------------------------------------------------------- 2. idle


def idle(
    desk: Desk,
    watcher: MapWatcher,
    seconds: float,
    extra: dict[str, desktop.KindProcess] | None = None,
) -> dict[str, Any]:
    """Bare window, kindapp --minimized and kindapp (window) side by side, plus `extra`
    processes already running (the app left idle after a quick break)."""
    envs = {k: desk.env(f"idle-{k}") for k in ("bare", "tray", "window", "reminders")}
    # The same tray-only Kind with gentle reminders on (every 2 h, all day): its one timer
    # is armed to the next reminder, so it should idle exactly like the one without.
    envs["reminders"].config_dir.mkdir(parents=True, exist_ok=True)
    envs["reminders"].settings_path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "first_run_done": True,
                "reminders": {
                    "enabled": True,
                    "mode": "interval",
                    "every_h": 2.0,
                    "active_from": "00:00",
                    "active_to": "23:59",
                },
            }
        )
    )
    t0 = time.monotonic()
    bare = start_bare(envs["bare"])
    tray = desktop.launch(envs["tray"], "--minimized")
    window = desktop.launch(envs["window"])
    reminders = desktop.launch(envs["reminders"], "--minimized")
    procs: dict[str, subprocess.Popen[bytes]] = {
        "bare": bare,
        "kindapp --minimized": tray.proc,
        "kindapp --minimized, reminders on": reminders.proc,
        "kindapp (window)": window.proc,
    }
    procs.update({k: p.proc for k, p in (extra or {}).items()})
    try:
        watcher.first_map(bare.pid, BARE_TITLE, 60.0, since=t0)
        watcher.first_map(window.pid, KIND_TITLE, 60.0, since=t0)
        for name in ("tray", "reminders"):
            line = desktop.wait_for_log(envs[name], r"tray available=(\d)", 60.0)
            if line.group(1) != "1":
                raise desktop.DesktopError("kindapp --minimized found no tray on the desktop")
        log(f"idle: all up; settling {SETTLE_S:.0f} s, then sampling {seconds:.0f} s")
        time.sleep(SETTLE_S)  # documented settle period
        before = {k: snapshot(p.pid) for k, p in procs.items()}
        time.sleep(seconds)  # the measured idle period itself
        after = {k: snapshot(p.pid) for k, p in procs.items()}
        costs = {k: idle_cost(p.pid, before[k], after[k]).as_dict() for k, p in procs.items()}
    finally:
        for p in procs.values():
            stop(p)
    base = costs["bare"]
    for k, c in costs.items():
        if k != "bare":
            c["rss_ratio"] = round(float(c["rss_mib"]) / float(base["rss_mib"]), 3)
    return costs


# --------------------------------------------------------------------------- 3. render


def render() -> dict[str, Any]:
    from kindapp.sound.recipes import available_themes, load_theme
    from kindapp.sound.synth import CueCache

    t0 = time.perf_counter()
    CueCache().get("bowl", bench_render.RATE, ["step_1"])
    first_ms = (time.perf_counter() - t0) * 1000
    cues = bench_render.practice_cues()
    themes: dict[str, Any] = {}
    for theme in available_themes():
        recipes = load_theme(theme)
        if recipes.silent:
            continue
        every = list(recipes.cues)
        themes[theme] = {
            "break_cues": len(cues),
            "break_cues_ms": round(bench_render.timed(theme, cues), 2),
            "all_cues": len(every),
            "all_cues_ms": round(bench_render.timed(theme, every), 2),
        }
    return {
        "rate": bench_render.RATE,
        "runs_per_figure": bench_render.RUNS,
        "first_render_in_process_ms": round(first_ms, 1),
        "themes": themes,
    }


# --------------------------------------------------------------------------- 4. cue latency

SINK_LATENCY = re.compile(r"Latency: (\d+) usec, configured (\d+) usec")
INPUT_LATENCY = re.compile(r"Buffer Latency: (\d+) usec\s+Sink Latency: (\d+) usec")


def pulse_latencies(pulse: desktop.PulseServer) -> dict[str, Any]:
    """What PulseAudio says about the sink and the app's stream while a practice plays."""
    sinks = pulse.pactl("list", "sinks")
    inputs = pulse.pactl("list", "sink-inputs")
    out: dict[str, Any] = {}
    if m := SINK_LATENCY.search(sinks):
        out["sink_latency_us"], out["sink_configured_us"] = int(m.group(1)), int(m.group(2))
    if m := INPUT_LATENCY.search(inputs):
        out["app_stream_buffer_us"], out["app_stream_sink_us"] = int(m.group(1)), int(m.group(2))
    if m := re.search(r"Sample Specification: (.+)", inputs):
        out["app_stream_spec"] = m.group(1).strip()
    return out


def run_break(env: desktop.KindEnv, pulse: desktop.PulseServer) -> dict[str, Any]:
    from kindapp.core.practices import BREAK_QUICK

    proc = desktop.launch(env, "--break")
    started = desktop.wait_for_log(
        env, r"practice-start practice=break mode=quick at=([\d.]+)", 60.0
    )
    desktop.wait_for_log(env, r"step-start index=0 ", 10.0)
    pulse_info = pulse_latencies(pulse)
    ended = desktop.wait_for_log(
        env, r"practice-end outcome=(\w+) at=([\d.]+)", BREAK_QUICK.total_s + 30.0
    )
    if ended.group(1) != "finished":
        raise desktop.DesktopError(f"break ended {ended.group(1)}\n{env.diagnostics()}")
    desktop.wait_for_log(env, r"sound stream closed", 30.0)
    opened = desktop.wait_for_log(env, r"sound stream open: (\d+) Hz, (\d+) ch, latency ([\d.]+)")
    t0 = float(started.group(1))
    schedule = [t0 + s for s in (*BREAK_QUICK.step_starts(), BREAK_QUICK.total_s)]
    cues = [
        (m.group(1), float(m.group(2)))
        for m in desktop.log_lines(env, r"cue name=(\S+) at=([\d.]+)")
    ]
    return {
        "proc": proc,
        "schedule": schedule,
        "cues": cues,
        "stream": {
            "rate": int(opened.group(1)),
            "channels": int(opened.group(2)),
            "portaudio_latency_ms": float(opened.group(3)),
        },
        "pulse": pulse_info,
    }


def measure_onsets(
    run: dict[str, Any], samples: np.ndarray, clock: RecordingClock
) -> list[dict[str, Any]]:
    rate = clock.rate
    rows = []
    for (name, logged), scheduled in zip(run["cues"], run["schedule"], strict=True):
        a = max(0, clock.index_at(scheduled - 0.25))
        b = min(len(samples), clock.index_at(scheduled + 2.0))
        onsets = desktop.detect_onsets(samples[a:b], rate)
        row: dict[str, Any] = {
            "cue": name,
            "scheduled": round(scheduled, 6),
            "timer_late_ms": round((logged - scheduled) * 1000, 2),
        }
        if onsets:
            n = a + round(onsets[0] * rate)
            arrival = clock.arrival_of(n)
            envelope, jitter = clock.envelope_of(n)
            row.update(
                latency_ms=round((arrival - scheduled) * 1000, 2),
                after_log_ms=round((arrival - logged) * 1000, 2),
                envelope_latency_ms=round((envelope - scheduled) * 1000, 2),
                chunk_jitter_ms=round(jitter, 2),
            )
        else:
            row["latency_ms"] = None
        rows.append(row)
    return rows


def cue_latency(desk: Desk, breaks: int) -> tuple[dict[str, Any], desktop.KindProcess | None]:
    """Records `breaks` quick breaks one after another. Returns the results and the last app,
    still running (idle after its practice, its sound stream closed), for the idle phase."""
    recorder = PipeRecorder(desk.pulse, desk.root / "parec.log")
    recorder.start()
    runs: list[dict[str, Any]] = []
    survivor: desktop.KindProcess | None = None
    try:
        for i in range(breaks):
            log(f"cue latency: quick break {i + 1}/{breaks} (56 s)")
            run = run_break(desk.env(f"break-{i}"), desk.pulse)
            runs.append(run)
            if survivor is not None:
                stop(survivor)
            survivor = run["proc"]
    except BaseException:
        if survivor is not None:
            stop(survivor)
        raise
    finally:
        recorder.stop()
    samples = recorder.samples()
    clock = recorder.clock()
    rows = [row for run in runs for row in measure_onsets(run, samples, clock)]
    found = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    summary: dict[str, Any] = {"cues": len(rows), "onsets_found": len(found)}
    if found:
        summary.update(
            median_ms=round(statistics.median(found), 1),
            p95_ms=round(pct(found, 95), 1),
            max_ms=round(max(found), 1),
            min_ms=round(min(found), 1),
            timer_late_median_ms=round(statistics.median(r["timer_late_ms"] for r in rows), 2),
            after_log_median_ms=round(
                statistics.median(r["after_log_ms"] for r in rows if "after_log_ms" in r), 1
            ),
            envelope_median_ms=round(
                statistics.median(
                    r["envelope_latency_ms"] for r in rows if "envelope_latency_ms" in r
                ),
                1,
            ),
            chunk_jitter_median_ms=round(
                statistics.median(r["chunk_jitter_ms"] for r in rows if "chunk_jitter_ms" in r), 2
            ),
        )
    return {
        "summary": summary,
        "cues": rows,
        "stream": runs[0]["stream"] if runs else {},
        "pulse_during_practice": [r["pulse"] for r in runs],
        "recording": {
            "chunks": len(clock.times),
            "median_chunk_ms": round(float(np.median(np.diff(clock.counts))) / clock.rate * 1000, 2)
            if len(clock.counts) > 1
            else None,
            "sample_clock_drift_ppm": round(clock.drift_ppm(), 1),
        },
    }, survivor


# --------------------------------------------------------------------------- report


def ok(flag: bool) -> str:
    return "met" if flag else "MISSED"


def report(results: dict[str, Any]) -> str:
    out: list[str] = []
    cold = results.get("cold_start")
    if cold:
        b, k = cold["bare"], cold["kindapp"]
        out += [
            "### Cold start to first window mapped (MapNotify seen by an outside X client)",
            "",
            "| | median ms | p90 ms | runs |",
            "|---|---:|---:|---:|",
            f"| bare PySide6 window | {b['median_ms']} | {b['p90_ms']} | {len(b['runs_ms'])} |",
            f"| kindapp | {k['median_ms']} | {k['p90_ms']} | {len(k['runs_ms'])} |",
            f"| ratio kindapp / bare | {cold['ratio_median']} | {cold['ratio_p90']} | "
            f"target ≤ {TARGET_START_RATIO}: {ok(cold['ratio_median'] <= TARGET_START_RATIO)} |",
            "",
        ]
    imports = results.get("startup_imports")
    if imports:
        heavy = imports["heavy_before_map"]
        out += [
            f"Modules imported before the first window: {imports['modules_before_map']}; "
            f"heavy ({', '.join(HEAVY)}): {', '.join(heavy) if heavy else 'none'} "
            f"({ok(not heavy)}); within {IMPORT_WATCH_S:.0f} s after: "
            f"{', '.join(imports['heavy_within_3s_after_map']) or 'none'}.",
            "Largest top-level imports before the map (ms, with -X importtime overhead): "
            + ", ".join(f"{n} {ms}" for n, ms in imports["top_level_imports_ms"]),
            "",
        ]
    idle_res = results.get("idle")
    if idle_res:
        rows = dict(idle_res)
        base = idle_res["bare"]
        out += [
            f"### Idle cost ({base['seconds']:.0f} s sampled after a {SETTLE_S:.0f} s settle)",
            "",
            "| process | CPU % | wake-ups/s | RSS MiB | RSS / bare | threads | busiest thread |",
            "|---|---:|---:|---:|---:|---:|---|",
        ]
        for name, c in rows.items():
            ratio = round(c["rss_mib"] / base["rss_mib"], 2)
            busy = c["busiest_threads"][0] if c["busiest_threads"] else {}
            out.append(
                f"| {name} | {c['cpu_percent']:.3f} | {c['wakeups_per_s']:.2f} | "
                f"{c['rss_mib']:.1f} | {ratio} | {c['threads']} | "
                f"{busy.get('name', '')} {busy.get('wakeups_per_s', '')} |"
            )
        tray = idle_res["kindapp --minimized"]
        out += [
            "",
            f"Targets (kindapp --minimized): RSS ≤ {TARGET_RSS_RATIO}x bare: "
            f"{ok(tray['rss_ratio'] <= TARGET_RSS_RATIO)} ({tray['rss_ratio']}x); no periodic "
            f"timers, wake-ups/s near bare's: {tray['wakeups_per_s']:.2f} vs "
            f"{base['wakeups_per_s']:.2f}.",
        ]
        after = idle_res.get(AFTER_BREAK)
        if after:
            out.append(
                f"After a practice: RSS ≤ {TARGET_AFTER_PRACTICE_RSS_RATIO}x bare: "
                f"{ok(after['rss_ratio'] <= TARGET_AFTER_PRACTICE_RSS_RATIO)} "
                f"({after['rss_ratio']}x)."
            )
        out.append("")
    rend = results.get("render")
    if rend:
        out += [
            f"### Cue render time ({rend['rate']} Hz, cold cache, median of "
            f"{rend['runs_per_figure']})",
            "",
            "| theme | break cues | ms | all cues | ms | target ≤ 30 ms (break cues) |",
            "|---|---:|---:|---:|---:|---|",
        ]
        for theme, r in rend["themes"].items():
            out.append(
                f"| {theme} | {r['break_cues']} | {r['break_cues_ms']} | {r['all_cues']} "
                f"| {r['all_cues_ms']} | {ok(r['break_cues_ms'] <= TARGET_RENDER_MS)} |"
            )
        out += [
            f"First render in this process: {rend['first_render_in_process_ms']} ms "
            "(numpy already imported).",
            "",
        ]
    lat = results.get("cue_latency")
    if lat and lat["summary"].get("onsets_found"):
        s = lat["summary"]
        out += [
            "### Cue onset latency (scheduled step boundary → first sample at the sink monitor)",
            "",
            "| cues | median ms | p95 ms | min to max ms | timer late (median) | "
            "log → monitor (median) | target |",
            "|---:|---:|---:|---:|---:|---:|---|",
            f"| {s['onsets_found']}/{s['cues']} | {s['median_ms']} | {s['p95_ms']} | "
            f"{s['min_ms']} to {s['max_ms']} | {s['timer_late_median_ms']} | "
            f"{s['after_log_median_ms']} | median ≤ {TARGET_LAT_MEDIAN_MS:.0f}: "
            f"{ok(s['median_ms'] <= TARGET_LAT_MEDIAN_MS)}, p95 ≤ {TARGET_LAT_P95_MS:.0f}: "
            f"{ok(s['p95_ms'] <= TARGET_LAT_P95_MS)} |",
            "",
            f"Cross-check (local lower envelope of chunk arrivals): median "
            f"{s['envelope_median_ms']} ms; chunk delivery jitter median "
            f"{s['chunk_jitter_median_ms']} ms. App stream: {lat['stream']}; PulseAudio during "
            f"the practice: {(lat['pulse_during_practice'] or [{}])[0]}; "
            f"recording: {lat['recording']}.",
            "",
        ]
    if "breath_timing" in results:
        out += breath_timing.report(results["breath_timing"])
    return "\n".join(out)


# --------------------------------------------------------------------------- main


PHASES = ("render", "cold", "imports", "idle", "latency", "breath")


def misses(results: dict[str, Any]) -> list[str]:
    """The targets this run missed (the bench exits 1 when there is any)."""
    out: list[str] = []
    cold = results.get("cold_start")
    if cold and cold["ratio_median"] > TARGET_START_RATIO:
        out.append(f"cold start {cold['ratio_median']}x > {TARGET_START_RATIO}x")
    imports = results.get("startup_imports")
    if imports and imports["heavy_before_map"]:
        out.append(f"heavy imports before the window: {imports['heavy_before_map']}")
    idle_res = results.get("idle")
    if idle_res:
        tray = idle_res["kindapp --minimized"]["rss_ratio"]
        if tray > TARGET_RSS_RATIO:
            out.append(f"idle RSS in the tray {tray}x > {TARGET_RSS_RATIO}x")
        after = idle_res.get(AFTER_BREAK)
        if after and after["rss_ratio"] > TARGET_AFTER_PRACTICE_RSS_RATIO:
            out.append(
                f"RSS after a practice {after['rss_ratio']}x > {TARGET_AFTER_PRACTICE_RSS_RATIO}x"
            )
    rend = results.get("render")
    if rend:
        out += [
            f"render {t} {r['break_cues_ms']} ms"
            for t, r in rend["themes"].items()
            if r["break_cues_ms"] > TARGET_RENDER_MS
        ]
    lat = results.get("cue_latency")
    if lat and lat["summary"].get("onsets_found"):
        s = lat["summary"]
        if s["median_ms"] > TARGET_LAT_MEDIAN_MS or s["p95_ms"] > TARGET_LAT_P95_MS:
            out.append(f"cue latency median {s['median_ms']} / p95 {s['p95_ms']} ms")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="cold-start runs of each (10)")
    parser.add_argument("--idle-s", type=float, default=60.0, help="idle sampling period (60)")
    parser.add_argument("--breaks", type=int, default=2, help="quick breaks recorded (2)")
    parser.add_argument(
        "--breath-s", type=float, default=600.0, help="length of the breathe practice timed (600)"
    )
    parser.add_argument("--skip", nargs="*", default=[], choices=PHASES)
    parser.add_argument("--keep", action="store_true", help="keep the bench's temp directory")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    if not desktop.kindapp_script().exists():
        raise SystemExit(f"no kindapp at {desktop.kindapp_script()}: pip install the package")
    began = time.monotonic()
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "kindapp": str(desktop.kindapp_script()),
    }
    if "render" not in args.skip:
        log("render time per theme")
        results["render"] = render()
    root = Path(tempfile.mkdtemp(prefix="kind-bench-"))
    desk = Desk(root)
    watcher: MapWatcher | None = None
    extra: dict[str, desktop.KindProcess] = {}
    try:
        desk.start()
        watcher = MapWatcher(desk.xvfb.display)
        if "cold" not in args.skip:
            results["cold_start"] = cold_start(desk, watcher, args.runs)
        if "imports" not in args.skip:
            log("imports before the first window")
            results["startup_imports"] = startup_imports(desk, watcher)
        if "latency" not in args.skip and args.breaks > 0:
            results["cue_latency"], survivor = cue_latency(desk, args.breaks)
            if survivor is not None:
                extra[AFTER_BREAK] = survivor
        breath_env = None
        if "breath" not in args.skip:
            # Runs alongside the idle phase (it only adds its own process), then is awaited.
            log(f"breath timing: a {args.breath_s:.0f} s breathe practice")
            breath_env = desk.env("breath")
            extra["breath"] = breath_timing.start(breath_env, args.breath_s)
        if "idle" not in args.skip:
            results["idle"] = idle(
                desk, watcher, args.idle_s, {k: v for k, v in extra.items() if k != "breath"}
            )
        if breath_env is not None:
            results["breath_timing"] = breath_timing.finish(breath_env, args.breath_s)
    finally:
        for proc in extra.values():
            stop(proc)
        if watcher is not None:
            watcher.close()
        desk.stop()
        if args.keep:
            log(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    results["bench_seconds"] = round(time.monotonic() - began, 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(report(results))
    print(f"\n(bench took {results['bench_seconds']:.0f} s; results in {args.out})")
    missed = misses(results)
    if missed:
        print("MISSED: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
