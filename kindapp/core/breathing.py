"""Breathing patterns as data, and the exact time arithmetic the pacer is drawn from.

A pattern is four phases (in, hold, out, hold) of whole half-seconds. Time `t` is seconds since
the pattern started. Every phase boundary is `k * cycle + offset`, where `cycle` and `offset` are
multiples of 0.5 and so exact in binary floating point: nothing drifts, however long a practice
runs. The position within a cycle is found with `math.fmod`, which is exact as well.

"Follow your own breath" is no pattern at all: `pattern_for(FOLLOW_OWN, ...)` returns None.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from kindapp.core.translatable import tr_noop

STEP_S = 0.5
"""Durations are whole multiples of this."""
MAX_PHASE_S = 20.0
"""The longest any one phase may last."""

FOLLOW_OWN = "own"
"""The id of "follow your own breath": no pacing, only the words."""
FOLLOW_OWN_NAME = tr_noop("Follow your own breath")
CUSTOM = "custom"
"""The id of a person's own four-phase pattern."""
DEFAULT_PATTERN = "long-exhale"
"""What a new person starts with: 4 s in, 6 s out (six breaths a minute), the longer out-breath
the Breathe screen recommends. A pattern someone already has in their settings (the earlier
default was "six", 5 s in and 5 s out) is theirs and stays."""

_FIELDS = ("inhale_s", "hold_in_s", "exhale_s", "hold_out_s")
_FIELD_WORDS = {
    "inhale_s": "the in-breath",
    "hold_in_s": "the hold after breathing in",
    "exhale_s": "the out-breath",
    "hold_out_s": "the hold after breathing out",
}


class Phase(Enum):
    IN = "in"
    HOLD_IN = "hold_in"
    OUT = "out"
    HOLD_OUT = "hold_out"


class Position(NamedTuple):
    """Where time `t` falls in a pattern."""

    cycle: int
    """Which breath (0 for the first)."""
    phase_index: int
    """Which of the pattern's non-zero phases (0-based, in order)."""
    phase: Phase
    progress: float
    """0..1 through the phase."""
    start: float
    """Absolute time the phase began."""
    end: float
    """Absolute time the phase ends (the next boundary)."""

    @property
    def serial(self) -> int:
        """A number that changes with every phase change (also when a phase repeats itself)."""
        return self.cycle * 4 + self.phase_index


def _check_duration(name: str, value: object) -> float:
    words = _FIELD_WORDS[name]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{words} must be a number of seconds, not {value!r}")
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"{words} must be a finite number of seconds, not {value!r}")
    if v < 0 or v > MAX_PHASE_S:
        raise ValueError(f"{words} must be between 0 and {MAX_PHASE_S:g} seconds, not {v:g}")
    steps = v / STEP_S
    if abs(steps - round(steps)) > 1e-9:
        raise ValueError(f"{words} must be in steps of {STEP_S:g} seconds, not {v:g}")
    return round(steps) * STEP_S


@dataclass(frozen=True)
class BreathPattern:
    """Four phases in seconds; zero-length phases are skipped."""

    id: str
    name: str
    """English, marked with tr_noop; the UI translates it."""
    inhale_s: float
    hold_in_s: float
    exhale_s: float
    hold_out_s: float

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise ValueError(f"a breathing pattern needs a non-empty id, not {self.id!r}")
        if not isinstance(self.name, str):
            raise ValueError(f"pattern {self.id!r} needs a name, not {self.name!r}")
        for f in _FIELDS:
            object.__setattr__(self, f, _check_duration(f, getattr(self, f)))
        if self.cycle_s <= 0:
            raise ValueError(f"pattern {self.id!r} needs at least one phase longer than 0 seconds")
        # Derived, cached: the non-zero phases with their start offsets within a cycle.
        phases: list[tuple[Phase, float, float]] = []
        t = 0.0
        for phase, d in zip(Phase, self.durations, strict=True):
            if d > 0:
                phases.append((phase, t, d))
                t += d
        object.__setattr__(self, "_phases", tuple(phases))

    # -- description ---------------------------------------------------------------------------
    @property
    def durations(self) -> tuple[float, float, float, float]:
        return (self.inhale_s, self.hold_in_s, self.exhale_s, self.hold_out_s)

    @property
    def cycle_s(self) -> float:
        return self.inhale_s + self.hold_in_s + self.exhale_s + self.hold_out_s

    @property
    def has_holds(self) -> bool:
        return self.hold_in_s > 0 or self.hold_out_s > 0

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle_s

    def phases(self) -> tuple[tuple[Phase, float], ...]:
        """The non-zero phases in order, with their lengths."""
        return tuple((p, d) for p, _, d in self._phase_table)

    @property
    def _phase_table(self) -> tuple[tuple[Phase, float, float], ...]:
        table: tuple[tuple[Phase, float, float], ...] = self.__dict__["_phases"]
        return table

    # -- time ----------------------------------------------------------------------------------
    def _split(self, t: float) -> tuple[int, float]:
        """(cycle number, seconds into that cycle) for t >= 0, exactly."""
        cycle = self.cycle_s
        r = math.fmod(t, cycle)  # exact
        k = round((t - r) / cycle)
        return k, r

    def position(self, t: float) -> Position:
        """Where `t` (seconds since the pattern began) falls; t < 0 counts as the start."""
        if not t > 0:  # also NaN
            t = 0.0
        k, r = self._split(t)
        base = k * self.cycle_s
        table = self._phase_table
        for i, (phase, offset, d) in enumerate(table):
            if r < offset + d:
                progress = min(max((r - offset) / d, 0.0), 1.0)
                return Position(k, i, phase, progress, base + offset, base + offset + d)
        # Unreachable for exact fmod, kept as a guard: the very end of the last phase.
        phase, offset, d = table[-1]
        return Position(k, len(table) - 1, phase, 1.0, base + offset, base + offset + d)

    def phase_at(self, t: float) -> tuple[Phase, float]:
        """The phase at `t` and the progress 0..1 through it."""
        pos = self.position(t)
        return pos.phase, pos.progress

    def next_boundary(self, t: float) -> float:
        """The absolute time of the next phase change strictly after `t` (t < 0 counts as 0)."""
        return self.position(t).end

    def boundaries(self, t0: float, t1: float) -> list[float]:
        """Every phase-change time in [t0, t1), in order; the pattern's start (0) is one."""
        t0 = max(t0, 0.0)
        if not t1 > t0:
            return []
        cycle = self.cycle_s
        offsets = [offset for _, offset, _ in self._phase_table]
        k = max(0, math.floor(t0 / cycle) - 1)
        out: list[float] = []
        while True:
            base = k * cycle
            if base >= t1:
                return out
            for off in offsets:
                b = base + off
                if t0 <= b < t1:
                    out.append(b)
            k += 1

    # -- storage -------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "inhale_s": self.inhale_s,
            "hold_in_s": self.hold_in_s,
            "exhale_s": self.exhale_s,
            "hold_out_s": self.hold_out_s,
        }

    @classmethod
    def from_dict(cls, data: object) -> BreathPattern:
        """A pattern from `to_dict`'s form; ValueError says what is wrong."""
        if not isinstance(data, Mapping):
            raise ValueError(f"a breathing pattern must be a mapping, not {type(data).__name__}")
        expected = {"id", "name", *_FIELDS}
        missing = sorted(expected - set(data))
        if missing:
            raise ValueError(f"a breathing pattern is missing {', '.join(missing)}")
        unknown = sorted(str(k) for k in set(data) - expected)
        if unknown:
            raise ValueError(f"a breathing pattern has unknown keys: {', '.join(unknown)}")
        return cls(data["id"], data["name"], *(data[f] for f in _FIELDS))


def smooth_size(phase: Phase, progress: float) -> float:
    """The pacer's size 0..1: an eased rise on the in-breath, an eased fall on the out-breath."""
    p = min(max(progress, 0.0), 1.0)
    if phase is Phase.IN:
        return (1.0 - math.cos(math.pi * p)) / 2.0
    if phase is Phase.HOLD_IN:
        return 1.0
    if phase is Phase.OUT:
        return (1.0 + math.cos(math.pi * p)) / 2.0
    return 0.0


def custom(inhale: float, hold_in: float, exhale: float, hold_out: float) -> BreathPattern:
    """A person's own pattern (validated like every other)."""
    return BreathPattern(CUSTOM, tr_noop("Your own pattern"), inhale, hold_in, exhale, hold_out)


PATTERNS: dict[str, BreathPattern] = {
    p.id: p
    for p in (
        BreathPattern("six", tr_noop("About 6 breaths a minute"), 5, 0, 5, 0),
        BreathPattern("long-exhale", tr_noop("A longer out-breath"), 4, 0, 6, 0),
        BreathPattern("seven", tr_noop("About 7 breaths a minute"), 4, 0, 4.5, 0),
        BreathPattern("box", tr_noop("Box breathing"), 4, 4, 4, 4),
        BreathPattern("478", tr_noop("4-7-8 breathing"), 4, 7, 8, 0),
    )
}
"""The built-in patterns, in the order they are offered."""

CHOICES: tuple[str, ...] = (*PATTERNS, CUSTOM, FOLLOW_OWN)
"""Every id a person can choose, in the order they are offered."""


def pattern_for(
    pattern_id: str, custom_pattern: Mapping[str, Any] | None = None
) -> BreathPattern | None:
    """The pattern for a chosen id; None for "follow your own breath".

    For CUSTOM, `custom_pattern` holds the four durations (`inhale_s`, `hold_in_s`, `exhale_s`,
    `hold_out_s`), as in `to_dict` (its id and name, if present, are ignored).
    """
    if pattern_id == FOLLOW_OWN:
        return None
    if pattern_id in PATTERNS:
        return PATTERNS[pattern_id]
    if pattern_id == CUSTOM:
        if custom_pattern is None:
            raise ValueError("the custom breathing pattern has no durations saved")
        if not isinstance(custom_pattern, Mapping):
            raise ValueError("the custom breathing pattern must be a mapping of durations")
        missing = [f for f in _FIELDS if f not in custom_pattern]
        if missing:
            raise ValueError(f"the custom breathing pattern is missing {', '.join(missing)}")
        unknown = sorted(str(k) for k in set(custom_pattern) - {"id", "name", *_FIELDS})
        if unknown:
            raise ValueError(f"the custom breathing pattern has unknown keys: {', '.join(unknown)}")
        return custom(*(custom_pattern[f] for f in _FIELDS))
    raise ValueError(f"no breathing pattern {pattern_id!r}; known: {', '.join(CHOICES)}")
