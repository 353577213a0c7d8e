"""A plain window that takes the focus on the test desktop (app_id org.kindapp.Other, title
"Another window"), so a test can check that Kind comes to the front over it. SIGTERM ends it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setDesktopFileName("org.kindapp.Other")
    window = QLabel("Another window")
    window.setWindowTitle("Another window")
    window.resize(400, 300)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
