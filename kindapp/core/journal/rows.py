"""How letters and reframes are read from their rows, and the values written into them."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from kindapp.core.records import Letter, LetterSummary, Reframe, parse_iso

LETTER_COLUMNS = "id, uid, title, body, created, updated, reread_on"
SUMMARY_COLUMNS = "id, title, snippet, updated, words"
REFRAME_COLUMNS = (
    "id, uid, critical, person, would_say, kind_version, ratings_critical, ratings_kind, created"
)


def check_text(**fields: object) -> None:
    for name, value in fields.items():
        if not isinstance(value, str):
            raise ValueError(f"{name} must be text, not {type(value).__name__}")


def parse_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def iso_date(on: date | None) -> str | None:
    if on is None:
        return None
    if isinstance(on, datetime):
        on = on.date()
    return on.isoformat()


def letter_from_row(row: tuple[Any, ...]) -> Letter:
    id, uid, title, body, created, updated, reread_on = row
    return Letter(
        int(id), uid, title, body, parse_iso(created), parse_iso(updated), parse_date(reread_on)
    )


def summary_from_row(row: tuple[Any, ...]) -> LetterSummary:
    id, title, snippet, updated, words = row
    return LetterSummary(id, title, snippet, parse_iso(updated), words)


def reframe_from_row(row: tuple[Any, ...]) -> Reframe:
    id, uid, critical, person, would_say, kind_version, rc, rk, created = row
    return Reframe(
        int(id),
        uid,
        critical,
        person,
        would_say,
        kind_version,
        json.loads(rc),
        json.loads(rk),
        parse_iso(created),
    )
