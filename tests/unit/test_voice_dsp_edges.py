"""A recorded voice made ready, at the edges of each rule: what counts as silence (the floor,
a loud voice's room, the room's own noise, too little voice), the margin and its fades, the
gain a quiet take may get, and the samples kept in the file.

Small, exact signals (steady levels at 1 kHz, 10-sample frames) so each rule's edge is hit
on purpose rather than by chance.
"""

from __future__ import annotations

import numpy as np
import pytest

from kindapp.sound import voice_dsp
from kindapp.sound.synth import TARGET_LOUDNESS_DBFS, loudness_dbfs

RATE = 1000  # frames of 10 samples (FRAME_S), a margin of 80 (MARGIN_S)


def _level(db: float) -> float:
    return float(10 ** (db / 20))


def _take(*parts: tuple[float, float]) -> np.ndarray:
    """Steady stretches: (seconds, level in dBFS; None-like -inf for digital silence)."""
    out = [np.full(round(s * RATE), 0.0 if db == -np.inf else _level(db)) for s, db in parts]
    return np.concatenate(out).astype(np.float32)


def test_mono_from_int16_and_from_two_channels() -> None:
    pcm = np.array([-32768, 0, 16384, 32767], dtype=np.int16)
    got = voice_dsp.as_mono_float(pcm)
    assert got.dtype == np.float32
    np.testing.assert_array_equal(got, [-1.0, 0.0, 0.5, 32767 / 32768])
    stereo = np.array([[0.2, 0.4], [-0.5, 0.5], [2.0, 2.0]], dtype=np.float64)
    got = voice_dsp.as_mono_float(stereo)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, [0.3, 0.0, 1.0], rtol=1e-6)  # averaged, then held to 1


def test_two_channels_of_int16_are_scaled_not_held_at_full_scale() -> None:
    """A stereo int16 take (a two-channel microphone) keeps its level: before, the average was
    taken first, lost the int16 type and was then held to +-1, so speech became a square wave."""
    stereo = np.array([[16384, 0], [-16384, -16384], [32767, 32767], [0, 0]], dtype=np.int16)
    got = voice_dsp.as_mono_float(stereo)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, [0.25, -0.5, 32767 / 32768, 0.0], rtol=1e-6)


def test_frame_levels_are_each_frames_rms_and_a_partial_frame_counts() -> None:
    x = np.concatenate([np.full(10, 0.1), np.zeros(10), np.full(5, 0.1)]).astype(np.float32)
    levels = voice_dsp.frame_levels_db(x, RATE)
    assert len(levels) == 3
    assert levels[0] == pytest.approx(-20.0, abs=1e-4)
    assert levels[1] == pytest.approx(-180.0)  # digital silence: the 1e-9 floor
    assert levels[2] == pytest.approx(-20.0 - 10 * np.log10(2), abs=1e-4)  # half a frame
    assert len(voice_dsp.frame_levels_db(np.zeros(0, np.float32), RATE)) == 0
    assert len(voice_dsp.frame_levels_db(x, RATE, frame_s=0.005)) == 5


@pytest.mark.parametrize(
    ("voice_db", "voiced"),
    [(voice_dsp.FLOOR_DB + 0.5, True), (voice_dsp.FLOOR_DB - 0.5, False)],
)
def test_below_the_floor_is_silence_whatever_else(voice_db: float, voiced: bool) -> None:
    x = _take((0.3, -np.inf), (0.3, voice_db), (0.3, -np.inf))
    span = voice_dsp.voiced_span(x, RATE)
    assert (span == (300, 600)) if voiced else span is None


@pytest.mark.parametrize(
    ("below_db", "voiced"),
    [(voice_dsp.RELATIVE_DB + 0.5, True), (voice_dsp.RELATIVE_DB - 0.5, False)],
)
def test_a_loud_voices_room_is_silence(below_db: float, voiced: bool) -> None:
    # 0.1 s of loud voice is not enough alone (MIN_VOICED_S); the quieter 0.2 s after it
    # counts only while it is within RELATIVE_DB of the loudest frame.
    x = _take((0.3, -np.inf), (0.1, -10.0), (0.2, -10.0 + below_db), (0.3, -np.inf))
    span = voice_dsp.voiced_span(x, RATE)
    assert (span == (300, 600)) if voiced else span is None


@pytest.mark.parametrize(
    ("above_db", "voiced"),
    [(voice_dsp.ABOVE_NOISE_DB + 0.5, True), (voice_dsp.ABOVE_NOISE_DB - 0.5, False)],
)
def test_sound_barely_above_the_rooms_noise_is_silence(above_db: float, voiced: bool) -> None:
    x = _take((0.3, -60.0), (0.3, -60.0 + above_db), (0.3, -60.0))
    span = voice_dsp.voiced_span(x, RATE)
    assert (span == (300, 600)) if voiced else span is None


def test_the_least_voice_kept_is_min_voiced_s() -> None:
    least = voice_dsp.MIN_VOICED_S
    x = _take((0.3, -np.inf), (least, -20.0), (0.3, -np.inf))
    assert voice_dsp.voiced_span(x, RATE) == (300, 300 + round(least * RATE))
    x = _take((0.3, -np.inf), (least - 0.01, -20.0), (0.3, -np.inf))
    assert voice_dsp.voiced_span(x, RATE) is None
    assert voice_dsp.voiced_span(np.zeros(0, np.float32), RATE) is None


def test_a_voice_to_the_very_end_of_a_partial_frame_ends_with_the_take() -> None:
    x = _take((0.3, -np.inf), (0.295, -20.0))  # the last frame is 5 samples long
    assert voice_dsp.voiced_span(x, RATE) == (300, 595)


def test_trim_keeps_the_margin_with_raised_cosine_fades() -> None:
    x = _take((0.3, -60.0), (0.3, -6.0), (0.4, -60.0))
    out = voice_dsp.trim_silence(x, RATE)
    margin = round(voice_dsp.MARGIN_S * RATE)
    assert len(out) == 300 + 2 * margin and out.dtype == np.float32
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(margin) / margin)
    np.testing.assert_allclose(out[:margin], _level(-60.0) * ramp, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(out[-margin:], _level(-60.0) * ramp[::-1], rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(out[margin:-margin], _level(-6.0), rtol=1e-6)
    assert np.shares_memory(out, x) is False
    x_before = x.copy()
    voice_dsp.trim_silence(x, RATE)
    np.testing.assert_array_equal(x, x_before)  # the take itself is left as it was


def test_trim_at_the_takes_edges_keeps_what_there_is() -> None:
    x = _take((0.03, -np.inf), (0.3, -6.0), (0.02, -np.inf))  # less room than the margin
    out = voice_dsp.trim_silence(x, RATE)
    assert len(out) == len(x)
    assert out[0] == 0.0 and out[-1] == 0.0
    assert voice_dsp.trim_silence(_take((1.0, -np.inf)), RATE).size == 0


def test_a_very_quiet_take_is_raised_by_at_most_max_gain_db() -> None:
    x = _take((1.0, -70.0))
    out = voice_dsp.match_loudness(x, RATE)
    assert loudness_dbfs(out, RATE) == pytest.approx(-70.0 + voice_dsp.MAX_GAIN_DB, abs=1e-3)
    y = _take((1.0, -40.0))  # within reach: brought to the target exactly
    assert loudness_dbfs(voice_dsp.match_loudness(y, RATE), RATE) == pytest.approx(
        TARGET_LOUDNESS_DBFS, abs=1e-3
    )
    assert voice_dsp.match_loudness(y, RATE).dtype == np.float32


def test_nothing_to_level_is_given_back_as_a_new_float32_buffer() -> None:
    for x in (np.zeros(0, np.float64), np.zeros(50, np.float64)):
        out = voice_dsp.match_loudness(x, RATE)  # type: ignore[arg-type]
        assert out.dtype == np.float32 and len(out) == len(x) and out is not x
        assert not np.shares_memory(out, x)


def test_a_take_is_prepared_to_the_level_asked_for() -> None:
    x = _take((0.3, -np.inf), (0.5, -40.0), (0.3, -np.inf))
    out = voice_dsp.prepare_take((x * 32768).astype(np.int16), RATE, target_dbfs=-30.0)
    assert loudness_dbfs(out, RATE) == pytest.approx(-30.0, abs=0.1)
    assert len(out) == 500 + 2 * round(voice_dsp.MARGIN_S * RATE)


def test_pcm16_holds_full_scale_and_is_little_endian() -> None:
    x = np.array([1.5, 1.0, -1.0, -2.0, 0.5], dtype=np.float32)
    data = voice_dsp.to_pcm16(x)
    assert data == np.array([32767, 32767, -32768, -32768, 16384], dtype="<i2").tobytes()
    back = voice_dsp.from_pcm16(data)
    assert back.dtype == np.float32
    np.testing.assert_array_equal(back, [32767 / 32768, 32767 / 32768, -1.0, -1.0, 0.5])


def test_nothing_to_level_in_float32_is_still_a_copy() -> None:
    for x in (np.zeros(0, np.float32), np.zeros(50, np.float32)):
        out = voice_dsp.match_loudness(x, RATE)
        assert out is not x and not np.shares_memory(out, x)


def test_a_short_take_at_the_edges_is_faded_over_the_whole_margin() -> None:
    # 30 ms of room, 150 ms of voice, 20 ms of room: the margin (80 ms) reaches past both ends,
    # and the fades still run over the whole margin (no shorter than the take allows).
    x = _take((0.03, -np.inf), (voice_dsp.MIN_VOICED_S, -6.0), (0.02, -np.inf))
    out = voice_dsp.trim_silence(x, RATE)
    margin = round(voice_dsp.MARGIN_S * RATE)
    assert len(out) == len(x) == 200
    ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(margin) / margin)
    np.testing.assert_allclose(out[:margin], x[:margin] * ramp, rtol=1e-5, atol=1e-9)
    np.testing.assert_allclose(out[-margin:], x[-margin:] * ramp[::-1], rtol=1e-5, atol=1e-9)


def test_float_input_is_held_to_full_scale() -> None:
    np.testing.assert_array_equal(voice_dsp.as_mono_float(np.array([-3.0, -1.0])), [-1.0, -1.0])
    assert voice_dsp.as_mono_float(np.array([-3.0])).dtype == np.float32
