"""A practice guided by the person's own voice: which recording belongs to which step, and
steps long enough to hold it.

With "my voice", each step that has a recording plays it as the cue ``voice:<step id>`` just
after the step's own cue (`VOICE_GAP_S` later, so the bell has bloomed), and the step lasts at
least the gap, the recording and a breath. Plain Python; the samples stay in sound/.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from kindapp.core.catalog import PracticeName
from kindapp.core.practices import Practice
from kindapp.core.voice_store import break_key, touch_key

VOICE_GAP_S = 1.2
"""From a step's cue to the first word of its recording."""
BREATH_S = 4.0
"""After the last word, at least this long before the next step's cue."""
GUIDES = ("chimes", "voice")
"""Guide me with: chimes only, or my voice."""


def voice_cue(step_id: str) -> str:
    return f"voice:{step_id}"


def voice_keys(practice: Practice) -> dict[str, str]:
    """Step id -> the voice key whose recording belongs to that step (the break's phrases,
    soothing touch's kind phrase)."""
    if practice.id == PracticeName.BREAK.value:
        return {s.id: break_key(s.id) for s in practice.steps if s.editable}
    if practice.id == PracticeName.TOUCH.value:
        return {s.id: touch_key(s.text) for s in practice.steps if s.id == "touch"}
    return {}


PHRASE_PAUSE_S = 2.0
"""Between two of the person's recorded phrases, when one step says them all."""


def voice_key_groups(practice: Practice) -> dict[str, tuple[str, ...]]:
    """Step id -> the voice keys whose recordings that step plays, one after another: one for
    the break's and soothing touch's steps; for the meditation with the person's phrases, the
    recordings of its phrases (made for them as kind phrases in My words: `touch_key`), said
    in its first turn with the phrases."""
    if practice.id == PracticeName.PHRASES.value:
        said = next((s for s in practice.steps if s.id == "say"), None)
        if said is None:
            return {}
        return {said.id: tuple(touch_key(p) for p in said.text.splitlines() if p.strip())}
    return {step_id: (key,) for step_id, key in voice_keys(practice).items()}


def min_step_s(clip_s: float) -> float:
    return VOICE_GAP_S + clip_s + BREATH_S


def with_voice(practice: Practice, clip_s: Mapping[str, float]) -> Practice:
    """`practice` with each step that has a recording (step id -> seconds) long enough for it."""
    steps = tuple(
        replace(s, duration_s=max(s.duration_s, min_step_s(clip_s[s.id]))) if s.id in clip_s else s
        for s in practice.steps
    )
    return Practice(
        practice.id, practice.mode, practice.title, steps, practice.end_cue, practice.alternatives
    )
