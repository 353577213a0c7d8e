"""What a part of `Journal` kept in its own module (moments_api, entries_api) needs from it:
the connection helpers and the schema version, which store.py's `Journal` gives."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime


class JournalPart:
    """Mixed into `Journal`, which gives it its connection helpers."""

    def _guard(self, doing: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _writing(self, doing: str) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _stamp(self) -> tuple[str, datetime]:
        raise NotImplementedError

    @property
    def schema_version(self) -> int:
        raise NotImplementedError
