"""Grounding: feet, breath and the room, offered when a practice stirred up too much."""

from __future__ import annotations

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.translatable import tr_noop

# Grounding: about 45 seconds of feet, breath and the room. No phrases, nothing to feel "right".
GROUNDING = Practice(
    PracticeName.GROUND.value,
    "short",
    tr_noop("Ground"),
    (
        Step(
            "feet",
            StepKind.INTRO,
            tr_noop("Feet"),
            tr_noop(
                "Feel your feet on the floor. Press them down a little, "
                "and notice the ground holding you up."
            ),
            15.0,
            cue="soft_bell",
            hint=tr_noop("Keep your eyes open if you like."),
        ),
        Step(
            "breath",
            StepKind.SETTLE,
            tr_noop("Breath"),
            tr_noop(
                "Notice the air coming in and going out. "
                "Breathe the way you normally do; there is nothing to change."
            ),
            15.0,
        ),
        Step(
            "room",
            StepKind.REST,
            tr_noop("The room"),
            tr_noop(
                "Look around you. Find three things you can see, and name them quietly to yourself."
            ),
            15.0,
            hint=tr_noop("You are here, in this room, right now."),
        ),
    ),
    end_cue="closing_bell",
)
"""The grounding practice offered on the backdraft page and from every practice."""
