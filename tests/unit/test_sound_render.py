"""Rendered cues, measured: partials, peaks, clicks, loudness, strikes, decay, render time."""

from __future__ import annotations

import math

import numpy as np
import pytest

from kindapp.sound.recipes import CueRecipe, load_theme
from kindapp.sound.synth import (
    PEAK_LIMIT_DBFS,
    CueCache,
    loudness_dbfs,
    peak_dbfs,
    render_cue,
    render_raw,
)

THEMES = ("bowl", "chimes")
RATE = 48000
CASES = [(t, c) for t in THEMES for c in load_theme(t).cues]


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str, int], np.ndarray]:
    cache = CueCache()
    out: dict[tuple[str, str, int], np.ndarray] = {}
    for rate in (RATE, 44100):
        for theme in THEMES:
            for cue, buf in cache.get(theme, rate, load_theme(theme).cues).items():
                out[theme, cue, rate] = np.asarray(buf)
    return out


def _recipe(theme: str, cue: str) -> CueRecipe:
    return load_theme(theme).cues[cue]


def _spectral_peaks(x: np.ndarray, rate: int, floor_db: float) -> list[float]:
    """Frequencies of the local maxima of the windowed spectrum above floor_db (re max)."""
    spec = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    db = 20 * np.log10(np.maximum(spec / spec.max(), 1e-12))
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    is_peak = (db[1:-1] > db[:-2]) & (db[1:-1] >= db[2:]) & (db[1:-1] > floor_db)
    return list(freqs[1:-1][is_peak])


@pytest.mark.parametrize(("theme", "cue"), CASES)
@pytest.mark.parametrize("rate", [RATE, 44100])
def test_shape_start_end_and_peak(rendered: dict, theme: str, cue: str, rate: int) -> None:
    x = rendered[theme, cue, rate]
    r = _recipe(theme, cue)
    assert x.dtype == np.float32 and x.ndim == 1 and np.all(np.isfinite(x))
    assert len(x) == round(r.duration_s * rate)
    assert x[0] == 0.0 and x[-1] == 0.0
    assert peak_dbfs(x) <= PEAK_LIMIT_DBFS
    # A soft attack: the first millisecond stays far below the peak.
    assert np.max(np.abs(x[: rate // 1000])) < 0.1 * np.max(np.abs(x))


@pytest.mark.parametrize(("theme", "cue"), CASES)
def test_expected_partials_present_within_one_percent(rendered: dict, theme: str, cue: str) -> None:
    r = _recipe(theme, cue)
    x = rendered[theme, cue, RATE]
    if r.glide_cents:  # a gliding tone: look at its first and last half second instead
        head, tail = x[RATE // 2 : RATE], x[-int(1.5 * RATE) : -RATE]
        f_head = max(_spectral_peaks(head, RATE, -3))
        f_tail = max(_spectral_peaks(tail, RATE, -3))
        assert (f_tail > f_head) == (r.glide_cents > 0)
        return
    peaks = _spectral_peaks(x, RATE, -60)
    strongest = max(p.amp for p in r.partials)
    for i in range(r.strikes):
        for p in r.partials:
            if p.amp < 0.05 * strongest:
                continue
            hz = r.base_hz * p.ratio * r.pitch_of_strike(i)
            assert any(abs(f - hz) <= 0.01 * hz for f in peaks), f"{hz:.1f} Hz missing"
    # And nothing strong that the recipe does not ask for.
    expected = [
        r.base_hz * p.ratio * r.pitch_of_strike(i) for i in range(r.strikes) for p in r.partials
    ]
    for f in _spectral_peaks(x, RATE, -30):
        assert any(abs(f - hz) <= 0.01 * hz for hz in expected), f"stray peak at {f:.1f} Hz"


@pytest.mark.parametrize(("theme", "cue"), CASES)
def test_no_clicks(rendered: dict, theme: str, cue: str) -> None:
    """The largest sample step is what the partials' own slopes allow, and there is no
    broadband energy (a click) above 6 kHz."""
    r = _recipe(theme, cue)
    x = rendered[theme, cue, RATE]
    gain = float(np.max(np.abs(x)) / np.max(np.abs(render_raw(r, RATE, theme))))
    glide = 2 ** (max(r.glide_cents, 0) / 1200)
    slope = sum(
        r.strike_gain**i
        * sum(
            p.amp * 2 * math.pi * r.base_hz * p.ratio * r.pitch_of_strike(i) * glide
            for p in r.partials
        )
        for i in range(r.strikes)
    )
    bound = gain * slope / RATE * 1.05
    assert np.max(np.abs(np.diff(x))) <= bound
    spec = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / RATE)
    assert 10 * np.log10(spec[freqs > 6000].sum() / spec.sum()) < -80


def test_no_harsh_partials_in_any_cue(rendered: dict) -> None:
    for (theme, cue, rate), x in rendered.items():
        spec = np.abs(np.fft.rfft(x)) ** 2
        freqs = np.fft.rfftfreq(len(x), 1 / rate)
        above = 10 * np.log10(spec[freqs > 3000].sum() / spec.sum())
        assert above < -25, f"{theme}/{cue} has {above:.1f} dB above 3 kHz"


@pytest.mark.parametrize("theme", THEMES)
def test_cues_are_loudness_matched_within_2_db(rendered: dict, theme: str) -> None:
    levels = {
        cue: loudness_dbfs(x, RATE)
        for (t, cue, rate), x in rendered.items()
        if t == theme and rate == RATE
    }
    assert len(levels) == 8
    assert max(levels.values()) - min(levels.values()) <= 2.0, levels


def _onsets(x: np.ndarray, rate: int) -> list[float]:
    """Times where the 10 ms envelope jumps by more than 3 dB within 30 ms."""
    hop = rate // 100
    frames = len(x) // hop
    env = 10 * np.log10(np.mean(np.square(x[: frames * hop].reshape(frames, hop)), axis=1) + 1e-20)
    onsets: list[float] = []
    for i in range(frames):
        before = env[i - 3] if i >= 3 else -200.0
        if env[i] - before > 3.0 and env[i] > env.max() - 20:
            t = i / 100
            if not onsets or t - onsets[-1] > 0.1:
                onsets.append(t)
    return onsets


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("n", [1, 2, 3])
def test_step_n_has_n_strikes(rendered: dict, theme: str, n: int) -> None:
    onsets = _onsets(rendered[theme, f"step_{n}", RATE], RATE)
    assert len(onsets) == n, onsets
    gaps = np.diff(onsets)
    assert all(0.33 <= g <= 0.47 for g in gaps), gaps
    assert onsets[-1] - onsets[0] <= 1.5


@pytest.mark.parametrize(("theme", "cue"), CASES)
def test_decays_below_minus_50_dbfs_within_6_s(rendered: dict, theme: str, cue: str) -> None:
    x = rendered[theme, cue, RATE].astype(np.float64)
    hop = RATE // 20  # 50 ms windows
    frames = len(x) // hop
    rms_db = 10 * np.log10(
        np.mean(np.square(x[: frames * hop].reshape(frames, hop)), axis=1) + 1e-20
    )
    loud = np.flatnonzero(rms_db > -50)
    assert (loud[-1] + 1) * hop / RATE <= 6.0
    assert rms_db[-1] < -50


def test_breaths_differ_and_end_is_the_longest(rendered: dict) -> None:
    for theme in THEMES:
        cues = load_theme(theme).cues
        assert cues["inhale"].glide_cents > 0 > cues["exhale"].glide_cents
        longest = max(cues.values(), key=lambda r: r.duration_s)
        assert cues["closing_bell"].duration_s == longest.duration_s
        assert render_cue(cues["inhale"], RATE).shape != render_cue(cues["exhale"], RATE).shape


def test_cache_renders_once_per_theme_and_rate() -> None:
    cache = CueCache()
    a = cache.get("bowl", RATE, ["step_1"])["step_1"]
    assert cache.get("bowl", RATE, ["step_1"])["step_1"] is a
    b = cache.get("bowl", 44100, ["step_1"])["step_1"]
    assert b is not a and len(b) == round(len(a) * 44100 / RATE)
    assert not a.flags.writeable
    assert cache.get("silent", RATE, ["step_1"]) == {}


def test_rendering_is_deterministic() -> None:
    r = _recipe("bowl", "closing_bell")
    np.testing.assert_array_equal(render_cue(r, RATE, "bowl"), render_cue(r, RATE, "bowl"))


# How quickly a whole theme renders (< 100 ms) is a wall-clock target: bench/bench_render.py.
