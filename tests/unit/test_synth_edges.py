"""The synthesis rules at their edges: decibels, the momentary loudness (its 400 ms window),
the peak, the lowest sample rate, a recipe too peaky for the common loudness, the envelope's
first and last samples, strikes that add, and the cue cache.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from kindapp.sound.recipes import CueRecipe, Partial, RecipeError
from kindapp.sound.synth import (
    LOUDNESS_WINDOW_S,
    PEAK_LIMIT_DBFS,
    TARGET_LOUDNESS_DBFS,
    CueCache,
    amp_to_db,
    db_to_amp,
    loudness_dbfs,
    peak_dbfs,
    render_cue,
    render_raw,
)

RATE = 8000


def _recipe(**kw: object) -> CueRecipe:
    base: dict[str, object] = {
        "name": "test",
        "base_hz": 300.0,
        "partials": (Partial(1.0, 1.0, 0.5), Partial(2.7, 0.3, 0.2)),
        "attack_ms": 10.0,
        "release_ms": 50.0,
        "duration_s": 0.6,
    }
    base.update(kw)
    return CueRecipe(**base)  # type: ignore[arg-type]


def test_decibels_both_ways() -> None:
    assert db_to_amp(-20.0) == pytest.approx(0.1)
    assert db_to_amp(0.0) == 1.0
    assert db_to_amp(6.0) == pytest.approx(1.9953, abs=1e-4)
    assert amp_to_db(0.1) == pytest.approx(-20.0)
    assert amp_to_db(1.0) == 0.0
    assert amp_to_db(0.0) == pytest.approx(-240.0)  # silence: a floor, not -inf
    assert amp_to_db(1e-13) == pytest.approx(-240.0)


def test_loudness_is_the_loudest_400_ms_and_a_shorter_burst_counts_less() -> None:
    rate = 1000
    steady = np.full(2 * rate, 0.1, np.float32)
    assert loudness_dbfs(steady, rate) == pytest.approx(-20.0, abs=1e-4)
    window = round(LOUDNESS_WINDOW_S * rate)
    burst = np.zeros(2 * rate, np.float32)
    burst[500 : 500 + window] = 0.1  # exactly one window loud: its whole level
    assert loudness_dbfs(burst, rate) == pytest.approx(-20.0, abs=1e-4)
    burst[500 + window // 2 : 500 + window] = 0.0  # half a window: 3 dB less
    assert loudness_dbfs(burst, rate) == pytest.approx(-20.0 - 10 * math.log10(2), abs=1e-4)


def test_loudness_of_sounds_shorter_than_the_window_and_than_a_hop() -> None:
    rate = 1000
    short = np.full(200, 0.1, np.float32)  # 20 hops: the window is all of it
    assert loudness_dbfs(short, rate) == pytest.approx(-20.0, abs=1e-4)
    tiny = np.array([0.1, -0.1, 0.1], np.float32)  # less than one hop: its RMS
    assert loudness_dbfs(tiny, rate) == pytest.approx(-20.0, abs=1e-4)
    assert loudness_dbfs(np.zeros(3000, np.float32), rate) == pytest.approx(-240.0)


def test_the_peak_is_the_largest_magnitude_and_nothing_is_the_floor() -> None:
    assert peak_dbfs(np.array([0.25, -0.5, 0.1])) == pytest.approx(-6.0206, abs=1e-4)
    assert peak_dbfs(np.zeros(0)) == pytest.approx(-240.0)


def test_the_lowest_sample_rate_is_8000() -> None:
    with pytest.raises(ValueError, match="7999"):
        render_raw(_recipe(), 7999)
    assert len(render_raw(_recipe(), 8000)) == round(0.6 * 8000)


def test_a_cue_begins_and_ends_at_exactly_zero_and_keeps_its_length() -> None:
    for kw in ({}, {"strikes": 3, "strike_spacing_s": 0.15}, {"glide_cents": 300.0}):
        raw = render_raw(_recipe(**kw), RATE)
        assert raw.dtype == np.float32 and len(raw) == round(0.6 * RATE)
        assert raw[0] == 0.0 and raw[-1] == 0.0
        # The release: the last 50 ms fall smoothly, the first of them hardly at all.
        release = round(0.05 * RATE)
        assert np.max(np.abs(raw[-release // 4 :])) < np.max(np.abs(raw[-release : -release // 2]))


def test_a_later_strike_adds_to_the_ringing_and_strike_gain_softens_it() -> None:
    one = render_raw(_recipe(), RATE)
    two = render_raw(_recipe(strikes=2, strike_spacing_s=0.2), RATE)
    at = round(0.2 * RATE)
    np.testing.assert_array_equal(two[:at], one[:at])  # the same before the second strike
    assert np.max(np.abs(two[at : at + 400])) > 1.5 * np.max(np.abs(one[at : at + 400]))
    soft = render_raw(_recipe(strikes=2, strike_spacing_s=0.2, strike_gain=0.5), RATE)
    gained = np.max(np.abs(soft[at : at + 400]))
    assert np.max(np.abs(one[at : at + 400])) < gained < np.max(np.abs(two[at : at + 400]))


def test_a_cue_renders_at_the_common_loudness_less_its_trim() -> None:
    cue = render_cue(_recipe(), RATE)
    assert loudness_dbfs(cue, RATE) == pytest.approx(TARGET_LOUDNESS_DBFS, abs=0.01)
    trimmed = render_cue(_recipe(level_db=-2.0), RATE)
    assert loudness_dbfs(trimmed, RATE) == pytest.approx(TARGET_LOUDNESS_DBFS - 2.0, abs=0.01)
    assert peak_dbfs(cue) <= PEAK_LIMIT_DBFS


def test_a_recipe_too_peaky_for_the_common_loudness_is_refused_by_name() -> None:
    # One sharp tick: a 2 ms decay has almost no loudness for its peak.
    peaky = _recipe(name="tick", partials=(Partial(1.0, 1.0, 0.002),), attack_ms=5.0)
    with pytest.raises(RecipeError, match=r"cue 'tick'.*would peak at .* dBFS \(limit -3.0 dBFS\)"):
        render_cue(peaky, RATE)


def test_the_cache_loads_a_theme_once_and_renders_each_cue_once() -> None:
    cache = CueCache()
    theme = cache.theme("bowl")
    assert cache.theme("bowl") is theme
    first = cache.get("bowl", RATE, ["step_1", "step_1", "soft_bell"])
    assert list(first) == ["step_1", "soft_bell"]
    again = cache.get("bowl", RATE, ["soft_bell"])
    assert again["soft_bell"] is first["soft_bell"]
    np.testing.assert_array_equal(first["step_1"], render_cue(theme.cues["step_1"], RATE, "bowl"))
    with pytest.raises(ValueError):
        first["step_1"][0] = 1.0  # shared between players: read-only
    cache.clear()
    assert cache.theme("bowl") is not theme
    fresh = cache.get("bowl", RATE, ["soft_bell"])["soft_bell"]
    assert fresh is not first["soft_bell"]
    np.testing.assert_array_equal(fresh, first["soft_bell"])


def test_the_cache_refuses_a_cue_the_theme_does_not_have() -> None:
    with pytest.raises(RecipeError, match=r"theme 'bowl' has no cue 'gong'"):
        CueCache().get("bowl", RATE, ["soft_bell", "gong"])
    assert CueCache().get("silent", RATE, ["gong"]) == {}


def test_a_cached_cue_is_rendered_only_the_first_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from kindapp.sound import synth

    rendered: list[str] = []

    def counting(recipe: CueRecipe, rate: int, seed: str = "") -> np.ndarray:
        rendered.append(recipe.name)
        return render_cue(recipe, rate, seed)

    monkeypatch.setattr(synth, "render_cue", counting)
    cache = CueCache()
    cache.get("bowl", RATE, ["step_1"])
    cache.get("bowl", RATE, ["step_1", "step_2"])
    cache.get("bowl", RATE, ["step_2", "step_1"])
    assert rendered == ["step_1", "step_2"]
    cache.get("bowl", 16000, ["step_1"])  # another rate is another sound
    assert rendered == ["step_1", "step_2", "step_1"]
