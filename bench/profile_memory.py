"""What a running Kind holds (issue 29's memory profile), beside a bare PySide6 window.

    python bench/profile_memory.py [--case break|screens|idle] [--after-s 10] [--step-scale 1]

On bench/run.py's desktop (Xvfb, trayer, a PulseAudio null sink): one bare window and one
Kind, side by side. Kind runs in a child that, `--after-s` after the case is done (`break`:
`kindapp --break` ended; `screens`: every screen opened and closed as bench_light.py's walk
does; `idle`: `--minimized`, the tray up), writes what it holds: Python modules (how many, by
package), objects the garbage collector tracks (by type), Qt widgets alive, the Qt/Python
extension libraries mapped. The parent then reads both processes' /proc/PID/smaps and prints
their resident memory by mapping: anonymous (the heaps: Python objects, Qt's widgets and
caches), each shared library, the rest. The same numbers for the bare window show what any
PySide6 window pays.

`--step-scale` below 1 shortens the break (KIND_TEST_STEP_SCALE, a test hook) while profiling;
the figures in README come from the real break (1).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from bench_light import WALKER, break_over, tray_up, walked  # noqa: E402
from run import BARE_TITLE, Desk, desktop, start_bare, stop  # noqa: E402
from xmap import MapWatcher  # noqa: E402

# Runs in the child: Kind, and a dump of what it holds once the case is over.
DUMP = r"""
import gc, json, os, sys
from collections import Counter

def dump(path):
    from PySide6.QtWidgets import QApplication
    gc.collect()
    mods = sorted(sys.modules)
    by_pkg = Counter(m.split(".")[0] if not m.startswith("kindapp") else ".".join(m.split(".")[:3])
                     for m in mods)
    types = Counter(type(o).__name__ for o in gc.get_objects())
    widgets = QApplication.allWidgets()
    wtypes = Counter(type(w).__name__ for w in widgets)
    libs = set()
    with open("/proc/self/maps") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 6 and ".so" in parts[5]:
                libs.add(os.path.basename(parts[5]))
    out = {
        "modules": len(mods),
        "kindapp_modules": sum(1 for m in mods if m.startswith("kindapp")),
        "modules_by_package": by_pkg.most_common(25),
        "module_names": mods,
        "gc_objects": len(gc.get_objects()),
        "gc_types": types.most_common(25),
        "widgets": len(widgets),
        "widget_types": wtypes.most_common(25),
        "libraries": sorted(libs),
    }
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
    print("dumped", file=sys.stderr, flush=True)
"""

# The child dumps once the parent touches the trigger file (the case over, `--after-s` later).
TRIGGER = r"""
from PySide6.QtCore import QTimer

def _poll():
    if os.path.exists(sys.argv[1] + ".go"):
        dump(sys.argv[1])
    else:
        QTimer.singleShot(200, _poll)

import kindapp.app.entry as _entry

_basics = _entry.basics

def _basics_then_poll(*a, **k):  # the QApplication exists now: its timers run
    QTimer.singleShot(200, _poll)
    return _basics(*a, **k)

_entry.basics = _basics_then_poll
"""


def child_for(case: str) -> str:
    if case == "screens":
        return (
            DUMP
            + "\nimport sys\n"
            + WALKER.replace("sys.exit(entry.main([]))", TRIGGER + "sys.exit(entry.main([]))")
        )
    flag = {"break": "--break", "idle": "--minimized"}[case]
    return DUMP + TRIGGER + f"import kindapp.app.entry as entry\nsys.exit(entry.main([{flag!r}]))\n"


def smaps(pid: int) -> dict[str, float]:
    """Resident MiB by mapping: 'anonymous' (heaps and anonymous maps), each file by name."""
    rss: Counter[str] = Counter()
    name = "anonymous"
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            first = line.split(maxsplit=1)[0]
            if "-" in first and not first.endswith(":"):
                parts = line.split()
                path = parts[5] if len(parts) >= 6 else ""
                if not path or path in ("[heap]", "[stack]") or path.startswith("[anon"):
                    name = "anonymous"
                elif ".so" in path:
                    name = os.path.basename(path)
                else:
                    name = os.path.basename(path) if path.startswith("/") else path
            elif first == "Rss:":
                rss[name] += int(line.split()[1]) / 1024.0
    return dict(rss)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", choices=("break", "screens", "idle"), default="break")
    ap.add_argument("--after-s", type=float, default=10.0)
    ap.add_argument("--step-scale", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=BENCH / "results" / "memory_profile.json")
    args = ap.parse_args()
    child = child_for(args.case)
    root = Path(tempfile.mkdtemp(prefix="kind-profile-memory-"))
    desk = Desk(root)
    desk.start()
    watcher = MapWatcher(desk.xvfb.display)
    dumped = root / "dump.json"
    try:
        t0 = time.monotonic()
        bare = start_bare(desk.env("bare"))
        env = desk.env("kind")
        if args.step_scale != 1.0:
            env["KIND_TEST_STEP_SCALE"] = str(args.step_scale)
        # The walk reads its own stderr file (bench_light.walked): the same name here.
        err = (env.root / ("walker.stderr" if args.case == "screens" else "child.stderr")).open(
            "wb"
        )
        kind = desktop.popen(
            [sys.executable, "-c", child, str(dumped)],
            env=dict(env),
            cwd=env.root,  # not the source tree: the installed kindapp of this interpreter
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        err.close()
        watcher.first_map(bare.pid, BARE_TITLE, 60.0, since=t0)
        text = env.root / ("walker.stderr" if args.case == "screens" else "child.stderr")
        if args.case == "break":
            break_over(env)
        elif args.case == "idle":
            tray_up(env)
        else:
            walked(env)
        time.sleep(args.after_s)  # the measured wait itself, as bench_light.py's
        Path(f"{dumped}.go").touch()
        desktop.wait_until(
            lambda: "dumped" in text.read_text(),
            60.0,
            "the child's dump",
            details=lambda: text.read_text()[-3000:],
        )
        result = json.loads(dumped.read_text())
        result["kind_smaps_mib"] = smaps(kind.pid)
        result["bare_smaps_mib"] = smaps(bare.pid)
        stop(kind)
        stop(bare)
    finally:
        watcher.close()
        desk.stop()
        shutil.rmtree(root, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    k, b = result["kind_smaps_mib"], result["bare_smaps_mib"]
    print(f"## {args.case}: resident MiB by mapping, Kind beside a bare window\n")
    print("| mapping | Kind | bare | Kind − bare |\n| --- | ---: | ---: | ---: |")
    for name in sorted(set(k) | set(b), key=lambda n: -(k.get(n, 0.0))):
        kv, bv = k.get(name, 0.0), b.get(name, 0.0)
        if max(kv, bv) >= 0.3:
            print(f"| {name} | {kv:.1f} | {bv:.1f} | {kv - bv:+.1f} |")
    small_k = sum(v for n, v in k.items() if max(v, b.get(n, 0.0)) < 0.3)
    small_b = sum(v for n, v in b.items() if max(v, k.get(n, 0.0)) < 0.3)
    print(f"| (smaller mappings) | {small_k:.1f} | {small_b:.1f} | {small_k - small_b:+.1f} |")
    print(
        f"| **total** | {sum(k.values()):.1f} | {sum(b.values()):.1f} | "
        f"{sum(k.values()) - sum(b.values()):+.1f} |"
    )
    print(
        f"\nKind: {result['modules']} Python modules ({result['kindapp_modules']} kindapp), "
        f"{result['gc_objects']} gc-tracked objects, {result['widgets']} widgets"
    )
    print("modules by package:", ", ".join(f"{n} {c}" for n, c in result["modules_by_package"]))
    print("gc types:", ", ".join(f"{n} {c}" for n, c in result["gc_types"][:15]))
    print("widgets:", ", ".join(f"{n} {c}" for n, c in result["widget_types"][:15]))
    qt = [lib for lib in result["libraries"] if lib.startswith(("libQt6", "Qt", "libpyside"))]
    print("Qt libraries:", ", ".join(qt))
    return 0


if __name__ == "__main__":
    sys.exit(main())
