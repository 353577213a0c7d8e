"""As light as a bare window (issue 29): Kind against a bare PySide6 window, side by side in
the same run on the same desktop (bench/run.py's: Xvfb, trayer, a PulseAudio null sink).

    python bench/bench_light.py [--runs 5] [--idle-s 60] [--after-s 10] [--skip PHASE ...]

1. cold start to the first window mapped (bench/run.py's cold start: alternating pairs, a
   warm-up pair discarded), median of `--runs`;
2. idle in the tray: `--runs` bare windows and `--runs` `kindapp --minimized` started together;
   RSS `--idle-s` (60) after each is up, and wake-ups per second (context switches of all
   threads, bench/procstat.py) from 5 s after it is up to then;
3. after a quick break: `--runs` `kindapp --break` (the real 56 s break, its sound process
   playing into the null sink) beside `--runs` bare windows; RSS `--after-s` (10) after the
   practice ended;
4. every screen opened and closed: `--runs` Kinds (started with their window) that open every
   screen of the main window once (each practice's own screens through its registry command,
   as home's cards and the tray run them), leave the practice, go home and close the window
   into the tray; RSS `--after-s` after that, beside `--runs` bare windows.

Every process runs at the bench's own nice level. Figures are medians; the ratio is Kind's
median over the bare windows' median of the same phase. Exits 1 on a missed target.
Results in bench/results/light.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import run  # noqa: E402  (bench/run.py: the desk, the bare window, the cold start)
from procstat import rss_kib, snapshot  # noqa: E402
from run import BARE_TITLE, Desk, desktop, log, start_bare, stop  # noqa: E402
from xmap import MapWatcher  # noqa: E402

RESULTS = BENCH / "results" / "light.json"
SETTLE_S = 5.0
"""After a process is up: let its start-up work (tray embedding, deferred builds) finish before
wake-ups are counted."""

TARGETS = {
    "cold_start": 1.3,
    "idle_tray_rss": 1.25,
    "after_break_rss": 1.3,
    "after_screens_rss": 1.5,
}
TARGET_WAKEUPS = 1.0
"""Idle wake-ups per second of the tray-only Kind."""

# Runs in a child: Kind with its window; once it is built, every screen opened in turn, then
# home, the window closed into the tray, and a line on stderr when that is done.
WALKER = r"""
import sys
from PySide6.QtCore import QTimer
import kindapp.app.entry as entry

_finish = entry.finish_wiring

def finish_wiring(*a, **k):
    c = _finish(*a, **k)
    QTimer.singleShot(500, lambda: walk(c))
    return c

entry.finish_wiring = finish_wiring

def walk(c):
    from kindapp.core.navigation import Nav
    w = c.window
    steps = [lambda s=s: w.show_screen(s) for s in w.screens()]
    steps += [lambda cmd=shot.command: c.actions.run(cmd) for shot in c.practices.shots()]
    steps += [c.start_touch, c.start_breathe, lambda: c.care.open_learn("myths"),
              c.care.open_history, c.care.show_feels_fake]
    failed = []

    def step(i):
        if c.practice.driver is not None:
            c.practice.leave_practice()
        c.nav.go(Nav.HOME)
        if i == len(steps):
            w.close()  # into the tray
            print(f"walked {len(steps)} failed {len(failed)}", file=sys.stderr, flush=True)
            return
        try:
            steps[i]()
        except Exception as exc:
            failed.append(repr(exc))
            print(f"step {i}: {exc!r}", file=sys.stderr, flush=True)
        QTimer.singleShot(150, lambda: step(i + 1))

    step(0)

sys.exit(entry.main([]))
"""


def median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def rss_mib(pid: int) -> float:
    return rss_kib(pid) / 1024.0


def side_by_side(
    desk: Desk,
    watcher: MapWatcher,
    runs: int,
    name: str,
    start_kind: Any,
    ready: Any,
    wait_s: float,
    count_wakeups: bool = False,
) -> dict[str, Any]:
    """`runs` bare windows and `runs` Kinds started together; each Kind is read `wait_s` after
    `ready(env)` says it is there, the bare windows at the same moment as the last Kind."""
    t0 = time.monotonic()
    bare = [start_bare(desk.env(f"{name}-bare")) for _ in range(runs)]
    kinds: list[tuple[desktop.KindEnv, subprocess.Popen[bytes]]] = []
    try:
        for _ in range(runs):
            env = desk.env(f"{name}-kind")
            kinds.append((env, start_kind(env)))
        for b in bare:
            watcher.first_map(b.pid, BARE_TITLE, 60.0, since=t0)
        marks = []
        for env, _ in kinds:
            ready(env)
            marks.append(time.monotonic())
        kind_rss: list[float] = []
        wakeups: list[float] = []
        bare_wakeups: list[float] = []
        before: dict[int, Any] = {}
        if count_wakeups:
            time.sleep(SETTLE_S)  # documented settle period before counting
            before = {p.pid: snapshot(p.pid) for p in [*bare, *(k for _, k in kinds)]}
        for (_env, p), mark in zip(kinds, marks, strict=True):
            time.sleep(max(0.0, mark + wait_s - time.monotonic()))  # the measured wait itself
            kind_rss.append(rss_mib(p.pid))
            if count_wakeups:
                wakeups.append(_wakeups(p.pid, before[p.pid]))
        bare_rss = [rss_mib(b.pid) for b in bare]
        if count_wakeups:
            bare_wakeups = [_wakeups(b.pid, before[b.pid]) for b in bare]
    finally:
        for b in bare:
            stop(b)
        for _, p in kinds:
            stop(p)
    out: dict[str, Any] = {
        "kind_rss_mib": [round(x, 1) for x in kind_rss],
        "bare_rss_mib": [round(x, 1) for x in bare_rss],
        "kind_median_mib": median(kind_rss),
        "bare_median_mib": median(bare_rss),
    }
    out["ratio"] = round(out["kind_median_mib"] / out["bare_median_mib"], 3)
    if count_wakeups:
        out["kind_wakeups_per_s"] = [round(x, 2) for x in wakeups]
        out["bare_wakeups_per_s"] = [round(x, 2) for x in bare_wakeups]
        out["kind_wakeups_median"] = round(statistics.median(wakeups), 2)
        out["bare_wakeups_median"] = round(statistics.median(bare_wakeups), 2)
    return out


def _wakeups(pid: int, before: Any) -> float:
    now = snapshot(pid)
    span = now.at - before.at
    return sum(n - before.switches.get(tid, 0) for tid, n in now.switches.items()) / span


def tray_up(env: desktop.KindEnv) -> None:
    line = desktop.wait_for_log(env, r"tray available=(\d)", 120.0)
    if line.group(1) != "1":
        raise desktop.DesktopError("kindapp --minimized found no tray on the desktop")


def break_over(env: desktop.KindEnv) -> None:
    ended = desktop.wait_for_log(env, r"practice-end outcome=(\w+)", 180.0)
    if ended.group(1) != "finished":
        raise desktop.DesktopError(f"break ended {ended.group(1)}\n{env.diagnostics()}")
    desktop.wait_for_log(env, r"sound stream closed", 30.0)


def start_walker(env: desktop.KindEnv) -> subprocess.Popen[bytes]:
    err = (env.root / "walker.stderr").open("wb")
    proc = desktop.popen(
        [sys.executable, "-c", WALKER],
        env=dict(env),
        stdout=subprocess.DEVNULL,
        stderr=err,
        cwd=env.root,  # not the source tree: the installed kindapp of this interpreter
    )
    err.close()
    return proc


def walked(env: desktop.KindEnv) -> None:
    path = env.root / "walker.stderr"
    desktop.wait_until(lambda: "walked " in path.read_text(), 180.0, "every screen opened")
    text = path.read_text()
    if " failed 0" not in text:
        raise desktop.DesktopError(f"a screen failed to open:\n{text[-3000:]}")


PHASES = ("cold", "idle", "break", "screens")


def report(results: dict[str, Any]) -> tuple[str, list[str]]:
    rows, missed = [], []

    def row(label: str, key: str, kind: float, bare: float, ratio: float, unit: str) -> None:
        target = TARGETS[key]
        ok = ratio <= target
        if not ok:
            missed.append(f"{label} {ratio}x > {target}x")
        rows.append(
            f"| {label} | {kind} {unit} | {bare} {unit} | {ratio} | ≤ {target} | "
            f"{'met' if ok else '**missed**'} |"
        )

    if "cold_start" in results:
        c = results["cold_start"]
        row(
            "cold start to first window",
            "cold_start",
            c["kindapp"]["median_ms"],
            c["bare"]["median_ms"],
            c["ratio_median"],
            "ms",
        )
    labels = {
        "idle": ("idle RSS in the tray", "idle_tray_rss"),
        "break": ("RSS after a quick break", "after_break_rss"),
        "screens": ("RSS after every screen", "after_screens_rss"),
    }
    for phase, (label, key) in labels.items():
        if phase in results:
            r = results[phase]
            row(label, key, r["kind_median_mib"], r["bare_median_mib"], r["ratio"], "MiB")
    if "idle" in results:
        r = results["idle"]
        w = r["kind_wakeups_median"]
        ok = w <= TARGET_WAKEUPS
        if not ok:
            missed.append(f"idle wake-ups {w}/s > {TARGET_WAKEUPS}/s")
        rows.append(
            f"| idle wake-ups per second in the tray | {w} | {r['bare_wakeups_median']} | – | "
            f"≤ {TARGET_WAKEUPS}/s | {'met' if ok else '**missed**'} |"
        )
    head = [
        "| measure | Kind (median) | bare window (median) | ratio | target | |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    return "\n".join(head + rows), missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-s", type=float, default=60.0)
    parser.add_argument("--after-s", type=float, default=10.0)
    parser.add_argument("--skip", nargs="*", default=[], choices=PHASES)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    if not desktop.kindapp_script().exists():
        raise SystemExit(f"no kindapp at {desktop.kindapp_script()}: pip install the package")
    began = time.monotonic()
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "runs": args.runs,
        "idle_s": args.idle_s,
        "after_s": args.after_s,
    }
    root = Path(tempfile.mkdtemp(prefix="kind-bench-light-"))
    desk = Desk(root)
    watcher: MapWatcher | None = None
    try:
        desk.start()
        watcher = MapWatcher(desk.xvfb.display)
        if "cold" not in args.skip:
            log("cold start")
            results["cold_start"] = run.cold_start(desk, watcher, args.runs)
        if "idle" not in args.skip:
            log(f"idle in the tray: {args.runs} of each, {args.idle_s:.0f} s")
            results["idle"] = side_by_side(
                desk,
                watcher,
                args.runs,
                "idle",
                lambda env: desktop.launch(env, "--minimized").proc,
                tray_up,
                args.idle_s,
                count_wakeups=True,
            )
        if "break" not in args.skip:
            log(f"after a quick break: {args.runs} breaks at once")
            results["break"] = side_by_side(
                desk,
                watcher,
                args.runs,
                "break",
                lambda env: desktop.launch(env, "--break").proc,
                break_over,
                args.after_s,
            )
        if "screens" not in args.skip:
            log("every screen opened and closed")
            results["screens"] = side_by_side(
                desk, watcher, args.runs, "screens", start_walker, walked, args.after_s
            )
    finally:
        if watcher is not None:
            watcher.close()
        desk.stop()
        shutil.rmtree(root, ignore_errors=True)
    results["bench_seconds"] = round(time.monotonic() - began, 1)
    table, missed = report(results)
    results["missed"] = missed
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(table)
    print(f"\n(bench took {results['bench_seconds']:.0f} s; results in {args.out})")
    if missed:
        print("MISSED: " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
