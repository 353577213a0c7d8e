"""The Self-Compassion Break, quick (about one minute) and guided (about five).

Texts are Kind's own words; the three phrases of the break are the practice itself.
They are marked for translation with `tr_noop` so the UI can translate them.
"""

from __future__ import annotations

from kindapp.core.catalog import BREAK_MODE_NAMES, PracticeName
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.translatable import tr_noop

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


# Built once, at import (BREAK_QUICK, BREAK_GUIDED): a mutation test cannot switch it per
# mutant, so it is not mutated (docs/mutants.md); its results are checked as data instead.
def _break(
    mode: str, durations: tuple[float, float, float, float, float], rest_s: float | None
) -> Practice:  # pragma: no mutate block
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
        PracticeName.BREAK.value,
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
assert tuple(BREAK_MODES) == BREAK_MODE_NAMES


def practice_for(practice_id: str, mode: str) -> Practice:
    """The built-in break with this mode; ValueError names what exists.

    Soothing touch and breathing are built from the person's choices: see soothing_touch
    and breathe beside this module.
    """
    if practice_id == PracticeName.BREAK and mode in BREAK_MODES:
        return BREAK_MODES[mode]
    known = ", ".join(f"break/{m}" for m in BREAK_MODES)
    raise ValueError(f"no practice {practice_id}/{mode}; known: {known}")
