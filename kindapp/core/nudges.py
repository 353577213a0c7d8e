"""Which one-off gentle reminders are pending: each practice that has some says which (its
registry entry's `nudges`, from its rules: a next step someone asked to be reminded of, a
kind day's invitations and evening look back). Read from the journal's entries; nothing is
stored about reminders that were let pass."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from kindapp.core.moment_kind import MomentStore
from kindapp.core.practice_registry import Nudges, kind_practices
from kindapp.core.reminders import OneOff

SOURCES: tuple[Nudges, ...] = kind_practices().nudge_sources()
"""The nudges of Kind's own practices (registry order)."""


def pending_in(
    journal: MomentStore, now: datetime, sources: Sequence[Nudges] = SOURCES
) -> list[OneOff]:
    """Every one-off still to come after `now`, read from the journal's entries."""
    return merged(source(journal, now) for source in sources)


def merged(groups: Iterable[Iterable[OneOff]]) -> list[OneOff]:
    """The one-offs of every practice, in the order they come."""
    return sorted((o for group in groups for o in group), key=lambda o: (o.at, o.key))
