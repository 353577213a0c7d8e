"""Every limit of a theme file, at its edge: a sound designer editing JSON is told which theme,
cue and field is wrong and what range it must lie in, and a value exactly on a limit is
accepted. The safe limits are what keep every cue soft and warm (audio/README.md).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from kindapp.sound.recipes import CUE_NAMES, RecipeError, load_theme, parse_theme

QUICK = [{"ratio": 1.0, "amp": 1.0, "decay_s": 0.1}]
"""A partial that has faded long before the release, however late the last strike."""
WHERE = "theme 'test': cue 'step_1'"
BASE_CUE: dict[str, Any] = {
    "base_hz": 300.0,
    "partials": [{"ratio": 1.0, "amp": 1.0, "decay_s": 0.3}],
    "attack_ms": 10.0,
    "release_ms": 100.0,
    "duration_s": 2.0,
}


def _doc(**step_1: Any) -> dict[str, Any]:
    cues: dict[str, Any] = {name: {} for name in CUE_NAMES}
    cues["step_1"] = step_1
    return {
        "format": "kindapp-sound-theme",
        "version": 1,
        "name": "test",
        "defaults": copy.deepcopy(BASE_CUE),
        "cues": cues,
    }


def _parse(**step_1: Any) -> Any:
    return parse_theme(_doc(**step_1), source="theme 'test'", expected_name="test").cues["step_1"]


def _refused(**step_1: Any) -> str:
    with pytest.raises(RecipeError) as err:
        _parse(**step_1)
    return str(err.value)


@pytest.mark.parametrize(
    ("field", "value", "range_"),
    [
        ("base_hz", 149.5, "[150, 800]"),
        ("base_hz", 800.5, "[150, 800]"),
        ("attack_ms", 4.5, "[5, 4000]"),
        ("attack_ms", 4000.5, "[5, 4000]"),
        ("release_ms", 4.5, "[5, 4000]"),
        ("release_ms", 4000.5, "[5, 4000]"),
        ("duration_s", 0.045, "[0.05, 6]"),
        ("duration_s", 6.5, "[0.05, 6]"),
        ("strike_spacing_s", 0.05, "[0.1, 1.5]"),
        ("strike_spacing_s", 1.55, "[0.1, 1.5]"),
        ("strike_gain", 0.05, "[0.1, 1]"),
        ("strike_gain", 1.05, "[0.1, 1]"),
        ("glide_cents", -1200.5, "[-1200, 1200]"),
        ("glide_cents", 1200.5, "[-1200, 1200]"),
        ("level_db", -2.5, "[-2, 0]"),
        ("level_db", 0.5, "[-2, 0]"),
    ],
)
def test_a_number_outside_its_range_names_the_field_and_the_range(
    field: str, value: float, range_: str
) -> None:
    assert _refused(**{field: value}) == f"{WHERE}: '{field}' = {value:g} is outside {range_}"


@pytest.mark.parametrize(
    ("field", "value", "range_"),
    [
        ("ratio", 0.2, "[0.25, 16]"),
        ("ratio", 16.5, "[0.25, 16]"),
        ("amp", 0.00005, "[0.0001, 1]"),
        ("amp", 1.5, "[0.0001, 1]"),
        ("decay_s", 0.01, "[0.02, 10]"),
        ("decay_s", 10.5, "[0.02, 10]"),
    ],
)
def test_a_partial_outside_its_range_names_the_partial(
    field: str, value: float, range_: str
) -> None:
    partial = {"ratio": 1.0, "amp": 1.0, "decay_s": 0.3, field: value}
    got = _refused(partials=[{"ratio": 1.0, "amp": 0.5, "decay_s": 0.3}, partial])
    assert got == f"{WHERE}: partials[1]: '{field}' = {value:g} is outside {range_}"


@pytest.mark.parametrize(
    "edge",
    [
        {"base_hz": 150.0},
        {"base_hz": 800.0},
        {"attack_ms": 5.0},
        {"release_ms": 5.0},
        {"strike_gain": 0.1, "strikes": 2},
        {"strike_gain": 1.0},
        {"strike_spacing_s": 0.1, "strikes": 2},
        {
            "strikes": 2,
            "strike_spacing_s": 1.5,
            "partials": QUICK,
        },
        {"glide_cents": -1200.0},
        {"level_db": -2.0},
        {"level_db": 0.0},
        {  # spread over exactly 1.5 s
            "strikes": 5,
            "strike_spacing_s": 0.375,
            "partials": QUICK,
        },
        {"strikes": 2, "strike_pitches": [0.25, 4.0], "base_hz": 150.0},
        {"partials": [{"ratio": 0.25, "amp": 0.0001, "decay_s": 0.02}]},
        {"partials": [{"ratio": 5.0, "amp": 1.0, "decay_s": 0.3}], "base_hz": 800.0},  # 4000 Hz
        {"duration_s": 6.0},
    ],
)
def test_a_value_exactly_on_a_limit_is_accepted(edge: dict[str, Any]) -> None:
    recipe = _parse(**edge)
    for key, value in edge.items():
        if key == "partials":
            assert [(p.ratio, p.amp, p.decay_s) for p in recipe.partials] == [
                (p["ratio"], p["amp"], p["decay_s"]) for p in value
            ]
        elif key == "strike_pitches":
            assert recipe.strike_pitches == tuple(value)
        else:
            assert getattr(recipe, key) == value


def test_the_optional_fields_default_to_one_plain_strike() -> None:
    r = _parse()
    assert (r.strikes, r.strike_spacing_s, r.strike_pitches) == (1, 0.4, ())
    assert (r.strike_gain, r.glide_cents, r.level_db) == (1.0, 0.0, 0.0)
    assert (r.name, r.base_hz, r.attack_ms, r.release_ms, r.duration_s) == (
        "step_1",
        300.0,
        10.0,
        100.0,
        2.0,
    )


@pytest.mark.parametrize(
    ("step_1", "message"),
    [
        ({"strikes": 0}, "'strikes' = 0 is outside [1, 5]"),
        ({"strikes": 6}, "'strikes' = 6 is outside [1, 5]"),
        ({"strikes": 2.0}, "'strikes' must be an integer, got 2.0"),
        ({"strikes": True}, "'strikes' must be an integer, got True"),
        ({"attack_ms": True}, "'attack_ms' must be a number, got True"),
        ({"attack_ms": float("nan")}, "'attack_ms' must be a number, got nan"),
        ({"attack_ms": float("inf")}, "'attack_ms' must be a number, got inf"),
        ({"strike_pitches": "up"}, "'strike_pitches' must be a list of numbers"),
        ({"strike_pitches": [1.0, "x"], "strikes": 2}, "'strike_pitches' must be a list"),
        ({"strike_pitches": [1.0, 0.2], "strikes": 2}, "'strike_pitches' must lie in [0.25, 4]"),
        ({"strike_pitches": [4.5, 1.0], "strikes": 2}, "'strike_pitches' must lie in [0.25, 4]"),
        (
            {"strike_pitches": [1.0, 1.5, 2.0], "strikes": 2},
            "'strike_pitches' has 3 entries for 2 strikes",
        ),
        (
            {"strikes": 5, "strike_spacing_s": 0.376},
            "5 strikes 0.376 s apart spread over more than 1.5 s",
        ),
        ({"partials": []}, "'partials' must be a non-empty list"),
        ({"partials": {"ratio": 1}}, "'partials' must be a non-empty list"),
        ({"partials": [[1.0, 1.0, 0.3]]}, "partials[0]: expected a JSON object, got list"),
        (
            {"partials": [{"ratio": 1.0, "amp": 1.0, "decay_s": 0.3, "pan": 0}]},
            "partials[0]: unknown fields pan",
        ),
        ({"partials": [{"ratio": 1.0, "amp": 1.0}]}, "partials[0]: 'decay_s' is required"),
        (
            {"partials": [{"ratio": 5.01, "amp": 1.0, "decay_s": 0.3}], "base_hz": 800.0},
            "partials[0] reaches 4008 Hz; keep partials under 4000 Hz so nothing sounds harsh",
        ),
        (
            {"glide_cents": 1200.0, "partials": [{"ratio": 7.0, "amp": 1.0, "decay_s": 0.3}]},
            "partials[0] reaches 4200 Hz",  # the glide's top is where it ends
        ),
        (
            {
                "strikes": 2,
                "strike_pitches": [1.0, 2.0],
                "base_hz": 700.0,
                "partials": [{"ratio": 3.0, "amp": 1.0, "decay_s": 0.3}],
            },
            "partials[0] reaches 4200 Hz",  # the highest strike's pitch counts
        ),
    ],
)
def test_a_bad_field_is_refused_with_what_is_wrong(step_1: dict[str, Any], message: str) -> None:
    got = _refused(**step_1)
    assert got.startswith(f"{WHERE}: ") and message in got


def test_the_last_strike_needs_room_for_its_attack_and_the_release() -> None:
    # The release starts at 1.0 - 0.25 = 0.75 s; the last strike's attack ends at 0.5 + 0.25.
    tight = {"duration_s": 1.0, "release_ms": 250.0, "attack_ms": 250.0, "strikes": 2}
    got = _refused(**tight, strike_spacing_s=0.5)
    assert got == (
        f"{WHERE}: 'duration_s' 1.0 leaves no room for the attack and release of the last strike"
    )
    # A little room: past this check, and refused for ringing into the fade instead.
    assert "still at" in _refused(**tight, strike_spacing_s=0.375)


def test_a_sound_still_ringing_when_the_fade_begins_is_refused() -> None:
    # ringing = 2.0 - 0.1 - 0.01 = 1.89 s; at decay_s d the tail is -8.686 * 1.89 / d dB.
    def tail(decay_s: float) -> dict[str, Any]:
        return {"partials": [{"ratio": 1.0, "amp": 1.0, "decay_s": decay_s}]}

    assert _parse(**tail(1.36)).partials[0].decay_s == 1.36  # -12.07 dB: faded enough
    got = _refused(**tail(1.40))  # -11.73 dB: still ringing
    assert got == (
        f"{WHERE}: the sound is still at -11.7 dB when the release starts at 1.90 s; shorten "
        "decay_s (slowest 1.4 s) or lengthen duration_s so the fade does not cut it off"
    )


def test_a_theme_that_is_not_an_object_or_whose_cue_is_not_is_refused() -> None:
    with pytest.raises(RecipeError, match=r"^theme 'x': expected a JSON object, got list$"):
        parse_theme([], source="theme 'x'")
    doc = _doc()
    doc["cues"]["step_2"] = "bell"
    with pytest.raises(RecipeError, match=r"cue 'step_2': expected a JSON object, got str"):
        parse_theme(doc, source="theme 'test'")
    doc = _doc()
    doc["description"] = 3
    with pytest.raises(RecipeError, match="'description' must be a string"):
        parse_theme(doc, source="theme 'test'")
    doc = _doc()
    doc["silent"] = "yes"
    with pytest.raises(RecipeError, match="'silent' must be true or false"):
        parse_theme(doc, source="theme 'test'")
    doc = _doc()
    doc["name"] = ""
    with pytest.raises(RecipeError, match="'name' must be a non-empty string"):
        parse_theme(doc, source="theme 'test'")


def test_a_silent_theme_has_no_cues_and_may_not_define_any() -> None:
    silent = {"format": "kindapp-sound-theme", "version": 1, "name": "quiet", "silent": True}
    theme = parse_theme(silent, source="theme 'quiet'")
    assert theme.silent and theme.cues == {} and theme.name == "quiet"
    with pytest.raises(RecipeError, match="a silent theme must not define cues"):
        parse_theme({**silent, "cues": {"step_1": {}}}, source="theme 'quiet'")


@pytest.mark.parametrize("name", ["", "a\\b", ".bowl", "../bowl", "a/b"])
def test_a_theme_name_that_could_leave_the_themes_folder_is_refused(name: str) -> None:
    with pytest.raises(RecipeError, match=r"^invalid theme name"):
        load_theme(name)


def test_every_unknown_field_is_named() -> None:
    got = _refused(pan=0, volume=1)
    assert got == f"{WHERE}: unknown fields pan, volume"
    got = _refused(partials=[{"ratio": 1.0, "amp": 1.0, "decay_s": 0.3, "pan": 0, "q": 1}])
    assert got == f"{WHERE}: partials[0]: unknown fields pan, q"


def test_each_strike_sounds_at_its_own_pitch() -> None:
    r = _parse(strikes=3, strike_spacing_s=0.3, strike_pitches=[1.0, 2.0, 0.5], partials=QUICK)
    assert [r.pitch_of_strike(i) for i in range(3)] == [1.0, 2.0, 0.5]
    assert _parse(strikes=2, partials=QUICK).pitch_of_strike(1) == 1.0
