"""Breath boundaries are scheduled from the session clock: exact, and no drift over time."""

from __future__ import annotations

import logging

import pytest

from kindapp.core.breathing import PATTERNS
from kindapp.core.clock import FakeClock
from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.session import Session
from kindapp.ui.practices.breath_driver import BreathDriver


def test_every_boundary_is_due_exactly_on_the_pattern_even_when_timers_are_late(qapp, caplog):
    caplog.set_level(logging.INFO, logger="kindapp.events")
    clock = FakeClock()
    session = Session(breathe_practice(600.0, PATTERNS["six"]), clock)
    played: list[str] = []
    driver = BreathDriver(session, clock.now, played.append)
    session.start()
    t0 = session.started_at
    for k in range(1, 120):
        assert driver._due == pytest.approx(t0 + 5.0 * k, abs=1e-9)
        clock.set(driver._due + 0.004)  # the timer fires 4 ms late, every time
        driver._on_timer()
    dues = [
        float(r.message.split("due=")[1].split()[0])
        for r in caplog.records
        if r.message.startswith("breath-phase")
    ]
    assert len(dues) == 119
    assert max(abs(d - (t0 + 5.0 * (i + 1))) for i, d in enumerate(dues)) < 1e-9
    assert played[:4] == ["exhale", "inhale", "exhale", "inhale"]
