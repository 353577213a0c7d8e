"""The QApplication's names, style and icon, and the stylesheet's template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kindapp.core.catalog import APP_NAME, DESKTOP_ID

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication


ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
"""Sizes of the app icon rendered from assets/icons/kind.svg (packaging/render_icons.py), shipped
as PNGs so the tray and the window need no SVG renderer (QtSvg and its plugin stay unloaded)."""


def app_icon() -> QIcon:
    """The app icon, from its PNG sizes."""
    from PySide6.QtGui import QIcon

    from kindapp.resources import data_dir

    icons = data_dir("assets") / "icons" / "png"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"kind-{size}.png"))
    return icon


def configure_qt_app(app: QApplication, *, icon: bool = True) -> QIcon | None:
    """Names, style and icon for a QApplication; returns the app icon (looks: see ui.theme).
    `icon=False` leaves the icon for later (Kind's start: the window first)."""
    # The name desktops show and speak: the tray item's Id and Title, AT-SPI's application name
    # (and X11's WM_CLASS class). Files have their own id (core.paths, platformdirs).
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setStyle("Fusion")
    if not icon:
        return None
    made = app_icon()
    app.setWindowIcon(made)
    return made


def stylesheet_template() -> str:
    """assets/style.qss: colours as `@role@` tokens and icons as `@ICONS@/name.svg`, which
    `theme.apply_look` fills in for a look."""
    from kindapp.resources import data_dir

    return (data_dir("assets") / "style.qss").read_text(encoding="utf-8")
