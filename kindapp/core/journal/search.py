"""Full-text search over the letters (FTS5), with a snippet around what was found."""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from collections.abc import Iterator

from kindapp.core.records import SNIPPET_CHARS, LetterSummary, collapse_space, parse_iso

_SEARCH_SNIPPET_TOKENS = 24
_HAS_WORD = re.compile(r"\w")


def search_letters(db: sqlite3.Connection, match: str, query: str) -> list[LetterSummary]:
    """The letters matching `match` (from `fts_query(query)`), newest first."""
    anchor = _anchor(query)
    rows = db.execute(
        "SELECT l.id, l.title, l.updated, l.words, l.body"
        " FROM letter_fts JOIN letter AS l ON l.id = letter_fts.rowid"
        " WHERE letter_fts MATCH ? ORDER BY l.updated DESC, l.id DESC",
        (match,),
    ).fetchall()
    # The snippet is cut around the first place the longest word typed appears: a
    # plain find (measured: FTS5's snippet() costs ~35 µs a letter, 3x this). Only
    # where that fails (accents, a match only in the title) does snippet() run.
    found: list[LetterSummary] = []
    missing: dict[int, int] = {}
    for id, title, updated, words, body in rows:
        at = body.find(anchor)
        if at < 0:
            at = body.lower().find(anchor)
        snippet = _around(body, at) if at >= 0 else ""
        if at < 0:
            missing[id] = len(found)
        found.append(LetterSummary(id, title, snippet, parse_iso(updated), words))
    if missing:
        for chunk in _chunks(list(missing), 500):
            marks = ",".join("?" * len(chunk))
            for id, snippet in db.execute(
                f"SELECT rowid, snippet(letter_fts, 1, '', '', '…',"
                f" {_SEARCH_SNIPPET_TOKENS}) FROM letter_fts"
                f" WHERE letter_fts MATCH ? AND rowid IN ({marks})",
                (match, *chunk),
            ):
                i = missing[id]
                found[i] = dataclasses.replace(found[i], snippet=_trim(snippet))
    return found


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when it has no words.

    Every term is a quoted string (quotes doubled), so operators, brackets, colons and
    stars are just text; terms are ANDed; the last is a prefix ("kin" finds "kindness").
    """
    text = text.replace("\x00", " ")  # FTS5 reads the expression as a C string
    terms = [t for t in text.split() if _HAS_WORD.search(t)]
    if not terms:
        return None
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _anchor(text: str) -> str:
    """The word a search snippet is centred on: the longest word typed, lower-cased."""
    words = re.findall(r"\w+", text.lower())
    return max(words, key=len) if words else ""


def _around(body: str, at: int, before: int = 50) -> str:
    """About SNIPPET_CHARS of `body` around position `at`, whitespace collapsed, "…" where cut."""
    start = max(0, at - before)
    window = body[start : start + SNIPPET_CHARS + 40]
    if start > 0:  # drop the partial word the cut landed in
        head, space, rest = window.partition(" ")
        if space and len(head) < at - start:
            window = rest
    text = " ".join(window.split())
    cut = start + SNIPPET_CHARS + 40 < len(body) or len(text) > SNIPPET_CHARS
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0]
    return ("…" if start > 0 else "") + text + ("…" if cut else "")


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _trim(snippet: str) -> str:
    text = collapse_space(snippet)
    if len(text) > SNIPPET_CHARS:
        text = text[: SNIPPET_CHARS - 1].rstrip() + "…"
    return text
