"""Light, dark and high-contrast looks, and a text size that scales the whole interface.

Every colour is a design token (`tokens.py`: one palette per look, each role defined once and
its contrast checked by a unit test). The stylesheet (assets/style.qss) and the small icons it
uses (assets/icons/*.svg) are written with `@role@` placeholders that each look fills in.
Widgets that paint themselves call `tokens_of(palette)`, which reads the look from the palette
they were given (set by `palette_for`), so nothing global is needed.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from kindapp.core.catalog import LOOKS
from kindapp.ui.common.tokens import PALETTES, Tokens, fill

_PT = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_PX = re.compile(r"\b(\d+)px\b")
_ICON_URL = re.compile(r"url\(@ICONS@/([\w.-]+\.svg)\)")

# The gesture art is drawn in the light look's colours; each colour's role, for the other looks.
_ART_ROLES = {
    "#7f9f8a": "art_line",
    "#efe6da": "art_fill",
    "#f2ddd3": "art_blush",
    "#fffdf9": "card",
    "#6f6a62": "muted",
}
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def is_dark(color: QColor) -> bool:
    return color.lightnessF() < 0.5


def tokens_for(look: str) -> Tokens:
    """The palette of `look` ("light", "dark" or "contrast")."""
    if look not in PALETTES:
        raise ValueError(f"no palette for {look!r}; known: {', '.join(PALETTES)}")
    return PALETTES[look]


def look_of(palette: QPalette) -> str:
    """Which look a palette belongs to (set by `palette_for`)."""
    window = palette.color(QPalette.ColorRole.Window).name()
    for look, tokens in PALETTES.items():
        if window == tokens.paper:
            return look
    return "dark" if is_dark(palette.color(QPalette.ColorRole.Window)) else "light"


def tokens_of(palette: QPalette) -> Tokens:
    """The palette of the look `palette` belongs to: what a self-painting widget draws with."""
    return PALETTES[look_of(palette)]


def colour(hex_colour: str) -> QColor:
    return QColor(hex_colour)


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


def write_icons(source: Path, folder: Path, look: str) -> Path:
    """The stylesheet's icons (`source`/*.svg, written with `@role@` colours) in `look`'s
    colours, under `folder`/`look`; returns that directory. Written once per look."""
    tokens = tokens_for(look)
    target = folder / look
    target.mkdir(parents=True, exist_ok=True)
    for svg in sorted(source.glob("*.svg")):
        text = svg.read_text(encoding="utf-8")
        if "@" not in text:
            continue
        out = target / svg.name
        filled = fill(text, tokens)
        if not out.exists() or out.read_text(encoding="utf-8") != filled:
            out.write_text(filled, encoding="utf-8")
    return target


def stylesheet_for(qss: str, look: str, scale: float, icons: Path | None = None) -> str:
    """The stylesheet in `look` (light/dark/contrast) with every point size times `scale`;
    `icons`: the folder holding the look's tinted icons (see `write_icons`)."""
    qss = fill(qss, tokens_for(look))
    if icons is not None:
        qss = _ICON_URL.sub(lambda m: f"url({(icons / m.group(1)).as_posix()})", qss)
    if look == "contrast":
        qss += "\n* { outline: none; }\n"
    if scale != 1.0:
        qss = _PT.sub(lambda m: f"{float(m.group(1)) * scale:.1f}pt", qss)
        # Boxes, paddings and corners grow with the words (a check box beside 200 % text is
        # twice the size); hairlines (3 px and less) stay as they are.
        # (Not a slider's: its handle's margins are tied to its groove's fixed height.)
        qss = "}".join(
            rule if "QSlider" in rule else _PX.sub(lambda m: _px(int(m.group(1)), scale), rule)
            for rule in qss.split("}")
        )
    return qss


def _px(value: int, scale: float) -> str:
    return f"{value}px" if value <= 3 else f"{round(value * scale)}px"


def palette_for(look: str) -> QPalette:
    """A QPalette for the look, so standard widgets and painted ones agree with the stylesheet."""
    t = tokens_for(look)
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    p.setColor(role.Window, QColor(t.paper))
    p.setColor(role.WindowText, QColor(t.ink))
    p.setColor(role.Base, QColor(t.card))
    p.setColor(role.AlternateBase, QColor(t.paper))
    p.setColor(role.Text, QColor(t.ink))
    p.setColor(role.Button, QColor(t.card))
    p.setColor(role.ButtonText, QColor(t.ink))
    p.setColor(role.Highlight, QColor(t.accent))
    p.setColor(role.HighlightedText, QColor(t.on_accent))
    p.setColor(role.PlaceholderText, QColor(t.muted))
    p.setColor(role.ToolTipBase, QColor(t.card))
    p.setColor(role.ToolTipText, QColor(t.ink))
    p.setColor(role.Link, QColor(t.accent_text))
    p.setColor(role.Mid, QColor(t.control_line))
    p.setColor(role.Dark, QColor(t.control_line))
    p.setColor(role.Light, QColor(t.card))
    p.setColor(role.Midlight, QColor(t.line))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor(t.disabled_ink))
    p.setColor(group.Disabled, role.Button, QColor(t.paper))
    p.setColor(group.Disabled, role.Base, QColor(t.paper))
    return p


def apply_look(
    app: QGuiApplication,
    template: str,
    look: str,
    scale: float,
    base_point_size: float,
    icons: Path,
) -> str:
    """Apply a look and text size to the whole app; returns the look actually used. `icons`:
    a folder of Kind's own where the look's tinted icons are written (app.py makes one)."""
    from PySide6.QtWidgets import QApplication

    used = resolve(look, system_prefers_dark())
    app.setPalette(palette_for(used))
    font = app.font()
    font.setPointSizeF(base_point_size * scale)
    app.setFont(font)
    if isinstance(app, QApplication):
        from kindapp.resources import data_dir

        source = Path(str(data_dir("assets") / "icons"))
        folder = write_icons(source, icons, used)
        sheet = stylesheet_for(template, used, scale, folder)
        if app.styleSheet() != sheet:  # setting it re-polishes every widget: only on a change
            app.setStyleSheet(sheet)
    return used


def svg_for_look(svg: bytes, palette: QPalette) -> bytes:
    """A gesture illustration's SVG in `palette`'s look: each of the artwork's colours is
    replaced by its role's colour in that look (a sage outline reads at 3:1 on every card)."""
    tokens = tokens_of(palette)
    text = svg.decode("utf-8")

    def one(m: re.Match[str]) -> str:
        role = _ART_ROLES.get(m.group(0).lower())
        return str(getattr(tokens, role)) if role else m.group(0)

    return _HEX.sub(one, text).encode("utf-8")
