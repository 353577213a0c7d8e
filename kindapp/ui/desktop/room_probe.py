"""What a probe of the room is (kindapp/ui/desktop/room.py and its room_* neighbours)."""

from __future__ import annotations

from typing import Protocol

from kindapp.core.room import Reading

CALL_TIMEOUT_MS = 500
"""The longest a probe waits for its service (the bus, sway's socket)."""


class Probe(Protocol):
    name: str

    def read(self) -> Reading | None:
        """What the service says now, or None when it is not there (with why in `why`)."""
        ...

    @property
    def why(self) -> str: ...
