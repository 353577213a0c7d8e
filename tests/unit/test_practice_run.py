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

    scheduling = False

    def __init__(self, clock):
        self.clock = clock
        self.played: list[tuple[str, float]] = []
        self.plans: list[list[tuple[float, str]]] = []
        self.ended = 0

    def play(self, cue):
        self.played.append((cue, self.clock.now()))

    def schedule(self, cues):
        self.plans.append(list(cues))

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


class Scheduler(CueLog):
    """A player that schedules: it is handed plans, never asked to play."""

    scheduling = True


def make_scheduled(practice=BREAK_QUICK, **kw):
    clock = FakeClock()
    player = Scheduler(clock)
    run = PracticeRun(practice, clock, player, [].append, **kw)
    return run, clock, player


def test_a_scheduling_player_gets_the_whole_plan_at_start_and_late_ticks_change_nothing():
    run, clock, player = make_scheduled()
    run.start(lead_s=0.2)
    t0 = clock.now() + 0.2
    assert len(player.plans) == 1
    want = [t0 + t for t in (*BREAK_QUICK.step_starts(), BREAK_QUICK.total_s)]
    assert [t for t, _ in player.plans[0]] == pytest.approx(want)
    assert [c for _, c in player.plans[0]] == [
        *(s.cue for s in BREAK_QUICK.steps),
        BREAK_QUICK.end_cue,
    ]
    while run.session.state is State.RUNNING:
        clock.set(run.session.next_deadline() + 0.2)  # a UI stalled for 200 ms each time
        run.session.tick()
    assert len(player.plans) == 1 and player.played == [] and player.ended == 1


def test_pause_empties_the_plan_and_resume_shifts_it_by_the_pause(caplog):
    run, clock, player = make_scheduled()
    run.start()
    t0 = clock.now()
    clock.advance(4)
    run.session.pause()
    assert player.plans[-1] == []
    clock.advance(30)
    run.session.resume()
    plan = player.plans[-1]
    assert plan[0] == (
        pytest.approx(t0 + 30 + BREAK_QUICK.step_starts()[1]),
        BREAK_QUICK.steps[1].cue,
    )
    assert all(t > clock.now() for t, _ in plan)  # the step under way had its cue


def test_next_plans_the_new_steps_cue_now_and_stop_silences_the_rest():
    run, clock, player = make_scheduled()
    run.start()
    clock.advance(2)
    run.session.next()
    assert player.plans[-1][0] == (pytest.approx(clock.now()), BREAK_QUICK.steps[1].cue)
    run.session.stop()
    assert player.plans[-1] == [] and player.ended == 1
