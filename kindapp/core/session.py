"""The practice session: a plain-Python state machine driven by an injected clock.

States: READY -> RUNNING <-> PAUSED -> FINISHED | STOPPED.
Events: start, pause, resume, next, back, stop, tick(now).

Deadlines are computed from the session start plus the time spent paused plus
any skipping, never by counting ticks, so nothing drifts however often (or
rarely) `tick` is called.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from kindapp.core.clock import Clock
from kindapp.core.practices import Practice, Step

_EPSILON = 1e-6


class State(Enum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    BACK = "back"
    STOP = "stop"
    TICK = "tick"


class IllegalTransition(RuntimeError):
    """An event that the session's current state does not accept."""

    def __init__(self, state: State, event: Event) -> None:
        super().__init__(f"cannot {event.value} a session that is {state.value}")
        self.state = state
        self.event = event


# Which events each state accepts. The handler decides the target state.
_ACCEPTS: dict[State, frozenset[Event]] = {
    State.READY: frozenset({Event.START, Event.STOP}),
    State.RUNNING: frozenset({Event.PAUSE, Event.NEXT, Event.BACK, Event.STOP, Event.TICK}),
    State.PAUSED: frozenset({Event.RESUME, Event.NEXT, Event.BACK, Event.STOP, Event.TICK}),
    State.FINISHED: frozenset({Event.TICK}),
    State.STOPPED: frozenset({Event.TICK}),
}


@dataclass(frozen=True)
class Transition:
    """What listeners receive: the state before and after, and the current step index."""

    old: State
    new: State
    step_index: int
    step_changed: bool
    event: Event


Listener = Callable[[Transition], None]


class Session:
    """One run of a practice."""

    def __init__(self, practice: Practice, clock: Clock) -> None:
        self.practice = practice
        self._clock = clock
        self._state = State.READY
        self._index = 0
        self._listeners: list[Listener] = []
        # Practice time ("elapsed") = (now - started_at) - paused_total + shift.
        # `shift` moves the timeline when the person skips forward or back.
        self._started_at: float | None = None
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._shift = 0.0
        self._ended_at: float | None = None
        self._lead = 0.0
        self._starts = practice.step_starts()

    # -- observation -----------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    @property
    def state(self) -> State:
        return self._state

    @property
    def step_index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self.practice.steps[self._index]

    @property
    def started_at(self) -> float | None:
        return self._started_at

    @property
    def ended_at(self) -> float | None:
        return self._ended_at

    def elapsed(self, now: float | None = None) -> float:
        """Practice time: position on the practice's timeline, in seconds."""
        run = self.running_time(now)
        if self._started_at is None:
            return 0.0
        return min(max(run + self._shift, 0.0), self.practice.total_s)

    def running_time(self, now: float | None = None) -> float:
        """Wall time spent not paused since start (skips not counted)."""
        if self._started_at is None:
            return 0.0
        if now is None:
            now = self._clock.now()
        if self._ended_at is not None:
            now = self._ended_at
        if self._paused_at is not None:
            now = min(now, self._paused_at)
        return max(now - self._started_at - self._paused_total, 0.0)

    def step_progress(self, now: float | None = None) -> float:
        """How far through the current step, 0..1."""
        t = self.elapsed(now) - self._starts[self._index]
        return min(max(t / self.step.duration_s, 0.0), 1.0)

    def next_deadline(self) -> float | None:
        """Clock time at which the current step ends, or None when nothing is due."""
        return self.clock_time_of(self._starts[self._index] + self.step.duration_s)

    def clock_time_of(self, elapsed: float) -> float | None:
        """The clock time at which practice time `elapsed` falls, if the session runs on."""
        if self._state is not State.RUNNING or self._started_at is None:
            return None
        return self._started_at + self._paused_total - self._shift + elapsed

    def step_elapsed(self, now: float | None = None) -> float:
        """Seconds into the current step (pauses not counted)."""
        return max(self.elapsed(now) - self._starts[self._index], 0.0)

    # -- events ----------------------------------------------------------------------------
    def handle(self, event: Event) -> None:
        if event not in _ACCEPTS[self._state]:
            raise IllegalTransition(self._state, event)
        now = self._clock.now()
        old, old_index = self._state, self._index
        getattr(self, f"_on_{event.value}")(now)
        # Next and Back always move the timeline (Back may restart the step it is on).
        moved = event in (Event.NEXT, Event.BACK)
        if self._state is not old or self._index != old_index or moved:
            self._notify(Transition(old, self._state, self._index, self._index != old_index, event))

    def start(self, lead_s: float = 0.0) -> None:
        """Start; with `lead_s`, the practice's timeline begins that much after now (so a
        player that schedules ahead has time to place the first cue on time)."""
        self._lead = max(0.0, lead_s)
        self.handle(Event.START)

    def pause(self) -> None:
        self.handle(Event.PAUSE)

    def resume(self) -> None:
        self.handle(Event.RESUME)

    def toggle_pause(self) -> None:
        self.handle(Event.PAUSE if self._state is State.RUNNING else Event.RESUME)

    def next(self) -> None:
        self.handle(Event.NEXT)

    def back(self) -> None:
        self.handle(Event.BACK)

    def stop(self) -> None:
        self.handle(Event.STOP)

    def tick(self) -> None:
        self.handle(Event.TICK)

    # -- handlers --------------------------------------------------------------------------
    def _on_start(self, now: float) -> None:
        self._started_at = now + self._lead
        self._state = State.RUNNING

    def _on_pause(self, now: float) -> None:
        self._advance(now)
        if self._state is State.RUNNING:
            # Within a start's lead the timeline has not begun: the pause begins with it.
            self._paused_at = max(now, self._started_at or now)
            self._state = State.PAUSED

    def _on_resume(self, now: float) -> None:
        assert self._paused_at is not None
        self._paused_total += max(0.0, now - self._paused_at)
        self._paused_at = None
        self._state = State.RUNNING

    def _on_next(self, now: float) -> None:
        if self._index + 1 >= len(self.practice.steps):
            self._shift += self.practice.total_s - self.elapsed(now)
            self._finish(now)
            return
        self._jump_to(self._index + 1, now)

    def _on_back(self, now: float) -> None:
        # Back restarts the current step; from its very beginning it goes one further back.
        target = self._index
        if self.elapsed(now) - self._starts[self._index] < 1.0 and self._index > 0:
            target -= 1
        self._jump_to(target, now)

    def _on_stop(self, now: float) -> None:
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None
        self._ended_at = now
        self._state = State.STOPPED

    def _on_tick(self, now: float) -> None:
        if self._state is State.RUNNING:
            self._advance(now)

    # -- helpers ---------------------------------------------------------------------------
    def _jump_to(self, index: int, now: float) -> None:
        # From the unclamped position: a session whose end passed without a tick (a late
        # timer) must still land exactly on the step's start, not past it by the overshoot.
        position = self.running_time(now) + self._shift
        self._shift += self._starts[index] - position
        self._index = index

    def _advance(self, now: float) -> None:
        """Move to the step that the clock says is current; finish at the end."""
        # A deadline computed in floating point can land a hair before the boundary it
        # names; treat anything within a microsecond as reached so a timer never spins.
        t = self.elapsed(now) + _EPSILON
        if t >= self.practice.total_s:
            self._finish(now)
            return
        while self._index + 1 < len(self._starts) and t >= self._starts[self._index + 1]:
            self._index += 1

    def _finish(self, now: float) -> None:
        deadline = self._started_at_for_end()
        # When the end comes from the clock, record the exact deadline, not the late tick.
        self._ended_at = min(now, deadline) if deadline is not None else now
        if self._paused_at is not None:
            self._paused_total += now - self._paused_at
            self._paused_at = None
        self._state = State.FINISHED

    def _started_at_for_end(self) -> float | None:
        if self._started_at is None or self._paused_at is not None:
            return None
        return self._started_at + self._paused_total - self._shift + self.practice.total_s

    def _notify(self, transition: Transition) -> None:
        for listener in list(self._listeners):
            listener(transition)
