"""What a practice is: a titled list of timed steps, each with its words, cue and pacing."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum

from kindapp.core.breathing import BreathPattern


class StepKind(Enum):
    INTRO = "intro"
    SETTLE = "settle"
    PHRASE = "phrase"
    REST = "rest"
    TOUCH = "touch"
    BREATHE = "breathe"


@dataclass(frozen=True)
class Step:
    """One timed step of a practice."""

    id: str
    kind: StepKind
    title: str
    text: str
    duration_s: float
    cue: str | None = None
    """Cue played when the step begins (a name from the sound theme)."""
    hint: str = ""
    """A quiet secondary line (a gesture, a breath)."""
    editable: bool = False
    """True when the person may replace `text` with their own words."""
    gesture: str | None = None
    """A soothing-touch gesture id (see kindapp.core.practices.soothing_touch) to show during
    the step."""
    pattern: BreathPattern | None = None
    """A breathing pattern to pace during the step; None: no pacer."""
    follow_own_breath: bool = False
    """A quiet 'follow your own breath' instead of a pacer."""
    place: str | None = None
    """A place in the body (see kindapp.core.practices.body) the guidance is with, for the
    body outline."""
    breath_for: tuple[str, ...] = ()
    """Whom each breath of the pacer is for, in turn (giving and receiving compassion: see
    kindapp.core.practices.giving_receiving); empty: nobody named."""

    def __post_init__(self) -> None:
        if not self.duration_s > 0:
            raise ValueError(f"step {self.id!r} needs a positive duration")


@dataclass(frozen=True)
class Practice:
    id: str
    mode: str
    title: str
    steps: tuple[Step, ...]
    end_cue: str | None = None
    """Cue played when the practice finishes."""
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError(f"practice {self.id!r} has no steps")
        ids = [s.id for s in self.steps]
        if len(set(ids)) != len(ids):
            raise ValueError(f"practice {self.id!r} repeats a step id")

    @property
    def total_s(self) -> float:
        return sum(s.duration_s for s in self.steps)

    def step_starts(self) -> tuple[float, ...]:
        """Offset of each step's start from the practice start, in seconds."""
        starts: list[float] = []
        t = 0.0
        for step in self.steps:
            starts.append(t)
            t += step.duration_s
        return tuple(starts)

    def cues(self, *, breath_sounds: bool) -> list[str]:
        """The sounds this practice needs rendered before it starts: each step's cue, the
        closing bell, and the breath's sounds when wanted and some step is paced."""
        cues = [s.cue for s in self.steps if s.cue]
        if self.end_cue:
            cues.append(self.end_cue)
        if breath_sounds and any(s.pattern for s in self.steps):
            cues += ["inhale", "exhale"]
        return cues

    def scaled(self, factor: float) -> Practice:
        """This practice with every step `factor` times as long (cues, words and order kept).

        Only for tests (KIND_TEST_STEP_SCALE, see kindapp.app.step_scale_for_tests): a system test
        that needs a practice to end, not its minutes, runs it short on the real clock.
        """
        if not 0 < factor <= 1:
            raise ValueError(f"a step scale is in (0, 1], not {factor}")
        steps = tuple(replace(s, duration_s=s.duration_s * factor) for s in self.steps)
        return replace(self, steps=steps)

    def with_words(self, words: dict[str, str]) -> Practice:
        """This practice with the person's own words in place of editable phrases."""
        steps = tuple(
            replace(s, text=words[s.id].strip())
            if s.editable and words.get(s.id, "").strip()
            else s
            for s in self.steps
        )
        return Practice(self.id, self.mode, self.title, steps, self.end_cue, self.alternatives)
