"""Giving and receiving compassion, with the breath (about twelve minutes guided, five short).

The pacer carries it: each in- and out-breath is for someone, in turn, following the ratio
the person chose (`RATIOS`): one for me and one for you (in for me, out for you), two for me
and one for you, or all for me. `breath_for_at` says whom the breath at a moment is for.

The person may name whom they breathe for; the name is shown during the practice only
(`FOR_NAME`) and is never part of the practice, its record or anything kept.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kindapp.core.breathing import PATTERNS, BreathPattern, Phase
from kindapp.core.catalog import PracticeName
from kindapp.core.practices.guided import Turn, build
from kindapp.core.practices.model import Practice, Step, StepKind
from kindapp.core.translatable import tr_noop

TITLE = tr_noop("Giving and receiving compassion")

ME = "me"
YOU = "you"


@dataclass(frozen=True)
class Ratio:
    id: str
    name: str
    breaths: tuple[str, ...]
    """Whom each breath is for, in turn (in-breaths and out-breaths alike)."""


RATIOS: tuple[Ratio, ...] = (
    Ratio("one-one", tr_noop("One for me, one for you"), (ME, YOU)),
    Ratio("two-one", tr_noop("Two for me, one for you"), (ME, ME, YOU)),
    Ratio("all-me", tr_noop("All for me"), (ME,)),
)
RATIO_IDS = tuple(r.id for r in RATIOS)
DEFAULT_RATIO = "one-one"
DEFAULT_PATTERN = PATTERNS["six"]
"""Five seconds in, five out: slow enough to feel each breath go to someone."""

FOR_ME = tr_noop("For me")
FOR_YOU = tr_noop("For you")
FOR_NAME = tr_noop("For {name}")
"""With the name the person gave (the UI fills it in after translating)."""
MAX_NAME_CHARS = 40


def ratio(ratio_id: str) -> Ratio:
    for r in RATIOS:
        if r.id == ratio_id:
            return r
    raise ValueError(f"no ratio {ratio_id!r}; known: {', '.join(RATIO_IDS)}")


def clean_name(name: str) -> str:
    """The name as shown; ValueError when longer than a name."""
    words = " ".join(name.split())
    if len(words) > MAX_NAME_CHARS:
        raise ValueError(f"a name is at most {MAX_NAME_CHARS} characters")
    return words


def breath_for_at(step: Step, t: float) -> str | None:
    """Whom the breath `t` seconds into `step` is for (ME or YOU); a hold belongs to the
    breath before it. None when the step names nobody or has no pacer."""
    pattern = step.pattern
    if not step.breath_for or pattern is None:
        return None
    phases = [p for p, _ in pattern.phases()]
    breaths = [p for p in phases if p in (Phase.IN, Phase.OUT)]
    if not breaths:
        return None
    pos = pattern.position(max(t, 0.0))
    within = sum(1 for p in phases[: pos.phase_index + 1] if p in (Phase.IN, Phase.OUT)) - 1
    n = pos.cycle * len(breaths) + within
    return step.breath_for[n % len(step.breath_for)]


_TURNS: tuple[Turn, ...] = (
    Turn(
        "settle",
        StepKind.INTRO,
        tr_noop("Settle"),
        tr_noop(
            "Settle comfortably and close your eyes, if you like. Feel your body breathing, "
            "with the pace of the circle or your own."
        ),
    ),
    Turn(
        "receive",
        StepKind.SETTLE,
        tr_noop("Breathing in for yourself"),
        tr_noop(
            "With each breath, breathe in warmth and kindness for yourself. "
            "Let it in; you need it too."
        ),
        paced=True,
    ),
    Turn(
        "someone",
        StepKind.SETTLE,
        tr_noop("Someone who is struggling"),
        tr_noop(
            "Bring to mind someone you care about who is having a hard time. "
            "Picture them clearly, as they are."
        ),
        paced=True,
    ),
    Turn(
        "exchange",
        StepKind.BREATHE,
        tr_noop("One for me, one for you"),
        tr_noop(
            "Let each breath be for yourself or for them, as the circle shows. "
            "No one has to be only the giver."
        ),
        paced=True,
    ),
    Turn(
        "adjust",
        StepKind.BREATHE,
        tr_noop("As much as you need"),
        tr_noop(
            "If you need more for yourself right now, take more. The breath can go where it "
            "is needed most."
        ),
        paced=True,
    ),
    Turn(
        "flow",
        StepKind.BREATHE,
        tr_noop("Both ways"),
        tr_noop(
            "Let the breath flow in and out, like the sea, carrying warmth in both directions."
        ),
        paced=True,
    ),
    Turn(
        "rest",
        StepKind.REST,
        tr_noop("Rest"),
        tr_noop("Let go of the breath and the counting. Rest, just as you are."),
    ),
)

DURATIONS: dict[str, tuple[float, ...]] = {
    "guided": (60.0, 90.0, 60.0, 300.0, 90.0, 60.0, 60.0),
    "short": (20.0, 30.0, 25.0, 120.0, 45.0, 30.0, 30.0),
}
"""Twelve minutes guided, five short."""

_ONLY_ME = ("receive",)
"""Turns that are all for oneself, whatever the ratio."""


def giving_receiving_practice(
    mode: str, ratio_id: str = DEFAULT_RATIO, pattern: BreathPattern | None = None
) -> Practice:
    """Giving and receiving in this length, with the ratio chosen and the pacer's pattern
    (five in, five out unless another is given)."""
    chosen = ratio(ratio_id)
    practice = build(
        PracticeName.GIVING_RECEIVING.value,
        mode,
        TITLE,
        _TURNS,
        DURATIONS,
        pattern=pattern or DEFAULT_PATTERN,
        breath_for=chosen.breaths,
    )
    steps = tuple(
        replace(s, breath_for=(ME,))
        if s.id in _ONLY_ME
        else replace(s, breath_for=())
        if s.id == "someone"
        else replace(s, title=chosen.name)
        if s.id == "exchange"
        else s
        for s in practice.steps
    )
    return replace(practice, steps=steps)
