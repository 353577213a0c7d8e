"""Render the app icon (assets/icons/kind.svg) into a hicolor icon tree, SVG plus PNG sizes.

    python packaging/render_icons.py [OUT_DIR]     (default: packaging/icons)

Writes OUT_DIR/hicolor/scalable/apps/org.kindapp.Kind.svg (a copy of the SVG) and
OUT_DIR/hicolor/NxN/apps/org.kindapp.Kind.png for each size in SIZES, rendered with QSvgRenderer
(antialiased, transparent background). Runs without a display (offscreen platform).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from kindapp.core.catalog import DESKTOP_ID

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SOURCE = REPO / "assets" / "icons" / "kind.svg"
APP_ID = DESKTOP_ID
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
APP_PNGS = REPO / "assets" / "icons" / "png"
"""The same PNGs for Kind itself (kindapp.app.app_icon: no SVG renderer loaded at start)."""


def render(out_dir: Path, source: Path = SOURCE) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {source}")
    written: list[Path] = []
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG", 0):
            raise SystemExit(f"could not write {path}")
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else HERE / "icons"
    for path in render(out):
        print(path)
    if not argv:  # the committed tree: the app's own copies too
        APP_PNGS.mkdir(parents=True, exist_ok=True)
        for size in SIZES:
            png = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            shutil.copyfile(png, APP_PNGS / f"kind-{size}.png")
            print(APP_PNGS / f"kind-{size}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
