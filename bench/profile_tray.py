"""What a tray-only Kind holds: its memory by start-up stage, its modules, its widgets.

    python bench/profile_tray.py [--args --minimized] [--settle-s 5] [--top 20] [--source DIR]

Starts its own Xvfb and tray host (tests/system/desktop.py) and runs `kindapp.app.main` in a
child process (fresh XDG directories) with -X importtime. The child notes its RSS after the
QApplication, after the first frame's objects (`first_frame`), after the rest (`finish_wiring`)
and, `--settle-s` after the event loop started, everything it holds: RSS split into anonymous
and file-backed pages, the Python modules loaded (Kind's own, PySide6's, the rest by top-level
package), the widgets alive and the objects the garbage collector tracks. Prints it as JSON,
with the largest imports by cumulative time.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "system"))

import desktop  # noqa: E402

CHILD = r"""
import gc, json, sys, time
from pathlib import Path

def status():
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "RssAnon:", "RssFile:", "RssShmem:")):
            out[line.split(":")[0]] = round(int(line.split()[1]) / 1024, 1)
    return out

stages = {"python": status()}
import kindapp.app.entry as entry
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

_first, _finish = entry.first_frame, entry.finish_wiring

def first_frame(*a, **k):
    stages["qapplication"] = status()
    made = _first(*a, **k)
    stages["first_frame"] = status()
    return made

def finish_wiring(*a, **k):
    made = _finish(*a, **k)
    stages["finish_wiring"] = status()
    return made

entry.first_frame, entry.finish_wiring = first_frame, finish_wiring

def report():
    app = QApplication.instance()
    mods = sorted(sys.modules)
    tops = {}
    for m in mods:
        tops[m.split(".")[0]] = tops.get(m.split(".")[0], 0) + 1
    gc.collect()
    out = {
        "stages_mib": stages,
        "idle": status(),
        "modules": len(mods),
        "kindapp_modules": [m for m in mods if m.startswith("kindapp")],
        "pyside_modules": [m for m in mods if m.startswith("PySide6.")],
        "packages": sorted(tops.items(), key=lambda kv: -kv[1])[:25],
        "widgets": len(app.allWidgets()),
        "top_level_widgets": sorted(
            type(w).__name__ + (" (visible)" if w.isVisible() else "")
            for w in app.topLevelWidgets()
        ),
        "gc_objects": len(gc.get_objects()),
    }
    import ctypes
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    out["after_malloc_trim"] = status()
    Path(sys.argv[1]).write_text(json.dumps(out, indent=1))
    app.exit(0)

_exec = QApplication.exec
def exec_(self=None):
    QTimer.singleShot(int(float(sys.argv[2]) * 1000), report)
    return _exec()
QApplication.exec = exec_
sys.exit(entry.main(sys.argv[3:]))
"""

IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)\s*$")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--settle-s", type=float, default=5.0)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--args", nargs="*", default=["--minimized"])
    parser.add_argument(
        "--source",
        type=Path,
        help="run kindapp from this source tree (e.g. an older commit's `git archive`) instead",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kind-tray-profile-") as tmp:
        root = Path(tmp)
        xvfb = desktop.Xvfb(root)
        trayer = desktop.Trayer(xvfb, root)
        xvfb.start()
        trayer.start()
        try:
            env = desktop.make_kind_env(root / "kind", xvfb.display, None, None)
            env["PYTHONPROFILEIMPORTTIME"] = "1"
            if args.source is not None:
                env["PYTHONPATH"] = str(args.source.resolve())
            out = root / "report.json"
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(out), str(args.settle_s), *args.args],
                env=dict(env),
                capture_output=True,
                cwd=env.root,  # not the checkout: `-c` puts the working directory first
                timeout=120,
                check=False,
            )
            if not out.exists():
                sys.stderr.write(done.stderr.decode("utf-8", "replace")[-4000:])
                return 1
            result = json.loads(out.read_text())
        finally:
            trayer.stop()
            xvfb.stop()
    imports: list[tuple[str, int]] = []
    for line in done.stderr.decode("utf-8", "replace").splitlines():
        m = IMPORT_LINE.match(line)
        if m and len(m.group(3)) // 2 <= 1:
            imports.append((m.group(4), int(m.group(2))))
    imports.sort(key=lambda x: -x[1])
    result["largest_imports_ms"] = [(n, round(us / 1000, 1)) for n, us in imports[: args.top]]
    result["kindapp_module_count"] = len(result["kindapp_modules"])
    result["import_self_ms_total"] = round(
        sum(
            int(m.group(1))
            for m in map(IMPORT_LINE.match, done.stderr.decode("utf-8", "replace").splitlines())
            if m
        )
        / 1000,
        1,
    )
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
