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

_LANDING = frozenset({Event.START, Event.NEXT, Event.BACK, Event.RESUME})
"""Events by which the person arrives at a step: its bell rings, at once if its time passed."""


class CuePlayer(Protocol):
    @property
    def scheduling(self) -> bool:
        """True: cues come from `schedule`; False: from `play` as each step begins."""
        ...

    def play(self, cue: str) -> None: ...

    def schedule(self, cues: Sequence[tuple[float, str, float]]) -> None:
        """Replace the planned cues: (clock time, name, until) triples, in time order; a cue
        found late is played at once while its `until` has not passed (core/cue_plan)."""
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
        self._grounding = False
        self.plan = CuePlan()
        """The cue plan last handed to the player."""
        self.before: tuple[int | None, str] = (None, "")
        """The check-in given before the practice (how heavy, a few words), if any."""
        self.session.add_listener(self._on_transition)

    @property
    def grounding(self) -> bool:
        """The person asked to ground: the practice waits, paused, until Continue or Leave."""
        return self._grounding

    def ground(self) -> bool:
        """A calm pause to feel the ground (feet, breath, the room): the practice pauses and
        nothing ends. False when there is no practice under way to pause."""
        if self.session.state not in (State.RUNNING, State.PAUSED):
            return False
        if not self._grounding:
            self._grounding = True
            events.info("practice-ground at=%.6f", self.clock.now())
            if self.session.state is State.RUNNING:
                self.session.pause()
        return True

    def end_grounding(self) -> None:
        """Continue after grounding: the practice goes on from where it was (its bell rings)."""
        if not self._grounding:
            return
        self._grounding = False
        if self.session.state is State.PAUSED:
            self.session.resume()

    def start(self, lead_s: float = 0.0) -> None:
        """Start the practice; its timeline begins `lead_s` from now (see Session.start)."""
        self._started_wall = self._wall_now()
        self.session.start(lead_s)

    def _on_transition(self, tr: Transition) -> None:
        now = self.clock.now()
        session = self.session
        scheduling = self._player.scheduling
        # Moved here by hand (or begun): the step landed on rings at once, also while paused.
        landed = tr.event in _LANDING and tr.new in (State.RUNNING, State.PAUSED)
        finished_by_hand = tr.event is Event.NEXT and tr.new is State.FINISHED
        if scheduling and tr.event is not Event.TICK and tr.new is not State.STOPPED:
            # The timeline changed: a new plan. A tick never changes it (a late tick
            # must not move what was planned).
            self.plan = plan_from(
                session,
                now,
                breath_sounds=self._breath_sounds,
                clips=self._clips,
                landed=landed or finished_by_hand,
            )
            self._player.schedule(self.plan.as_triples())
        if tr.old is State.READY and tr.new is State.RUNNING:
            events.info(
                "practice-start practice=%s mode=%s at=%.6f",
                self.practice.id,
                self.practice.mode,
                session.started_at or now,
            )
        if tr.event in (Event.PAUSE, Event.RESUME):
            events.info("practice-%s at=%.6f", tr.event.value, now)
        if tr.new in (State.RUNNING, State.PAUSED) and (tr.step_changed or landed):
            step = session.step
            due = session.clock_time_of(session.practice.step_starts()[tr.step_index])
            at = now if due is None else max(due, now) if landed else due
            if tr.event is not Event.RESUME:  # on resume the step goes on where it was
                events.info("step-start index=%d id=%s at=%.6f", tr.step_index, step.id, at)
            if step.cue and (landed or tr.new is State.RUNNING):
                self._cue(step.cue, at)
            clip = self._clips.get(step.id)
            if clip and tr.new is State.RUNNING and tr.event is not Event.RESUME:
                # the person's own voice, planned after the step's cue
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
