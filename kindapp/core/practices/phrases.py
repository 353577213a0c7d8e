"""Loving-kindness for ourselves: finding your phrases, then a meditation with them.

Finding them is writing: two questions (what do I need; what would I like to hear from
someone who loves me), each answer shaped into a wish ("May I…") or a plain statement in the
person's own words, and two to four of them kept (`keep_phrases`). The meditation then
repeats them slowly with the breath (`phrases_practice`): the words on the screen are the
person's own, the guidance beside them Kind's. The phrases can become My words
(`kindapp.core.my_words.with_found_phrases`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kindapp.core.catalog import PracticeName
from kindapp.core.practices.guided import Turn, build
from kindapp.core.practices.model import Practice, StepKind
from kindapp.core.translatable import tr_noop

TITLE = tr_noop("Finding your phrases")

MIN_PHRASES = 2
MAX_PHRASES = 4
MAX_PHRASE_CHARS = 120


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    help: str
    examples: tuple[str, ...]


QUESTIONS: tuple[Question, ...] = (
    Question(
        "need",
        tr_noop("What do I need?"),
        tr_noop(
            "When things are hard, what do you long to hear? Not what seems sensible: "
            "what your heart would take as a gift."
        ),
        (tr_noop("I'm here."), tr_noop("You matter."), tr_noop("May I be safe.")),
    ),
    Question(
        "hear",
        tr_noop("What would I like to hear from someone who loves me?"),
        tr_noop(
            "Imagine someone who cares about you without conditions. "
            "What would they say to you, if you could hear it?"
        ),
        (
            tr_noop("You're doing the best you can."),
            tr_noop("May I be kind to myself."),
            tr_noop("May I accept myself as I am."),
        ),
    ),
)

SHAPING = tr_noop(
    "Turn each answer into a wish (“May I…”) or a plain, simple statement. "
    "Good phrases are simple, true and kind: a gift rather than something to believe."
)
KEEPING = tr_noop("Keep two to four phrases that feel right. You can change them any time.")


def clean_phrase(text: str) -> str:
    """A phrase as it is kept: spaces tidied, the first letter capital, and a full stop when
    it ends without one. ValueError when it is empty or too long to say in one breath."""
    words = " ".join(text.split())
    if not words:
        raise ValueError("a phrase needs a few words")
    if len(words) > MAX_PHRASE_CHARS:
        raise ValueError(f"a phrase is at most {MAX_PHRASE_CHARS} characters")
    words = words[0].upper() + words[1:]
    if words[-1] not in ".!?…":
        words += "."
    return words


def keep_phrases(phrases: Iterable[str]) -> tuple[str, ...]:
    """The phrases a person keeps: cleaned, each once (the first spelling kept), empty lines
    left out. ValueError unless there are two to four."""
    kept: list[str] = []
    seen: set[str] = set()
    for text in phrases:
        if not text.strip():
            continue
        phrase = clean_phrase(text)
        key = phrase.casefold().rstrip(".!?… ")
        if key not in seen:
            seen.add(key)
            kept.append(phrase)
    if not MIN_PHRASES <= len(kept) <= MAX_PHRASES:
        raise ValueError(f"keep {MIN_PHRASES} to {MAX_PHRASES} phrases, not {len(kept)}")
    return tuple(kept)


_HOW = (
    tr_noop("Settle"),
    tr_noop(
        "Settle comfortably and let your eyes close if you like. "
        "Feel your body here, breathing. A hand on your heart, if it helps."
    ),
    tr_noop("Say them slowly, one at a time, silently or in a whisper, as a gift to yourself."),
    tr_noop(
        "Let the words ride on the breath: one phrase with each breath, or with each out-breath."
    ),
    tr_noop(
        "When the mind wanders, come back to the words, or to the feeling of them. "
        "The feeling matters more than the words."
    ),
    tr_noop("Let the words go. Rest in whatever they leave with you, just as you are."),
)

DURATIONS: dict[str, tuple[float, ...]] = {
    "guided": (60.0, 120.0, 240.0, 120.0, 60.0),
    "short": (20.0, 40.0, 70.0, 30.0, 20.0),
}
"""Ten minutes guided, three short."""


def phrases_practice(phrases: Iterable[str], mode: str) -> Practice:
    """The meditation with these phrases (two to four, see `keep_phrases`), in this length."""
    kept = keep_phrases(phrases)
    words = "\n".join(kept)
    settle_title, settle_text, say, breath, wander, rest = _HOW
    turns = (
        Turn("settle", StepKind.INTRO, settle_title, settle_text),
        Turn("say", StepKind.PHRASE, tr_noop("Your phrases"), words, hint=say),
        Turn("breath", StepKind.PHRASE, tr_noop("With the breath"), words, hint=breath, paced=True),
        Turn(
            "feeling",
            StepKind.PHRASE,
            tr_noop("The feeling of them"),
            words,
            hint=wander,
            paced=True,
        ),
        Turn("rest", StepKind.REST, tr_noop("Rest"), rest),
    )
    return build(PracticeName.PHRASES.value, mode, TITLE, turns, DURATIONS)
