"""What a flow is handed of the journal (app.py hands it the JournalAccess of operations.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from kindapp.core.records import PracticeRecord
    from kindapp.ui.common.operations import Operations


class JournalDoor(Protocol):
    """What a flow needs of the journal's opening: whether it can be had (asking for the
    passphrase, or never asking), waiting for it, and its operations. A flow never holds the
    journal itself."""

    @property
    def operations(self) -> Operations: ...

    def open_now(self) -> bool: ...

    def readable(self, *, quiet: bool = False) -> bool: ...

    def when_ready(self, then: Callable[[], None]) -> None: ...

    def is_locked(self) -> bool: ...

    def record_practice(self, record: PracticeRecord) -> int | None: ...

    def hold_after_checkin(self, after: int | None, words: str, stirred: bool) -> bool: ...
