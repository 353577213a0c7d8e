"""Import of the practices' moments (export format version 3 on): caught thoughts, and every
kind a practice describes with a `MomentKind` (its section, from the version that brought it,
checked by the kind's own `from_json`). Checked first with the rest of the file, merged by uid
in the same transaction (see importing.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kindapp.core.moment_kind import Checker, MomentKind
from kindapp.core.records import MAX_CAUGHT_CHARS

if TYPE_CHECKING:
    from kindapp.core.journal.store import Journal

__all__ = ["Checker", "Moments", "merge_moments", "validate_moments"]


@dataclass
class Moments:
    caught: list[dict[str, Any]] = field(default_factory=list)
    kinds: list[tuple[MomentKind[Any], list[Any]]] = field(default_factory=list)
    """Each kind's moments found in the file (with id 0), in the kinds' order."""


def validate_moments(
    c: Checker, data: dict[str, Any], version: int, kinds: Sequence[MomentKind[Any]]
) -> Moments:
    found = Moments()
    if version >= 3:
        for i, raw in enumerate(c.list(data, "caught")):
            where = f"caught[{i}]"
            item = c.obj(raw, where)
            thought = " ".join(c.text(item, "thought", where).split())
            if not thought or len(thought) > MAX_CAUGHT_CHARS:
                raise c.fail(f"{where}.thought", f"expected 1 to {MAX_CAUGHT_CHARS} characters")
            found.caught.append(
                {
                    "uid": c.uid(item, where),
                    "thought": thought,
                    "created": c.when(item, "created", where),
                }
            )
    for kind in kinds:
        if version < kind.export_since:
            continue
        items = [
            kind.from_json(c, c.obj(raw, f"{kind.export_key}[{i}]"), f"{kind.export_key}[{i}]")
            for i, raw in enumerate(c.list(data, kind.export_key))
        ]
        found.kinds.append((kind, items))
    return found


def merge_moments(journal: Journal, m: Moments) -> tuple[int, int]:
    """Add what is not there yet (by uid); returns (added, skipped). Inside the import's
    transaction."""
    added = skipped = 0
    seen: set[str] = set()
    for item in m.caught:
        if item["uid"] in seen or journal.has_caught(item["uid"]):
            skipped += 1
            continue
        seen.add(item["uid"])
        added += 1
        journal.catch_thought(item["thought"], uid=item["uid"], created=item["created"])
    for kind, moments in m.kinds:
        seen = set()
        for moment in moments:
            if moment.uid in seen or journal.has_moment(kind, moment.uid):
                skipped += 1
                continue
            seen.add(moment.uid)
            added += 1
            journal.keep_moment(kind, moment)
    return added, skipped
