"""Reminders that read the room: the rules (kindapp.core.room), on an injected monotonic clock."""

from __future__ import annotations

import pytest

from kindapp.core.reminders import ReminderPlan
from kindapp.core.room import (
    AWAY_AFTER_S,
    LONG_ABSENCE_S,
    Outcome,
    Reading,
    Reason,
    Respect,
    RoomRules,
    Timings,
    holds,
    timings_from,
)

ALL = Respect()
HERE = Reading(idle_s=2.0, locked=False, dnd=False, inhibited=False, fullscreen=False)


def test_with_nobody_holding_a_due_reminder_is_offered_at_once() -> None:
    rules = RoomRules()
    decision = rules.due(1000.0, HERE, ALL)
    assert decision.outcome is Outcome.REMINDER and not decision.held
    assert not rules.pending


def test_a_desktop_that_cannot_say_anything_never_holds_a_reminder() -> None:
    assert RoomRules().due(0.0, Reading(), ALL).outcome is Outcome.REMINDER


@pytest.mark.parametrize(
    ("reading", "reason"),
    [
        (Reading(idle_s=AWAY_AFTER_S), Reason.AWAY),
        (Reading(locked=True), Reason.LOCKED),
        (Reading(dnd=True), Reason.DND),
        (Reading(inhibited=True), Reason.INHIBITED),
        (Reading(fullscreen=True), Reason.FULLSCREEN),
    ],
)
def test_each_signal_of_the_room_holds_a_reminder(reading: Reading, reason: Reason) -> None:
    decision = RoomRules().due(0.0, reading, ALL)
    assert decision.outcome is Outcome.NOTHING
    assert decision.reasons == (reason,)


def test_idle_just_under_five_minutes_is_still_here() -> None:
    assert holds(Reading(idle_s=AWAY_AFTER_S - 1), ALL) == []
    assert AWAY_AFTER_S == 300.0 and LONG_ABSENCE_S == 1800.0


@pytest.mark.parametrize(
    ("respect", "reading"),
    [
        (Respect(away=False), Reading(idle_s=3600.0, locked=True)),
        (Respect(dnd=False), Reading(dnd=True)),
        (Respect(busy=False), Reading(inhibited=True, fullscreen=True)),
    ],
)
def test_each_rule_turned_off_lets_the_reminder_through(respect: Respect, reading: Reading) -> None:
    assert RoomRules().due(0.0, reading, respect).outcome is Outcome.REMINDER


def test_do_not_disturb_holds_until_it_ends_then_the_reminder_comes_once() -> None:
    rules = RoomRules()
    assert rules.due(0.0, Reading(dnd=True), ALL).held
    assert rules.look(30.0, Reading(dnd=True), ALL).held
    # Two more reminders come due meanwhile: still one held.
    assert rules.due(3600.0, Reading(dnd=True), ALL).held
    assert rules.due(7200.0, Reading(dnd=True), ALL).held
    assert rules.look(7230.0, Reading(dnd=False), ALL).outcome is Outcome.REMINDER
    assert rules.look(7260.0, Reading(dnd=False), ALL).outcome is Outcome.NOTHING


def test_a_film_holds_the_reminder_and_it_is_offered_when_the_film_ends() -> None:
    rules = RoomRules()
    watching = Reading(idle_s=4000.0, inhibited=True)  # no input for an hour, but busy
    decision = rules.due(0.0, watching, Respect(away=False))
    assert decision.reasons == (Reason.INHIBITED,)
    after = rules.look(60.0, Reading(idle_s=3.0, inhibited=False), Respect(away=False))
    assert after.outcome is Outcome.REMINDER


def test_a_short_absence_gives_back_the_held_reminder() -> None:
    rules = RoomRules()
    # Last input at t=0; due at t=400 (idle 400 s: away).
    assert rules.due(400.0, Reading(idle_s=400.0), ALL).reasons == (Reason.AWAY,)
    assert rules.look(430.0, Reading(idle_s=430.0), ALL).held
    # Back at t=600 (seen at t=610, idle 10 s): ten minutes away is not long.
    assert rules.look(610.0, Reading(idle_s=10.0), ALL).outcome is Outcome.REMINDER


def test_after_a_long_absence_one_welcome_back_replaces_every_missed_reminder() -> None:
    rules = RoomRules()
    # Away from t=0; reminders due at 1 h, 2 h and 3 h; back at 3 h 10 min.
    for due in (3600.0, 7200.0, 10800.0):
        assert rules.due(due, Reading(idle_s=due), ALL).held
        assert rules.long_absence()
    assert rules.look(11400.0 + 5, Reading(idle_s=5.0), ALL).outcome is Outcome.WELCOME_BACK
    assert not rules.pending
    # Only one: looking again offers nothing more.
    assert rules.look(11460.0, Reading(idle_s=60.0), ALL).outcome is Outcome.NOTHING
    # And the next reminder is an ordinary one again.
    assert rules.due(15000.0, HERE, ALL).outcome is Outcome.REMINDER


def test_the_absence_is_counted_from_the_last_input_to_the_first_one_back() -> None:
    rules = RoomRules(Timings(away_after_s=300.0, long_absence_s=1800.0))
    # Due at t=1000 with idle 700 s: away since t=300. Seen back at t=2150 with idle 60 s:
    # back at t=2090, away 1790 s (just under half an hour): the reminder itself.
    assert rules.due(1000.0, Reading(idle_s=700.0), ALL).held
    assert rules.look(2150.0, Reading(idle_s=60.0), ALL).outcome is Outcome.REMINDER
    # The same with the person back at t=2110 instead: 1810 s away, a long absence.
    rules = RoomRules(Timings(away_after_s=300.0, long_absence_s=1800.0))
    assert rules.due(1000.0, Reading(idle_s=700.0), ALL).held
    assert rules.look(2150.0, Reading(idle_s=40.0), ALL).outcome is Outcome.WELCOME_BACK


def test_a_locked_screen_is_an_absence_from_when_it_was_seen_locked() -> None:
    rules = RoomRules()
    assert rules.due(0.0, Reading(locked=True), ALL).reasons == (Reason.LOCKED,)
    assert rules.look(LONG_ABSENCE_S - 60, Reading(locked=True), ALL).held
    assert not rules.long_absence()
    assert rules.look(LONG_ABSENCE_S + 1, Reading(locked=True), ALL).held
    assert rules.long_absence()
    back = rules.look(LONG_ABSENCE_S + 30, Reading(locked=False), ALL)
    assert back.outcome is Outcome.WELCOME_BACK


def test_back_from_a_long_absence_into_do_not_disturb_waits_then_welcomes() -> None:
    rules = RoomRules()
    assert rules.due(4000.0, Reading(idle_s=4000.0), ALL).held
    still = rules.look(4030.0, Reading(idle_s=1.0, dnd=True), ALL)
    assert still.reasons == (Reason.DND,)
    assert rules.look(4100.0, Reading(idle_s=2.0, dnd=False), ALL).outcome is (Outcome.WELCOME_BACK)


def test_looking_with_nothing_held_offers_nothing() -> None:
    rules = RoomRules()
    assert rules.look(0.0, HERE, ALL).outcome is Outcome.NOTHING
    rules.due(0.0, Reading(dnd=True), ALL)
    rules.clear()
    assert rules.look(10.0, HERE, ALL).outcome is Outcome.NOTHING


def test_two_sources_merge_toward_the_person_being_here() -> None:
    x11 = Reading(idle_s=900.0, fullscreen=False)
    gnome = Reading(idle_s=4.0, locked=False, inhibited=True)
    both = x11.merged(gnome)
    assert both == Reading(idle_s=4.0, locked=False, dnd=None, inhibited=True, fullscreen=False)
    assert Reading().merged(Reading()) == Reading()


def test_the_test_hooks_shorten_the_timings_and_refuse_nonsense() -> None:
    assert timings_from({}) == Timings()
    short = timings_from({"KIND_TEST_AWAY_AFTER_S": "2", "KIND_TEST_LONG_ABSENCE_S": "8"})
    assert (short.away_after_s, short.long_absence_s, short.recheck_s) == (2.0, 8.0, 30.0)
    with pytest.raises(ValueError, match="KIND_TEST_ROOM_RECHECK_S"):
        timings_from({"KIND_TEST_ROOM_RECHECK_S": "soon"})
    with pytest.raises(ValueError, match="recheck_s"):
        timings_from({"KIND_TEST_ROOM_RECHECK_S": "0"})


def test_the_plan_keeps_what_kind_respects() -> None:
    plan = ReminderPlan(respect_dnd=False)
    data = plan.to_dict()
    assert data["respect_away"] is True and data["respect_dnd"] is False
    again = ReminderPlan.from_dict(data)
    assert again.respect() == Respect(away=True, dnd=False, busy=True)
    # A plan written before these existed respects everything.
    old = {k: v for k, v in data.items() if not k.startswith("respect_")}
    assert ReminderPlan.from_dict(old).respect() == Respect()
    with pytest.raises(ValueError, match="respect_busy"):
        ReminderPlan.from_dict({**data, "respect_busy": "yes"})
