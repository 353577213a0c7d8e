"""Which cues sound at which moments: a practice's sound schedule, known in advance.

The whole schedule of a running session follows from its timeline: each step's cue at the
step's start, the soft in- and out-breath sounds at the breathing pattern's phase changes
(when the person wants them), a clip of the person's own voice right after a step's cue, and
the closing bell at the end. `plan_from(session, ...)` lists them, on the session's clock
(CLOCK_MONOTONIC in the app, the same in every process), from a given moment on. The player
places each one at its sample on the output stream ahead of time, so a late UI timer can no
longer make a cue late; only pause, resume, back, next and stop change the plan.

Every cue also says until when it is still wanted (`until`): a step's bell and its own-voice
clip until the next step begins, a breath sound until the next breath, the closing bell always.
A cue the player finds late (the sound process was still starting, the stream's latency, a key
pressed just now) is played late, at once, rather than dropped; only a cue whose `until` has
passed is let go. When the person moves by hand (start, Next, Back, resume, also while paused),
the step they land on rings at once (`landed`): with closed eyes, the bell says where they are.

Pure Python, no I/O.
"""

from __future__ import annotations

import math
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
    until: float = math.inf
    """Clock time after which the cue is no longer wanted (the next step's or breath's time):
    found late before then, it is played late; after it, let go."""


@dataclass(frozen=True)
class CuePlan:
    """The cues still to come, in time order. An empty plan silences what was planned."""

    cues: tuple[PlannedCue, ...] = ()

    def names(self) -> set[str]:
        return {c.name for c in self.cues}

    def as_pairs(self) -> list[tuple[float, str]]:
        return [(c.at, c.name) for c in self.cues]

    def as_triples(self) -> list[tuple[float, str, float]]:
        """(time, name, until) of each cue: what a scheduling player is handed."""
        return [(c.at, c.name, c.until) for c in self.cues]


def plan_from(
    session: Session,
    now: float,
    *,
    breath_sounds: bool,
    clips: Mapping[str, str] | None = None,
    landed: bool = False,
) -> CuePlan:
    """Every cue of `session` due at or after `now`, if it runs on undisturbed.

    A stopped or not yet started session has no plan; a paused one none either, unless the
    person has just `landed` on its step (Next or Back while paused): then that step's bell,
    now. A finished one has only its closing bell, at the moment it finished (when that is not
    before `now`, or the person finished it by hand). `landed` (the person moved here by hand:
    start, Next, Back, resume): the current step's bell rings now if its own time has passed.
    (The session read its clock a moment before `now`: without `landed`, the bell of a step
    begun by Next would already lie in the past and be left out.)
    """
    practice = session.practice
    clips = clips or {}
    if session.state is State.FINISHED:
        end = session.ended_at
        if practice.end_cue and end is not None and (landed or end >= now - _EPS):
            # Finished by hand (Next on the last step): the closing bell, now.
            return CuePlan((PlannedCue(max(end, now), practice.end_cue, "end"),))
        return CuePlan()
    if session.state is State.PAUSED and landed and session.step.cue:
        return CuePlan((PlannedCue(now, session.step.cue, "step"),))
    if session.state is not State.RUNNING:
        return CuePlan()
    origin = session.clock_time_of(0.0)
    assert origin is not None
    starts = practice.step_starts()
    out: list[PlannedCue] = []
    for i in range(session.step_index, len(practice.steps)):
        step = practice.steps[i]
        t0 = origin + starts[i]
        t1 = t0 + step.duration_s  # the next step's time
        if step.cue:
            at = max(t0, now) if landed and i == session.step_index else t0
            out.append(PlannedCue(at, step.cue, "step", t1))
        clip = clips.get(step.id)
        if clip:
            out.append(PlannedCue(t0 + CLIP_AFTER_CUE_S, clip, "clip", t1))
        pattern = step.pattern
        if breath_sounds and pattern is not None:
            marks = list(pattern.boundaries(_EPS, step.duration_s - _EPS))
            for k, b in enumerate(marks):
                phase, _ = pattern.phase_at(b + _EPS)
                cue = BREATH_CUES.get(phase)
                if cue:
                    nxt = marks[k + 1] if k + 1 < len(marks) else step.duration_s
                    out.append(PlannedCue(t0 + b, cue, "breath", t0 + nxt))
    if practice.end_cue:
        out.append(PlannedCue(origin + practice.total_s, practice.end_cue, "end"))
    out.sort(key=lambda c: c.at)
    return CuePlan(tuple(c for c in out if c.at >= now - _EPS))
