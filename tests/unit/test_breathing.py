"""The breathing-pattern arithmetic, checked against a naive reference and a FakeClock."""

from __future__ import annotations

import itertools
import math
import re
import subprocess
import sys

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kindapp.core.breathing import (
    CHOICES,
    CUSTOM,
    DEFAULT_PATTERN,
    FOLLOW_OWN,
    PATTERNS,
    BreathPattern,
    Phase,
    custom,
    pattern_for,
    smooth_size,
)
from kindapp.core.clock import FakeClock

ORDER = (Phase.IN, Phase.HOLD_IN, Phase.OUT, Phase.HOLD_OUT)

half_seconds = st.integers(min_value=0, max_value=40).map(lambda n: n / 2)


@st.composite
def patterns(draw: st.DrawFn, *, breathing: bool = False) -> BreathPattern:
    """Any valid pattern; with `breathing`, one that has both an in- and an out-breath."""
    d = [draw(half_seconds) for _ in range(4)]
    if breathing:
        d[0] = max(d[0], 0.5)
        d[2] = max(d[2], 0.5)
    assume(sum(d) > 0)
    return custom(*d)


def reference(p: BreathPattern, t: float) -> tuple[Phase, float]:
    """Walk the phases one by one from the start (slow, obviously right)."""
    t = max(t, 0.0)
    while True:
        for phase, d in zip(ORDER, p.durations, strict=True):
            if d == 0:
                continue
            if t < d:
                return phase, t / d
            t -= d  # exact: t and d are both multiples of ulp(t) here


def nonzero(p: BreathPattern) -> list[Phase]:
    return [ph for ph, d in zip(ORDER, p.durations, strict=True) if d > 0]


# -- phase_at -------------------------------------------------------------------------------------


@settings(max_examples=400)
@given(patterns(), st.floats(min_value=0, max_value=600, allow_nan=False))
def test_phase_at_agrees_with_walking_the_phases_on_a_fake_clock(
    p: BreathPattern, dt: float
) -> None:
    clock = FakeClock(start=1000.0)
    start = clock.now()
    clock.advance(dt)
    t = clock.now() - start
    phase, progress = p.phase_at(t)
    ref_phase, ref_progress = reference(p, t)
    assert phase is ref_phase
    assert progress == pytest.approx(ref_progress, abs=1e-9)
    assert 0.0 <= progress <= 1.0


@given(patterns(), st.floats(min_value=-1e6, max_value=0, allow_nan=False))
def test_before_the_start_is_the_start(p: BreathPattern, t: float) -> None:
    assert p.phase_at(t) == (nonzero(p)[0], 0.0)
    assert p.next_boundary(t) == p.durations[ORDER.index(nonzero(p)[0])]


@given(patterns(), st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_progress_is_within_zero_and_one(p: BreathPattern, t: float) -> None:
    pos = p.position(t)
    assert 0.0 <= pos.progress <= 1.0
    assert pos.start <= t < pos.end or (t == 0 and pos.start == 0)


@given(patterns())
def test_phases_come_in_order_and_each_starts_at_zero_progress(p: BreathPattern) -> None:
    seen: list[Phase] = []
    for b in p.boundaries(0, 3 * p.cycle_s):
        phase, progress = p.phase_at(b)
        assert progress == 0.0
        seen.append(phase)
    assert seen == nonzero(p) * 3
    # Just before each boundary the previous phase is nearly complete.
    for b in p.boundaries(p.cycle_s, 3 * p.cycle_s):
        _, progress = p.phase_at(b - 1e-7)
        assert progress > 0.99


# -- boundaries -----------------------------------------------------------------------------------


def offsets(p: BreathPattern) -> list[float]:
    out, t = [], 0.0
    for d in p.durations:
        if d > 0:
            out.append(t)
        t += d
    return out


@given(patterns(), st.integers(min_value=0, max_value=50), st.integers(min_value=1, max_value=6))
def test_boundaries_are_whole_cycles_plus_offsets(p: BreathPattern, k0: int, n: int) -> None:
    t0, t1 = k0 * p.cycle_s, (k0 + n) * p.cycle_s
    expected = [k * p.cycle_s + o for k in range(k0, k0 + n) for o in offsets(p)]
    assert p.boundaries(t0, t1) == expected


@given(
    patterns(),
    st.floats(min_value=0, max_value=5000, allow_nan=False),
    st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_boundaries_are_half_open_and_agree_with_next_boundary(
    p: BreathPattern, t0: float, span: float
) -> None:
    t1 = t0 + span
    found = p.boundaries(t0, t1)
    assert all(t0 <= b < t1 for b in found)
    assert found == sorted(found)
    # Walking next_boundary from t0 visits the same times.
    walked = []
    b = p.next_boundary(t0)
    if p.position(t0).start == t0 and t0 < t1:
        walked.append(t0)
    while b < t1:
        walked.append(b)
        b = p.next_boundary(b)
    assert walked == found


@settings(max_examples=300)
@given(patterns(), st.data())
def test_no_drift_after_ten_thousand_cycles(p: BreathPattern, data: st.DataObject) -> None:
    offs = offsets(p)
    i = data.draw(st.integers(min_value=0, max_value=len(offs) - 1))
    within = data.draw(st.floats(min_value=0, max_value=0.999))
    phase_len = [d for d in p.durations if d > 0][i]
    delta = within * phase_len
    far = 10_000 * p.cycle_s + offs[i]
    pos = p.position(far + delta)
    assert abs(pos.start - far) < 1e-6
    assert abs(pos.end - (far + phase_len)) < 1e-6
    assert pos.cycle == 10_000
    near_phase, near_progress = p.phase_at(offs[i] + delta)
    assert pos.phase is near_phase
    assert pos.progress == pytest.approx(near_progress, abs=1e-6)
    assert abs(p.next_boundary(far + delta) - (far + phase_len)) < 1e-6
    assert abs(p.boundaries(far - 1e-3, far + 1e-3)[0] - far) < 1e-6


def test_a_scheduler_on_a_fake_clock_lands_on_every_boundary_for_ten_thousand_cycles() -> None:
    p = PATTERNS["478"]
    clock = FakeClock(start=12_345.678)
    start = clock.now()
    changes = 0
    while True:
        nxt = p.next_boundary(clock.now() - start)
        if nxt > 10_000 * p.cycle_s:
            break
        clock.set(start + nxt)
        _, progress = p.phase_at(clock.now() - start)
        assert progress < 1e-6  # on the boundary, not a little before it
        changes += 1
    assert changes == 10_000 * 3
    assert abs((clock.now() - start) - 10_000 * p.cycle_s) < 1e-6


# -- size -----------------------------------------------------------------------------------------


@settings(max_examples=200)
@given(patterns(breathing=True), st.floats(min_value=0, max_value=2000, allow_nan=False))
def test_size_is_continuous_at_any_time(p: BreathPattern, t: float) -> None:
    a = smooth_size(*p.phase_at(t))
    b = smooth_size(*p.phase_at(t + 0.001))
    # The steepest eased slope is pi/2 per phase length; phases are at least 0.5 s.
    assert abs(a - b) <= math.pi / 2 * 0.001 / 0.5 + 1e-9


@given(patterns(breathing=True))
def test_size_is_continuous_across_every_boundary(p: BreathPattern) -> None:
    for b in p.boundaries(0.001, 2 * p.cycle_s + 0.001):
        before = smooth_size(*p.phase_at(b - 0.0005))
        after = smooth_size(*p.phase_at(b + 0.0005))
        assert abs(after - before) < 0.005, (b, p.phase_at(b - 0.0005), p.phase_at(b + 0.0005))


def test_size_grows_on_the_in_breath_and_settles_on_the_out_breath() -> None:
    ins = [smooth_size(Phase.IN, i / 20) for i in range(21)]
    outs = [smooth_size(Phase.OUT, i / 20) for i in range(21)]
    assert ins[0] == 0.0 and ins[-1] == pytest.approx(1.0) and ins[10] == pytest.approx(0.5)
    assert all(b > a for a, b in itertools.pairwise(ins))
    assert outs[0] == pytest.approx(1.0) and outs[-1] == pytest.approx(0.0, abs=1e-12)
    assert all(b < a for a, b in itertools.pairwise(outs))
    # Eased: slow at the turns, quickest in the middle.
    assert ins[1] - ins[0] < ins[11] - ins[10]
    assert smooth_size(Phase.HOLD_IN, 0.3) == 1.0
    assert smooth_size(Phase.HOLD_OUT, 0.7) == 0.0
    assert smooth_size(Phase.IN, -1) == 0.0 and smooth_size(Phase.IN, 2) == 1.0


# -- validation and storage -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((-0.5, 0, 5, 0), "the in-breath must be between 0 and 20 seconds, not -0.5"),
        ((5, 0, 20.5, 0), "the out-breath must be between 0 and 20 seconds, not 20.5"),
        ((5, 0.3, 5, 0), "the hold after breathing in must be in steps of 0.5 seconds, not 0.3"),
        ((5, 0, 5, 1.25), "the hold after breathing out must be in steps of 0.5 seconds"),
        ((0, 0, 0, 0), "pattern 'custom' needs at least one phase longer than 0 seconds"),
        ((math.nan, 0, 5, 0), "the in-breath must be a finite number of seconds"),
        ((math.inf, 0, 5, 0), "the in-breath must be a finite number of seconds"),
        ((True, 0, 5, 0), "the in-breath must be a number of seconds, not True"),
        (("5", 0, 5, 0), "the in-breath must be a number of seconds, not '5'"),
        ((5, None, 5, 0), "the hold after breathing in must be a number of seconds, not None"),
    ],
)
def test_bad_durations_are_refused_clearly(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(ValueError, match="^" + re.escape(message)):
        custom(*args)  # type: ignore[arg-type]


def test_bad_ids_and_names_are_refused() -> None:
    with pytest.raises(ValueError, match="non-empty id"):
        BreathPattern(" ", "x", 5, 0, 5, 0)
    with pytest.raises(ValueError, match="needs a name"):
        BreathPattern("x", None, 5, 0, 5, 0)  # type: ignore[arg-type]


@given(patterns())
def test_to_dict_and_back(p: BreathPattern) -> None:
    d = p.to_dict()
    assert BreathPattern.from_dict(d) == p
    assert pattern_for(CUSTOM, d) == p
    assert all(isinstance(v, float) for k, v in d.items() if k.endswith("_s"))


def test_whole_numbers_are_stored_as_floats() -> None:
    p = custom(4, 0, 6, 0)
    assert p.inhale_s == 4.0 and isinstance(p.inhale_s, float)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1, 2], "must be a mapping, not list"),
        (
            {"id": "x", "name": "x", "inhale_s": 5, "exhale_s": 5, "hold_in_s": 0},
            "missing hold_out_s",
        ),
        ({**PATTERNS["six"].to_dict(), "speed": 2}, "unknown keys: speed"),
        ({**PATTERNS["six"].to_dict(), "exhale_s": 25}, "the out-breath must be between 0 and 20"),
    ],
)
def test_from_dict_validates(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        BreathPattern.from_dict(data)


def test_pattern_for() -> None:
    assert pattern_for(FOLLOW_OWN, None) is None
    assert pattern_for("box") is PATTERNS["box"]
    assert pattern_for(
        CUSTOM, {"inhale_s": 3, "hold_in_s": 1, "exhale_s": 6, "hold_out_s": 0}
    ) == custom(3, 1, 6, 0)
    with pytest.raises(ValueError, match=r"no breathing pattern 'fast'; known: six, .*own"):
        pattern_for("fast")
    with pytest.raises(ValueError, match="no durations saved"):
        pattern_for(CUSTOM, None)
    with pytest.raises(ValueError, match="missing exhale_s"):
        pattern_for(CUSTOM, {"inhale_s": 3, "hold_in_s": 1, "hold_out_s": 0})
    with pytest.raises(ValueError, match=r"in steps of 0\.5"):
        pattern_for(CUSTOM, {"inhale_s": 3.1, "hold_in_s": 1, "exhale_s": 6, "hold_out_s": 0})


# -- presets --------------------------------------------------------------------------------------


def test_presets_have_the_promised_pace() -> None:
    # The default is what the Breathe screen recommends: a longer out-breath, six a minute.
    assert DEFAULT_PATTERN == "long-exhale"
    assert PATTERNS[DEFAULT_PATTERN].exhale_s > PATTERNS[DEFAULT_PATTERN].inhale_s
    assert PATTERNS[DEFAULT_PATTERN].breaths_per_minute == 6.0
    assert PATTERNS["six"].durations == (5, 0, 5, 0)
    assert PATTERNS["six"].breaths_per_minute == 6.0
    assert PATTERNS["long-exhale"].durations == (4, 0, 6, 0)
    assert PATTERNS["long-exhale"].exhale_s > PATTERNS["long-exhale"].inhale_s
    assert PATTERNS["seven"].breaths_per_minute == pytest.approx(7.0, abs=0.1)
    assert PATTERNS["box"].durations == (4, 4, 4, 4)
    assert PATTERNS["box"].breaths_per_minute == 3.75
    assert PATTERNS["478"].durations == (4, 7, 8, 0)
    assert PATTERNS["478"].breaths_per_minute == pytest.approx(60 / 19)
    assert [p.has_holds for p in PATTERNS.values()] == [False, False, False, True, True]
    assert CHOICES == ("six", "long-exhale", "seven", "box", "478", CUSTOM, FOLLOW_OWN)
    assert all(p.id == key and p.name for key, p in PATTERNS.items())


def test_core_breathing_does_not_import_qt() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, kindapp.core.breathing; print('PySide6' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "False"
