"""What the journal keeps, as plain data (no sqlite here, so the UI can import it cheaply)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any


def iso_utc(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class PracticeRecord:
    practice: str
    mode: str
    started_at: datetime
    ended_at: datetime
    duration_s: float
    outcome: str
    before: int | None = None
    """How heavy it felt before (0-10), if the person said."""
    after: int | None = None
    words_before: str = ""
    words_after: str = ""
    stirred: bool = False
    """The person pressed "This stirred things up"."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "practice": self.practice,
            "mode": self.mode,
            "started_at": iso_utc(self.started_at),
            "ended_at": iso_utc(self.ended_at),
            "duration_s": round(self.duration_s, 3),
            "outcome": self.outcome,
        }
        for key in ("before", "after"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        for key in ("words_before", "words_after"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        if self.stirred:
            out["stirred"] = True
        return out


# -- writing practices (compassionate letter, friend reframe) ---------------------------------

# Each pair is rated -2..+2: +2 = motivated / empowered / validated,
# -2 = stuck / powerless / dismissed.
RATING_PAIRS: tuple[str, ...] = ("motivated", "empowered", "validated")
RATING_MIN = -2
RATING_MAX = 2
WOULD_SAY: tuple[str, ...] = ("yes", "no", "not sure", "")
SNIPPET_CHARS = 160


@dataclass(frozen=True)
class Letter:
    id: int
    uid: str  # uuid4 hex; stable across export and import
    title: str
    body: str
    created: datetime
    updated: datetime
    reread_on: date | None = None

    @property
    def words(self) -> int:
        return count_words(self.body)


@dataclass(frozen=True)
class LetterSummary:
    id: int
    title: str
    snippet: str  # start of the body (or, for a search, the text around the match)
    updated: datetime
    words: int


@dataclass(frozen=True)
class Reframe:
    id: int
    uid: str
    critical: str
    person: str
    would_say: str  # "yes" | "no" | "not sure" | ""
    kind_version: str
    ratings_critical: dict[str, int]
    ratings_kind: dict[str, int]
    created: datetime


_WORD = re.compile(r"\S+")


COUNT_CHUNK = 65_536
"""Characters split at a time by count_words: each split lets go of Python's lock after about a
millisecond, so a 5 MB letter counted on a worker thread never stalls the UI thread for the
whole count (one split() of it holds the lock for about 80 ms)."""


def count_words(text: str) -> int:
    """Whitespace-separated words (split() is 3x faster than counting regex matches on a 5 MB
    paste), a chunk at a time."""
    if len(text) <= COUNT_CHUNK:
        return len(text.split())
    n = 0
    inside = False  # did the previous chunk end inside a word?
    for start in range(0, len(text), COUNT_CHUNK):
        part = text[start : start + COUNT_CHUNK]
        n += len(part.split())
        if inside and not part[0].isspace():
            n -= 1  # one word across the chunks' border, counted in both
        inside = not part[-1].isspace()
    return n


def make_snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The first ~`limit` characters of `text`, whitespace collapsed, cut at a word, with "…"."""
    parts: list[str] = []
    length = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if length + len(word) + (1 if parts else 0) > limit:
            if not parts:  # one enormous word
                parts.append(word[: limit - 1])
            return " ".join(parts) + "…"
        length += len(word) + (1 if parts else 0)
        parts.append(word)
    return " ".join(parts)


def collapse_space(text: str) -> str:
    return " ".join(text.split())


def validate_ratings(ratings: Any, what: str) -> dict[str, int]:
    """Check a ratings mapping: keys among RATING_PAIRS, integer values -2..2. Raises ValueError."""
    if not isinstance(ratings, dict):
        raise ValueError(f"{what} must be a mapping of {', '.join(RATING_PAIRS)} to -2..2")
    clean: dict[str, int] = {}
    for key, value in ratings.items():
        if key not in RATING_PAIRS:
            raise ValueError(
                f"{what}: unknown feeling {key!r} (expected one of {', '.join(RATING_PAIRS)})"
            )
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{what}: {key} must be a whole number from -2 to 2, not {value!r}")
        if not RATING_MIN <= value <= RATING_MAX:
            raise ValueError(f"{what}: {key} must be from -2 to 2, not {value}")
        clean[key] = value
    return {k: clean[k] for k in RATING_PAIRS if k in clean}


def validate_would_say(value: Any) -> str:
    if not isinstance(value, str) or value not in WOULD_SAY:
        raise ValueError(
            f"would_say must be one of 'yes', 'no', 'not sure' or '' (unanswered), not {value!r}"
        )
    return value


# -- catch the critic (the practices' own moments: their storage modules, core/moment_kind) ----

MAX_CAUGHT_CHARS = 500
"""A caught thought is one line: a few seconds of writing, not an essay."""


@dataclass(frozen=True)
class CaughtThought:
    """A harsh thought, caught as it sounded; it waits for the friend reframe."""

    id: int
    uid: str
    thought: str
    created: datetime


# -- the self-compassion journal ------------------------------------------------------------

MAX_TURN_CHARS = 20_000
"""One turn of a journal entry: a few lines, at most a long page."""


@dataclass(frozen=True)
class JournalEntry:
    """An evening's entry of the self-compassion journal, in three short turns. A short
    entry is a full entry: one turn with words is enough."""

    id: int
    uid: str
    day: date
    """The local day the entry is about."""
    created: datetime
    updated: datetime
    noticed: str
    """Mindfulness: what happened, and what I felt."""
    human: str
    """Common humanity: how this is part of being human."""
    kind_words: str
    """Kindness: a few kind, understanding words to myself."""

    @property
    def turns(self) -> tuple[str, str, str]:
        return (self.noticed, self.human, self.kind_words)


def check_turns(noticed: str, human: str, kind_words: str) -> tuple[str, str, str]:
    """The three turns as kept (each trimmed); ValueError when all are empty or one is longer
    than a page."""
    turns = []
    for name, text in (("noticed", noticed), ("human", human), ("kind_words", kind_words)):
        if not isinstance(text, str):
            raise ValueError(f"{name} must be text, not {type(text).__name__}")
        text = text.strip()
        if len(text) > MAX_TURN_CHARS:
            raise ValueError(f"{name} is at most {MAX_TURN_CHARS} characters")
        turns.append(text)
    if not any(turns):
        raise ValueError("a journal entry needs a few words in at least one turn")
    return turns[0], turns[1], turns[2]
