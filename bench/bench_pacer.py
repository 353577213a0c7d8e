"""Frame rate and CPU of the breathing pacer on Xvfb's software rendering.

Run from the source tree: PYTHONPATH=. python bench/bench_pacer.py [--seconds 10]

Starts its own Xvfb, shows the Pacer (real monotonic clock, pattern "six", 300x300) and measures,
over the interval: frames painted per second (the pacer's own `frames_painted` counter over wall
time) and CPU time of this process (all threads) as a percentage of one core, plus Xvfb's CPU.
Cases: moving, reduced motion, and a baseline: a bare QWidget filling a rectangle from the same
16 ms precise timer. Targets: moving >= 55 frames/s at <= 25 % of a core and at most twice
the bare widget's CPU; reduced <= 2 %.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "system"))
sys.path.insert(0, str(REPO))

import desktop  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
TARGET_RATIO = 2.0  # the moving pacer's CPU against the bare QWidget's at the same frame rate


def _own_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _proc_cpu(pid: int) -> float:
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


@dataclass
class Result:
    case: str
    seconds: float
    fps: float
    cpu_percent: float
    xvfb_percent: float


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="kind-bench-pacer-"))
    xvfb = desktop.Xvfb(workdir)
    xvfb.start()
    os.environ["DISPLAY"] = xvfb.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.pop("WAYLAND_DISPLAY", None)
    assert xvfb.proc is not None
    xvfb_pid = xvfb.proc.pid

    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtGui import QColor, QPainter, QPaintEvent
    from PySide6.QtWidgets import QApplication, QWidget

    from kindapp.core.breathing import PATTERNS
    from kindapp.core.clock import MonotonicClock
    from kindapp.ui.practices.pacer import FRAME_MS, Pacer

    class Bare(QWidget):
        """The least a widget can do at the same frame rate: fill a rectangle."""

        def __init__(self) -> None:
            super().__init__()
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
            self.frames_painted = 0
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(FRAME_MS)
            self.timer.timeout.connect(self.update)

        def paintEvent(self, event: QPaintEvent) -> None:
            self.frames_painted += 1
            p = QPainter(self)
            shade = 200 + self.frames_painted % 40
            p.fillRect(self.rect(), QColor(shade, shade, shade))
            p.end()

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")

    def spin(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()

    def measure(case: str, widget: QWidget) -> Result:
        widget.resize(300, 300)
        widget.show()
        spin(1.0)  # settle: mapped, first frames, caches warm
        frames0 = widget.frames_painted  # type: ignore[attr-defined]
        cpu0, x0 = _own_cpu(), _proc_cpu(xvfb_pid)
        wall = QElapsedTimer()
        wall.start()
        spin(args.seconds)
        span = wall.nsecsElapsed() / 1e9
        frames = widget.frames_painted - frames0  # type: ignore[attr-defined]
        cpu, x = _own_cpu() - cpu0, _proc_cpu(xvfb_pid) - x0
        widget.hide()
        widget.deleteLater()
        spin(0.3)
        return Result(case, span, frames / span, 100 * cpu / span, 100 * x / span)

    clock = MonotonicClock()
    results = []
    for case, reduced in (("moving", False), ("reduced motion", True)):
        pacer = Pacer()
        pacer.set_reduced_motion(reduced)
        pacer.set_source(clock.now, clock.now(), PATTERNS["six"])
        pacer.set_running(True)
        results.append(measure(case, pacer))
    bare = Bare()
    bare.timer.start()
    results.append(measure("baseline: bare QWidget, fillRect at 16 ms", bare))

    print(
        f'Pacer on Xvfb ({xvfb.screen}), 300x300, pattern "six", '
        f"{args.seconds:g} s per case, Python {sys.version.split()[0]}\n"
    )
    print("| case | frames/s | CPU % of one core (app) | CPU % (Xvfb) |")
    print("|---|---:|---:|---:|")
    for r in results:
        print(f"| {r.case} | {r.fps:.1f} | {r.cpu_percent:.2f} | {r.xvfb_percent:.2f} |")
    moving, reduced_r, base = results
    ratio = moving.cpu_percent / base.cpu_percent if base.cpu_percent > 0 else float("inf")
    print(f"\nmoving pacer / baseline CPU: {ratio:.2f}x (target <= {TARGET_RATIO:g}x)")
    ok = (
        moving.fps >= 55
        and moving.cpu_percent <= 25
        and reduced_r.cpu_percent <= 2
        and ratio <= TARGET_RATIO
    )
    print(
        f"targets (>= 55 frames/s at <= 25 % and <= {TARGET_RATIO:g}x the bare widget's CPU;"
        f" reduced <= 2 %): {'met' if ok else 'NOT met'}"
    )
    xvfb.stop()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
