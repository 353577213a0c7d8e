"""A journal for screen tests, opened the way Kind opens it: on its own thread, with the
operations the screens are handed (`ops`) and the journal as the UI thread sees it (`journal`,
each call waits for the journal's thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kindapp.core.journal import Journal
from kindapp.ui.common.operations import JournalAccess, Operations
from kindapp.ui.common.services import Notices

T = TypeVar("T")


class JournalHere:
    def __init__(self, path: Path, **journal_options: Any) -> None:
        self.told: list[str] = []
        self.access = JournalAccess(
            lambda key=None: Journal(path, key=key, **journal_options), Notices(self.told.append)
        )
        journal = self.access.peek()
        assert journal is not None, self.told
        self.journal: Journal = journal
        self.ops: Operations = self.access.operations

    def run(self, job: Callable[[Journal], T]) -> T:
        """`job` with the journal itself, on its thread (a transaction, its connection)."""
        return self.access.run(job)

    def close(self) -> None:
        self.access.close()
