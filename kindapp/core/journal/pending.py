"""Practices done while the journal is locked: kept in a small plain file until the next unlock.

Only what a practice was (which, how, when, how long, finished or stopped) and the check-in
numbers are kept there, never words: the file is not encrypted. It is an export-format
document (`<journal>.pending.json`, 0600), merged with the import rules on unlock (nothing
is doubled), then removed.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from kindapp.core.atomic import write_atomic
from kindapp.core.journal.export import empty_export
from kindapp.core.journal.importing import ImportResult, import_data
from kindapp.core.journal.store import Journal
from kindapp.core.records import PracticeRecord


def pending_path(journal: Path) -> Path:
    return journal.with_name(journal.name + ".pending.json")


def _load(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, UnicodeDecodeError):
        return empty_export()
    return (
        data
        if isinstance(data, dict) and isinstance(data.get("practices"), list)
        else empty_export()
    )


def keep(journal: Path, record: PracticeRecord) -> None:
    """Add a practice to the plain side file (its words left out)."""
    path = pending_path(journal)
    data = _load(path)
    data["practices"].append(replace(record, words_before="", words_after="").to_json())
    write_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def count(journal: Path) -> int:
    return len(_load(pending_path(journal))["practices"])


def merge(journal: Journal) -> ImportResult | None:
    """Bring the waiting practices into the (unlocked) journal and remove the side file."""
    path = pending_path(journal.path)
    if not path.exists():
        return None
    result = import_data(journal, _load(path), source=path.name)
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return result
