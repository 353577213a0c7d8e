"""Contrast by construction: every colour pairing of every look, measured as WCAG 2.2 asks.

Text 4.5:1 (7:1 in the high-contrast look), a control's boundary, a focus ring, the progress
dots and the other meaningful graphics 3:1, a disabled control's words still 3:1 and yet
dimmer than the words around them. The style sheet, its icons and the painted widgets only
name roles; a raw colour anywhere else would escape this check, so none is allowed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kindapp.ui.common import tokens
from kindapp.ui.common.tokens import PAIRS, PALETTES, ROLES, Need, contrast

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")


@pytest.mark.parametrize("look", list(PALETTES))
def test_every_pairing_reaches_its_contrast(look: str) -> None:
    palette = PALETTES[look]
    short = []
    for fg, bg, need in PAIRS:
        ratio = contrast(getattr(palette, fg), getattr(palette, bg))
        if ratio < need.minimum(look):
            short.append(f"{fg} on {bg}: {ratio:.2f}:1, needs {need.minimum(look)}:1")
    assert not short, f"{look}: " + "; ".join(short)


@pytest.mark.parametrize("look", list(PALETTES))
def test_disabled_reads_as_disabled_and_still_reads(look: str) -> None:
    p = PALETTES[look]
    for bg in (p.paper, p.card):
        disabled = contrast(p.disabled_ink, bg)
        assert disabled >= 3.0
        # Clearly dimmer than the quietest enabled words (a person sees the difference).
        assert disabled < 0.8 * contrast(p.muted, bg)
    # An enabled control's edge is clearly stronger than a disabled one's.
    assert contrast(p.disabled_line, p.paper) < 0.8 * contrast(p.control_line, p.paper)


def test_the_looks_are_what_they_say() -> None:
    from kindapp.ui.common.tokens import luminance

    assert luminance(PALETTES["light"].paper) > 0.8
    assert luminance(PALETTES["dark"].paper) < 0.05
    assert PALETTES["contrast"].paper == "#ffffff" and PALETTES["contrast"].ink == "#000000"


def test_the_pairs_name_real_roles_and_cover_the_important_ones() -> None:
    for fg, bg, need in PAIRS:
        assert fg in ROLES and bg in ROLES and isinstance(need, Need)
    checked = {(fg, bg) for fg, bg, _ in PAIRS}
    for must in [
        ("ink", "paper"),
        ("muted", "paper"),
        ("accent_text", "paper"),
        ("on_accent", "accent"),
        ("control_line", "card"),
        ("control_line", "paper"),
        ("focus", "paper"),
        ("accent", "paper"),  # the progress dots, a checked box
        ("pacer_ring", "paper"),
        ("art_line", "card"),
    ]:
        assert must in checked, f"{must} is not checked"


def _colour_files() -> list[Path]:
    return [ROOT / "assets" / "style.qss", *sorted((ROOT / "assets" / "icons").glob("*.svg"))]


@pytest.mark.parametrize("path", _colour_files(), ids=lambda p: p.name)
def test_style_sheet_and_icons_name_roles_never_raw_colours(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if path.name == "kind.svg":  # the app's own icon is artwork, not part of a look
        return
    assert not HEX.findall(text), f"{path.name}: raw colours {HEX.findall(text)}"
    unknown = tokens.roles_in(text) - set(ROLES)
    assert not unknown, f"{path.name}: unknown roles {unknown}"


def test_the_style_sheet_fills_in_for_every_look() -> None:
    qss = (ROOT / "assets" / "style.qss").read_text(encoding="utf-8")
    assert tokens.roles_in(qss)
    for palette in PALETTES.values():
        filled = tokens.fill(qss, palette)
        assert "@" not in filled.replace("@ICONS@", "")
    with pytest.raises(KeyError):
        tokens.fill("color: @no_such_role@;", PALETTES["light"])


def test_no_widget_paints_a_raw_colour() -> None:
    """Widgets read the tokens; only the palettes themselves (and the gesture art's own colours,
    which theme.py maps to roles) are written as hex."""
    allowed = {"tokens.py", "theme.py"}
    found = []
    for path in sorted((ROOT / "kindapp" / "ui").rglob("*.py")):
        if path.name in allowed:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"[\"']#[0-9a-fA-F]{6}[\"']", line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_lowest_ratio_per_look_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    """The closing figures of issue 26: the lowest ratio of each look, and which pairing."""
    for look, palette in PALETTES.items():
        lowest = min(
            (contrast(getattr(palette, fg), getattr(palette, bg)), fg, bg, need)
            for fg, bg, need in PAIRS
        )
        ratio, fg, bg, need = lowest
        print(f"{look}: lowest {ratio:.2f}:1 ({fg} on {bg}, {need.value})")
        assert ratio >= 3.0
