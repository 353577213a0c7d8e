"""Where Kind's start-up goes: cProfile and -X importtime up to the first window shown.

    python bench/profile_start.py [--lang de] [--top 25]

Starts its own Xvfb and tray host (tests/system/desktop.py), runs the installed `kindapp` in a
child process with fresh XDG directories, and stops it as soon as its main window has been
exposed (the app's `window-shown` moment plus one turn of the event loop). Prints the cProfile
top functions by cumulative time and the largest imports (-X importtime) before that moment.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "system"))

import desktop  # noqa: E402

# Runs in the child: kindapp.app.main under cProfile, quitting once the window is exposed.
CHILD = r"""
import cProfile, pstats, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def quit_when_shown():
    app = QApplication.instance()
    for w in app.topLevelWidgets():
        handle = w.windowHandle()
        if w.windowTitle() == "Kind" and handle is not None and handle.isExposed():
            prof.disable()
            app.exit(0)
            return
    QTimer.singleShot(1, quit_when_shown)

_exec = QApplication.exec
def exec_(self=None):
    QTimer.singleShot(0, quit_when_shown)
    return _exec()
QApplication.exec = exec_

from kindapp.app import main
prof = cProfile.Profile()
prof.enable()
try:
    main([])
finally:
    prof.disable()
    prof.dump_stats(sys.argv[1])
"""

IMPORT_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)\s*$")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="en")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kind-profile-"))
    xvfb = desktop.Xvfb(work)
    xvfb.start()
    tray = desktop.Trayer(xvfb, work)
    tray.start()
    try:
        env = desktop.make_kind_env(work / "app", xvfb.display, None, None)
        env.config_dir.mkdir(parents=True, exist_ok=True)
        env.settings_path.write_text(
            json.dumps({"schema_version": 1, "first_run_done": True, "language": args.lang})
        )
        stats = Path(os.environ.get("KIND_PROFILE_OUT", work / "start.prof"))
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", CHILD, str(stats)],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=env.root,
        )
        if done.returncode != 0:
            print(done.stderr[-3000:], file=sys.stderr)
            return 1
        import pstats

        print(f"## cProfile, launch to the window exposed ({args.lang}), by cumulative time\n")
        p = pstats.Stats(str(stats))
        p.sort_stats("cumulative").print_stats(args.top)
        rows = []
        for line in done.stderr.splitlines():
            m = IMPORT_LINE.match(line)
            if m:
                rows.append((int(m.group(2)), len(m.group(3)) // 2, m.group(4)))
        names = {n for _, _, n in rows}
        print(f"## -X importtime: {len(names)} modules; largest top-level imports (cumulative)\n")
        for cum, _level, name in sorted((r for r in rows if r[1] == 0), reverse=True)[:20]:
            print(f"{cum / 1000:8.1f} ms  {name}")
        kind = sorted(n for n in names if n.startswith("kindapp"))
        print(f"\nkindapp modules imported ({len(kind)}): {', '.join(kind)}")
        qt = sorted(n for n in names if n.startswith("PySide6."))
        print(f"Qt modules imported: {', '.join(qt)}")
        heavy = [n for n in names if n.split(".")[0] in ("numpy", "sqlite3", "xml", "sounddevice")]
        print(f"heavy: {', '.join(sorted(heavy)) or 'none'}")
    finally:
        tray.stop()
        xvfb.stop()
        os.environ.pop("KIND_PROFILE", None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
