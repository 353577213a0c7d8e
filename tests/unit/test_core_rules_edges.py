"""Kind's plain rules at their edges, where a person would notice a slip: the heaviness typed
as digits, how long the history says a moment took, the last two weeks of check-ins, a step
scale, a desktop's two readings together, the test hooks for the room's timings, a kind day
that ends at the person's own midnight, the letter's anniversary in leap years, a name for
giving and receiving, the kind phrases found, grounding's log line, and what reminders respect.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from kindapp.core.care import HEAVINESS_MAX, TEN_WITHIN_S, heaviness_typed, sounds_hollow
from kindapp.core.clock import FakeClock
from kindapp.core.history import MOMENT_BELOW_S, HistoryEntry, Length, how_long, pairs
from kindapp.core.kind_day import DayState, day_state
from kindapp.core.kind_day_store import KindDay
from kindapp.core.my_words import MyWords, with_found_phrases
from kindapp.core.past_self import is_anniversary
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.practices.giving_receiving import MAX_NAME_CHARS, clean_name
from kindapp.core.reminders import ReminderPlan, next_due
from kindapp.core.room import Reading, Respect, Timings, timings_from
from kindapp.core.session import State

# -- the heaviness, typed -------------------------------------------------------------------


def test_every_digit_is_its_own_heaviness_and_1_then_0_soon_is_ten() -> None:
    for digit in range(10):
        assert heaviness_typed(digit, None, None) == digit
    assert heaviness_typed(9, 1, 0.1) == 9
    assert heaviness_typed(0, 1, 0.0) == HEAVINESS_MAX == 10  # at once
    assert heaviness_typed(0, 1, TEN_WITHIN_S) == 10  # at the edge still
    assert heaviness_typed(0, 1, TEN_WITHIN_S + 0.01) == 0  # too late: a new 0
    assert heaviness_typed(0, 1, -0.01) == 0  # a clock that went back: no guess
    assert heaviness_typed(0, 2, 0.1) == 0
    assert heaviness_typed(0, 1, None) == 0
    for bad in (-1, 10, 11):
        with pytest.raises(ValueError, match=f"a digit is 0..9, not {bad}"):
            heaviness_typed(bad, None, None)


def test_hollow_words_are_found_inside_quotes_and_punctuation() -> None:
    assert sounds_hollow("It feels „fake“.")
    assert sounds_hollow("(fake)")
    assert not sounds_hollow("It feels warm.")


# -- the history ------------------------------------------------------------------------------


def test_how_long_a_moment_took_in_words() -> None:
    assert how_long("break", MOMENT_BELOW_S - 0.1) == (Length.MOMENT, 0)
    assert how_long("break", MOMENT_BELOW_S) == (Length.MINUTES, 1)  # 30 s: "1 min"
    assert how_long("break", 89.0) == (Length.MINUTES, 1)
    assert how_long("break", 91.0) == (Length.MINUTES, 2)
    assert how_long("breathe", 30 * 60.0) == (Length.MINUTES, 30)
    assert how_long("breathe", 59 * 60.0 + 40) == (Length.MINUTES, 60)  # 3580 s: 59.7 min
    assert how_long("kind_day", 3600.0) == (Length.NONE, 0)


def _entry(i: int, day: int, before: int | None = 3, after: int | None = 2) -> HistoryEntry:
    started = datetime(2026, 11, day, 9, 0, tzinfo=UTC)
    return HistoryEntry(i, "break", "quick", started, 60.0, "finished", before, after)


def test_the_check_in_pairs_are_the_last_two_weeks_oldest_first() -> None:
    entries = [_entry(i, i) for i in range(1, 21)] + [_entry(99, 25, before=None)]
    got = pairs(entries)
    assert len(got) == 14  # a fortnight by default
    assert [p.entry_id for p in got] == list(range(7, 21))
    assert [p.entry_id for p in pairs(entries, limit=3)] == [18, 19, 20]
    assert pairs(entries, limit=0) == [] and pairs(entries, limit=-1) == []


# -- a practice's steps, scaled for tests ------------------------------------------------------


def test_a_step_scale_is_more_than_nothing_and_at_most_one() -> None:
    assert BREAK_QUICK.scaled(1.0).total_s == pytest.approx(BREAK_QUICK.total_s)
    assert BREAK_QUICK.scaled(0.5).total_s == pytest.approx(BREAK_QUICK.total_s / 2)
    for bad in (0.0, -0.5, 1.01):
        with pytest.raises(ValueError, match=r"a step scale is in \(0, 1\]"):
            BREAK_QUICK.scaled(bad)


# -- reading the room --------------------------------------------------------------------------


def test_two_readings_together_yes_wins_no_beats_dont_know() -> None:
    unknown = Reading()
    yes = Reading(idle_s=400.0, locked=True, dnd=True, inhibited=True, fullscreen=True)
    no = Reading(idle_s=5.0, locked=False, dnd=False, inhibited=False, fullscreen=False)
    assert unknown.merged(unknown) == unknown
    assert unknown.merged(yes) == yes and yes.merged(unknown) == yes
    assert unknown.merged(no) == no and no.merged(unknown) == no
    both = Reading(idle_s=5.0, locked=True, dnd=True, inhibited=True, fullscreen=True)
    assert yes.merged(no) == both and no.merged(yes) == both
    assert no.merged(no) == no
    # each field on its own, so that no field is read from the wrong side
    for name in ("locked", "dnd", "inhibited", "fullscreen"):
        only = Reading(**{name: True})  # type: ignore[arg-type]
        assert getattr(only.merged(no), name) is True
        assert getattr(no.merged(only), name) is True
        assert getattr(unknown.merged(only), name) is True
        assert getattr(only.merged(unknown), name) is True


def test_the_rooms_timings_come_from_the_test_hooks_or_the_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert timings_from({}) == Timings()
    assert timings_from({"KIND_TEST_AWAY_AFTER_S": "2.5"}).away_after_s == 2.5
    assert timings_from({"KIND_TEST_AWAY_AFTER_S": ""}) == Timings()
    monkeypatch.setenv("KIND_TEST_ROOM_RECHECK_S", "0.5")
    monkeypatch.delenv("KIND_TEST_AWAY_AFTER_S", raising=False)
    monkeypatch.delenv("KIND_TEST_LONG_ABSENCE_S", raising=False)
    assert timings_from() == Timings(recheck_s=0.5)
    with pytest.raises(ValueError, match="KIND_TEST_LONG_ABSENCE_S is a number of seconds"):
        timings_from({"KIND_TEST_LONG_ABSENCE_S": "soon"})


def test_reminders_respect_exactly_what_the_person_left_on() -> None:
    assert ReminderPlan().respect() == Respect(away=True, dnd=True, busy=True)
    assert ReminderPlan(respect_away=False).respect() == Respect(away=False)
    assert ReminderPlan(respect_dnd=False).respect() == Respect(dnd=False)
    assert ReminderPlan(respect_busy=False).respect() == Respect(busy=False)


# -- a kind day ends at the person's own midnight -------------------------------------------------


def test_a_kind_day_is_over_at_midnight_where_it_was_begun() -> None:
    kiribati = timezone(timedelta(hours=14))
    started = datetime(2026, 12, 3, 23, 30, tzinfo=kiribati)
    # kept in UTC, as the journal keeps instants: 09:30 UTC on the same date
    day = KindDay(1, "u", date(2026, 12, 3), started.astimezone(UTC), "be gentle")
    assert day_state(day, datetime(2026, 12, 3, 23, 59, tzinfo=kiribati)) is DayState.GOING_ON
    # half an hour after midnight in Kiribati (10:30 UTC, still the 3rd there): over
    after = datetime(2026, 12, 4, 0, 30, tzinfo=kiribati)
    assert day_state(day, after) is DayState.NOT_STARTED


# -- a letter's anniversary -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "leap"),
    [(2027, False), (2028, True), (2100, False), (2200, False), (2400, True), (2404, True)],
)
def test_a_letter_of_the_29th_of_february_comes_back_on_the_28th_in_other_years(
    year: int, leap: bool
) -> None:
    written = date(2024, 2, 29)
    assert is_anniversary(written, date(year, 2, 28)) is not leap
    if leap:
        assert is_anniversary(written, date(year, 2, 29))


# -- giving and receiving: the name of someone --------------------------------------------------


def test_a_name_is_tidied_and_at_most_forty_characters() -> None:
    assert clean_name("  Anna   Maria \n") == "Anna Maria"
    assert clean_name("") == ""
    name = "A" * MAX_NAME_CHARS
    assert MAX_NAME_CHARS == 40 and clean_name(name) == name
    with pytest.raises(ValueError, match="a name is at most 40 characters"):
        clean_name(name + "B")


# -- the kind phrases found ----------------------------------------------------------------------


def test_at_most_thirty_kind_phrases_the_found_ones_first() -> None:
    kept = tuple(f"kept {i}" for i in range(30))
    words = MyWords({}, kept, "kept 0")
    found = with_found_phrases(words, ("May I be kind to myself", " "), kindness=True)
    assert len(found.touch_own_phrases) == 30
    assert found.touch_own_phrases[0] == "May I be kind to myself"
    assert found.touch_own_phrases[-1] == "kept 28"  # the oldest kept one gives way
    assert found.own_words == {"kindness": "May I be kind to myself"}
    assert found.touch_phrase == "kept 0"


# -- grounding in a practice ---------------------------------------------------------------------


class _Quiet:
    scheduling = False

    def play(self, cue: str) -> None: ...

    def schedule(self, cues: object) -> None: ...

    def end_practice(self) -> None: ...


def test_grounding_pauses_logs_when_and_ends_as_it_was(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock(500.0)
    run = PracticeRun(BREAK_QUICK, clock, _Quiet(), lambda r: None)
    assert run.ground() is False and run.grounding is False  # nothing under way
    run.start()
    caplog.set_level(logging.INFO, logger="kindapp.events")
    clock.advance(2.0)
    assert run.ground() is True and run.grounding is True
    assert run.session.state is State.PAUSED
    assert [r.getMessage() for r in caplog.records if "ground" in r.getMessage()] == [
        "practice-ground at=502.000000"
    ]
    assert run.ground() is True  # again: still grounding, logged once
    assert len([r for r in caplog.records if "practice-ground" in r.getMessage()]) == 1
    run.end_grounding()
    assert run.grounding is False and run.session.state is State.RUNNING


# -- reminders: when the next one comes --------------------------------------------------------


def test_active_hours_that_begin_and_end_at_the_same_time_run_round_the_clock() -> None:
    plan = ReminderPlan(enabled=True, every_h=6.0, active_from=time(9, 0), active_to=time(9, 0))
    now = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)
    assert next_due(plan, now) == datetime(2026, 12, 3, 21, 0, tzinfo=UTC)
    assert next_due(plan, datetime(2026, 12, 3, 22, 0, tzinfo=UTC)) == datetime(
        2026, 12, 4, 3, 0, tzinfo=UTC
    )


def test_every_few_hours_needs_no_times_of_day() -> None:
    plan = ReminderPlan(enabled=True, mode="interval", every_h=2.0, times=())
    now = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert next_due(plan, now) == datetime(2026, 12, 3, 11, 0, tzinfo=UTC)
    assert next_due(ReminderPlan(enabled=True, mode="times", times=()), now) is None
    with pytest.raises(ValueError, match="now must be timezone-aware"):
        next_due(plan, now.replace(tzinfo=None))
