"""A practice from start to end: cues at each step, one record at the end."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from kindapp.core.clock import FakeClock
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import BREAK_QUICK, practice_for
from kindapp.core.session import State


class CueLog:
    """A player at the sound edge that only notes what it was asked to play."""

    def __init__(self, clock):
        self.clock = clock
        self.played: list[tuple[str, float]] = []
        self.ended = 0

    def play(self, cue):
        self.played.append((cue, self.clock.now()))

    def end_practice(self):
        self.ended += 1


def make(practice=BREAK_QUICK):
    clock = FakeClock()
    player = CueLog(clock)
    records = []
    wall = [datetime(2026, 11, 22, 8, 0, tzinfo=UTC)]
    run = PracticeRun(practice, clock, player, records.append, wall_now=lambda: wall[0])
    return run, clock, player, records, wall


def test_each_step_cue_plays_on_its_boundary_and_the_end_bell_at_the_end(caplog):
    run, clock, player, records, wall = make()
    caplog.set_level(logging.INFO, logger="kindapp.events")
    run.start()
    start = clock.now()
    while run.session.state is State.RUNNING:
        clock.set(run.session.next_deadline() + 0.003)  # timers fire a little late
        run.session.tick()
    wall[0] += timedelta(seconds=56)
    expected = [
        (s.cue, start + t)
        for s, t in zip(BREAK_QUICK.steps, BREAK_QUICK.step_starts(), strict=True)
    ]
    expected.append(("closing_bell", start + BREAK_QUICK.total_s))
    assert [c for c, _ in player.played] == [c for c, _ in expected]
    for (_, got), (_, want) in zip(player.played, expected, strict=True):
        assert got == pytest.approx(want + (0.003 if want > start else 0), abs=1e-9)
    assert player.ended == 1
    assert len(records) == 1 and records[0].outcome == "finished"
    assert records[0].duration_s == pytest.approx(56.0)
    steps_logged = [r.message for r in caplog.records if r.message.startswith("step-start")]
    assert len(steps_logged) == len(BREAK_QUICK.steps)


def test_leaving_records_stopped_and_closes_sound_once():
    run, clock, player, records, _ = make()
    run.start()
    clock.advance(3)
    run.session.stop()
    assert player.ended == 1
    assert [r.outcome for r in records] == ["stopped"]
    assert records[0].duration_s == pytest.approx(3.0)


def test_leaving_before_the_start_records_nothing():
    run, _, player, records, _ = make()
    run.session.stop()
    assert records == [] and player.ended == 1


def test_no_cue_while_paused_and_none_repeated_on_resume():
    run, _, player, _, _ = make()
    run.start()
    run.session.pause()
    run.session.next()
    run.session.resume()
    assert [c for c, _ in player.played] == ["soft_bell"]


def test_unknown_practice_names_what_exists():
    with pytest.raises(ValueError, match="break/quick"):
        practice_for("break", "forever")
