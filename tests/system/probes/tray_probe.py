"""Tray probe: is there a system tray on this desktop, and does an icon get a place in it?

Run on the test desktop (DISPLAY set, QT_QPA_PLATFORM=xcb). Prints one JSON line:
    {"available": true, "geometry": [x, y, w, h], "visible": true}
and exits 0. The geometry is read once the event loop has embedded the icon: a timer polls
for a non-empty geometry for at most TIMEOUT_S, so the probe never sleeps blindly.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

TIMEOUT_S = 5.0
POLL_MS = 20


def main() -> int:
    app = QApplication(sys.argv[:1])
    available = QSystemTrayIcon.isSystemTrayAvailable()
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#7a9e7e"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("Kind tray probe")
    icon.show()

    result: dict[str, object] = {"available": available, "geometry": [0, 0, 0, 0]}
    polls = {"left": int(TIMEOUT_S * 1000 / POLL_MS)}

    def check() -> None:
        geometry = icon.geometry()
        polls["left"] -= 1
        if not geometry.isEmpty() or polls["left"] <= 0:
            result["geometry"] = [geometry.x(), geometry.y(), geometry.width(), geometry.height()]
            result["visible"] = icon.isVisible()
            timer.stop()
            app.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(check)
    timer.start()
    app.exec()
    icon.hide()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
