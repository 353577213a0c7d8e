"""Which cues sound at which moments: a practice's sound schedule, known in advance.

The whole schedule of a running session follows from its timeline: each step's cue at the
step's start, the soft in- and out-breath sounds at the breathing pattern's phase changes
(when the person wants them), a clip of the person's own voice right after a step's cue, and
the closing bell at the end. `plan_from(session, ...)` lists them, on the session's clock
(CLOCK_MONOTONIC in the app, the same in every process), from a given moment on. The player
places each one at its sample on the output stream ahead of time, so a late UI timer can no
longer make a cue late; only pause, resume, back, next and stop change the plan.

Pure Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kindapp.core.breathing import Phase
from kindapp.core.session import Session, State
from kindapp.core.voice_guide import VOICE_GAP_S

BREATH_CUES: Mapping[Phase, str] = {Phase.IN: "inhale", Phase.OUT: "exhale"}
"""The sound of each phase change (holds are silent)."""
CLIP_AFTER_CUE_S = VOICE_GAP_S
"""A step's own-voice clip starts this long after the step's cue (the cue's bloom is over):
the gap the steps were lengthened for (core/voice_guide)."""
_EPS = 1e-6


@dataclass(frozen=True)
class PlannedCue:
    at: float
    """Clock time (s) at which the cue's first sample should reach the ear."""
    name: str
    """A cue of the sound theme, or a clip registered with the player."""
    kind: str
    """"step", "breath", "clip" or "end"."""


@dataclass(frozen=True)
class CuePlan:
    """The cues still to come, in time order. An empty plan silences what was planned."""

    cues: tuple[PlannedCue, ...] = ()

    def names(self) -> set[str]:
        return {c.name for c in self.cues}

    def as_pairs(self) -> list[tuple[float, str]]:
        return [(c.at, c.name) for c in self.cues]


def plan_from(
    session: Session,
    now: float,
    *,
    breath_sounds: bool,
    clips: Mapping[str, str] | None = None,
) -> CuePlan:
    """Every cue of `session` due at or after `now`, if it runs on undisturbed.

    A paused, stopped or not yet started session has no plan; a finished one only its closing
    bell, at the moment it finished (when that is not before `now`).
    """
    practice = session.practice
    clips = clips or {}
    if session.state is State.FINISHED:
        end = session.ended_at
        if practice.end_cue and end is not None and end >= now - _EPS:
            return CuePlan((PlannedCue(end, practice.end_cue, "end"),))
        return CuePlan()
    if session.state is not State.RUNNING:
        return CuePlan()
    origin = session.clock_time_of(0.0)
    assert origin is not None
    starts = practice.step_starts()
    out: list[PlannedCue] = []
    for i in range(session.step_index, len(practice.steps)):
        step = practice.steps[i]
        t0 = origin + starts[i]
        if step.cue:
            out.append(PlannedCue(t0, step.cue, "step"))
        clip = clips.get(step.id)
        if clip:
            out.append(PlannedCue(t0 + CLIP_AFTER_CUE_S, clip, "clip"))
        pattern = step.pattern
        if breath_sounds and pattern is not None:
            for b in pattern.boundaries(_EPS, step.duration_s - _EPS):
                phase, _ = pattern.phase_at(b + _EPS)
                cue = BREATH_CUES.get(phase)
                if cue:
                    out.append(PlannedCue(t0 + b, cue, "breath"))
    if practice.end_cue:
        out.append(PlannedCue(origin + practice.total_s, practice.end_cue, "end"))
    out.sort(key=lambda c: c.at)
    return CuePlan(tuple(c for c in out if c.at >= now - _EPS))
