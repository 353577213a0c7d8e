"""The practices as data. Every built-in practice is defined in this package and nowhere else.

model                  Practice, Step, StepKind: what a practice is
self_compassion_break  the break, quick and guided, and its phrases
soothing_touch         soothing touch, from a gesture, a length, a phrase and a pattern
breathe                paced breathing on its own
grounding              grounding, offered when a practice stirred up too much
guided                 what the guided practices of the MSC course share: turns with a bell
affectionate_breathing affectionate breathing, ten minutes or three
phrases                finding your phrases, and the meditation with them
soften_soothe_allow    soften, soothe, allow: a difficult emotion met in the body
giving_receiving       giving and receiving compassion, carried by the pacer
body_scan              the compassionate body scan, feet to head
body                   the places in the body (the scan's order, the outline's ids)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Not on first use: this function has its module's name, and loading the module (as anything
# that imports it does) puts the module under that name in this package, where a lazy lookup
# would never be asked again (`from kindapp.core.practices import affectionate_breathing`
# gave the module, depending on what was imported before).
from kindapp.core.practices.affectionate_breathing import affectionate_breathing
from kindapp.core.translatable import tr_noop

if TYPE_CHECKING:
    from kindapp.core.practices.body_scan import body_scan_practice
    from kindapp.core.practices.breathe import breathe_practice
    from kindapp.core.practices.giving_receiving import giving_receiving_practice
    from kindapp.core.practices.grounding import GROUNDING
    from kindapp.core.practices.model import Practice, Step, StepKind
    from kindapp.core.practices.phrases import phrases_practice
    from kindapp.core.practices.self_compassion_break import (
        BREAK_GUIDED,
        BREAK_MODES,
        BREAK_PHRASES,
        BREAK_QUICK,
        BREAK_STEP_IDS,
        practice_for,
    )
    from kindapp.core.practices.soften_soothe_allow import soften_practice
    from kindapp.core.practices.soothing_touch import touch_practice

# Each name's module, imported on first use (PEP 562): the settings need three practices'
# constants at start-up, the window none of the other practices' step lists (issue 29).
_HOMES = {
    "body_scan_practice": "body_scan",
    "breathe_practice": "breathe",
    "giving_receiving_practice": "giving_receiving",
    "GROUNDING": "grounding",
    "Practice": "model",
    "Step": "model",
    "StepKind": "model",
    "phrases_practice": "phrases",
    "BREAK_GUIDED": "self_compassion_break",
    "BREAK_MODES": "self_compassion_break",
    "BREAK_PHRASES": "self_compassion_break",
    "BREAK_QUICK": "self_compassion_break",
    "BREAK_STEP_IDS": "self_compassion_break",
    "practice_for": "self_compassion_break",
    "soften_practice": "soften_soothe_allow",
    "touch_practice": "soothing_touch",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:  # a submodule (`from kindapp.core.practices import body`) or a typo
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


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
    "affectionate_breathing",
    "body_scan_practice",
    "breathe_practice",
    "giving_receiving_practice",
    "phrases_practice",
    "practice_for",
    "soften_practice",
    "touch_practice",
    "tr_noop",
]
