"""How the journal keeps kind days (a `MomentKind`, named in the practice's registry entry):
the record, its table, its export section ("kind_days", since format 3) and its import."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kindapp.core.moment_kind import Checker, MomentKind, MomentStore
from kindapp.core.records import iso_utc, parse_iso


@dataclass(frozen=True)
class KindDay:
    """A day of treating yourself as you'd treat a good friend, and its words."""

    id: int
    uid: str
    day: date
    """The local day it belongs to (it ends by itself at the end of it)."""
    started: datetime
    intention: str
    kind_moment: str = ""
    hard_moment: str = ""


def _from_row(row: tuple[Any, ...]) -> KindDay:
    id, uid, day, started, intention, kind_moment, hard_moment = row
    return KindDay(
        int(id),
        uid,
        date.fromisoformat(day),
        parse_iso(started),
        intention,
        kind_moment,
        hard_moment,
    )


def _to_row(d: KindDay) -> tuple[Any, ...]:
    return (d.uid, d.day.isoformat(), iso_utc(d.started), d.intention, d.kind_moment, d.hard_moment)


def _to_json(d: KindDay) -> dict[str, Any]:
    return {
        "uid": d.uid,
        "day": d.day.isoformat(),
        "started": iso_utc(d.started),
        "intention": d.intention,
        "kind_moment": d.kind_moment,
        "hard_moment": d.hard_moment,
    }


def _from_json(c: Checker, item: dict[str, Any], where: str) -> KindDay:
    day = c.day(item, "day", where)
    if day is None:
        raise c.fail(f"{where}.day", "expected a date")
    return KindDay(
        0,
        c.uid(item, where),
        day,
        c.when(item, "started", where),
        c.text(item, "intention", where, default=""),
        c.text(item, "kind_moment", where, default=""),
        c.text(item, "hard_moment", where, default=""),
    )


KIND_DAYS: MomentKind[KindDay] = MomentKind(
    table="kind_day",
    noun="kind day",
    columns=("id", "uid", "day", "started", "intention", "kind_moment", "hard_moment"),
    newest_first="day DESC, id DESC",
    from_row=_from_row,
    to_row=_to_row,
    schema_version=4,
    tables="""
    CREATE TABLE kind_day (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        uid          TEXT NOT NULL UNIQUE,
        day          TEXT NOT NULL,               -- YYYY-MM-DD, the local day
        started      TEXT NOT NULL,
        intention    TEXT NOT NULL DEFAULT '',
        kind_moment  TEXT NOT NULL DEFAULT '',
        hard_moment  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX kind_day_day ON kind_day(day DESC, id DESC);
    """,
    export_key="kind_days",
    export_since=3,
    to_json=_to_json,
    export_order=lambda d: (d.day, d.id),
    from_json=_from_json,
)


def start_kind_day(
    journal: MomentStore,
    day: date,
    intention: str,
    *,
    uid: str | None = None,
    started: datetime | None = None,
    kind_moment: str = "",
    hard_moment: str = "",
) -> KindDay:
    """Keep a kind day begun with its morning intention."""
    d = KindDay(
        0,
        uid or _new_uid(),
        day,
        journal.moment_time(started),
        intention,
        kind_moment,
        hard_moment,
    )
    return journal.keep_moment(KIND_DAYS, d)


def end_kind_day(journal: MomentStore, day_id: int, kind_moment: str, hard_moment: str) -> None:
    """The evening look back: a moment you were kind to yourself, a moment that was hard."""
    journal.change_moment(KIND_DAYS, day_id, kind_moment=kind_moment, hard_moment=hard_moment)


def kind_day_on(journal: MomentStore, day: date) -> KindDay | None:
    found = journal.moments(
        KIND_DAYS, where="day = ?", args=(day.isoformat(),), order="id DESC", limit=1
    )
    return found[0] if found else None


def kind_days(journal: MomentStore) -> list[KindDay]:
    """Every kind day, newest first."""
    return journal.moments(KIND_DAYS)


def _new_uid() -> str:
    import uuid  # here: uuid brings platform along, not needed before a moment is kept

    return uuid.uuid4().hex
