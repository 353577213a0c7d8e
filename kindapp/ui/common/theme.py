"""Light, dark and high-contrast looks, and a text size that scales the whole interface.

The stylesheet (assets/style.qss) is written in the light palette. Other looks are derived
from it colour by colour: dark by turning each colour's lightness around (hue kept, so the
calm sage stays sage), high contrast from an explicit table of the palette's roles. Widgets
that paint themselves call `adapt(colour, palette)`, which reads the look from the palette
they were given, so nothing global is needed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from kindapp.core.catalog import LOOKS

_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
_PT = re.compile(r"(\d+(?:\.\d+)?)pt\b")

# High contrast: every colour of the light palette by its role. Backgrounds white, text and
# borders black, the accent a deep green, focus a strong blue.
_CONTRAST = {
    # backgrounds and surfaces
    "#f6f2ec": "#ffffff",
    "#fffdf9": "#ffffff",
    "#eef3ee": "#ffffff",
    "#f1ede6": "#e6e6e6",
    "#e9e3da": "#cccccc",
    "#e4ece5": "#ffe680",
    "#cfdccf": "#ffe680",
    "#efe9e0": "#ffffff",
    "#ece6dc": "#ffffff",
    "#f8f0e0": "#ffffff",
    "#dbe5dc": "#ffe680",
    "#d8e5da": "#ffe680",
    "#e8d6b3": "#000000",
    "#ffffff": "#ffffff",
    # text
    "#3b3833": "#000000",
    "#2f2c28": "#000000",
    "#6f6a62": "#000000",
    "#8a847a": "#000000",
    "#5c574f": "#000000",
    "#5a554e": "#000000",
    "#6f8a78": "#00391c",
    "#5f7a68": "#00391c",
    "#5b4a2e": "#000000",
    # lines and borders
    "#e6dfd4": "#000000",
    "#d9d1c4": "#000000",
    "#b9cbbd": "#000000",
    "#e0d8cc": "#000000",
    # accent
    "#7f9f8a": "#00512a",
    "#738f7d": "#003a1e",
    "#9fb8a6": "#00512a",
    "#4f6b59": "#0033cc",
}


def is_dark(color: QColor) -> bool:
    return color.lightnessF() < 0.5


def _dark(color: QColor) -> QColor:
    """Lightness turned around (kept off pure black and white), hue and saturation kept."""
    h, s, lightness, a = color.hslHueF(), color.hslSaturationF(), color.lightnessF(), color.alphaF()
    new_l = 0.11 + (1.0 - lightness) * 0.80
    # Pale warm paper would turn brown; surfaces go nearly neutral, accents keep their colour.
    sat = s * (0.22 if lightness > 0.85 else 0.8)
    return QColor.fromHslF(max(h, 0.0), sat, min(max(new_l, 0.0), 1.0), a)


def _contrast(color: QColor) -> QColor:
    known = _CONTRAST.get(color.name().lower())
    if known is not None:
        return QColor(known)
    return QColor("#000000") if color.lightnessF() < 0.7 else QColor("#ffffff")


def look_of(palette: QPalette) -> str:
    """Which look a palette belongs to (set by `palette_for`)."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    if window.name() == "#ffffff" and text.name() == "#000000":
        return "contrast"
    return "dark" if is_dark(window) else "light"


def adapt(color: QColor | str, palette: QPalette) -> QColor:
    """A light-palette colour as it should look in `palette`'s look."""
    c = QColor(color)
    look = look_of(palette)
    if look == "dark":
        return _dark(c)
    if look == "contrast":
        return _contrast(c)
    return c


def resolve(look: str, hints_dark: bool) -> str:
    """The look to use: the person's choice, or the system's scheme for 'system'."""
    if look == "system":
        return "dark" if hints_dark else "light"
    if look not in LOOKS:
        raise ValueError(f"no look {look!r}; known: {', '.join(LOOKS)}")
    return look


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def stylesheet_for(qss: str, look: str, scale: float) -> str:
    """The stylesheet in `look` (light/dark/contrast) with every point size times `scale`."""
    if look == "dark":
        qss = _HEX.sub(lambda m: _dark(QColor(m.group(0))).name(), qss)
    elif look == "contrast":
        qss = _HEX.sub(lambda m: _contrast(QColor(m.group(0))).name(), qss)
        qss += (
            "\n* { outline: none; }\nQPushButton:focus, QToolButton:focus, QLineEdit:focus,"
            " QComboBox:focus, QPlainTextEdit:focus { border: 3px solid #0033cc; }\n"
        )
    if scale != 1.0:
        qss = _PT.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", qss)
    return qss


def palette_for(look: str) -> QPalette:
    """A QPalette for the look, so standard widgets and painted ones agree with the stylesheet."""
    base = {
        "paper": "#f6f2ec",
        "ink": "#3b3833",
        "card": "#fffdf9",
        "accent": "#7f9f8a",
        "quiet": "#6f6a62",
        "select": "#cfdccf",
    }
    if look == "dark":
        base = {k: _dark(QColor(v)).name() for k, v in base.items()}
    elif look == "contrast":
        base = {k: _contrast(QColor(v)).name() for k, v in base.items()}
    p = QPalette()
    role = QPalette.ColorRole
    p.setColor(role.Window, QColor(base["paper"]))
    p.setColor(role.WindowText, QColor(base["ink"]))
    p.setColor(role.Base, QColor(base["card"]))
    p.setColor(role.AlternateBase, QColor(base["paper"]))
    p.setColor(role.Text, QColor(base["ink"]))
    p.setColor(role.Button, QColor(base["card"]))
    p.setColor(role.ButtonText, QColor(base["ink"]))
    p.setColor(role.Highlight, QColor(base["accent"]))
    p.setColor(role.HighlightedText, QColor(base["card"]))
    p.setColor(role.PlaceholderText, QColor(base["quiet"]))
    p.setColor(role.ToolTipBase, QColor(base["card"]))
    p.setColor(role.ToolTipText, QColor(base["ink"]))
    return p


def apply_look(
    app: QGuiApplication, template: str, look: str, scale: float, base_point_size: float
) -> str:
    """Apply a look and text size to the whole app; returns the look actually used."""
    from PySide6.QtWidgets import QApplication

    used = resolve(look, system_prefers_dark())
    app.setPalette(palette_for(used))
    font = app.font()
    font.setPointSizeF(base_point_size * scale)
    app.setFont(font)
    if isinstance(app, QApplication):
        sheet = stylesheet_for(template, used, scale)
        if app.styleSheet() != sheet:  # setting it re-polishes every widget: only on a change
            app.setStyleSheet(sheet)
    return used


def svg_for_look(svg: bytes, palette: QPalette) -> bytes:
    """An illustration's SVG in `palette`'s look. High contrast turns its soft colours into
    ink and paper (a sage outline is under 3:1 on white); light and dark keep the artwork,
    whose cream figure reads on either."""
    if look_of(palette) != "contrast":
        return svg
    text = svg.decode("utf-8")
    return _HEX.sub(lambda m: _contrast(QColor(m.group(0))).name(), text).encode("utf-8")
