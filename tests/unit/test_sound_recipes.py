"""Theme files: the shipped ones load; bad data gives clear errors; resources resolve."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from kindapp.resources import data_dir
from kindapp.sound.recipes import (
    CUE_NAMES,
    RecipeError,
    available_themes,
    load_theme,
    parse_theme,
)


def _bowl() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(
        (data_dir("audio") / "themes" / "bowl.json").read_text(encoding="utf-8")
    )
    return doc


def test_audio_dir_resolves_and_ships_three_themes() -> None:
    assert (data_dir("audio") / "README.md").is_file()
    assert {"bowl", "chimes", "silent"} <= set(available_themes())


def test_shipped_themes_load() -> None:
    for name in ("bowl", "chimes"):
        theme = load_theme(name)
        assert set(theme.cues) == set(CUE_NAMES) and not theme.silent
        for r in theme.cues.values():
            assert 180 <= r.base_hz <= 700
            assert r.attack_ms >= 5
    assert load_theme("silent").silent


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("format"), "'format' must be"),
        (lambda d: d.update(version=2), "unsupported 'version'"),
        (lambda d: d.update(name="other"), "file is 'bowl'.json"),
        (lambda d: d["cues"].pop("step_2"), "missing cues step_2"),
        (lambda d: d["cues"].update(drum={}), "unknown cues 'drum'"),
        (lambda d: d["cues"]["step_1"].update(attack_ms=2), "'attack_ms' = 2 is outside [5"),
        (lambda d: d["cues"]["step_1"].update(base_hz="loud"), "'base_hz' must be a number"),
        (lambda d: d["cues"]["step_1"].update(volume=3), "unknown fields volume"),
        (
            lambda d: d["cues"]["step_1"]["partials"].append(
                {"ratio": 14.0, "amp": 0.1, "decay_s": 0.1}
            ),
            "keep partials under 4000 Hz",
        ),
        (lambda d: d["cues"]["step_3"].update(strikes=5), "spread over more than 1.5 s"),
        (lambda d: d["cues"]["step_1"]["partials"][0].update(decay_s=9.0), "still at"),
        (lambda d: d["cues"]["step_1"].update(duration_s=7), "'duration_s' = 7 is outside"),
        (lambda d: d["cues"]["step_1"].update(level_db=3), "'level_db' = 3 is outside"),
        (lambda d: d["cues"]["step_2"].update(strike_pitches=[1.0]), "has 1 entries for 2"),
    ],
)
def test_bad_recipes_are_rejected_with_a_clear_message(mutate: Any, message: str) -> None:
    doc = copy.deepcopy(_bowl())
    mutate(doc)
    with pytest.raises(RecipeError) as err:
        parse_theme(doc, source="theme 'bowl'", expected_name="bowl")
    assert message in str(err.value)
    assert "theme 'bowl'" in str(err.value)


def test_unknown_or_unreadable_theme() -> None:
    with pytest.raises(RecipeError, match=r"no sound theme 'nope'.*known: bowl"):
        load_theme("nope")
    with pytest.raises(RecipeError, match="invalid theme name"):
        load_theme("../bowl")
    with pytest.raises(RecipeError, match="expected a JSON object"):
        parse_theme([1, 2])
