"""Save a screenshot of one X window as PNG with Qt's own grab (no ImageMagick needed).

    python grab_window.py WINDOW_ID OUT.png      (WINDOW_ID as xdotool prints it, decimal or 0x…)

Exits 0 when the PNG was written, 1 when the grab came back empty.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(argv: list[str]) -> int:
    window, out = int(argv[1], 0), argv[2]
    app = QGuiApplication(argv[:1])
    screen = app.primaryScreen()
    shot = screen.grabWindow(window)
    if shot.isNull() or not shot.save(out, "PNG"):
        sys.stderr.write(f"grab_window: could not grab window {argv[1]} into {out}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
