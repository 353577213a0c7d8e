"""Import of the newer practices (export format version 3): caught thoughts, what's in the
way, kind days. Checked first with the rest of the file, merged by uid in the same
transaction (see importing.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from kindapp.core.records import MAX_CAUGHT_CHARS

if TYPE_CHECKING:
    from kindapp.core.journal.store import Journal


class Checker(Protocol):
    """What importing._Checker gives (kept as a protocol so neither module imports the other's
    privates)."""

    def fail(self, where: str, what: str) -> Exception: ...
    def obj(self, value: Any, where: str) -> dict[str, Any]: ...
    def list(self, data: dict[str, Any], key: str) -> list[Any]: ...
    def text(
        self, item: dict[str, Any], key: str, where: str, *, default: str | None = None
    ) -> str: ...
    def uid(self, item: dict[str, Any], where: str) -> str: ...
    def when(self, item: dict[str, Any], key: str, where: str) -> datetime: ...
    def day(self, item: dict[str, Any], key: str, where: str) -> date | None: ...


@dataclass
class Moments:
    caught: list[dict[str, Any]] = field(default_factory=list)
    in_the_way: list[dict[str, Any]] = field(default_factory=list)
    kind_days: list[dict[str, Any]] = field(default_factory=list)


def validate_moments(c: Checker, data: dict[str, Any], version: int) -> Moments:
    found = Moments()
    if version < 3:
        return found
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
    for i, raw in enumerate(c.list(data, "in_the_way")):
        where = f"in_the_way[{i}]"
        item = c.obj(raw, where)
        remind = item.get("remind_at")
        found.in_the_way.append(
            {
                "uid": c.uid(item, where),
                "created": c.when(item, "created", where),
                "hard_thing": c.text(item, "hard_thing", where),
                "reason": c.text(item, "reason", where, default=""),
                "reason_words": c.text(item, "reason_words", where, default=""),
                "answer": c.text(item, "answer", where, default=""),
                "next_step": c.text(item, "next_step", where, default=""),
                "remind_at": None if remind is None else c.when(item, "remind_at", where),
            }
        )
    for i, raw in enumerate(c.list(data, "kind_days")):
        where = f"kind_days[{i}]"
        item = c.obj(raw, where)
        day = c.day(item, "day", where)
        if day is None:
            raise c.fail(f"{where}.day", "expected a date")
        found.kind_days.append(
            {
                "uid": c.uid(item, where),
                "day": day,
                "started": c.when(item, "started", where),
                "intention": c.text(item, "intention", where, default=""),
                "kind_moment": c.text(item, "kind_moment", where, default=""),
                "hard_moment": c.text(item, "hard_moment", where, default=""),
            }
        )
    return found


def merge_moments(journal: Journal, m: Moments) -> tuple[int, int]:
    """Add what is not there yet (by uid); returns (added, skipped). Inside the import's
    transaction."""
    added = skipped = 0
    for table, items in (
        ("caught", m.caught),
        ("in_the_way", m.in_the_way),
        ("kind_day", m.kind_days),
    ):
        seen: set[str] = set()
        for item in items:
            if item["uid"] in seen or journal.has_uid(table, item["uid"]):
                skipped += 1
                continue
            seen.add(item["uid"])
            added += 1
            if table == "caught":
                journal.catch_thought(item["thought"], uid=item["uid"], created=item["created"])
            elif table == "in_the_way":
                journal.add_in_the_way(
                    item["hard_thing"],
                    item["reason"],
                    item["reason_words"],
                    item["answer"],
                    item["next_step"],
                    item["remind_at"],
                    uid=item["uid"],
                    created=item["created"],
                )
            else:
                journal.start_kind_day(
                    item["day"],
                    item["intention"],
                    uid=item["uid"],
                    started=item["started"],
                    kind_moment=item["kind_moment"],
                    hard_moment=item["hard_moment"],
                )
    return added, skipped
