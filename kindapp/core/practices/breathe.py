"""Paced breathing on its own: the pacer, a pattern, a length."""

from __future__ import annotations

from kindapp.core.breathing import BreathPattern
from kindapp.core.catalog import PracticeName
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.practices.soothing_touch import check_length
from kindapp.core.translatable import tr_noop


def breathe_practice(length_s: float, pattern: BreathPattern | None) -> Practice:
    """The pacer on its own (or, with no pattern, a quiet invitation to follow one's breath)."""
    length_s = check_length(length_s)
    text = (
        tr_noop(
            "Let the circle set the pace. If a hold doesn't suit you, or you feel "
            "light-headed, simply breathe normally."
        )
        if pattern is not None and pattern.has_holds
        else tr_noop("Let the circle set the pace, as gently as you like.")
        if pattern is not None
        else tr_noop("No pacing: just notice each breath coming and going.")
    )
    step = Step(
        "breathe",
        StepKind.BREATHE,
        tr_noop("Breathe"),
        text,
        length_s,
        cue="soft_bell",
        pattern=pattern,
        follow_own_breath=pattern is None,
    )
    mode = pattern.id if pattern is not None else "own"
    return Practice(
        PracticeName.BREATHE.value, mode, tr_noop("Breathe"), (step,), end_cue="closing_bell"
    )
