"""Reminder scheduling with an injected clock: intervals, active hours, quiet days, snooze,
clock jumps, daylight saving time (Europe/Berlin) and a time-zone change."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kindapp.core.reminders import (
    REMINDER_TEXTS,
    ReminderPlan,
    detect_jump,
    local_zone,
    next_due,
    reminder_text,
    seconds_between,
    wall_to_instant,
)

BERLIN = ZoneInfo("Europe/Berlin")
TOKYO = ZoneInfo("Asia/Tokyo")
# 2025-06-02 is a Monday.
MON = datetime(2025, 6, 2, tzinfo=BERLIN)


def at(day: datetime, h: int, m: int = 0) -> datetime:
    return day.replace(hour=h, minute=m)


def plan(**kw: object) -> ReminderPlan:
    base: dict[str, object] = {
        "enabled": True,
        "every_h": 2.0,
        "active_from": time(9),
        "active_to": time(18),
    }
    base.update(kw)
    return ReminderPlan(**base)  # type: ignore[arg-type]


def walk(p: ReminderPlan, start: datetime, n: int) -> list[datetime]:
    out, now = [], start
    for _ in range(n):
        due = next_due(p, now)
        assert due is not None
        out.append(due)
        now = due
    return out


def walls(dues: list[datetime]) -> list[str]:
    return [d.strftime("%a %H:%M%z") for d in dues]


# -- the plan ---------------------------------------------------------------------------------


def test_off_by_default_and_never_due() -> None:
    assert ReminderPlan().enabled is False
    assert next_due(ReminderPlan(), at(MON, 8)) is None


def test_round_trip_through_a_dict() -> None:
    p = plan(
        mode="times",
        times=(time(15), time(9, 30), time(15)),
        quiet_days=frozenset({5, 6}),
        snoozed_until=at(MON, 12),
    )
    assert p.times == (time(9, 30), time(15))  # sorted, no repeats
    d = p.to_dict()
    assert d["times"] == ["09:30", "15:00"] and d["quiet_days"] == [5, 6]
    assert ReminderPlan.from_dict(d) == p
    assert ReminderPlan.from_dict({}) == ReminderPlan()


@pytest.mark.parametrize(
    "bad",
    [
        {"mode": "hourly"},
        {"every_h": 0.25},
        {"every_h": 13},
        {"every_h": True},
        {"quiet_days": [7]},
        {"times": ["25:00"]},
        {"snoozed_until": "2025-06-02T12:00:00"},
        {"active_from": 9},
        {"enabled": "yes"},
        {"colour": "red"},
        {"times": "10:00"},
    ],
)
def test_malformed_dicts_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        ReminderPlan.from_dict(bad)


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        next_due(plan(), datetime(2025, 6, 2, 9))


# -- intervals and active hours -----------------------------------------------------------


def test_interval_is_anchored_at_the_start_of_active_hours() -> None:
    assert walls(walk(plan(), at(MON, 7), 6)) == [
        "Mon 09:00+0200",
        "Mon 11:00+0200",
        "Mon 13:00+0200",
        "Mon 15:00+0200",
        "Mon 17:00+0200",
        "Tue 09:00+0200",
    ]


def test_from_the_middle_of_the_day_the_next_slot_not_now_plus_interval() -> None:
    assert next_due(plan(), at(MON, 12, 10)) == at(MON, 13)
    assert next_due(plan(every_h=1.5), at(MON, 12, 10)) == at(MON, 13, 30)


def test_a_due_time_is_strictly_after_now() -> None:
    assert next_due(plan(), at(MON, 11)) == at(MON, 13)


def test_active_to_is_exclusive_and_half_hours_work() -> None:
    p = plan(every_h=0.5, active_from=time(17), active_to=time(18))
    assert walls(walk(p, at(MON, 16), 3)) == ["Mon 17:00+0200", "Mon 17:30+0200", "Tue 17:00+0200"]


def test_active_hours_past_midnight_belong_to_the_day_they_start() -> None:
    p = plan(every_h=2, active_from=time(20), active_to=time(2), quiet_days=frozenset({1}))
    # Monday's window runs into Tuesday night; Tuesday (quiet) has no window of its own.
    assert walls(walk(p, at(MON, 19), 4)) == [
        "Mon 20:00+0200",
        "Mon 22:00+0200",
        "Tue 00:00+0200",
        "Wed 20:00+0200",
    ]


# -- chosen times, quiet days, snooze -----------------------------------------------------


def test_times_mode_gives_the_next_listed_time() -> None:
    p = plan(mode="times", times=(time(10, 30), time(15)))
    assert walls(walk(p, at(MON, 11), 3)) == ["Mon 15:00+0200", "Tue 10:30+0200", "Tue 15:00+0200"]
    assert next_due(plan(mode="times", times=()), at(MON, 11)) is None


def test_quiet_days_are_skipped() -> None:
    friday_evening = at(MON + timedelta(days=4), 18)
    p = plan(quiet_days=frozenset({5, 6}))
    assert next_due(p, friday_evening) == at(MON + timedelta(days=7), 9)
    assert next_due(plan(quiet_days=frozenset(range(7))), friday_evening) is None


def test_snooze_drops_reminders_until_it_ends() -> None:
    p = plan(snoozed_until=at(MON, 12))
    assert next_due(p, at(MON, 8)) == at(MON, 13)
    # "Until tomorrow": nothing tonight, the first one tomorrow.
    tomorrow = plan(snoozed_until=at(MON + timedelta(days=1), 0))
    assert next_due(tomorrow, at(MON, 10)) == at(MON + timedelta(days=1), 9)
    # An ended snooze changes nothing; one exactly on a due time keeps it.
    assert next_due(plan(snoozed_until=at(MON, 6)), at(MON, 8)) == at(MON, 9)
    assert next_due(plan(snoozed_until=at(MON, 11)), at(MON, 8)) == at(MON, 11)


def test_a_long_snooze_is_honoured() -> None:
    p = plan(snoozed_until=at(MON, 10) + timedelta(days=20))
    assert next_due(p, at(MON, 8)) == at(MON, 11) + timedelta(days=20)


# -- clock jumps ----------------------------------------------------------------------------


def test_detect_jump_counts_real_seconds_across_dst() -> None:
    before = datetime(2025, 3, 30, 1, 59, tzinfo=BERLIN)
    after = datetime(2025, 3, 30, 3, 1, tzinfo=BERLIN)  # two real minutes later
    assert seconds_between(before, after) == 120
    # The offset changed, so it is reported (recomputing is harmless), but not as 62 minutes.
    assert detect_jump(before, 0.0, after, 120.0)
    same = datetime(2025, 3, 30, 3, 2, tzinfo=BERLIN)
    assert not detect_jump(after, 120.0, same, 180.0)


def test_detect_jump_forward_backward_and_steady() -> None:
    w0, m0 = at(MON, 10), 5000.0
    assert not detect_jump(w0, m0, w0 + timedelta(seconds=600), m0 + 600.5)
    # Suspended for an hour: the wall clock moved on, the monotonic clock did not.
    assert detect_jump(w0, m0, w0 + timedelta(hours=1, seconds=10), m0 + 10)
    # The clock was set back by five minutes.
    assert detect_jump(w0, m0, w0 + timedelta(seconds=60 - 300), m0 + 60)
    # The time zone changed: same instant, other offset.
    assert detect_jump(w0, m0, (w0 + timedelta(seconds=1)).astimezone(TOKYO), m0 + 1)


def test_after_jumps_the_next_due_follows_the_new_wall_clock() -> None:
    p = plan()
    armed = next_due(p, at(MON, 10))
    assert armed == at(MON, 11)
    # Forward by three hours (or a suspend): the next one is 15:00, not the stale 11:00.
    assert next_due(p, at(MON, 13, 30)) == at(MON, 15)
    # Backward to 07:00: the first one is 09:00 again.
    assert next_due(p, at(MON, 7)) == at(MON, 9)


# -- daylight saving time (Europe/Berlin) ---------------------------------------------------


def test_spring_forward_gap_times_move_forward_by_the_gap() -> None:
    night = datetime(2025, 3, 30, tzinfo=BERLIN)  # 02:00 CET -> 03:00 CEST
    p = plan(every_h=0.5, active_from=time(1), active_to=time(4))
    got = walk(p, night, 5)
    assert walls(got) == [
        "Sun 01:00+0100",
        "Sun 01:30+0100",
        "Sun 03:00+0200",
        "Sun 03:30+0200",
        "Mon 01:00+0200",
    ]
    gap = wall_to_instant(datetime(2025, 3, 30, 2, 30), BERLIN)
    assert (gap.hour, gap.minute, gap.utcoffset()) == (3, 30, timedelta(hours=2))


def test_spring_forward_keeps_wall_times_not_elapsed_hours() -> None:
    p = plan(every_h=2, active_from=time(1), active_to=time(8))
    got = walk(p, datetime(2025, 3, 30, tzinfo=BERLIN), 4)
    assert walls(got) == ["Sun 01:00+0100", "Sun 03:00+0200", "Sun 05:00+0200", "Sun 07:00+0200"]
    assert seconds_between(got[0], got[1]) == 3600  # only one real hour passed


def test_autumn_ambiguous_times_come_once_at_the_first_occurrence() -> None:
    night = datetime(2025, 10, 26, tzinfo=BERLIN)  # 03:00 CEST -> 02:00 CET
    p = plan(every_h=0.5, active_from=time(1, 30), active_to=time(3, 30))
    got = walk(p, night, 5)
    assert walls(got) == [
        "Sun 01:30+0200",
        "Sun 02:00+0200",
        "Sun 02:30+0200",
        "Sun 03:00+0100",
        "Mon 01:30+0100",
    ]
    # Between the two 02:30s (in the second pass) the repeated 02:30 is not offered again.
    second = datetime(2025, 10, 26, 2, 40, fold=1, tzinfo=BERLIN)
    assert second.utcoffset() == timedelta(hours=1)
    assert next_due(p, second) == datetime(2025, 10, 26, 3, 0, tzinfo=BERLIN)


def test_times_mode_on_the_dst_nights() -> None:
    p = plan(mode="times", times=(time(2, 30), time(9)))
    spring = walk(p, datetime(2025, 3, 30, tzinfo=BERLIN), 2)
    assert walls(spring) == ["Sun 03:30+0200", "Sun 09:00+0200"]
    autumn = walk(p, datetime(2025, 10, 26, tzinfo=BERLIN), 2)
    assert walls(autumn) == ["Sun 02:30+0200", "Sun 09:00+0100"]


# -- a time-zone change ----------------------------------------------------------------------


def test_time_zone_change_reads_wall_times_in_the_new_zone() -> None:
    p = plan()
    instant = at(MON, 12, 30)  # 10:30 UTC, 19:30 in Tokyo
    assert next_due(p, instant) == at(MON, 13)
    in_tokyo = next_due(p, instant.astimezone(TOKYO))
    assert in_tokyo is not None
    assert (in_tokyo.tzinfo, in_tokyo.hour, in_tokyo.day) == (TOKYO, 9, 3)
    assert next_due(p, instant.astimezone(UTC)) == datetime(2025, 6, 2, 11, tzinfo=UTC)


def test_local_zone_reads_tz_and_falls_back(tmp_path: object) -> None:
    assert local_zone({"TZ": "Europe/Berlin"}) == BERLIN
    assert local_zone({"TZ": ":Asia/Tokyo"}) == TOKYO
    # An unknown name falls back to what the C library says (a fixed offset): never raises.
    assert datetime.now(local_zone({"TZ": "No/Such_Zone"})).utcoffset() is not None


# -- texts ------------------------------------------------------------------------------------


def test_reminder_texts_invite_and_never_scold() -> None:
    assert len(REMINDER_TEXTS) >= 3
    assert reminder_text(len(REMINDER_TEXTS)) == REMINDER_TEXTS[0]
    for text in REMINDER_TEXTS:
        low = text.lower()
        for word in ("missed", "should", "must", "streak", "don't forget", "forgot", "again"):
            assert word not in low, (word, text)
