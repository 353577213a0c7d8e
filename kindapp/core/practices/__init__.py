"""The practices as data. Every built-in practice is defined in this package and nowhere else.

model                  Practice, Step, StepKind: what a practice is
self_compassion_break  the break, quick and guided, and its phrases
soothing_touch         soothing touch, from a gesture, a length, a phrase and a pattern
breathe                paced breathing on its own
grounding              grounding, offered when a practice stirred up too much
"""

from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.practices.grounding import GROUNDING
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.practices.self_compassion_break import (
    BREAK_GUIDED,
    BREAK_MODES,
    BREAK_PHRASES,
    BREAK_QUICK,
    BREAK_STEP_IDS,
    practice_for,
)
from kindapp.core.practices.soothing_touch import touch_practice
from kindapp.core.translatable import tr_noop

__all__ = [
    "BREAK_GUIDED",
    "BREAK_MODES",
    "BREAK_PHRASES",
    "BREAK_QUICK",
    "BREAK_STEP_IDS",
    "GROUNDING",
    "Practice",
    "Step",
    "StepKind",
    "breathe_practice",
    "practice_for",
    "touch_practice",
    "tr_noop",
]
