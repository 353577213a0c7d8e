"""What the guided practices of the MSC course share: turns of guidance, each a timed step
with a bell as it begins, in a long (guided) and a short length.

A `Turn` is one turn of the guidance (its words, and what the screen shows beside them); a
practice is its turns with a duration for each, per length. Every turn rings a bell as it
begins (the first a soft bell, the others a chime), and the closing bell ends the practice:
with closed eyes, the sound says where the guidance is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kindapp.core.breathing import BreathPattern
from kindapp.core.practices.model import Practice, Step, StepKind

LENGTHS: tuple[str, ...] = ("guided", "short")
"""Every guided practice comes long (guided) and short."""

FIRST_CUE = "soft_bell"
TURN_CUE = "breath_chime"
END_CUE = "closing_bell"


@dataclass(frozen=True)
class Turn:
    id: str
    kind: StepKind
    title: str
    text: str
    hint: str = ""
    place: str | None = None
    editable: bool = False
    paced: bool = False
    """The pacer (or a quiet 'follow your own breath') runs during this turn."""


def check_mode(practice: str, mode: str) -> str:
    if mode not in LENGTHS:
        raise ValueError(f"{practice} comes {' or '.join(LENGTHS)}, not {mode!r}")
    return mode


def build(
    name: str,
    mode: str,
    title: str,
    turns: Sequence[Turn],
    durations: Mapping[str, Sequence[float]],
    *,
    pattern: BreathPattern | None = None,
    breath_for: tuple[str, ...] = (),
) -> Practice:
    """The practice `name` in length `mode`: each turn with its duration for that length."""
    check_mode(name, mode)
    lengths = durations[mode]
    if len(lengths) != len(turns):
        raise ValueError(f"{name}/{mode}: {len(turns)} turns but {len(lengths)} durations")
    steps = tuple(
        Step(
            turn.id,
            turn.kind,
            turn.title,
            turn.text,
            float(seconds),
            cue=FIRST_CUE if i == 0 else TURN_CUE,
            hint=turn.hint,
            editable=turn.editable,
            place=turn.place,
            pattern=pattern if turn.paced else None,
            follow_own_breath=turn.paced and pattern is None,
            breath_for=breath_for if turn.paced else (),
        )
        for i, (turn, seconds) in enumerate(zip(turns, lengths, strict=True))
    )
    return Practice(name, mode, title, steps, end_cue=END_CUE)
