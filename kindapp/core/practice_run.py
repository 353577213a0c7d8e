"""One practice from start to end: the session plus what happens around it.

Plays each step's cue as the step begins and the end cue when the practice
finishes, logs step boundaries against the monotonic clock, and records the
practice in the journal when it ends. Pure Python: the Qt side only arms a
timer to `session.next_deadline()` and calls `tick`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from kindapp.core.clock import Clock
from kindapp.core.practices import Practice
from kindapp.core.records import PracticeRecord
from kindapp.core.session import Session, State, Transition

events = logging.getLogger("kindapp.events")


class CuePlayer(Protocol):
    def play(self, cue: str) -> None: ...

    def end_practice(self) -> None: ...


class PracticeRun:
    def __init__(
        self,
        practice: Practice,
        clock: Clock,
        player: CuePlayer,
        record: Callable[[PracticeRecord], None],
        wall_now: Callable[[], datetime] = lambda: datetime.now(UTC),
        voiced: frozenset[str] = frozenset(),
    ) -> None:
        self.practice = practice
        self.session = Session(practice, clock)
        self.clock = clock
        self._player = player
        self._record = record
        self._wall_now = wall_now
        self._started_wall: datetime | None = None
        self.voiced = voiced
        """Steps guided by the person's recorded voice: cue "voice:<step id>" follows the step's."""
        self.before: tuple[int | None, str] = (None, "")
        """The check-in given before the practice (how heavy, a few words), if any."""
        self.session.add_listener(self._on_transition)

    def start(self) -> None:
        self._started_wall = self._wall_now()
        self.session.start()

    def _on_transition(self, tr: Transition) -> None:
        now = self.clock.now()
        session = self.session
        if tr.old is State.READY and tr.new is State.RUNNING:
            events.info(
                "practice-start practice=%s mode=%s at=%.6f",
                self.practice.id,
                self.practice.mode,
                session.started_at or now,
            )
        if tr.new in (State.RUNNING, State.PAUSED) and (tr.step_changed or tr.old is State.READY):
            step = session.step
            events.info("step-start index=%d id=%s at=%.6f", tr.step_index, step.id, now)
            if tr.new is State.RUNNING and step.cue:
                self._cue(step.cue, now)
            if tr.new is State.RUNNING and step.id in self.voiced:
                self._cue(f"voice:{step.id}", now)
        if tr.new is State.FINISHED:
            if self.practice.end_cue:
                self._cue(self.practice.end_cue, now)
            self._end("finished", now)
        elif tr.new is State.STOPPED:
            self._end("stopped", now)

    def _cue(self, cue: str, now: float) -> None:
        events.info("cue name=%s at=%.6f", cue, now)
        self._player.play(cue)

    def _end(self, outcome: str, now: float) -> None:
        """Let the sound ring out, keep the practice, then say it ended (so that, once the
        log says so, the journal already has it)."""
        self._player.end_practice()
        if self._started_wall is not None:  # else it was left before it began
            self._record(
                PracticeRecord(
                    practice=self.practice.id,
                    mode=self.practice.mode,
                    started_at=self._started_wall,
                    ended_at=self._wall_now(),
                    duration_s=self.session.running_time(),
                    outcome=outcome,
                    before=self.before[0],
                    words_before=self.before[1],
                )
            )
        events.info("practice-end outcome=%s at=%.6f", outcome, now)
