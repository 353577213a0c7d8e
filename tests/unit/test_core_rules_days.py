"""A kind day's invitations and the one-off reminders, as the person meets them: the evening
look back at its edges (a late start, close to midnight), the invitations and the evening in
the person's own zone with their words, a next step reminded only while still to come, and a
reminder plan that comes back whole from settings.json (kindapp.core.kind_day,
kindapp.core.nudges, kindapp.core.reminders)."""

from __future__ import annotations

import time as time_module
from collections.abc import Iterator
from datetime import UTC, date, datetime
from datetime import time as clock_time
from zoneinfo import ZoneInfo

import pytest

from kindapp.core import kind_day
from kindapp.core.kind_day import (
    EVENING_KEY,
    INVITATION_KEY,
    NudgeKind,
    day_nudges,
    kind_day_nudges,
)
from kindapp.core.kind_day_store import KindDay
from kindapp.core.reminders import ReminderPlan
from kindapp.core.writing.in_the_way import (
    STEP_KEY,
    STEP_REMINDER_TEXT,
    STEP_REMINDER_TITLE,
    step_nudges,
)
from kindapp.core.writing.in_the_way_store import InTheWay

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own zone is UTC, the person's Berlin: a rule that read the computer's
    zone instead of the person's would be an hour off."""
    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


def _at(h: int, m: int, s: int = 0) -> datetime:
    return datetime(2026, 12, 3, h, m, s, tzinfo=BERLIN)


@pytest.mark.usefixtures("computer_in_utc")
@pytest.mark.parametrize(
    ("start", "evening"),
    [
        (_at(19, 10), _at(20, 10)),  # begun after 19:00: an hour later, not at 20:00
        (_at(19, 0), _at(20, 0)),
        (_at(23, 40), _at(23, 45)),  # the last call is 23:30: five minutes on, no later
        (_at(23, 55), _at(23, 57, 30)),  # five minutes would be midnight: halfway there
        (_at(23, 58), _at(23, 59)),
    ],
)
def test_the_evening_look_back_of_a_late_day(start: datetime, evening: datetime) -> None:
    found = kind_day_nudges(start)
    assert [(n.kind, n.at) for n in found] == [(NudgeKind.EVENING, evening)]
    assert found[0].at < kind_day.day_ends(start)


def test_a_kind_day_needs_to_know_its_zone() -> None:
    with pytest.raises(ValueError, match="started must be timezone-aware"):
        kind_day_nudges(datetime(2026, 12, 3, 8, 0))


def _day(started: datetime, kind_moment: str = "") -> KindDay:
    return KindDay(1, "u", started.date(), started.astimezone(UTC), "gentle", kind_moment)


@pytest.mark.usefixtures("computer_in_utc")
def test_the_days_invitations_and_evening_in_the_persons_zone_with_their_words() -> None:
    day = _day(_at(8, 0))
    found = day_nudges(day, _at(9, 0))
    assert [(o.at, o.key, o.title, o.text) for o in found] == [
        (_at(12, 0), INVITATION_KEY, kind_day.INVITATION_TITLE, kind_day.INVITATIONS[0]),
        (_at(16, 0), INVITATION_KEY, kind_day.INVITATION_TITLE, kind_day.INVITATIONS[1]),
        (_at(20, 0), EVENING_KEY, kind_day.INVITATION_TITLE, kind_day.EVENING_TEXT),
    ]
    # exactly at the first invitation: it is due now, not still to come; the rest are
    assert [o.at for o in day_nudges(day, _at(12, 0))] == [_at(16, 0), _at(20, 0)]
    assert [o.at for o in day_nudges(day, _at(17, 0))] == [_at(20, 0)]
    # looked back on already: nothing more for the day
    assert day_nudges(_day(_at(8, 0), kind_moment="a walk"), _at(9, 0)) == []


def test_a_next_step_is_reminded_only_while_still_to_come() -> None:
    def step(remind_at: datetime | None) -> InTheWay:
        return InTheWay(1, "u", _at(8, 0), "tax", "too_much", "", "", "open the letter", remind_at)

    (one,) = step_nudges([step(_at(18, 30))], _at(9, 0))
    assert (one.at, one.key, one.title, one.text, one.detail) == (
        _at(18, 30),
        STEP_KEY,
        STEP_REMINDER_TITLE,
        STEP_REMINDER_TEXT,
        "open the letter",
    )
    assert step_nudges([step(_at(9, 0))], _at(9, 0)) == []  # due now: not pending
    assert step_nudges([step(None)], _at(9, 0)) == []


def test_a_reminder_plan_comes_back_whole_from_settings() -> None:
    plan = ReminderPlan(
        enabled=True,
        mode="times",
        every_h=3.0,
        active_from=clock_time(8, 15),
        active_to=clock_time(17, 45),
        times=(clock_time(7, 0), clock_time(21, 30)),
        quiet_days=frozenset({5, 6}),
        snoozed_until=datetime(2026, 12, 4, 9, 0, tzinfo=UTC),
        respect_away=False,
        respect_dnd=False,
        respect_busy=False,
    )
    assert ReminderPlan.from_dict(plan.to_dict()) == plan
    assert ReminderPlan.from_dict({}) == ReminderPlan()
    assert date(2026, 12, 5).weekday() in plan.quiet_days  # a Saturday


def test_invitations_come_while_a_third_of_what_is_left_is_three_quarters_of_an_hour() -> None:
    found = kind_day_nudges(_at(17, 45))  # 2 h 15 min to the evening: thirds of 45 min
    assert [(n.kind, n.n, n.at) for n in found] == [
        (NudgeKind.INVITATION, 0, _at(18, 30)),
        (NudgeKind.INVITATION, 1, _at(19, 15)),
        (NudgeKind.EVENING, 0, _at(20, 0)),
    ]
    assert [n.kind for n in kind_day_nudges(_at(17, 46))] == [NudgeKind.EVENING]
