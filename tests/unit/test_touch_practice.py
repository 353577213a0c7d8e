"""Soothing touch as the person chooses it: the gesture named and described, a settling step
and one long step of the chosen length, their phrase (or the first kind phrase), the breath
paced or their own, and the bells."""

from __future__ import annotations

import pytest

from kindapp.core.breathing import PATTERNS
from kindapp.core.catalog import PracticeName
from kindapp.core.practices import StepKind
from kindapp.core.practices.soothing_touch import (
    GESTURE_IDS,
    GESTURES,
    KIND_PHRASES,
    SETTLE_S,
    gesture,
    touch_practice,
)


@pytest.mark.parametrize("gesture_id", GESTURE_IDS)
def test_each_gesture_is_found_by_its_id(gesture_id: str) -> None:
    g = gesture(gesture_id)
    assert g.id == gesture_id and g in GESTURES


def test_an_unknown_gesture_says_which_ones_there_are() -> None:
    with pytest.raises(ValueError) as caught:
        gesture("handstand")
    assert str(caught.value) == f"no gesture 'handstand'; known: {', '.join(GESTURE_IDS)}"


def test_touch_is_a_settling_step_then_the_gesture_the_phrase_and_the_breath() -> None:
    g = gesture("heart-and-belly")
    box = PATTERNS["six"]
    p = touch_practice("heart-and-belly", 120, "  It's going to be okay.  ", box)
    assert (p.id, p.mode, p.title, p.end_cue) == (
        PracticeName.TOUCH.value,
        "heart-and-belly",
        "Soothing touch",
        "closing_bell",
    )
    settle, touch = p.steps
    assert (settle.id, settle.kind, settle.title, settle.text) == (
        "settle",
        StepKind.TOUCH,
        g.name,
        g.how,
    )
    assert settle.duration_s == SETTLE_S and settle.cue == "soft_bell"
    assert settle.hint == "Feeling a little self-conscious at first is normal."
    assert settle.gesture == g.id and settle.pattern is None and not settle.follow_own_breath
    assert (touch.id, touch.kind, touch.title, touch.text) == (
        "touch",
        StepKind.TOUCH,
        g.name,
        "It's going to be okay.",
    )
    assert touch.duration_s == 120 - SETTLE_S and touch.cue == "breath_chime"
    assert touch.gesture == g.id and touch.pattern == box and not touch.follow_own_breath
    assert touch.hint == ""
    assert p.total_s == 120


def test_without_a_phrase_or_a_pattern_the_first_kind_phrase_and_their_own_breath() -> None:
    p = touch_practice("self-hug", 60, "   ", None)
    touch = p.steps[1]
    assert touch.text == KIND_PHRASES[0] == "I'm here for you."
    assert touch.pattern is None and touch.follow_own_breath
    assert p.steps[0].title == gesture("self-hug").name != gesture("hand-on-heart").name


@pytest.mark.parametrize("length_s", [29.9, 3600.1])
def test_a_length_outside_half_a_minute_to_an_hour_is_refused(length_s: float) -> None:
    with pytest.raises(ValueError, match="from 30 s to 60 minutes"):
        touch_practice("hand-on-heart", length_s, "", None)


@pytest.mark.parametrize("length_s", [30.0, 3600.0])
def test_half_a_minute_and_an_hour_are_both_allowed(length_s: float) -> None:
    assert touch_practice("hand-on-heart", length_s, "", None).total_s == length_s


def test_breathe_is_one_paced_step_with_words_for_its_pattern() -> None:
    from kindapp.core.practices.breathe import breathe_practice

    held = next(p for p in PATTERNS.values() if p.has_holds)
    even = next(p for p in PATTERNS.values() if not p.has_holds)
    p = breathe_practice(300, held)
    (step,) = p.steps
    assert (p.id, p.mode, p.title, p.end_cue) == (
        PracticeName.BREATHE.value,
        held.id,
        "Breathe",
        "closing_bell",
    )
    assert (step.id, step.kind, step.title, step.duration_s, step.cue) == (
        "breathe",
        StepKind.BREATHE,
        "Breathe",
        300,
        "soft_bell",
    )
    assert step.pattern == held and not step.follow_own_breath
    assert step.text == (
        "Let the circle set the pace. If a hold doesn't suit you, or you feel "
        "light-headed, simply breathe normally."
    )
    paced = breathe_practice(60, even)
    assert paced.mode == even.id and paced.steps[0].pattern == even
    assert paced.steps[0].text == "Let the circle set the pace, as gently as you like."
    own = breathe_practice(60, None)
    assert own.mode == "own" and own.steps[0].pattern is None and own.steps[0].follow_own_breath
    assert own.steps[0].text == "No pacing: just notice each breath coming and going."
    with pytest.raises(ValueError, match="from 30 s to 60 minutes"):
        breathe_practice(20, None)
