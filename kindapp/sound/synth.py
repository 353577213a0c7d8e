"""Additive synthesis of cues from recipes: pure numpy, no I/O, no Qt.

Every rendered cue is mono float32 at the requested sample rate and

* starts at exactly 0 and rises with a raised-cosine attack of at least 5 ms,
* ends with a raised-cosine release that reaches exactly 0 on the last sample,
* is normalised to a common momentary loudness (the loudest 400 ms window's RMS) so all cues of
  a theme are equally loud, then trimmed by the recipe's ``level_db`` (at most 2 dB down),
* peaks at or below -3 dBFS (a recipe whose crest factor would break that is rejected).

Damped partials are generated with a blocked complex recurrence (one complex multiply per sample
instead of an ``exp`` and a ``sin``), which keeps a whole theme's render within a few ms.
"""

from __future__ import annotations

import logging
import math
import threading
import zlib
from collections.abc import Iterable, Mapping

import numpy as np
import numpy.typing as npt

from kindapp.sound.recipes import CueRecipe, RecipeError, Theme, load_theme

log = logging.getLogger(__name__)

Buffer = npt.NDArray[np.float32]

TARGET_LOUDNESS_DBFS = -18.0
"""Momentary loudness (max RMS over 400 ms windows) every cue is normalised to."""
PEAK_LIMIT_DBFS = -3.0
LOUDNESS_WINDOW_S = 0.4
_BLOCK = 512


def db_to_amp(db: float) -> float:
    return float(10.0 ** (db / 20.0))


def amp_to_db(amp: float) -> float:
    return 20.0 * math.log10(max(amp, 1e-12))


def loudness_dbfs(x: npt.NDArray[np.floating], rate: int) -> float:
    """Momentary loudness: RMS of the loudest `LOUDNESS_WINDOW_S` window (10 ms hops), dBFS."""
    hop = max(1, rate // 100)
    frames = len(x) // hop
    if frames == 0:
        return amp_to_db(math.sqrt(float(np.mean(np.square(x, dtype=np.float64)))))
    energy = np.square(x[: frames * hop], dtype=np.float64).reshape(frames, hop).sum(axis=1)
    w = max(1, min(frames, round(LOUDNESS_WINDOW_S * 100)))
    cum = np.concatenate(([0.0], np.cumsum(energy)))
    window_energy = cum[w:] - cum[:-w]
    return amp_to_db(math.sqrt(max(float(window_energy.max()), 0.0) / (w * hop)))


def peak_dbfs(x: npt.NDArray[np.floating]) -> float:
    return amp_to_db(float(np.max(np.abs(x))) if len(x) else 0.0)


def _raised_cosine_rise(n: int) -> npt.NDArray[np.float64]:
    """n samples rising from exactly 0 towards 1 (the sample after them would be 1)."""
    return 0.5 - 0.5 * np.cos(np.pi * np.arange(n) / n)


def _partial_sum(
    hz: npt.NDArray[np.float64],
    inv_decay: npt.NDArray[np.float64],
    amp: npt.NDArray[np.float64],
    phase: npt.NDArray[np.float64],
    n: int,
    rate: int,
) -> npt.NDArray[np.float32]:
    """sum_p amp_p * exp(-t * inv_decay_p) * sin(2*pi*hz_p*t + phase_p) for n samples.

    Each damped partial is the imaginary part of a complex exponential. The signal is laid out
    as blocks of `_BLOCK` samples: block k of partial p is start[k, p] * head[p, :], so the sum
    over partials of all blocks is one small matrix product (nblocks x 2P) @ (2P x BLOCK).
    """
    if n <= 0:
        return np.zeros(0, dtype=np.float32)
    block = min(_BLOCK, n)
    nblocks = -(-n // block)
    alpha = (-inv_decay + 2j * np.pi * hz) / rate  # per-sample exponent, shape (P,)
    head = np.exp(np.multiply.outer(alpha, np.arange(block)))  # (P, block)
    starts = amp * np.exp(np.multiply.outer(np.arange(nblocks) * block, alpha) + 1j * phase)
    lhs = np.concatenate((starts.real, starts.imag), axis=1).astype(np.float32)  # (nblocks, 2P)
    rhs = np.concatenate((head.imag, head.real), axis=0).astype(np.float32)  # (2P, block)
    # einsum, not @: a BLAS thread pool costs far more than it saves on these small products.
    out: npt.NDArray[np.float32] = np.einsum("kp,pb->kb", lhs, rhs).ravel()[:n]
    return out


def _strike(
    recipe: CueRecipe, pitch: float, n: int, rate: int, phases: npt.NDArray[np.float64]
) -> npt.NDArray[np.float32]:
    """One strike of the cue, n samples long, un-normalised.

    During the attack every partial holds its level (shaped by the raised-cosine rise); after
    it each partial decays exponentially with its own time constant. A gliding cue is rendered
    at its starting pitch and then read at a steadily changing speed (a smooth time warp), which
    moves every partial by the same interval.
    """
    if recipe.glide_cents != 0.0:
        # Source time c(t) = integral of 2**(cents * t / 1200 / T) dt, in samples.
        k = math.log(2.0) * recipe.glide_cents / 1200.0 / recipe.duration_s
        warp = np.expm1(k * np.arange(n) / rate) / k * rate
        source = _steady_strike(recipe, pitch, math.ceil(float(warp[-1])) + 2, rate, phases)
        return np.interp(warp, np.arange(len(source)), source).astype(np.float32)
    return _steady_strike(recipe, pitch, n, rate, phases)


def _steady_strike(
    recipe: CueRecipe, pitch: float, n: int, rate: int, phases: npt.NDArray[np.float64]
) -> npt.NDArray[np.float32]:
    attack = min(n, max(1, round(recipe.attack_ms * rate / 1000.0)))
    hz = np.array([recipe.base_hz * p.ratio * pitch for p in recipe.partials])
    amp = np.array([p.amp for p in recipe.partials])
    inv_decay = np.array([1.0 / p.decay_s for p in recipe.partials])
    out = np.empty(n, dtype=np.float32)
    out[:attack] = _partial_sum(hz, np.zeros_like(hz), amp, phases, attack, rate)
    phase_at_attack = phases + 2.0 * np.pi * hz * attack / rate
    out[attack:] = _partial_sum(hz, inv_decay, amp, phase_at_attack, n - attack, rate)
    out[:attack] *= _raised_cosine_rise(attack)
    return out


def render_raw(recipe: CueRecipe, rate: int, seed: str = "") -> npt.NDArray[np.float32]:
    """The cue before loudness normalisation, with its attack and release applied."""
    if rate < 8000:
        raise ValueError(f"sample rate {rate} is too low")
    n = round(recipe.duration_s * rate)
    rng = np.random.default_rng(zlib.crc32(f"{seed}/{recipe.name}".encode()))
    phases = rng.uniform(0.0, 2.0 * math.pi, len(recipe.partials))
    out = np.zeros(n, dtype=np.float32)
    gain = 1.0
    for i, onset_s in enumerate(recipe.strike_onsets()):
        onset = round(onset_s * rate)
        pitch = recipe.pitch_of_strike(i)
        # A strike at the same pitch continues the ringing partials' phases, so it adds to
        # them (a clear new onset) instead of cancelling them.
        hz = np.array([recipe.base_hz * p.ratio * pitch for p in recipe.partials])
        strike_phases = phases + 2.0 * np.pi * hz * onset / rate
        out[onset:] += np.float32(gain) * _strike(recipe, pitch, n - onset, rate, strike_phases)
        gain *= recipe.strike_gain
    release = max(1, round(recipe.release_ms * rate / 1000.0))
    # Falls from just below 1 to exactly 0 on the last sample.
    fade = 0.5 + 0.5 * np.cos(np.pi * np.arange(1, release + 1, dtype=np.float32) / release)
    out[n - release :] *= fade
    out[-1] = 0.0
    return out


def render_cue(recipe: CueRecipe, rate: int, seed: str = "") -> Buffer:
    """Render one cue: float32 mono, loudness-normalised, peaks <= -3 dBFS; RecipeError if the
    recipe cannot meet the loudness target within the peak limit."""
    raw = render_raw(recipe, rate, seed)
    target = TARGET_LOUDNESS_DBFS + recipe.level_db
    gain = db_to_amp(target - loudness_dbfs(raw, rate))
    peak = peak_dbfs(raw) + amp_to_db(gain)
    if peak > PEAK_LIMIT_DBFS - 0.05:
        raise RecipeError(
            f"cue {recipe.name!r}: at the common loudness ({target:.1f} dBFS) it would peak at "
            f"{peak:.1f} dBFS (limit {PEAK_LIMIT_DBFS} dBFS); soften its attack or spread its "
            f"partials"
        )
    raw *= np.float32(gain)
    return raw


class CueCache:
    """Rendered cues per (theme, sample rate), rendered on first use. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._themes: dict[str, Theme] = {}
        self._buffers: dict[tuple[str, int, str], Buffer] = {}

    def theme(self, name: str) -> Theme:
        with self._lock:
            theme = self._themes.get(name)
        if theme is None:
            theme = load_theme(name)
            with self._lock:
                self._themes[name] = theme
        return theme

    def get(self, theme_name: str, rate: int, cues: Iterable[str]) -> Mapping[str, Buffer]:
        """The named cues of a theme at `rate` (rendering the missing ones).

        RecipeError if the theme is bad or names an unknown cue; a silent theme gives {}.
        """
        theme = self.theme(theme_name)
        if theme.silent:
            return {}
        result: dict[str, Buffer] = {}
        for cue in dict.fromkeys(cues):
            recipe = theme.cues.get(cue)
            if recipe is None:
                raise RecipeError(f"theme {theme_name!r} has no cue {cue!r}")
            key = (theme_name, rate, cue)
            with self._lock:
                buf = self._buffers.get(key)
            if buf is None:
                buf = render_cue(recipe, rate, seed=theme_name)
                buf.setflags(write=False)
                with self._lock:
                    buf = self._buffers.setdefault(key, buf)
            result[cue] = buf
        return result

    def clear(self) -> None:
        with self._lock:
            self._themes.clear()
            self._buffers.clear()
