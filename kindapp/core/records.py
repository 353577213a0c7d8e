"""What the journal keeps, as plain data (no sqlite here, so the UI can import it cheaply)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


def iso_utc(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class PracticeRecord:
    practice: str
    mode: str
    started_at: datetime
    ended_at: datetime
    duration_s: float
    outcome: str

    def to_json(self) -> dict[str, Any]:
        return {
            "practice": self.practice,
            "mode": self.mode,
            "started_at": iso_utc(self.started_at),
            "ended_at": iso_utc(self.ended_at),
            "duration_s": round(self.duration_s, 3),
            "outcome": self.outcome,
        }
