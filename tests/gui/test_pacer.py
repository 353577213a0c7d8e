"""The breathing pacer on a real X server, driven by a FakeClock."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor, QImage

from kindapp.core.breathing import PATTERNS, Phase
from kindapp.core.clock import FakeClock
from kindapp.ui.practices.pacer import REDUCED_STEP_S, Pacer


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(start=500.0)


@pytest.fixture
def pacer(qtbot, clock):  # type: ignore[no-untyped-def]
    w = Pacer()
    qtbot.addWidget(w)
    w.resize(300, 300)
    w.show()
    qtbot.waitExposed(w)
    return w


def start(pacer: Pacer, clock: FakeClock, pattern_id: str | None) -> float:
    t0 = clock.now()
    pacer.set_source(clock.now, t0, None if pattern_id is None else PATTERNS[pattern_id])
    pacer.set_running(True)
    return t0


def at(pacer: Pacer, clock: FakeClock, t0: float, t: float) -> None:
    """Move the clock to pattern time t and let the pacer look at it (as its timers would)."""
    clock.set(t0 + t)
    pacer._refresh()


def sage_pixels(img: QImage) -> int:
    """Pixels of the circle and its halo: greener than the warm paper around them."""
    n = 0
    for y in range(0, img.height(), 2):
        for x in range(0, img.width(), 2):
            c = QColor(img.pixel(x, y))
            if c.green() - c.red() > 3:
                n += 1
    return n


def test_the_circle_grows_on_the_in_breath_and_settles_on_the_out_breath(pacer, clock):
    t0 = start(pacer, clock, "six")
    radii, areas = [], []
    for t in (0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5):
        at(pacer, clock, t0, t)
        radii.append(pacer.circle_radius())
        areas.append(sage_pixels(pacer.grab().toImage()))
    grow, settle = radii[:5], radii[5:]
    assert all(b > a for a, b in itertools.pairwise(grow)), radii
    assert all(b < a for a, b in itertools.pairwise(settle)), radii
    # What is drawn follows the same course (measured in the pixels, not the model).
    assert all(b > a for a, b in itertools.pairwise(areas[:5])), areas
    assert all(b < a for a, b in itertools.pairwise(areas[5:])), areas
    # Eased: slow at the turn, quickest in the middle of the breath.
    assert radii[2] - radii[1] > radii[1] - radii[0]
    # It stays inside the widget with room for its halo.
    assert max(radii) < 150 * 0.9 and min(radii) > 30


def test_the_phase_is_named_in_words(pacer, clock):
    t0 = start(pacer, clock, "box")
    expected = [
        (1.0, Phase.IN, "Breathe in"),
        (5.0, Phase.HOLD_IN, "Hold"),
        (9.0, Phase.OUT, "Breathe out"),
        (13.0, Phase.HOLD_OUT, "Hold"),
        (16.5, Phase.IN, "Breathe in"),
    ]
    for t, phase, words in expected:
        at(pacer, clock, t0, t)
        assert pacer.phase() is phase
        assert pacer.phase_words() == words
        assert pacer.accessibleName() == words


def test_a_phase_change_is_signalled_from_the_clock(pacer, clock, qtbot):
    t0 = start(pacer, clock, "six")
    at(pacer, clock, t0, 4.0)
    seen: list[Phase] = []
    pacer.phaseChanged.connect(seen.append)
    clock.set(t0 + 5.0)  # the next frame sees the boundary; no tick is counted
    with qtbot.waitSignal(pacer.phaseChanged, timeout=1000):
        pass
    assert seen == [Phase.OUT]
    assert pacer.accessibleName() == "Breathe out"
    # The same phase is not announced twice.
    at(pacer, clock, t0, 6.0)
    assert seen == [Phase.OUT]


def test_frames_come_from_the_timer_only_while_moving(pacer, clock, qtbot):
    t0 = start(pacer, clock, "six")
    at(pacer, clock, t0, 1.0)
    assert pacer.animating()
    before = pacer.frames_painted
    # Frames keep coming while it moves (how many a second: bench/bench_pacer.py).
    qtbot.waitUntil(lambda: pacer.frames_painted - before >= 8, timeout=5000)
    pacer.set_running(False)
    qtbot.wait(50)
    before = pacer.frames_painted
    qtbot.wait(300)
    assert pacer.frames_painted == before


def test_timers_run_only_while_needed(pacer, clock, qtbot):
    t0 = start(pacer, clock, "box")
    at(pacer, clock, t0, 1.0)
    assert pacer.animating()
    assert 2900 <= pacer.scheduled_ms() <= 3000  # to the end of the in-breath

    # Paused: nothing.
    pacer.set_running(False)
    assert not pacer.animating() and pacer.scheduled_ms() is None
    pacer.set_running(True)
    assert pacer.animating()

    # Hidden: nothing; shown again: moving again.
    pacer.hide()
    assert not pacer.animating() and pacer.scheduled_ms() is None
    pacer.show()
    qtbot.waitExposed(pacer)
    assert pacer.animating()

    # A hold is still: no frames, one single-shot timer to its end.
    at(pacer, clock, t0, 5.0)
    assert pacer.phase() is Phase.HOLD_IN
    assert not pacer.animating()
    assert 2900 <= pacer.scheduled_ms() <= 3000

    # Reduced motion: no frames; at most four colour steps a second.
    pacer.set_reduced_motion(True)
    at(pacer, clock, t0, 9.1)
    assert not pacer.animating()
    assert 0 < pacer.scheduled_ms() <= REDUCED_STEP_S * 1000
    at(pacer, clock, t0, 12.0)  # a hold in reduced motion: straight to its end
    assert not pacer.animating() and 3900 <= pacer.scheduled_ms() <= 4000

    # Following one's own breath: no timer at all.
    pacer.set_source(clock.now, clock.now(), None)
    assert not pacer.animating() and pacer.scheduled_ms() is None
    assert pacer.phase() is None
    assert pacer.accessibleName() == "Follow your own breath"


def test_reduced_motion_repaints_at_most_four_times_a_second(pacer, clock, qtbot):
    pacer.set_reduced_motion(True)
    pacer.set_source(lambda: clock.now() + 0.0, clock.now(), PATTERNS["six"])
    pacer.set_running(True)
    before = pacer.frames_painted
    qtbot.wait(600)  # the fake clock stands still: the timer only re-arms to the next step
    assert pacer.frames_painted - before <= 3


def test_pausing_holds_the_breath_where_it_is(pacer, clock):
    t0 = start(pacer, clock, "six")
    at(pacer, clock, t0, 2.0)
    r = pacer.circle_radius()
    pacer.set_running(False)
    clock.advance(30.0)
    pacer._refresh()
    assert pacer.circle_radius() == r and pacer.phase() is Phase.IN
    pacer.set_running(True)
    assert pacer.circle_radius() == pytest.approx(r)
    clock.advance(1.0)  # goes on from 2 s, not from 33 s
    assert pacer.phase() is Phase.IN and pacer.circle_radius() > r


def test_reduced_motion_is_a_still_shape_with_a_slow_colour_change(pacer, clock):
    pacer.set_reduced_motion(True)
    t0 = start(pacer, clock, "six")
    centre = pacer.rect().center()
    at(pacer, clock, t0, 0.25)
    r1, c1 = pacer.circle_radius(), QColor(pacer.grab().toImage().pixel(centre))
    at(pacer, clock, t0, 4.75)
    r2, c2 = pacer.circle_radius(), QColor(pacer.grab().toImage().pixel(centre))
    assert r1 == r2
    assert c1 != c2
    assert pacer.phase_words() == "Breathe in"


def test_screenshots(qtbot, clock, snap):
    shots = [
        ("pacer-in-mid", "six", 2.5, False),
        ("pacer-hold", "box", 6.0, False),
        ("pacer-out", "six", 7.0, False),
        ("pacer-in-start", "six", 0.05, False),
        ("pacer-reduced", "six", 2.5, True),
        ("pacer-own", None, 0.0, False),
    ]
    for name, pattern, t, reduced in shots:
        w = Pacer()
        qtbot.addWidget(w)
        w.resize(300, 300)
        w.set_reduced_motion(reduced)
        w.show()
        qtbot.waitExposed(w)
        t0 = start(w, clock, pattern)
        at(w, clock, t0, t)
        snap(w, name)
        w.set_running(False)
        w.hide()
    # It scales with its widget, and stays uncramped when small.
    for name, size in (("pacer-large", (520, 420)), ("pacer-small", (170, 170))):
        w = Pacer()
        qtbot.addWidget(w)
        w.resize(*size)
        w.show()
        qtbot.waitExposed(w)
        t0 = start(w, clock, "six")
        at(w, clock, t0, 5.0)  # the fullest circle
        snap(w, name)
        r = w.circle_radius()
        assert r * 2 < min(size) * 0.9
        w.set_running(False)
