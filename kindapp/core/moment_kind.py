"""How the journal keeps one kind of a practice's moments, described once (plain data).

A practice that stores something describes it with a `MomentKind` in its own storage module
and names it in its registry entry (`Practice.stored`). From these descriptions the journal
builds its tables (their SQL joins the schema migration that brought them), reads, adds,
changes and deletes the moments, writes them to the export file (a section of their own, from
the format version that brought them) and checks and merges them back in on import. Nothing in
kindapp/core/journal names a practice's moments.

A moment is a frozen dataclass whose first fields are `id` (the row id, 0 before it is kept)
and `uid` (stable across export and import).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, Protocol, TypeVar


class Checker(Protocol):
    """What the import gives a kind to check one item of an export file with (see
    kindapp/core/journal/importing.py): each method raises `fail(...)` on a bad value."""

    def fail(self, where: str, what: str) -> Exception: ...
    def obj(self, value: Any, where: str) -> dict[str, Any]: ...
    def list(self, data: dict[str, Any], key: str) -> list[Any]: ...
    def text(
        self, item: dict[str, Any], key: str, where: str, *, default: str | None = None
    ) -> str: ...
    def uid(self, item: dict[str, Any], where: str) -> str: ...
    def when(self, item: dict[str, Any], key: str, where: str) -> datetime: ...
    def day(self, item: dict[str, Any], key: str, where: str) -> date | None: ...


T = TypeVar("T")


def _no_check(_moment: Any) -> None:
    return None


@dataclass(frozen=True)
class MomentKind(Generic[T]):
    """One kind of moment: its table, its record, its export section and its import."""

    table: str
    """Its table (the SQL in `tables` creates it)."""
    noun: str
    """What one is called in messages ("kind day"): "kind day 3 is not in the journal"."""
    columns: tuple[str, ...]
    """The columns read and written, "id" and "uid" first, in the order of the record's
    fields (`from_row` gets them in this order; a new moment is inserted with all but id)."""
    newest_first: str
    """Its ORDER BY for listing, newest first ("created DESC, id DESC")."""
    from_row: Callable[[tuple[Any, ...]], T]
    to_row: Callable[[T], tuple[Any, ...]]
    """The values of `columns[1:]` (uid onwards) for a new row."""
    schema_version: int
    """The journal's schema version (PRAGMA user_version) that has its tables: an older
    journal (read-only) has none of its moments."""
    tables: str
    """Its CREATE statements: part of the migration to `schema_version` (never change them
    once released: a new column is a new migration of its own)."""
    export_key: str
    """Its section of the export file."""
    export_since: int
    """The export format version that brought the section (older files have none)."""
    to_json: Callable[[T], dict[str, Any]]
    export_order: Callable[[T], Any]
    """The order of the section (oldest first)."""
    from_json: Callable[[Checker, dict[str, Any], str], T]
    """One item of the section, checked (a moment with id 0, its uid and dates kept)."""
    check: Callable[[T], None] = _no_check
    """Raises ValueError for a moment that must not be kept (beyond its text being text)."""

    def read_columns(self) -> str:
        return ", ".join(self.columns)

    def has_column(self, name: str) -> bool:
        return name in self.columns[2:]


def with_id(moment: T, id: int) -> T:
    """The moment as kept, with its row id."""
    return dataclasses.replace(moment, id=id)  # type: ignore[type-var]


def texts_of(moment: Any) -> dict[str, object]:
    """The fields of a moment that hold words (for the journal's check that they are text)."""
    hints = {f.name: f.type for f in dataclasses.fields(moment)}
    return {name: getattr(moment, name) for name, kind in hints.items() if kind in ("str", str)}


class MomentStore(Protocol):
    """What a practice's storage module asks of the journal (a `Journal` is one)."""

    def moments(
        self,
        kind: MomentKind[T],
        *,
        where: str = "",
        args: tuple[Any, ...] = (),
        order: str = "",
        limit: int | None = None,
    ) -> list[T]: ...
    def keep_moment(self, kind: MomentKind[T], moment: T) -> T: ...
    def change_moment(self, kind: MomentKind[Any], id: int, **fields: str) -> None: ...
    def delete_moment(self, kind: MomentKind[Any], id: int) -> bool: ...
    def moment_time(self, when: datetime | None = None) -> datetime: ...
