"""Rules of core/ at their edges (each found by a mutant that no test told apart): the week
and the day a practice counts in, in the person's own time zone; when a clock is said to have
jumped; which gentle reminders are due; reading the time zone; old settings files; the In the
way steps and their reminder; the breaks by name."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kindapp.core import history, reminders, settings
from kindapp.core.practices.self_compassion_break import BREAK_MODES, practice_for
from kindapp.core.reminders import OneOff
from kindapp.core.writing import in_the_way
from kindapp.core.writing.in_the_way import WayStep

AUCKLAND = ZoneInfo("Pacific/Auckland")


def entry(n: int, at: datetime, minutes: float = 5.0) -> history.HistoryEntry:
    return history.HistoryEntry(n, "break", "quick", at, minutes * 60, "finished")


def test_a_practice_counts_in_the_week_of_its_local_day_and_not_the_next() -> None:
    monday = date(2026, 12, 7)
    # Sunday evening in UTC is already Monday morning in Auckland: this week there.
    sunday_utc = entry(1, datetime(2026, 12, 6, 20, 0, tzinfo=UTC), minutes=10)
    next_monday = entry(2, datetime(2026, 12, 14, 9, 0, tzinfo=AUCKLAND), minutes=7)
    s = history.summarise([sunday_utc, next_monday], monday, AUCKLAND)
    assert (s.moments_this_week, s.minutes_this_week) == (1, pytest.approx(10.0))
    assert s.moments_this_month == 2 and s.moments_total == 2
    in_utc = history.summarise([sunday_utc], monday, UTC)
    assert in_utc.moments_this_week == 0  # in UTC it was the week before


@pytest.mark.parametrize(
    "grouping, expected",
    [(history.Grouping.DAY, date(2026, 12, 7)), (history.Grouping.WEEK, date(2026, 12, 7))],
)
def test_the_list_groups_by_the_persons_own_day_and_week(
    grouping: history.Grouping, expected: date
) -> None:
    sunday_utc = entry(1, datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    groups = history.grouped([sunday_utc], grouping, date(2026, 12, 8), AUCKLAND)
    assert [g.start for g in groups] == [expected]
    in_utc = history.grouped([sunday_utc], grouping, date(2026, 12, 8), UTC)
    assert [g.start for g in in_utc] == [
        date(2026, 12, 6) if grouping is history.Grouping.DAY else date(2026, 11, 30)
    ]


def test_a_clock_jump_is_more_than_two_seconds_apart() -> None:
    wall = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    assert not reminders.detect_jump(wall, 100.0, wall + timedelta(seconds=12), 110.0)  # 2.0
    assert reminders.detect_jump(wall, 100.0, wall + timedelta(seconds=12.5), 110.0)  # 2.5
    assert not reminders.detect_jump(wall, 100.0, wall + timedelta(seconds=12.5), 110.0, 3.0)


def test_one_off_reminders_due_in_order_within_the_grace() -> None:
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    after = now - timedelta(hours=1)

    def one(at: datetime, key: str) -> OneOff:
        return OneOff(at, key, "t", "x")

    at_after = one(after, "at-after")  # exactly at the last look: already handled
    on_grace = one(now - timedelta(seconds=600), "b-on-grace")
    past_grace = one(now - timedelta(seconds=600.5), "past-grace")
    same_b = one(now - timedelta(seconds=60), "z-same")
    same_a = one(now - timedelta(seconds=60), "a-same")
    at_now = one(now, "now")
    later = one(now + timedelta(seconds=1), "later")
    items = [later, at_now, same_b, same_a, past_grace, on_grace, at_after]
    due = reminders.due_one_offs(items, after, now)
    assert [i.key for i in due] == ["b-on-grace", "a-same", "z-same", "now"]
    assert reminders.next_one_off([], now) is None
    assert reminders.next_one_off(items, now) is later


def test_the_time_zone_comes_from_tz_first(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TZ", ":Asia/Tokyo")
    assert reminders.local_zone(localtime=tmp_path / "none") == ZoneInfo("Asia/Tokyo")
    zone = reminders.local_zone({}, localtime=tmp_path / "none")  # nothing to go on: still one
    assert datetime(2026, 12, 3, tzinfo=zone).utcoffset() is not None


@pytest.mark.parametrize(
    "volume, expected", [(80, 0.8), (1.5, 0.015), (1, 1), (0.4, 0.4), ("loud", "loud")]
)
def test_old_settings_kept_volume_as_a_percentage(volume: object, expected: object) -> None:
    migrated = settings.migrate({"volume": volume})
    assert migrated["volume"] == expected and migrated["schema_version"] >= 1
    assert "volume" not in settings.migrate({"look": "dark"})


def test_in_the_way_reasons_are_found_by_key() -> None:
    fear = in_the_way.reason_for("fear")
    assert fear is not None and fear.key == "fear"
    assert in_the_way.reason_for("no-such-reason") is None


def test_in_the_way_next_waits_for_words_where_they_are_needed() -> None:
    words = {"hard_thing": "the call", "reason": "other", "reason_words": "  ", "next_step": " "}
    assert not WayStep.REASON.ready(**words)  # "other" needs a few words of its own
    assert WayStep.REASON.ready(**{**words, "reason_words": "tired"})
    assert WayStep.REASON.ready(**{**words, "reason": "fear"})
    assert not WayStep.NEXT_STEP.ready(**words)
    assert WayStep.NEXT_STEP.ready(**{**words, "next_step": "dial the number"})


def test_this_evening_is_half_past_six_unless_that_is_less_than_half_an_hour_away() -> None:
    berlin = ZoneInfo("Europe/Berlin")

    def at(h: int, m: int) -> datetime:
        return datetime(2026, 12, 3, h, m, tzinfo=berlin)

    assert in_the_way.remind_at("evening", at(17, 59)) == at(18, 30)
    assert in_the_way.remind_at("evening", at(18, 0)) == at(19, 0)  # exactly 30 min: an hour
    assert in_the_way.remind_at("evening", at(18, 10)) == at(19, 10)
    with pytest.raises(ValueError, match=r"^now must be timezone-aware$"):
        in_the_way.remind_at("evening", datetime(2026, 12, 3, 17, 0))


def test_the_breaks_are_found_by_name_and_others_are_named_in_the_refusal() -> None:
    assert practice_for("break", "quick") is BREAK_MODES["quick"]
    assert practice_for("break", "guided") is BREAK_MODES["guided"]
    with pytest.raises(ValueError) as caught:
        practice_for("touch", "quick")
    assert str(caught.value) == "no practice touch/quick; known: break/quick, break/guided"


def test_a_kind_days_next_nudge_is_the_first_strictly_after_and_none_once_it_is_over() -> None:
    from kindapp.core import kind_day

    berlin = ZoneInfo("Europe/Berlin")
    started = datetime(2026, 12, 3, 9, 0, tzinfo=berlin)
    nudges = kind_day.kind_day_nudges(started)
    first = kind_day.next_nudge(started, started)
    assert first == nudges[0] and first.at > started
    assert kind_day.next_nudge(started, nudges[0].at) == nudges[1]  # strictly after
    assert kind_day.next_nudge(started, nudges[-1].at) is None  # nothing after the last
    assert kind_day.next_nudge(started, started - timedelta(minutes=1)) is None  # not begun
    assert kind_day.next_nudge(started, kind_day.day_ends(started)) is None  # over


def test_an_unknown_learn_topic_says_which_ones_there_are() -> None:
    from kindapp.core import learn

    with pytest.raises(ValueError) as caught:
        learn.topic("astrology")
    assert str(caught.value) == (f"no Learn topic 'astrology'; known: {', '.join(learn.TOPIC_IDS)}")


def _zone_file(key: str) -> Path:
    import zoneinfo

    for root in zoneinfo.TZPATH:
        if (Path(root) / key).is_file():
            return Path(root) / key
    pytest.fail(f"no zone file for {key} in {zoneinfo.TZPATH} (Debian's tzdata has them)")


def test_the_time_zone_from_tz_the_localtime_link_or_the_file(tmp_path: Path) -> None:
    berlin, tokyo = _zone_file("Europe/Berlin"), _zone_file("Asia/Tokyo")
    link = tmp_path / "localtime"
    link.symlink_to(berlin)
    winter = datetime(2026, 12, 3, 12, 0)

    def offset(zone: object) -> timedelta | None:
        return winter.replace(tzinfo=zone).utcoffset()  # type: ignore[arg-type]

    assert reminders.local_zone({"TZ": ":Asia/Tokyo"}, link) == ZoneInfo("Asia/Tokyo")
    assert reminders.local_zone({}, link) == ZoneInfo("Europe/Berlin")  # the link's name
    assert reminders.local_zone({"TZ": "No/Such_Zone"}, link) == ZoneInfo("Europe/Berlin")
    by_path = reminders.local_zone({"TZ": str(tokyo)}, link)  # TZ naming a zone file
    assert str(by_path) == str(tokyo) and offset(by_path) == timedelta(hours=9)
    missing_file = reminders.local_zone({"TZ": str(tmp_path / "gone")}, link)
    assert missing_file == ZoneInfo("Europe/Berlin")
    # Not a link into a zoneinfo folder: the file itself, read as "localtime".
    copy = tmp_path / "copy"
    copy.write_bytes(tokyo.read_bytes())
    plain = reminders.local_zone({}, copy)
    assert str(plain) == "localtime" and offset(plain) == timedelta(hours=9)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.symlink_to(copy)
    linked_copy = reminders.local_zone({}, elsewhere)
    assert str(linked_copy) == "localtime" and offset(linked_copy) == timedelta(hours=9)
    # A TZ that names nothing, and no link: not the file, but the C library's offset.
    fallback = reminders.local_zone({"TZ": "No/Such_Zone"}, copy)
    assert str(fallback) != "localtime" and not isinstance(fallback, ZoneInfo)
    # Names and files that are not zones at all are passed over, never raised.
    assert reminders.local_zone({"TZ": "../etc/passwd"}, link) == ZoneInfo("Europe/Berlin")
    not_a_zone = tmp_path / "not-a-zone"
    not_a_zone.write_text("hello")
    assert reminders.local_zone({"TZ": str(not_a_zone)}, link) == ZoneInfo("Europe/Berlin")
    garbage = reminders.local_zone({}, not_a_zone)
    assert str(garbage) != "localtime" and not isinstance(garbage, ZoneInfo)


def test_the_chart_pairs_are_the_latest_with_both_ratings_oldest_first() -> None:
    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

    def rated(n: int, before: int | None, after: int | None) -> history.HistoryEntry:
        return history.HistoryEntry(
            n, "break", "quick", t0 + timedelta(hours=n), 60.0, "finished", before, after
        )

    entries = [rated(1, 7, 4), rated(2, None, 3), rated(3, 6, None), rated(4, 5, 2), rated(5, 8, 8)]
    got = history.pairs(entries, limit=2)
    assert got == [
        history.Pair(4, t0 + timedelta(hours=4), 5, 2),
        history.Pair(5, t0 + timedelta(hours=5), 8, 8),
    ]
    assert [p.entry_id for p in history.pairs(entries)] == [1, 4, 5]
    assert history.pairs(entries, limit=0) == [] and history.pairs(entries, limit=-3) == []


def test_a_reminder_at_the_last_look_was_already_handled_and_choices_are_known() -> None:
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
    after = now - timedelta(minutes=5)
    at_after = OneOff(after, "at-after", "t", "x")
    just_after = OneOff(after + timedelta(seconds=1), "just-after", "t", "x")
    due = reminders.due_one_offs([at_after, just_after], after, now)
    assert [i.key for i in due] == ["just-after"]
    with pytest.raises(ValueError) as caught:
        in_the_way.remind_at("next week", now)
    assert str(caught.value) == "unknown reminder choice 'next week'"


def test_settings_keep_what_can_be_true_and_refuse_the_rest() -> None:
    def check(field: str, value: object) -> tuple[object, list[str]]:
        s, invalid = settings.from_dict({field: value})
        return getattr(s, field), invalid

    assert check("output_device", "USB speaker") == ("USB speaker", [])
    assert check("output_device", "d" * 200) == ("d" * 200, [])
    assert check("output_device", "d" * 201)[1] == ["output_device"]
    assert check("output_device", 3)[1] == ["output_device"]
    for field in ("touch_length_s", "breathe_length_s"):
        assert check(field, 30) == (30.0, [])
        assert check(field, 3600) == (3600.0, [])
        assert check(field, 29.5)[1] == [field]
        assert check(field, 3600.5)[1] == [field]
        assert check(field, "300")[1] == [field]
        assert check(field, True)[1] == [field]
    assert check("touch_phrase", "  I'm here.  ") == ("I'm here.", [])
    assert check("touch_phrase", "x" * 400)[0] == "x" * settings.MAX_WORDS_LEN
    assert check("touch_phrase", "   ")[1] == ["touch_phrase"]
    assert check("touch_phrase", 7)[1] == ["touch_phrase"]
    phrases = [" One ", "One", "", "  ", 5, None, "Two", "y" * 400, "y" * 301]
    assert check("touch_own_phrases", phrases) == (("One", "Two", "y" * settings.MAX_WORDS_LEN), [])
    assert check("touch_own_phrases", ("a",) * 30) == (("a",), [])
    assert check("touch_own_phrases", ["a"] * 31)[1] == ["touch_own_phrases"]
    assert check("touch_own_phrases", "One")[1] == ["touch_own_phrases"]


def test_the_autostart_command_is_this_kinds_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sys

    from kindapp.core import autostart

    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert autostart.default_exec_cmd() == "kindapp"  # nothing found: the name itself
    on_path = tmp_path / "path"
    on_path.mkdir()
    (on_path / "kindapp").write_text("#!/bin/sh\n")
    (on_path / "kindapp").chmod(0o755)
    monkeypatch.setenv("PATH", str(on_path))
    assert autostart.default_exec_cmd() == str(on_path / "kindapp")
    beside = bin_dir / "kindapp"
    beside.write_text("#!/bin/sh\n")
    beside.chmod(0o644)  # there but not runnable: the one on PATH
    assert autostart.default_exec_cmd() == str(on_path / "kindapp")
    beside.chmod(0o755)
    assert autostart.default_exec_cmd() == str(beside)  # beside the interpreter wins
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.default_exec_cmd() == str(python)  # the bundle runs itself


def test_volume_words_and_own_words_keep_only_what_can_be_true() -> None:
    def check(field: str, value: object) -> tuple[object, list[str]]:
        s, invalid = settings.from_dict({field: value})
        return getattr(s, field), invalid

    assert check("volume", 0.0) == (0.0, []) and check("volume", 1) == (1.0, [])
    for bad in (1.01, -0.1, True, "0.5", 2.0):
        assert check("volume", bad)[1] == ["volume"], bad
    words = {"kindness": "  May I rest.  ", "humanity": " ", "nope": "x", "mindfulness": 3}
    assert check("own_words", words) == ({"kindness": "May I rest."}, [])
    assert check("own_words", ["kindness"])[1] == ["own_words"]
    s = settings.Settings().with_words("kindness", "May I rest.").with_words("humanity", "Us.")
    assert s.own_words == {"kindness": "May I rest.", "humanity": "Us."}
    assert s.with_words("kindness", "   ").own_words == {"humanity": "Us."}  # emptied: gone
    with pytest.raises(ValueError, match="no break step 'settle'"):
        s.with_words("settle", "x")


def test_a_damaged_settings_file_is_moved_aside_under_a_name_never_used_before(
    tmp_path: Path,
) -> None:
    from kindapp.core.notices import NoticeKind

    path = tmp_path / "settings.json"
    store = settings.SettingsStore(path, now=lambda: datetime(2026, 12, 3, 8, 30, 5))
    aside = []
    for damage in (b"{not json", b"[1, 2]", b"\xff\xfe"):
        path.write_bytes(damage)
        loaded, notices = store.load()
        assert loaded == settings.Settings()
        ((notice,),) = (notices,)
        assert notice.kind is NoticeKind.SETTINGS_MOVED_ASIDE
        aside.append(Path(notice.detail["path"]).name)
    assert aside == [
        "settings.json.corrupt-20261203T083005",
        "settings.json.corrupt-20261203T083005-2",
        "settings.json.corrupt-20261203T083005-3",
    ]
    assert (tmp_path / aside[1]).read_bytes() == b"[1, 2]"
    assert not path.exists()
    path.write_bytes(b"[1, 2]")
    assert store.load()[1][0].detail["reason"] == "not_a_JSON_object"


def test_settings_are_saved_readable_sorted_and_read_back(tmp_path: Path) -> None:
    import json
    from dataclasses import asdict

    path = tmp_path / "kind" / "settings.json"
    store = settings.SettingsStore(path)
    mine = settings.Settings().with_words("kindness", "May I rest.")
    store.save(mine)
    text = path.read_text(encoding="utf-8")
    assert text == json.dumps(asdict(mine), indent=2, sort_keys=True) + "\n"
    assert text.startswith('{\n  "') and list(json.loads(text)) == sorted(json.loads(text))
    assert store.load() == (mine, [])
    blocked = settings.SettingsStore(tmp_path / "file" / "settings.json")
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(OSError) as caught:
        blocked.save(mine)
    assert caught.value.filename == str(tmp_path / "file" / "settings.json")
    assert caught.value.strerror


def test_lock_after_and_voice_guided_take_only_their_own_choices() -> None:
    def check(field: str, value: object) -> tuple[object, list[str]]:
        s, invalid = settings.from_dict({field: value})
        return getattr(s, field), invalid

    assert check("lock_after_minutes", 15) == (15, [])
    assert check("lock_after_minutes", 7)[1] == ["lock_after_minutes"]
    assert check("lock_after_minutes", True)[1] == ["lock_after_minutes"]
    assert check("voice_guided", ["break", "touch", "break"]) == (("break", "touch"), [])
    assert check("voice_guided", ["walk"])[1] == ["voice_guided"]
    assert check("voice_guided", "break")[1] == ["voice_guided"]
