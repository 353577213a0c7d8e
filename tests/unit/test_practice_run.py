"""A practice from start to end: cues at each step, one record at the end."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

from kindapp.core.clock import FakeClock
from kindapp.core.cue_plan import CLIP_AFTER_CUE_S
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
    clock.advance(30)
    run.session.stop()
    assert player.ended == 1
    assert [r.outcome for r in records] == ["stopped"]
    assert records[0].duration_s == pytest.approx(30.0)


def test_leaving_before_the_start_records_nothing():
    run, _, player, records, _ = make()
    run.session.stop()
    assert records == [] and player.ended == 1


def test_every_move_by_hand_rings_the_step_it_lands_on_also_while_paused():
    run, clock, player, _, _ = make()
    t0 = clock.now()
    run.start()
    clock.advance(3)
    run.session.pause()
    assert [c for c, _ in player.played] == ["soft_bell"]  # a pause itself is quiet
    run.session.next()  # while paused: where am I now?
    clock.advance(5)
    run.session.resume()  # and on again
    clock.advance(2)
    run.session.back()  # 2 s into the step: back to its start
    run.session.back()  # at its start: one further back
    assert [(c, t - t0) for c, t in player.played] == [
        ("soft_bell", 0.0),
        ("breath_chime", 3.0),
        ("breath_chime", 8.0),
        ("breath_chime", 10.0),
        ("soft_bell", 10.0),
    ]


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
    assert [t for t, _, _ in player.plans[0]] == pytest.approx(want)
    assert [c for _, c, _ in player.plans[0]] == [
        *(s.cue for s in BREAK_QUICK.steps),
        BREAK_QUICK.end_cue,
    ]
    while run.session.state is State.RUNNING:
        clock.set(run.session.next_deadline() + 0.2)  # a UI stalled for 200 ms each time
        run.session.tick()
    assert len(player.plans) == 1 and player.played == [] and player.ended == 1


def test_pause_empties_the_plan_and_resume_rings_now_and_shifts_the_rest_by_the_pause(caplog):
    run, clock, player = make_scheduled()
    run.start()
    t0 = clock.now()
    clock.advance(4)
    run.session.pause()
    assert player.plans[-1] == []
    clock.advance(30)
    run.session.resume()
    plan = player.plans[-1]
    # The step under way rings again, now (eyes closed: the practice goes on, here).
    assert plan[0] == (clock.now(), BREAK_QUICK.steps[0].cue, pytest.approx(t0 + 30 + 10))
    assert plan[1][:2] == (
        pytest.approx(t0 + 30 + BREAK_QUICK.step_starts()[1]),
        BREAK_QUICK.steps[1].cue,
    )


def test_next_plans_the_new_steps_cue_now_and_stop_silences_the_rest():
    run, clock, player = make_scheduled()
    run.start()
    clock.advance(2)
    run.session.next()
    now = clock.now()
    until = now + BREAK_QUICK.steps[1].duration_s
    assert player.plans[-1][0] == (pytest.approx(now), BREAK_QUICK.steps[1].cue, until)
    run.session.stop()
    assert player.plans[-1] == [] and player.ended == 1


def test_next_and_back_while_paused_plan_the_landed_steps_bell_now_and_nothing_else():
    run, clock, player = make_scheduled()
    run.start()
    clock.advance(2)
    run.session.pause()
    clock.advance(1)
    run.session.next()
    assert [p[:2] for p in player.plans[-1]] == [(clock.now(), BREAK_QUICK.steps[1].cue)]
    clock.advance(1)
    run.session.back()
    assert [p[:2] for p in player.plans[-1]] == [(clock.now(), BREAK_QUICK.steps[0].cue)]


def test_back_within_a_step_restarts_it_with_its_bell_and_moves_the_plan():
    run, clock, player = make_scheduled()
    run.start()
    clock.advance(12)  # 2 s into the second step (it began at 10)
    run.session.tick()
    run.session.back()
    plan = player.plans[-1]
    assert plan[0][:2] == (clock.now(), BREAK_QUICK.steps[1].cue)
    assert plan[1][:2] == (pytest.approx(clock.now() + 8.0), BREAK_QUICK.steps[2].cue)


def test_an_own_voice_clip_follows_its_bell_when_the_step_is_reached_by_hand():
    run, clock, player = make_scheduled(clips={"humanity": "voice-humanity"})
    run.start()
    clock.advance(3)
    for _ in range(3):  # settle, mindfulness, then humanity
        run.session.next()
    now = clock.now()
    end = now + BREAK_QUICK.steps[3].duration_s
    assert player.plans[-1][:2] == [
        (now, "step_2", end),
        (pytest.approx(now + CLIP_AFTER_CUE_S), "voice-humanity", end),
    ]


class CreepingClock(FakeClock):
    """Every reading a little later than the one before, as a real clock's."""

    def now(self):
        self.advance(50e-6)
        return super().now()


def test_with_a_real_clocks_creep_every_key_hands_the_player_its_bell_and_the_end_its_bell():
    clock = CreepingClock()
    player = Scheduler(clock)
    run = PracticeRun(BREAK_QUICK, clock, player, [].append)
    run.start(lead_s=0.15)
    assert player.plans[-1][0][1] == BREAK_QUICK.steps[0].cue
    clock.advance(1.0)
    moves = [("next", 1), ("next", 2), ("back", 1), ("pause", None), ("resume", 1)]
    moves += [("next", 2), ("next", 3), ("next", 4), ("next", None)]
    for move, step in moves:
        getattr(run.session, move)()
        plan = player.plans[-1]
        if move == "pause":
            assert plan == []
            continue
        want = BREAK_QUICK.end_cue if step is None else BREAK_QUICK.steps[step].cue
        assert plan and plan[0][1] == want, (move, plan)
        assert plan[0][0] >= clock.now() - 1e-3  # now, not in the past
        clock.advance(0.4)
    assert run.session.state is State.FINISHED


def test_grounding_is_a_pause_with_a_way_back_and_nothing_ends():
    run, clock, player, records, _ = make()
    run.start()
    clock.advance(12)
    run.session.tick()
    assert run.ground() and run.grounding
    assert run.session.state is State.PAUSED and records == []
    assert run.ground()  # a second G changes nothing
    clock.advance(60)  # feet, breath, the room: as long as it takes
    assert run.session.state is State.PAUSED
    run.end_grounding()  # Continue
    assert not run.grounding and run.session.state is State.RUNNING
    assert run.session.step_index == 1 and run.session.step_elapsed() == pytest.approx(2.0)
    assert player.played[-1] == ("breath_chime", clock.now())  # the step rings: going on
    assert records == []


def test_grounding_from_a_pause_continues_and_nothing_to_ground_before_or_after():
    run, clock, _, records, _ = make()
    assert not run.ground()  # not started
    run.start()
    run.session.pause()
    assert run.ground()
    run.end_grounding()
    assert run.session.state is State.RUNNING
    clock.advance(30)
    run.session.stop()
    assert not run.ground() and len(records) == 1
