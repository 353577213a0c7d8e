"""The sound schedule of a practice, from its timeline: steps, breaths, own-voice clips, bell."""

from __future__ import annotations

import pytest

from kindapp.core.breathing import PATTERNS
from kindapp.core.clock import FakeClock
from kindapp.core.cue_plan import CLIP_AFTER_CUE_S, plan_from
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.session import Session
from kindapp.core.touch import breathe_practice


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
