"""Finding your phrases, the writing before the meditation: the answers to the two questions
become phrases, each in the person's own words, and a wish ("May I…") is offered for it, never
forced.

- `answer_lines(answers)`: the phrases the answers hold (one a line, as written, each once).
- `offer_wish(phrase, language)`: the wish Kind may offer for a plain statement ("I am safe"
  -> "May I be safe."), None when the phrase is a wish already or no wish follows from it
  plainly. The person's other words are kept as they wrote them.
- `phrases_problem(phrases)`: what stands between these lines and the phrases to keep (none,
  one, too many, one too long), or None when they can be kept (`phrases.keep_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from kindapp.core.practices.phrases import MAX_PHRASE_CHARS, MAX_PHRASES, MIN_PHRASES


class PhrasesProblem(Enum):
    NONE = "none"
    ONE = "one"
    TOO_MANY = "too-many"
    TOO_LONG = "too-long"


def answer_lines(answers: Iterable[str]) -> tuple[str, ...]:
    """Every non-empty line of the answers, spaces tidied, each once (the first spelling)."""
    lines: list[str] = []
    seen: set[str] = set()
    for answer in answers:
        for line in answer.splitlines():
            words = " ".join(line.split())
            key = words.casefold().rstrip(".!?… ")
            if words and key not in seen:
                seen.add(key)
                lines.append(words)
    return tuple(lines)


def phrases_problem(phrases: Iterable[str]) -> PhrasesProblem | None:
    """Why these can't be kept as they are (empty lines don't count), or None."""
    kept = answer_lines(phrases)
    if any(len(p) > MAX_PHRASE_CHARS for p in kept):
        return PhrasesProblem.TOO_LONG
    if not kept:
        return PhrasesProblem.NONE
    if len(kept) < MIN_PHRASES:
        return PhrasesProblem.ONE
    if len(kept) > MAX_PHRASES:
        return PhrasesProblem.TOO_MANY
    return None


# -- wishes --------------------------------------------------------------------------------
# Said by someone who loves me ("you"), or to myself ("I"): the wish is for me.
_EN_ME = {
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "you'll": "I'll",
    "you'd": "I'd",
}
_DE_ME = {"dich": "mich", "dir": "mir", "dein": "mein", "deine": "meine"}
_AMBIGUOUS = {"en": "you", "de": "du"}
"""A bare "you" later in the phrase ("as you are") may be the one speaking or me: no offer."""
_DE_ME.update({f"dein{e}": f"mein{e}" for e in ("en", "em", "er", "es")})

_EN_WISH = re.compile(r"^(may i|may we|may you)\b", re.IGNORECASE)
_DE_WISH = re.compile(r"^(möge ich|mögest du|mögen wir|möge)\b", re.IGNORECASE)
_EN_FORMS = (
    (re.compile(r"^(?:i am|i'm|i’m|you are|you're|you’re)\s+(.+)$", re.IGNORECASE), "May I be {}"),
    (re.compile(r"^be\s+(.+)$", re.IGNORECASE), "May I be {}"),
    (re.compile(r"^(?:i|you)\s+(feel|have|know)\s+(.+)$", re.IGNORECASE), "May I {} {}"),
)
_DE_FORMS = (
    (re.compile(r"^(?:ich bin|du bist|sei)\s+(.+)$", re.IGNORECASE), "Möge ich {} sein"),
    (re.compile(r"^(?:ich|du)\s+(?:fühle|fühlst)\s+(.+)$", re.IGNORECASE), "Möge ich {} fühlen"),
    (re.compile(r"^(?:ich|du)\s+(?:habe|hast)\s+(.+)$", re.IGNORECASE), "Möge ich {} haben"),
)


def _for_me(words: str, table: dict[str, str]) -> str:
    """`words` with "you" turned to "I" ("kind to yourself" -> "kind to myself"), every other
    word as written."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        plain = word.replace("’", "'")
        mine = table.get(plain.casefold())
        return word if mine is None else mine

    return re.sub(r"[\w’']+", swap, words)


def offer_wish(phrase: str, language: str = "en") -> str | None:
    """The wish offered for `phrase` in `language` ("en" or "de"; others get none), or None."""
    words = " ".join(phrase.split()).rstrip(".!… ")
    if not words:
        return None
    lang = language.split("_")[0].split("-")[0].casefold()
    if lang not in _AMBIGUOUS:
        return None
    german = lang == "de"
    if (_DE_WISH if german else _EN_WISH).match(words):
        return None  # a wish already
    for pattern, form in _DE_FORMS if german else _EN_FORMS:
        match = pattern.match(words)
        if match is None:
            continue
        rest = " ".join(match.groups())
        bare = _AMBIGUOUS["de" if german else "en"]
        if bare in re.findall(r"[\w’']+", rest.casefold()):
            return None
        parts = [_for_me(g, _DE_ME if german else _EN_ME) for g in match.groups()]
        return form.format(*parts) + "."
    return None
