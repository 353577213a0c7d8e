"""My words: the person's own phrases (the break's steps, the kind phrases for soothing
touch and the favourite one). They are private, so they live in the journal (its `meta`
table, under the lock when the lock is on), never in settings.json, which keeps only
preferences.

In memory they ride on `Settings` (so every screen reads them as before); `private_part`
takes them out, `with_words` puts them back. A settings file from before this move still
carries them: they are kept in it until the journal has them (`merge`), never dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields, replace
from typing import Any

from kindapp.core.settings import WORDS_FIELDS, Settings, from_dict

META_KEY = "my_words"  # as kindapp.core.journal.export.MY_WORDS_META
PRIVATE_FIELDS = WORDS_FIELDS
"""The Settings fields that are the person's words, not preferences."""


@dataclass(frozen=True)
class MyWords:
    own_words: dict[str, str]
    touch_own_phrases: tuple[str, ...]
    touch_phrase: str

    @classmethod
    def of(cls, settings: Settings) -> MyWords:
        return cls(dict(settings.own_words), settings.touch_own_phrases, settings.touch_phrase)

    @property
    def empty(self) -> bool:
        default = Settings()
        return (
            not self.own_words
            and not self.touch_own_phrases
            and self.touch_phrase == default.touch_phrase
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "own_words": dict(sorted(self.own_words.items())),
            "touch_own_phrases": list(self.touch_own_phrases),
            "touch_phrase": self.touch_phrase,
        }

    @classmethod
    def from_json(cls, data: Any) -> MyWords:
        """Checked by the settings' own rules; ValueError when it is not My words."""
        if not isinstance(data, dict):
            raise ValueError("My words must be an object")
        picked = {k: data[k] for k in PRIVATE_FIELDS if k in data}
        settings, invalid = from_dict(picked)
        if invalid:
            raise ValueError(f"My words: {', '.join(sorted(invalid))} cannot be read")
        return cls.of(settings)


def with_words(settings: Settings, words: MyWords) -> Settings:
    return replace(
        settings,
        own_words=dict(words.own_words),
        touch_own_phrases=words.touch_own_phrases,
        touch_phrase=words.touch_phrase,
    )


def preferences_only(data: dict[str, Any]) -> dict[str, Any]:
    """A settings dict without the person's words (what settings.json keeps)."""
    return {k: v for k, v in data.items() if k not in PRIVATE_FIELDS}


def merge(kept: MyWords | None, incoming: MyWords) -> MyWords:
    """`incoming` over `kept`, losing nothing: a step's phrase from `incoming` wins where
    both have one, touch phrases are the union (kept first), the favourite is `incoming`'s
    unless it is only the default."""
    if kept is None:
        return incoming
    words = {**kept.own_words, **incoming.own_words}
    phrases = list(kept.touch_own_phrases)
    phrases += [p for p in incoming.touch_own_phrases if p not in phrases]
    default = Settings().touch_phrase
    favourite = incoming.touch_phrase if incoming.touch_phrase != default else kept.touch_phrase
    return MyWords(words, tuple(phrases[:30]), favourite)


def with_found_phrases(words: MyWords, phrases: tuple[str, ...], *, kindness: bool) -> MyWords:
    """My words with the phrases found in "finding your phrases" (see
    kindapp.core.practices.phrases.keep_phrases): they join the kind phrases for soothing
    touch (none dropped, none twice, the found ones first) and, with `kindness`, the first
    becomes the break's kindness step."""
    kept = [p for p in phrases if p.strip()]
    touch = kept + [p for p in words.touch_own_phrases if p not in kept]
    own = dict(words.own_words)
    if kindness and kept:
        own["kindness"] = kept[0]
    return MyWords(own, tuple(touch[:30]), words.touch_phrase)


class WordsShelf:
    """Read and write My words in a journal's meta table (anything with get_meta/set_meta)."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal

    def load(self) -> MyWords | None:
        raw = self._journal.get_meta(META_KEY)
        if raw is None:
            return None
        try:
            return MyWords.from_json(json.loads(raw))
        except ValueError:
            return None

    def save(self, words: MyWords) -> None:
        self._journal.set_meta(META_KEY, json.dumps(words.to_json(), sort_keys=True))


assert set(PRIVATE_FIELDS) <= {f.name for f in fields(Settings)}
