"""Baseline for the benchmarks: the least a PySide6 app can do to show a window.

A QApplication with the same Fusion style as Kind and one titled, shown QWidget. Nothing else:
no stylesheet, no icon, no tray. Run it with the same interpreter as the installed `kindapp`.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = QWidget()
    window.setWindowTitle(sys.argv[1] if len(sys.argv) > 1 else "Bare")
    window.resize(480, 360)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
