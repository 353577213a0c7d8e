"""Import of the self-compassion journal (export format version 6): its entries, checked
first with the rest of the file and merged by uid in the same transaction (see importing.py).
A file from before version 6 has none, and imports as it always did."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kindapp.core.journal.importing_moments import Checker
from kindapp.core.records import check_turns

if TYPE_CHECKING:
    from kindapp.core.journal.store import Journal

ENTRIES_FORMAT = 6
"""The first export format version with journal entries."""


def validate_entries(c: Checker, data: dict[str, Any], version: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if version < ENTRIES_FORMAT:
        return found
    for i, raw in enumerate(c.list(data, "journal_entries")):
        where = f"journal_entries[{i}]"
        item = c.obj(raw, where)
        day = c.day(item, "day", where)
        if day is None:
            raise c.fail(f"{where}.day", "expected a date")
        try:
            turns = check_turns(
                c.text(item, "noticed", where, default=""),
                c.text(item, "human", where, default=""),
                c.text(item, "kind_words", where, default=""),
            )
        except ValueError as exc:
            raise c.fail(where, str(exc)) from exc
        found.append(
            {
                "uid": c.uid(item, where),
                "day": day,
                "created": c.when(item, "created", where),
                "updated": c.when(item, "updated", where),
                "turns": turns,
            }
        )
    return found


def merge_entries(journal: Journal, items: list[dict[str, Any]]) -> tuple[int, int]:
    """Add the entries not there yet (by uid); returns (added, skipped). Inside the import's
    transaction."""
    added = skipped = 0
    seen: set[str] = set()
    for item in items:
        if item["uid"] in seen or journal.has_journal_entry_uid(item["uid"]):
            skipped += 1
            continue
        seen.add(item["uid"])
        journal.add_journal_entry(
            item["day"],
            *item["turns"],
            uid=item["uid"],
            created=item["created"],
            updated=item["updated"],
        )
        added += 1
    return added, skipped
