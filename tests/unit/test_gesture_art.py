"""The gesture illustrations of the Soothing Touch practice: one valid, titled SVG each."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

GESTURES = Path(__file__).resolve().parents[2] / "assets" / "gestures"
NAMES = (
    "hand-on-heart",
    "both-hands-on-heart",
    "heart-and-belly",
    "self-hug",
    "cupping-face",
    "holding-hand",
    "stroking-forearm",
)
SVG = "{http://www.w3.org/2000/svg}"


def test_every_gesture_has_an_illustration_and_nothing_else_is_there() -> None:
    assert sorted(p.stem for p in GESTURES.glob("*.svg")) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_each_illustration_is_valid_svg_with_a_title(name: str) -> None:
    root = ET.parse(GESTURES / f"{name}.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 160 160"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text and title.text.strip()
    desc = root.find(f"{SVG}desc")
    assert desc is not None and desc.text and desc.text.strip()
    # Calm and consistent: the one sage stroke, rounded, on a transparent ground.
    text = (GESTURES / f"{name}.svg").read_text()
    assert 'stroke="#7f9f8a"' in text and 'stroke-linecap="round"' in text
    assert "<rect" not in text  # no background
    assert "<script" not in text and "href" not in text  # nothing active, nothing external
