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


@settings(max_examples=400, deadline=None)
@given(actions)
def test_random_event_sequences_keep_the_invariants(steps):
    s, clock, seen = make()
    finished = 0
    s.add_listener(lambda t: None)
    for event, dt in steps:
        clock.advance(dt)
        try:
            s.handle(event)
        except IllegalTransition as exc:
            assert event not in _accepted(exc.state)
            continue
        assert s.elapsed() >= 0.0
        assert 0.0 <= s.step_progress() <= 1.0
        assert s.running_time() >= 0.0
        assert 0 <= s.step_index < len(THREE.steps)
    finished = sum(1 for t in seen if t.new is State.FINISHED)
    assert finished <= 1
    if s.state is State.FINISHED:
        assert s.elapsed() == pytest.approx(THREE.total_s)
    # Every notification says what really changed.
    for t in seen:
        assert t.old is not t.new or t.step_changed


def _accepted(state: State) -> set[Event]:
    from kindapp.core.session import _ACCEPTS

    return set(_ACCEPTS[state])


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
