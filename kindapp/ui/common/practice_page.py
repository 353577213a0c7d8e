"""What a practice's own page gets from the writing flow, and what it offers it (the registry
entry's `Page`): its screen module builds it with `build_page(PageWiring)`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from kindapp.ui.common.operations import Operations


@dataclass(frozen=True)
class PageWiring:
    """The page's few collaborators: the journal's operations, the wall clock, and what to
    call when it is left, when it kept a moment (the history, the nudges), when it points to a
    Learn topic."""

    ops: Operations
    now: Callable[[], datetime]
    finished: Callable[[], None]
    kept: Callable[[], None]
    learn: Callable[[str], None]


@runtime_checkable
class PracticePage(Protocol):
    def open(self) -> None:
        """Show the page afresh (today's state, or a new start)."""
