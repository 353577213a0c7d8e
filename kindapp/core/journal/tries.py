"""Wrong passphrases slow down: after a few tries that do not fit, each next try waits a
little longer (1 s, 2 s, 4 s … at most a minute). Never a lockout: nothing is ever refused
or lost, the right passphrase always opens the journal (after the wait).

The count lives in `<journal>.tries` (0600; a count and a time, nothing secret), so
starting Kind or `kindapp --unlock` again does not start afresh. Time is handed in."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from kindapp.core.atomic import write_atomic

FREE_TRIES = 3
MAX_WAIT_S = 60.0


def wait_for(failures: int) -> float:
    """How long the try after `failures` wrong ones waits (seconds)."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_WAIT_S, 2.0 ** (failures - FREE_TRIES))


class Tries:
    def __init__(self, journal: Path, now: Callable[[], float] = time.time) -> None:
        self.path = journal.with_name(journal.name + ".tries")
        self._now = now

    def _read(self) -> tuple[int, float]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return int(data["failures"]), float(data["last"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def wait_left(self) -> float:
        """Seconds to wait before the next try may be checked (0: now)."""
        failures, last = self._read()
        return max(0.0, wait_for(failures) - max(0.0, self._now() - last))

    def failed(self) -> None:
        failures, _ = self._read()
        data = {"failures": failures + 1, "last": self._now()}
        with contextlib.suppress(OSError):  # a full disk must not stop an unlock
            write_atomic(self.path, json.dumps(data).encode())

    def succeeded(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
