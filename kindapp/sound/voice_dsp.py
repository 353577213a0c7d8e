"""A recorded voice made ready for a practice: silence trimmed, loudness matched to the cues.

Pure numpy, no I/O, no Qt. Every function takes and gives mono float32 in [-1, 1].

* `trim_silence` cuts the quiet before the first word and after the last, keeping a short,
  faded margin so a word's breathy start and its fading end are not clipped;
* `match_loudness` gives the take the cues' momentary loudness (see kindapp.sound.synth), so a
  quiet voice is not lost under a bell and a loud one does not startle, with the peak held
  below the cues' peak limit;
* `resample` is linear interpolation, enough for speech at the stream's rate;
* `prepare_take` does all three, in that order.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from kindapp.sound.synth import (
    PEAK_LIMIT_DBFS,
    TARGET_LOUDNESS_DBFS,
    db_to_amp,
    loudness_dbfs,
    peak_dbfs,
)

Buffer = npt.NDArray[np.float32]

FRAME_S = 0.01
"""Frames of the level envelope the trim looks at."""
FLOOR_DB = -75.0
"""Frames quieter than this (dBFS) are silence, whatever the take's own level."""
RELATIVE_DB = -35.0
"""... and so are frames this far below the take's loudest frame (a loud voice's room) ..."""
ABOVE_NOISE_DB = 12.0
"""... and frames less than this above the room's own noise (the take's quietest tenth)."""
MARGIN_S = 0.08
"""Kept before the first and after the last voiced frame, faded in and out."""
MIN_VOICED_S = 0.15
"""A take with less voiced sound than this is treated as silence (a click, a breath)."""
MAX_GAIN_DB = 30.0
"""A very quiet take is raised by at most this much, so room noise is not made a roar."""


def as_mono_float(samples: npt.ArrayLike) -> Buffer:
    """float32 mono from int16 or float input, one or more channels (averaged)."""
    x = np.asarray(samples)
    if x.dtype == np.int16:  # scaled before the channels are averaged (the mean is a float)
        x = x.astype(np.float32) / 32768.0
    if x.ndim == 2:
        x = x.mean(axis=1)
    return np.clip(x.astype(np.float32), -1.0, 1.0)


def frame_levels_db(x: Buffer, rate: int, frame_s: float = FRAME_S) -> npt.NDArray[np.float64]:
    """RMS of consecutive frames, in dBFS (a partial last frame counts as a frame)."""
    hop = max(1, round(rate * frame_s))
    n = math.ceil(len(x) / hop)
    if n == 0:
        return np.zeros(0)
    padded = np.zeros(n * hop, dtype=np.float64)
    padded[: len(x)] = x
    rms = np.sqrt(np.mean(np.square(padded.reshape(n, hop)), axis=1))
    levels: npt.NDArray[np.float64] = 20.0 * np.log10(np.maximum(rms, 1e-9))
    return levels


def voiced_span(x: Buffer, rate: int) -> tuple[int, int] | None:
    """(first, end) sample of the voiced part, or None when the take is silence."""
    levels = frame_levels_db(x, rate)
    if levels.size == 0:
        return None
    noise = float(np.percentile(levels, 10))
    threshold = max(FLOOR_DB, float(levels.max()) + RELATIVE_DB, noise + ABOVE_NOISE_DB)
    voiced = np.flatnonzero(levels > threshold)
    hop = max(1, round(rate * FRAME_S))
    if voiced.size * hop < MIN_VOICED_S * rate:
        return None
    return int(voiced[0]) * hop, min(len(x), (int(voiced[-1]) + 1) * hop)


def trim_silence(x: Buffer, rate: int) -> Buffer:
    """The voiced part with `MARGIN_S` either side, faded in and out; empty for silence."""
    span = voiced_span(x, rate)
    if span is None:
        return np.zeros(0, dtype=np.float32)
    margin = round(MARGIN_S * rate)
    start, end = max(0, span[0] - margin), min(len(x), span[1] + margin)
    out = x[start:end].astype(np.float32, copy=True)
    fade = min(margin, len(out) // 2)
    if fade > 0:
        ramp = (0.5 - 0.5 * np.cos(np.pi * np.arange(fade) / fade)).astype(np.float32)
        out[:fade] *= ramp
        out[len(out) - fade :] *= ramp[::-1]
    return out


def match_loudness(
    x: Buffer,
    rate: int,
    target_dbfs: float = TARGET_LOUDNESS_DBFS,
    peak_limit_dbfs: float = PEAK_LIMIT_DBFS,
) -> Buffer:
    """`x` scaled to the target momentary loudness, its peak held at or below the limit."""
    if len(x) == 0 or not np.any(x):
        return x.astype(np.float32, copy=True)
    gain_db = min(target_dbfs - loudness_dbfs(x, rate), MAX_GAIN_DB)
    gain_db = min(gain_db, peak_limit_dbfs - peak_dbfs(x))
    return (x * db_to_amp(gain_db)).astype(np.float32)


def cue_level_dbfs(cues: Mapping[str, Buffer], rate: int) -> float:
    """The momentary loudness the rendered cues share (the loudest of them, to be safe)."""
    levels = [loudness_dbfs(b, rate) for b in cues.values() if len(b)]
    return max(levels) if levels else TARGET_LOUDNESS_DBFS


def resample(x: Buffer, rate: int, new_rate: int) -> Buffer:
    """`x` at `new_rate` (linear interpolation; speech needs no better)."""
    if rate == new_rate or len(x) == 0:
        return x.astype(np.float32, copy=True)
    n = max(1, round(len(x) * new_rate / rate))
    t = np.arange(n, dtype=np.float64) * (rate / new_rate)
    return np.interp(t, np.arange(len(x), dtype=np.float64), x).astype(np.float32)


def prepare_take(
    samples: npt.ArrayLike, rate: int, target_dbfs: float = TARGET_LOUDNESS_DBFS
) -> Buffer:
    """A raw take made ready to keep: mono, trimmed, levelled. Empty when nothing was said."""
    return match_loudness(trim_silence(as_mono_float(samples), rate), rate, target_dbfs)


def to_pcm16(x: Buffer) -> bytes:
    return (np.clip(x, -1.0, 32767 / 32768) * 32768.0).astype("<i2").tobytes()


def from_pcm16(data: bytes) -> Buffer:
    return (np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0).astype(np.float32)
