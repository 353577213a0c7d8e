"""One practice from start to end: the session plus what happens around it.

Sound: a scheduling player (`CuePlayer.scheduling`) is handed the practice's cue plan
(core/cue_plan.py) whenever the timeline changes (start, pause, resume, next, back, stop) and
places every cue on its output clock ahead of time; a late timer here changes nothing it
hears. A player that cannot schedule is told to play each step's cue as the step begins, and
the end cue when the practice finishes (the engine of old, kept for comparison).

Logs step boundaries and cues against the monotonic clock (a cue's `at=` is the time it is
scheduled for), and records the practice in the journal when it ends. Pure Python: the Qt
side only arms a timer to `session.next_deadline()` and calls `tick`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Protocol

from kindapp.core.clock import Clock
from kindapp.core.cue_plan import CLIP_AFTER_CUE_S, CuePlan, plan_from
from kindapp.core.practices import Practice
from kindapp.core.records import PracticeRecord
from kindapp.core.session import Event, Session, State, Transition

events = logging.getLogger("kindapp.events")


class CuePlayer(Protocol):
    @property
    def scheduling(self) -> bool:
        """True: cues come from `schedule`; False: from `play` as each step begins."""
        ...

    def play(self, cue: str) -> None: ...

    def schedule(self, cues: Sequence[tuple[float, str]]) -> None:
        """Replace the planned cues: (clock time, name) pairs, in time order."""
        ...

    def end_practice(self) -> None: ...


class PracticeRun:
    def __init__(
        self,
        practice: Practice,
        clock: Clock,
        player: CuePlayer,
        record: Callable[[PracticeRecord], None],
        wall_now: Callable[[], datetime] = lambda: datetime.now(UTC),
        *,
        breath_sounds: bool = False,
        clips: Mapping[str, str] | None = None,
    ) -> None:
        self.practice = practice
        self.session = Session(practice, clock)
        self.clock = clock
        self._player = player
        self._record = record
        self._wall_now = wall_now
        self._breath_sounds = breath_sounds
        self._clips = dict(clips or {})
        self._started_wall: datetime | None = None
        self.plan = CuePlan()
        """The cue plan last handed to the player."""
        self.before: tuple[int | None, str] = (None, "")
        """The check-in given before the practice (how heavy, a few words), if any."""
        self.session.add_listener(self._on_transition)

    def start(self, lead_s: float = 0.0) -> None:
        """Start the practice; its timeline begins `lead_s` from now (see Session.start)."""
        self._started_wall = self._wall_now()
        self.session.start(lead_s)

    def _on_transition(self, tr: Transition) -> None:
        now = self.clock.now()
        session = self.session
        scheduling = self._player.scheduling
        if scheduling and tr.event is not Event.TICK and tr.new is not State.STOPPED:
            # The timeline changed: a new plan. A tick never changes it (a late tick
            # must not move what was planned).
            # On resume, the step under way already had its cue.
            since = now + 1e-3 if tr.event is Event.RESUME else now
            self.plan = plan_from(
                session, since, breath_sounds=self._breath_sounds, clips=self._clips
            )
            self._player.schedule(self.plan.as_pairs())
        if tr.old is State.READY and tr.new is State.RUNNING:
            events.info(
                "practice-start practice=%s mode=%s at=%.6f",
                self.practice.id,
                self.practice.mode,
                session.started_at or now,
            )
        if tr.new in (State.RUNNING, State.PAUSED) and (tr.step_changed or tr.old is State.READY):
            step = session.step
            due = session.clock_time_of(session.practice.step_starts()[tr.step_index])
            at = now if due is None else due  # when the step begins (the first after a lead)
            events.info("step-start index=%d id=%s at=%.6f", tr.step_index, step.id, at)
            if tr.new is State.RUNNING and step.cue:
                self._cue(step.cue, at)
            clip = self._clips.get(step.id) if tr.new is State.RUNNING else None
            if clip:  # the person's own voice, planned after the step's cue
                self._cue(clip, at + CLIP_AFTER_CUE_S)
        if tr.new is State.FINISHED:
            if self.practice.end_cue:
                self._cue(self.practice.end_cue, session.ended_at or now)
            self._end("finished", now)
        elif tr.new is State.STOPPED:
            if scheduling:
                self.plan = CuePlan()
                self._player.schedule(())
            self._end("stopped", now)

    def _cue(self, cue: str, at: float) -> None:
        events.info("cue name=%s at=%.6f", cue, at)
        if not self._player.scheduling:
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
