"""The session state machine, driven by a FakeClock."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindapp.core.clock import FakeClock
from kindapp.core.practices import BREAK_GUIDED, BREAK_QUICK, Practice, Step, StepKind
from kindapp.core.session import Event, IllegalTransition, Session, State, Transition

THREE = Practice(
    "t",
    "m",
    "Test",
    tuple(Step(f"s{i}", StepKind.PHRASE, "t", "x", d) for i, d in enumerate((5.0, 7.0, 3.0))),
)


def make(practice: Practice = THREE) -> tuple[Session, FakeClock, list[Transition]]:
    clock = FakeClock()
    s = Session(practice, clock)
    seen: list[Transition] = []
    s.add_listener(seen.append)
    return s, clock, seen


def test_runs_through_steps_on_the_clock_and_finishes_on_time():
    s, clock, seen = make()
    s.start()
    assert s.state is State.RUNNING and s.step_index == 0
    assert s.next_deadline() == pytest.approx(clock.now() + 5.0)
    clock.advance(5.0)
    s.tick()
    assert s.step_index == 1
    clock.advance(7.0 + 3.0 + 0.4)  # a late tick must not move the recorded end
    s.tick()
    assert s.state is State.FINISHED
    assert s.ended_at == pytest.approx(s.started_at + 15.0)
    assert s.running_time() == pytest.approx(15.0)
    assert [t.new for t in seen] == [State.RUNNING, State.RUNNING, State.FINISHED]


def test_pause_shifts_deadlines_by_the_time_paused():
    s, clock, _ = make()
    s.start()
    clock.advance(2.0)
    s.pause()
    assert s.next_deadline() is None
    clock.advance(100.0)
    s.tick()
    assert s.state is State.PAUSED and s.elapsed() == pytest.approx(2.0)
    s.resume()
    assert s.next_deadline() == pytest.approx(clock.now() + 3.0)


def test_next_and_back_move_between_steps():
    s, clock, seen = make()
    s.start()
    clock.advance(1.0)
    s.next()
    assert s.step_index == 1 and s.elapsed() == pytest.approx(5.0)
    assert seen[-1].step_changed and seen[-1].event is Event.NEXT
    clock.advance(2.0)
    s.back()  # two seconds into a step: back to its start
    assert s.step_index == 1 and s.elapsed() == pytest.approx(5.0)
    s.back()  # at its very start: to the previous step
    assert s.step_index == 0 and s.elapsed() == pytest.approx(0.0)
    s.next()
    s.next()
    s.next()
    assert s.state is State.FINISHED


def test_illegal_events_raise_a_clear_error():
    s, _, _ = make()
    with pytest.raises(IllegalTransition, match="cannot pause a session that is ready"):
        s.pause()
    s.start()
    with pytest.raises(IllegalTransition, match="cannot resume a session that is running"):
        s.resume()
    s.stop()
    with pytest.raises(IllegalTransition, match="cannot start a session that is stopped"):
        s.start()
    s.tick()  # ticks after the end are harmless


def test_stop_while_paused_counts_only_running_time():
    s, clock, _ = make()
    s.start()
    clock.advance(4.0)
    s.pause()
    clock.advance(60.0)
    s.stop()
    assert s.state is State.STOPPED
    assert s.running_time() == pytest.approx(4.0)


def test_built_in_break_lengths():
    assert 50 <= BREAK_QUICK.total_s <= 70
    assert 270 <= BREAK_GUIDED.total_s <= 330
    for practice in (BREAK_QUICK, BREAK_GUIDED):
        assert all(step.cue for step in practice.steps)
        assert practice.end_cue == "closing_bell"


actions = st.lists(
    st.tuples(st.sampled_from(list(Event)), st.floats(min_value=0.0, max_value=20.0)),
    max_size=40,
)

# The expected behaviour, written from the design and independently of session.py: which
# events each state takes, and where each one puts the practice on its timeline.
LEGAL = {
    State.READY: {Event.START, Event.STOP},
    State.RUNNING: {Event.PAUSE, Event.NEXT, Event.BACK, Event.STOP, Event.TICK},
    State.PAUSED: {Event.RESUME, Event.NEXT, Event.BACK, Event.STOP, Event.TICK},
    State.FINISHED: {Event.TICK},
    State.STOPPED: {Event.TICK},
}
BACK_RESTARTS_AFTER_S = 1.0  # Back within the first second of a step goes to the one before


class Model:
    """A reference session: a position on the practice's timeline, moved by the clock while
    running and by next/back jumps; the shown step only follows the clock on tick or pause."""

    def __init__(self, practice: Practice) -> None:
        self.starts = [
            sum(s.duration_s for s in practice.steps[:i]) for i in range(len(practice.steps))
        ]
        self.total = practice.total_s
        self.state = State.READY
        self.index = 0
        self.base = 0.0  # position when the clock last started or the position last jumped
        self.since = 0.0  # clock time of that moment
        self.ended_at: float | None = None

    def position(self, now: float) -> float:
        """Unclamped: past the end when no tick came in time."""
        return self.base + (now - self.since if self.state is State.RUNNING else 0.0)

    def elapsed(self, now: float) -> float:
        return min(max(self.position(now), 0.0), self.total)

    def _set(self, pos: float, now: float) -> None:
        self.base, self.since = pos, now

    def _finish(self, now: float) -> None:
        overshoot = max(self.position(now) - self.total, 0.0)
        self.ended_at = now - overshoot if self.state is State.RUNNING else now
        self._set(self.total, now)
        self.state = State.FINISHED

    def _catch_up(self, now: float) -> None:
        pos = self.position(now)
        if pos + 1e-6 >= self.total:
            self._finish(now)
            return
        self.index = max(i for i, start in enumerate(self.starts) if pos + 1e-6 >= start)

    def handle(self, event: Event, now: float) -> bool:
        """Apply `event`; False when it is not legal in the current state."""
        if event not in LEGAL[self.state]:
            return False
        if event is Event.START:
            self.state, self.index = State.RUNNING, 0
            self._set(0.0, now)
        elif event is Event.STOP:
            self._set(self.elapsed(now), now)
            self.ended_at, self.state = now, State.STOPPED
        elif event is Event.TICK and self.state is State.RUNNING:
            self._catch_up(now)
        elif event is Event.PAUSE:
            self._catch_up(now)
            if self.state is State.RUNNING:
                self._set(self.position(now), now)
                self.state = State.PAUSED
        elif event is Event.RESUME:
            self._set(self.base, now)
            self.state = State.RUNNING
        elif event is Event.NEXT:
            if self.index + 1 == len(self.starts):
                self._finish(now)
            else:
                self.index += 1
                self._set(self.starts[self.index], now)
        elif event is Event.BACK:
            into = self.elapsed(now) - self.starts[self.index]
            if into < BACK_RESTARTS_AFTER_S and self.index > 0:
                self.index -= 1
            self._set(self.starts[self.index], now)
        return True


@settings(max_examples=600, deadline=None)
@given(actions)
def test_random_event_sequences_behave_like_the_reference_model(steps):
    s, clock, seen = make()
    model = Model(THREE)
    for event, dt in steps:
        clock.advance(dt)
        before = (s.state, s.step_index)
        notified = len(seen)
        legal = model.handle(event, clock.now())
        if not legal:
            with pytest.raises(IllegalTransition):
                s.handle(event)
            assert (s.state, s.step_index) == before and len(seen) == notified
            continue
        s.handle(event)
        where = f"after {event.name} at {clock.now():.3f}: {steps}"
        assert (s.state, s.step_index) == (model.state, model.index), where
        assert s.elapsed() == pytest.approx(model.elapsed(clock.now()), abs=1e-6), where
        assert 0.0 <= s.step_progress() <= 1.0
        # Listeners hear of every change of state or step, and of every Next and Back (the
        # timeline moved, if only to the start of the same step), and only of those.
        changed = (s.state, s.step_index) != before or event in (Event.NEXT, Event.BACK)
        assert len(seen) == notified + (1 if changed else 0), where
        if changed:
            assert (seen[-1].old, seen[-1].new, seen[-1].event) == (before[0], s.state, event)
            assert seen[-1].step_changed == (s.step_index != before[1])
    if model.ended_at is not None:
        assert s.ended_at == pytest.approx(model.ended_at, abs=1e-6)
    assert sum(1 for t in seen if t.new is State.FINISHED) <= 1


def test_back_within_the_first_second_of_a_step_goes_to_the_step_before():
    """One fixed case of the model's Back rule, so the rule itself is pinned down."""
    s, clock, _ = make()
    model = Model(THREE)
    for event, dt in ((Event.START, 0.0), (Event.TICK, 5.5), (Event.BACK, 0.0)):
        clock.advance(dt)
        model.handle(event, clock.now())
        s.handle(event)
    assert s.step_index == model.index == 0  # 0.5 s into step 1: Back goes to step 0


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.floats(min_value=0.01, max_value=9.0)), max_size=30))
def test_without_skips_running_time_equals_the_step_durations(plan):
    """Pausing, resuming and ticking at random never changes how long the practice runs."""
    s, clock, _ = make()
    s.start()
    for toggle, dt in plan:
        clock.advance(dt)
        if s.state in (State.RUNNING, State.PAUSED):
            (s.toggle_pause if toggle else s.tick)()
    if s.state is State.PAUSED:
        s.resume()
    while s.state is State.RUNNING:
        deadline = s.next_deadline()
        assert deadline is not None and deadline >= clock.now() - 1e-9
        clock.set(deadline)
        s.tick()
    assert s.state is State.FINISHED
    assert s.running_time() == pytest.approx(THREE.total_s)


def test_a_scaled_practice_keeps_its_steps_and_cues_and_ends_that_much_sooner() -> None:
    """The test hook KIND_TEST_STEP_SCALE (kindapp.app.step_scale_for_tests): the same practice,
    every step a tenth as long, run to the end on the clock."""
    short = BREAK_GUIDED.scaled(0.1)
    assert [(s.id, s.cue, s.text) for s in short.steps] == [
        (s.id, s.cue, s.text) for s in BREAK_GUIDED.steps
    ]
    assert short.end_cue == BREAK_GUIDED.end_cue
    assert short.total_s == pytest.approx(BREAK_GUIDED.total_s / 10)
    clock = FakeClock()
    session = Session(short, clock)
    session.start()
    clock.advance(short.total_s - 0.01)
    session.tick()
    assert session.state is State.RUNNING
    clock.advance(0.02)
    session.tick()
    assert session.state is State.FINISHED
    for bad in (0.0, -1.0, 1.5):
        with pytest.raises(ValueError):
            BREAK_QUICK.scaled(bad)
