"""The sound schedule of a practice, from its timeline: steps, breaths, own-voice clips, bell."""

from __future__ import annotations

import pytest

from kindapp.core.breathing import PATTERNS
from kindapp.core.clock import FakeClock
from kindapp.core.cue_plan import CLIP_AFTER_CUE_S, plan_from
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.session import Session


def test_a_breathe_practice_with_breath_sounds_has_a_sound_at_every_in_and_out_breath():
    clock = FakeClock()
    practice = breathe_practice(60.0, PATTERNS["six"])
    session = Session(practice, clock)
    session.start()
    t0 = clock.now()
    plan = plan_from(session, t0, breath_sounds=True)
    got = [(round(c.at - t0, 6), c.name) for c in plan.cues]
    breaths = [(5.0 * k, "exhale" if k % 2 else "inhale") for k in range(1, 12)]
    assert got == [(0.0, "soft_bell"), *breaths, (60.0, "closing_bell")]
    quiet = plan_from(session, t0, breath_sounds=False)
    assert [c.name for c in quiet.cues] == ["soft_bell", "closing_bell"]


def test_holds_are_silent_in_box_breathing():
    clock = FakeClock()
    session = Session(breathe_practice(60.0, PATTERNS["box"]), clock)
    session.start()
    plan = plan_from(session, clock.now(), breath_sounds=True)
    breath = [(round(c.at - clock.now(), 6), c.name) for c in plan.cues if c.kind == "breath"]
    # 4-4-4-4: in at 0 (the step's own bell), out at 8, in at 16, ...
    assert breath[:3] == [(8.0, "exhale"), (16.0, "inhale"), (24.0, "exhale")]


def test_a_clip_follows_its_steps_cue_and_only_what_is_still_to_come_is_planned():
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    t0 = clock.now()
    clips = {BREAK_QUICK.steps[2].id: "voice-2"}
    clock.advance(15.0)  # inside step 1
    plan = plan_from(session, clock.now(), breath_sounds=False, clips=clips)
    starts = BREAK_QUICK.step_starts()
    assert plan.cues[0].at == pytest.approx(t0 + starts[2])
    assert (plan.cues[1].name, plan.cues[1].kind) == ("voice-2", "clip")
    assert plan.cues[1].at == pytest.approx(t0 + starts[2] + CLIP_AFTER_CUE_S)
    assert plan.cues[-1].name == BREAK_QUICK.end_cue


def test_paused_and_stopped_sessions_plan_nothing_and_a_finished_one_its_bell():
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    assert plan_from(session, clock.now(), breath_sounds=True).cues == ()
    session.start()
    session.pause()
    assert plan_from(session, clock.now(), breath_sounds=True).cues == ()
    session.resume()
    for _ in BREAK_QUICK.steps:
        session.next()
    plan = plan_from(session, clock.now(), breath_sounds=True)
    assert [(c.at, c.name) for c in plan.cues] == [(clock.now(), BREAK_QUICK.end_cue)]


def test_a_start_with_lead_places_the_first_cue_ahead_of_now():
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    session.start(lead_s=0.25)
    plan = plan_from(session, clock.now(), breath_sounds=False)
    assert plan.cues[0].at == pytest.approx(clock.now() + 0.25)
    assert session.elapsed() == 0.0


class CreepingClock(FakeClock):
    """A real clock's habit: every reading is a little later than the one before."""

    def now(self) -> float:
        self.advance(50e-6)
        return super().now()


def test_the_step_landed_on_by_hand_rings_now_though_its_time_was_read_a_moment_ago():
    clock = CreepingClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    clock.advance(3.0)
    session.next()  # the session reads the clock; the plan is made a moment later
    now = clock.now()
    step_end = now + BREAK_QUICK.steps[1].duration_s
    plan = plan_from(session, now, breath_sounds=False, landed=True)
    first = plan.cues[0]
    assert (first.name, first.kind) == (BREAK_QUICK.steps[1].cue, "step")
    assert first.at == pytest.approx(now, abs=1e-3) and first.at >= now
    assert first.until == pytest.approx(step_end, abs=1e-3)
    # Without `landed` the bell's own moment already lies behind `now`: left out (the bug the
    # person heard as silence after every Next).
    assert plan_from(session, now, breath_sounds=False).cues[0].name != first.name


def test_a_practice_finished_by_hand_still_has_its_closing_bell_now():
    clock = CreepingClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    for _ in BREAK_QUICK.steps:
        session.next()
    now = clock.now()
    plan = plan_from(session, now, breath_sounds=False, landed=True)
    assert [(c.name, c.kind) for c in plan.cues] == [(BREAK_QUICK.end_cue, "end")]
    assert plan.cues[0].at >= now and plan.cues[0].until == float("inf")


def test_a_paused_session_landed_on_a_new_step_plans_only_its_bell_now():
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    session.pause()
    assert plan_from(session, clock.now(), breath_sounds=False, landed=False).cues == ()
    session.next()
    plan = plan_from(session, clock.now(), breath_sounds=False, landed=True)
    assert [(c.at, c.name) for c in plan.cues] == [(clock.now(), BREAK_QUICK.steps[1].cue)]


def test_every_cue_is_wanted_until_the_next_steps_or_breaths_time():
    practice = breathe_practice(60.0, PATTERNS["box"])
    clock = FakeClock()
    session = Session(practice, clock)
    session.start()
    plan = plan_from(session, clock.now(), breath_sounds=True)
    t0 = clock.now()
    breaths = [c for c in plan.cues if c.kind == "breath"]
    assert breaths and all(c.at < c.until <= t0 + practice.total_s for c in breaths)
    # A breath is wanted until the next phase change (box: 4 s each, holds silent).
    assert breaths[0].until - breaths[0].at == pytest.approx(4.0)
    steps = [c for c in plan.cues if c.kind == "step"]
    assert steps[0].until == pytest.approx(t0 + practice.steps[0].duration_s)
    assert plan.cues[-1].kind == "end" and plan.cues[-1].until == float("inf")
