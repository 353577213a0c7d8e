"""Another app's full-screen window (a presentation, a film), titled "A full-screen window",
that asks for the focus; SIGTERM ends it. On X11 without a window manager Qt puts
_NET_WM_STATE_FULLSCREEN on the window before mapping it; on sway it is a fullscreen view."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("org.kindapp.Fullscreen")
    window = QLabel("A full-screen window")
    window.setWindowTitle("A full-screen window")
    window.showFullScreen()
    window.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
