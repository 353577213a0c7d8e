"""Cold start and idle RSS of two installed Kinds against a bare window, all in the same run.

    python bench/compare_start.py OTHER_VENV_BIN [--runs 10] [--idle-s 20]

For a before/after: OTHER_VENV_BIN/kindapp is the other build (say, the branch's base installed
in a second venv), this Python's kindapp is the one under test. Runs of the bare window, the
other Kind and this Kind alternate (after a discarded warm-up round), each with fresh XDG
directories, on bench/run.py's desktop; then the three idle side by side (the Kinds with
--minimized) and their RSS is read after bench/run.py's settle period.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

import run as bench  # noqa: E402
from procstat import rss_kib  # noqa: E402
from xmap import MapWatcher  # noqa: E402

desktop = bench.desktop


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other_bin", type=Path)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--idle-s", type=float, default=20.0)
    args = ap.parse_args()
    import tempfile

    root = Path(tempfile.mkdtemp(prefix="kind-compare-"))
    desk = bench.Desk(root)
    desk.start()
    watcher = MapWatcher(desk.xvfb.display)
    kinds = {"before": args.other_bin / "kindapp", "after": desktop.kindapp_script()}

    def start_kind(which: str, *extra: str) -> subprocess.Popen[bytes]:
        env = desk.env(f"{which}")
        return desktop.popen(
            [str(kinds[which]), *extra],
            env=dict(env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=env.root,
        )

    starters = {
        "bare": (lambda: bench.start_bare(desk.env("bare")), bench.BARE_TITLE),
        "before": (lambda: start_kind("before"), bench.KIND_TITLE),
        "after": (lambda: start_kind("after"), bench.KIND_TITLE),
    }
    times: dict[str, list[float]] = {k: [] for k in starters}
    try:
        for i in range(args.runs + 1):
            order = list(starters)[i % 3 :] + list(starters)[: i % 3]
            for which in order:
                start, title = starters[which]
                ms = bench.time_to_map(watcher, start, title)
                if i > 0:
                    times[which].append(ms)
        procs = {
            "bare": bench.start_bare(desk.env("idle-bare")),
            "before": start_kind("before", "--minimized"),
            "after": start_kind("after", "--minimized"),
        }
        time.sleep(bench.SETTLE_S + args.idle_s)  # documented settle and idle period
        rss = {k: rss_kib(p.pid) / 1024 for k, p in procs.items()}
        for p in procs.values():
            bench.stop(p)
    finally:
        watcher.close()
        desk.stop()
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"Same run, {args.runs} alternating cold starts each (after one warm-up round)\n")
    print("| | cold start median ms | ratio to bare | idle RSS MiB (tray) | ratio to bare |")
    print("|---|---:|---:|---:|---:|")
    for k in starters:
        print(
            f"| {k} | {med[k]:.1f} | {med[k] / med['bare']:.2f} | {rss[k]:.1f} |"
            f" {rss[k] / rss['bare']:.2f} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
