"""Old home of soothing touch and breathing, now in kindapp.core.practices; kept so that
`from kindapp.core import touch` in ui/ keeps working while ui/ moves."""

from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.practices.soothing_touch import (
    GESTURE_IDS,
    GESTURES,
    KIND_PHRASES,
    LENGTHS_MIN,
    MAX_LENGTH_S,
    MIN_LENGTH_S,
    SETTLE_S,
    Gesture,
    check_length,
    gesture,
    touch_practice,
)

__all__ = [
    "GESTURES",
    "GESTURE_IDS",
    "KIND_PHRASES",
    "LENGTHS_MIN",
    "MAX_LENGTH_S",
    "MIN_LENGTH_S",
    "SETTLE_S",
    "Gesture",
    "breathe_practice",
    "check_length",
    "gesture",
    "touch_practice",
]
