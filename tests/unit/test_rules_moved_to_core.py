"""Decisions that used to live in widgets, now plain rules: what follows a practice, whether
the check-in comes first, the sounds a practice needs, where today's kind day stands, and
when the letters lock again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from kindapp.core.breathing import DEFAULT_PATTERN, pattern_for
from kindapp.core.care import AfterPractice, after_practice, checkin_first
from kindapp.core.kind_day import DayState, day_state
from kindapp.core.kind_day_store import KindDay
from kindapp.core.lock_rules import PRIVATE_SCREENS, leave_for_home, may_lock_now
from kindapp.core.navigation import Screen
from kindapp.core.practices import practice_for
from kindapp.core.practices.breathe import breathe_practice


def ended(**overrides: object) -> AfterPractice:
    values: dict[str, object] = {
        "grounding": False,
        "checkins_on": True,
        "practice_id": "break",
        "practised_s": 60.0,
        "recorded": True,
    }
    values.update(overrides)
    return after_practice(**values)  # type: ignore[arg-type]


def test_after_a_practice_grounding_first_then_the_checkin_then_done() -> None:
    assert ended() is AfterPractice.CHECKIN
    assert ended(grounding=True) is AfterPractice.BACKDRAFT_CARE
    assert ended(grounding=True, checkins_on=False) is AfterPractice.BACKDRAFT_CARE
    assert ended(checkins_on=False) is AfterPractice.DONE
    assert ended(practice_id="ground") is AfterPractice.DONE
    assert ended(recorded=False) is AfterPractice.DONE  # locked: nothing to keep it with
    assert ended(practised_s=10.0) is AfterPractice.CHECKIN
    assert ended(practised_s=9.9) is AfterPractice.DONE


def test_the_checkin_comes_first_only_from_kinds_own_screens_with_checkins_on() -> None:
    assert checkin_first(ask_first=True, checkins_on=True)
    assert not checkin_first(ask_first=False, checkins_on=True)  # tray, --break
    assert not checkin_first(ask_first=True, checkins_on=False)


def test_a_practice_names_the_sounds_it_needs() -> None:
    quick = practice_for("break", "quick")
    assert quick.cues(breath_sounds=True) == [s.cue for s in quick.steps if s.cue] + [
        "closing_bell"
    ]  # no step is paced: no breath sounds
    paced = breathe_practice(60.0, pattern_for(DEFAULT_PATTERN))
    with_breath = paced.cues(breath_sounds=True)
    assert with_breath[-2:] == ["inhale", "exhale"]
    assert paced.cues(breath_sounds=False) == with_breath[:-2]


ZONE = timezone(timedelta(hours=1))


def day(started: datetime, kind: str = "", hard: str = "") -> KindDay:
    return KindDay(1, "u", started.date(), started, "gently", kind, hard)


def test_today_s_kind_day_from_the_morning_to_the_look_back() -> None:
    morning = datetime(2026, 3, 2, 8, 0, tzinfo=ZONE)
    noon = morning + timedelta(hours=4)
    assert day_state(None, noon) is DayState.NOT_STARTED
    assert day_state(day(morning), noon) is DayState.GOING_ON
    assert day_state(day(morning, kind="a walk"), noon) is DayState.LOOKED_BACK
    assert day_state(day(morning, hard="the call"), noon) is DayState.LOOKED_BACK
    # Yesterday's is over, looked back on or not; a start stored in UTC counts in local time.
    assert day_state(day(morning), noon + timedelta(days=1)) is DayState.NOT_STARTED
    assert day_state(day(morning.astimezone(UTC)), noon) is DayState.GOING_ON
    assert day_state(day(morning), morning - timedelta(minutes=1)) is DayState.NOT_STARTED
    assert date(2026, 3, 2) == day(morning).day


@pytest.mark.parametrize("screen", list(Screen))
def test_the_letters_lock_except_during_a_reframe_and_private_screens_give_way(
    screen: Screen,
) -> None:
    assert may_lock_now(screen) is (screen is not Screen.REFRAME)
    assert leave_for_home(screen, locked=False) is False
    assert leave_for_home(screen, locked=True) is (screen in PRIVATE_SCREENS)
    assert may_lock_now(None) and not leave_for_home(None, locked=True)
