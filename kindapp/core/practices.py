"""The practices as data. Every built-in practice is defined here and nowhere else.

Texts are Kind's own words; the three phrases of the break are the practice itself.
They are marked for translation with `tr_noop` so the UI can translate them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.core.breathing import BreathPattern


def tr_noop(text: str) -> str:
    """Marks a string for translation without translating it (the UI translates)."""
    return text


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
    """A soothing-touch gesture id (see kindapp.core.touch) to show during the step."""
    pattern: BreathPattern | None = None
    """A breathing pattern to pace during the step; None: no pacer."""
    follow_own_breath: bool = False
    """A quiet 'follow your own breath' instead of a pacer."""

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

    def with_words(self, words: dict[str, str]) -> Practice:
        """This practice with the person's own words in place of editable phrases."""
        steps = tuple(
            replace(s, text=words[s.id].strip())
            if s.editable and words.get(s.id, "").strip()
            else s
            for s in self.steps
        )
        return Practice(self.id, self.mode, self.title, steps, self.end_cue, self.alternatives)


# The three phrases of the Self-Compassion Break, with the alternatives CONTENT.md names.
BREAK_PHRASES: dict[str, tuple[str, ...]] = {
    "mindfulness": (
        tr_noop("This is a moment of suffering."),
        tr_noop("This hurts."),
        tr_noop("This is really hard right now."),
    ),
    "humanity": (
        tr_noop("Suffering is a part of life."),
        tr_noop("Other people feel this way too."),
        tr_noop("I'm not alone."),
    ),
    "kindness": (
        tr_noop("May I be kind to myself."),
        tr_noop("May I give myself the compassion I need."),
        tr_noop("May I accept myself as I am."),
    ),
}

BREAK_STEP_IDS: tuple[str, ...] = ("mindfulness", "humanity", "kindness")

_INTRO_TEXT = tr_noop(
    "Bring to mind something that is difficult right now, but not overwhelming. "
    "Let yourself feel a little of it, just enough to touch it."
)
_SETTLE_TEXT = tr_noop("Let one slow breath in, and a longer breath out.")


def _break(
    mode: str, durations: tuple[float, float, float, float, float], rest_s: float | None
) -> Practice:
    intro_s, settle_s, mind_s, hum_s, kind_s = durations
    steps = [
        Step(
            "intro",
            StepKind.INTRO,
            tr_noop("Something difficult"),
            _INTRO_TEXT,
            intro_s,
            cue="soft_bell",
        ),
        Step(
            "settle", StepKind.SETTLE, tr_noop("Settle"), _SETTLE_TEXT, settle_s, cue="breath_chime"
        ),
        Step(
            "mindfulness",
            StepKind.PHRASE,
            tr_noop("Mindfulness"),
            BREAK_PHRASES["mindfulness"][0],
            mind_s,
            cue="step_1",
            hint=tr_noop("Notice what is here, just as it is."),
            editable=True,
        ),
        Step(
            "humanity",
            StepKind.PHRASE,
            tr_noop("Common humanity"),
            BREAK_PHRASES["humanity"][0],
            hum_s,
            cue="step_2",
            hint=tr_noop("You are not the only one who feels this."),
            editable=True,
        ),
        Step(
            "kindness",
            StepKind.PHRASE,
            tr_noop("Kindness"),
            BREAK_PHRASES["kindness"][0],
            kind_s,
            cue="step_3",
            hint=tr_noop("If it feels right, rest a hand on your heart."),
            editable=True,
        ),
    ]
    if rest_s is not None:
        steps.append(
            Step(
                "rest",
                StepKind.REST,
                tr_noop("Rest"),
                tr_noop("Let the words go. Rest here for a moment, just as you are."),
                rest_s,
                cue="breath_chime",
            )
        )
    return Practice(
        "break",
        mode,
        tr_noop("Self-Compassion Break"),
        tuple(steps),
        end_cue="closing_bell",
        alternatives=BREAK_PHRASES,
    )


BREAK_QUICK = _break("quick", (10.0, 8.0, 12.0, 12.0, 14.0), rest_s=None)
"""About one minute."""

BREAK_GUIDED = _break("guided", (40.0, 30.0, 65.0, 65.0, 70.0), rest_s=30.0)
"""About five minutes."""

BREAK_MODES: dict[str, Practice] = {"quick": BREAK_QUICK, "guided": BREAK_GUIDED}


def practice_for(practice_id: str, mode: str) -> Practice:
    """The built-in break with this mode; ValueError names what exists.

    Soothing touch and breathing are built from the person's choices: see kindapp.core.touch.
    """
    if practice_id == "break" and mode in BREAK_MODES:
        return BREAK_MODES[mode]
    known = ", ".join(f"break/{m}" for m in BREAK_MODES)
    raise ValueError(f"no practice {practice_id}/{mode}; known: {known}")
