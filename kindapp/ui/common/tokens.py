"""Kind's colours as design tokens: one palette per look, each colour defined once by its role.

The style sheet (assets/style.qss, written with `@role@` placeholders), the small tinted icons
(assets/icons/*.svg, the same placeholders), the gesture art and every widget that paints
itself read these roles, never a raw colour. `PAIRS` says which roles are drawn on which, and
how much contrast each pairing needs (WCAG 2.2: text 4.5:1, or 7:1 in the high-contrast look;
a control's boundary, a focus ring, the progress dots and other meaningful graphics 3:1); a unit
test (tests/unit/test_tokens.py) computes every ratio.

Plain Python (no Qt), so the check needs no display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from enum import Enum


@dataclass(frozen=True)
class Tokens:
    """Every colour role of one look, as #rrggbb."""

    # Surfaces
    paper: str  # the screen
    card: str  # cards, inputs, buttons
    tint: str  # a calm sage surface: banners, prompt panels, a chosen card
    hover: str  # a surface under the pointer
    pressed: str
    selected: str  # a selected row in a list
    selection: str  # selected text
    warn_bg: str  # a save problem
    # Text
    ink: str  # body text, headings
    muted: str  # hints, subtitles, secondary text
    accent_text: str  # quiet link-style buttons, step titles, prompts
    on_accent: str  # words and check marks on the accent
    warn_ink: str
    disabled_ink: str  # words of a control that does not apply now (dimmer, still readable)
    # Lines
    line: str  # decorative: a card's edge, a divider
    line_hover: str
    tint_line: str
    warn_line: str
    control_line: str  # the boundary of an input, check box, radio button, slider handle
    disabled_line: str  # the boundary of a control that does not apply now
    focus: str  # the keyboard focus ring
    thumb: str  # a scroll bar's handle
    # The accent
    accent: str  # primary buttons, checked check boxes and radio buttons, a step done
    accent_hover: str
    # Painted: the pacer, the history chart, the gesture art, the rating's ticks
    pacer_track: str  # the faint circle the breath grows to
    pacer_mid: str  # the circle's edge while it is small
    pacer_ring: str  # the circle's edge
    pacer_fill_small: str
    pacer_fill_large: str
    still_low: str  # reduced motion: the out-breath's colour
    still_high: str  # ... and the in-breath's
    chart_before: str
    chart_after: str
    art_line: str
    art_fill: str
    art_blush: str


LIGHT = Tokens(
    paper="#f6f2ec",
    card="#fffdf9",
    tint="#eef3ee",
    hover="#f1ede6",
    pressed="#e9e3da",
    selected="#e4ece5",
    selection="#cfdccf",
    warn_bg="#f8f0e0",
    ink="#34312c",
    muted="#67625b",
    accent_text="#4f6b59",
    on_accent="#ffffff",
    warn_ink="#5b4a2e",
    disabled_ink="#8c867c",
    line="#e6dfd4",
    line_hover="#b9cbbd",
    tint_line="#cfdccf",
    warn_line="#e8d6b3",
    control_line="#8f887d",
    disabled_line="#d9d1c4",
    focus="#4f6b59",
    thumb="#8f887d",
    accent="#587762",
    accent_hover="#4c6a56",
    pacer_track="#e0d8cc",
    pacer_mid="#8aa895",
    pacer_ring="#6a8c75",
    pacer_fill_small="#d6e0d6",
    pacer_fill_large="#a9c0af",
    still_low="#e3e9e1",
    still_high="#aac1b0",
    chart_before="#9a8a70",
    chart_after="#587762",
    art_line="#5d7c68",
    art_fill="#efe6da",
    art_blush="#f2ddd3",
)

DARK = Tokens(
    paper="#2a2824",
    card="#252118",
    tint="#262926",
    hover="#2e2c29",
    pressed="#373431",
    selected="#2d302d",
    selection="#364536",
    warn_bg="#312d25",
    ink="#d2cec8",
    muted="#a6a29b",
    accent_text="#9cb5a4",
    on_accent="#1a1a18",
    warn_ink="#d0c2a9",
    disabled_ink="#827d75",
    line="#3a3834",
    line_hover="#445648",
    tint_line="#364536",
    warn_line="#614d27",
    control_line="#857e72",
    disabled_line="#4a453c",
    focus="#a3c4ad",
    thumb="#857e72",
    accent="#8fb09a",
    accent_hover="#a0bfaa",
    pacer_track="#493f31",
    pacer_mid="#6f8c79",
    pacer_ring="#86a790",
    pacer_fill_small="#373b37",
    pacer_fill_large="#4d6252",
    still_low="#30332f",
    still_high="#4c6252",
    chart_before="#9d8e76",
    chart_after="#8fb09a",
    art_line="#9fbfa9",
    art_fill="#3a3631",
    art_blush="#4a3c36",
)

CONTRAST = Tokens(
    paper="#ffffff",
    card="#ffffff",
    tint="#ffffff",
    hover="#e6e6e6",
    pressed="#cccccc",
    selected="#ffe680",
    selection="#ffe680",
    warn_bg="#ffffff",
    ink="#000000",
    muted="#2e2e2e",
    accent_text="#00391c",
    on_accent="#ffffff",
    warn_ink="#000000",
    disabled_ink="#5e5e5e",
    line="#000000",
    line_hover="#000000",
    tint_line="#000000",
    warn_line="#000000",
    control_line="#000000",
    disabled_line="#767676",
    focus="#0033cc",
    thumb="#000000",
    accent="#00512a",
    accent_hover="#003a1e",
    pacer_track="#000000",
    pacer_mid="#000000",
    pacer_ring="#000000",
    pacer_fill_small="#ffffff",
    pacer_fill_large="#ffffff",
    still_low="#ffffff",
    still_high="#ffe680",
    chart_before="#000000",
    chart_after="#00512a",
    art_line="#000000",
    art_fill="#ffffff",
    art_blush="#ffffff",
)

PALETTES: dict[str, Tokens] = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}
ROLES: tuple[str, ...] = tuple(f.name for f in fields(Tokens))


class Need(Enum):
    """How much contrast a pairing needs (WCAG 2.2 1.4.3, 1.4.6, 1.4.11, 2.4.13)."""

    TEXT = "text"  # 4.5:1; 7:1 in the high-contrast look
    GRAPHIC = "graphic"  # 3:1: a control's boundary, a focus ring, a meaningful graphic
    DISABLED = "disabled"  # 3:1: a disabled control's words still carry information

    def minimum(self, look: str) -> float:
        if self is Need.TEXT:
            return 7.0 if look == "contrast" else 4.5
        return 3.0


# Which role is drawn on which: every foreground/background pairing the app paints.
PAIRS: tuple[tuple[str, str, Need], ...] = (
    *(
        ("ink", bg, Need.TEXT)
        for bg in ("paper", "card", "tint", "hover", "pressed", "selected", "selection", "warn_bg")
    ),
    *(("muted", bg, Need.TEXT) for bg in ("paper", "card", "tint", "hover", "selected")),
    *(("accent_text", bg, Need.TEXT) for bg in ("paper", "card", "tint", "hover")),
    ("on_accent", "accent", Need.TEXT),
    ("on_accent", "accent_hover", Need.TEXT),
    ("warn_ink", "warn_bg", Need.TEXT),
    *(("disabled_ink", bg, Need.DISABLED) for bg in ("paper", "card")),
    *(("control_line", bg, Need.GRAPHIC) for bg in ("paper", "card", "hover", "tint")),
    *(("focus", bg, Need.GRAPHIC) for bg in ("paper", "card", "tint")),
    # A primary button shows focus with an ink ring at its edge, against the paper around it.
    ("ink", "paper", Need.GRAPHIC),
    *(("accent", bg, Need.GRAPHIC) for bg in ("paper", "card", "tint")),
    ("thumb", "paper", Need.GRAPHIC),
    ("pacer_ring", "paper", Need.GRAPHIC),
    *(("chart_before", bg, Need.GRAPHIC) for bg in ("card",)),
    *(("chart_after", bg, Need.GRAPHIC) for bg in ("card",)),
    *(("art_line", bg, Need.GRAPHIC) for bg in ("card", "art_fill", "tint")),
)


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour given as #rrggbb."""

    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, 1 (none) to 21 (black on white)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


_PLACEHOLDER = re.compile(r"@([a-z_]+)@")


def fill(template: str, tokens: Tokens) -> str:
    """`template` with every `@role@` replaced by that role's colour; an unknown role raises."""

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in ROLES:
            raise KeyError(f"no colour role {name!r}; known: {', '.join(ROLES)}")
        return str(getattr(tokens, name))

    return _PLACEHOLDER.sub(one, template)


def roles_in(template: str) -> set[str]:
    """The `@role@` placeholders a template uses."""
    return set(_PLACEHOLDER.findall(template))
