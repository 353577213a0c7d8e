"""The guided practices of the MSC course by name: what `kindapp --practice NAME`, a home
card or the tray starts (through the practice registry), built from the person's choices.

`guided_for(name, mode, phrases)`: the practice `name` (a PracticeName) in length `mode`
("guided" or "short"); the phrase meditation uses the person's own phrases (their kind
phrases from My words) when they have two or more, else Kind's examples, so it can always
begin.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.affectionate_breathing import affectionate_breathing
from kindapp.core.practices.body_scan import body_scan_practice
from kindapp.core.practices.giving_receiving import DEFAULT_RATIO, giving_receiving_practice
from kindapp.core.practices.guided import LENGTHS
from kindapp.core.practices.model import Practice
from kindapp.core.practices.phrases import MAX_PHRASES, QUESTIONS, phrases_practice
from kindapp.core.practices.soften_soothe_allow import soften_practice

GUIDED: tuple[PracticeName, ...] = (
    PracticeName.AFFECTIONATE_BREATHING,
    PracticeName.PHRASES,
    PracticeName.SOFTEN,
    PracticeName.GIVING_RECEIVING,
    PracticeName.BODY_SCAN,
)
"""The guided ones, in the order the course meets them."""

EXAMPLE_PHRASES: tuple[str, ...] = (
    *(q.examples[0] for q in QUESTIONS),
    QUESTIONS[1].examples[1],
)
"""What the meditation offers when the person has not found their own phrases yet."""


def own_or_examples(phrases: Sequence[str]) -> tuple[str, ...]:
    kept = tuple(dict.fromkeys(p.strip() for p in phrases if p.strip()))[:MAX_PHRASES]
    return kept if len(kept) >= 2 else EXAMPLE_PHRASES


def guided_for(
    name: str, mode: str, phrases: Sequence[str] = (), ratio: str = DEFAULT_RATIO
) -> Practice:
    """The guided practice `name` in length `mode`; ValueError names what exists."""
    builders: dict[str, Callable[[], Practice]] = {
        PracticeName.AFFECTIONATE_BREATHING: lambda: affectionate_breathing(mode),
        PracticeName.PHRASES: lambda: phrases_practice(own_or_examples(phrases), mode),
        PracticeName.SOFTEN: lambda: soften_practice(mode),
        PracticeName.GIVING_RECEIVING: lambda: giving_receiving_practice(mode, ratio),
        PracticeName.BODY_SCAN: lambda: body_scan_practice(mode),
    }
    if name not in builders:
        raise ValueError(f"no guided practice {name!r}; known: {', '.join(GUIDED)}")
    if mode not in LENGTHS:
        raise ValueError(f"{name} comes {' or '.join(LENGTHS)}, not {mode!r}")
    return builders[name]()
