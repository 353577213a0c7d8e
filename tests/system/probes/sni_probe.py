"""StatusNotifier probe: a bare PySide6 tray icon with a small menu that stays until stopped.

Run on the Wayland test desktop (QT_QPA_PLATFORM=wayland, DBUS_SESSION_BUS_ADDRESS set). Prints
one JSON line once the icon is shown:
    {"available": true, "visible": true}
then keeps the icon in the tray until SIGTERM, so the test can look for it at the watcher.
"""

from __future__ import annotations

import json
import signal
import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("kind-sni-probe")
    available = QSystemTrayIcon.isSystemTrayAvailable()
    pixmap = QPixmap(22, 22)
    pixmap.fill(QColor("#7a9e7e"))
    icon = QSystemTrayIcon(QIcon(pixmap))
    icon.setToolTip("Kind tray probe")
    menu = QMenu()
    menu.addAction("Probe entry")
    icon.setContextMenu(menu)
    icon.show()
    print(json.dumps({"available": available, "visible": icon.isVisible()}), flush=True)
    signal.signal(signal.SIGTERM, lambda *_: app.quit())
    # Python only runs signal handlers between bytecodes: wake the interpreter now and then.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(100)
    app.exec()
    icon.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())
