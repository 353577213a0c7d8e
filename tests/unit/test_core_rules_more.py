"""More of Kind's plain rules at their edges: a held reminder after exactly a long absence,
the room's own away time, where the launcher entry is (the desktop entry spec's data dirs, a
hidden entry in any encoding), My words put back on the settings, whom a breath is for when a
step names nobody, reminders read in the person's own zone after a snooze, and the registry's
start commands named by their practice."""

from __future__ import annotations

import time as time_module
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from datetime import time as clock_time
from pathlib import Path

import pytest

from kindapp.core.autostart import entry_text, is_autostart_enabled
from kindapp.core.breathing import PATTERNS, BreathPattern
from kindapp.core.catalog import DESKTOP_ID
from kindapp.core.clock import FakeClock
from kindapp.core.cue_plan import plan_from
from kindapp.core.desktop_entry import data_dirs, data_home, launcher_state
from kindapp.core.my_words import MyWords, with_words
from kindapp.core.practice_registry import Practice, PracticeRegistry
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.practices.giving_receiving import breath_for_at, giving_receiving_practice
from kindapp.core.reminders import ReminderPlan, next_due
from kindapp.core.room import Outcome, Reading, Respect, RoomRules, Timings
from kindapp.core.session import Session, State
from kindapp.core.settings import Settings

ALL = Respect()
HERE = Reading(idle_s=1.0, locked=False, dnd=False, inhibited=False, fullscreen=False)


# -- the room ---


def test_a_new_rule_book_holds_nothing() -> None:
    rules = RoomRules()
    assert rules.pending is False and rules.long_absence() is False


def test_the_rooms_own_away_time_is_the_one_used() -> None:
    rules = RoomRules(Timings(away_after_s=10.0, long_absence_s=100.0))
    decision = rules.due(1000.0, Reading(idle_s=20.0), ALL)
    assert decision.held and rules.pending is True
    assert rules.look(1001.0, Reading(idle_s=0.5), ALL).outcome is Outcome.REMINDER
    assert rules.pending is False and rules.long_absence() is False


def test_away_exactly_the_long_absence_is_a_long_absence() -> None:
    timings = Timings(away_after_s=10.0, long_absence_s=100.0)
    # still away: from the last input (idle 20 s at 1000) to exactly 100 s later
    rules = RoomRules(timings)
    rules.due(1000.0, Reading(idle_s=20.0), ALL)
    rules.look(1080.0, Reading(idle_s=100.0), ALL)
    assert rules.long_absence() is True
    assert rules.look(1090.0, HERE, ALL).outcome is Outcome.WELCOME_BACK
    assert rules.long_absence() is False and rules.pending is False
    # back after exactly 100 s away (first input at 1080): welcome back; a moment less: not
    for away_s, outcome in ((100.0, Outcome.WELCOME_BACK), (99.5, Outcome.REMINDER)):
        rules = RoomRules(timings)
        rules.due(1000.0, Reading(idle_s=20.0), ALL)  # away since 980
        back_at = 980.0 + away_s
        assert rules.look(back_at + 1.0, Reading(idle_s=1.0), ALL).outcome is outcome


def test_an_absence_counts_from_its_earliest_sign() -> None:
    rules = RoomRules(Timings(away_after_s=10.0, long_absence_s=100.0))
    rules.due(2000.0, Reading(idle_s=50.0), ALL)  # away since 1950
    rules.look(2030.0, Reading(locked=True), ALL)  # locked: no idle time, seen at 2030
    rules.look(2049.0, Reading(idle_s=99.0), ALL)  # still since 1950: 99 s
    assert rules.long_absence() is False
    rules.look(2050.0, Reading(idle_s=100.0), ALL)
    assert rules.long_absence() is True


# -- the launcher entry ---


def test_the_data_dirs_are_absolute_and_from_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    assert data_dirs({}) == [Path("/usr/local/share"), Path("/usr/share")]
    assert data_dirs({"XDG_DATA_DIRS": ""}) == [Path("/usr/local/share"), Path("/usr/share")]
    assert data_dirs({"XDG_DATA_DIRS": "relative/share::/opt/share"}) == [Path("/opt/share")]
    monkeypatch.setenv("XDG_DATA_DIRS", "/srv/a:/srv/b")
    assert data_dirs() == [Path("/srv/a"), Path("/srv/b")]


def _entry(base: Path, text: bytes) -> None:
    apps = base / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    (apps / f"{DESKTOP_ID}.desktop").write_bytes(text)


def test_a_hidden_entry_in_any_encoding_counts_as_deleted(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "home"), "XDG_DATA_DIRS": str(tmp_path / "sys")}
    assert launcher_state(env) == "none"
    _entry(tmp_path / "sys", b"[Desktop Entry]\nName=Kind\n")
    assert launcher_state(env) == "system"
    # the person's own entry, written by an old tool in Latin-1, hiding the system's
    _entry(tmp_path / "home", b"[Desktop Entry]\nName=Kind caf\xe9\nHidden = true\n")
    assert launcher_state(env) == "none"
    _entry(tmp_path / "home", "[Desktop Entry]\nName=Kind café\n".encode())
    assert launcher_state(env) == "user"


# -- My words ---


def test_my_words_put_back_on_the_settings_are_all_of_them() -> None:
    words = MyWords({"kindness": "be gentle"}, ("you are allowed to rest",), "you are allowed")
    settings = with_words(Settings(volume=0.3), words)
    assert settings.own_words == {"kindness": "be gentle"}
    assert settings.touch_own_phrases == ("you are allowed to rest",)
    assert settings.touch_phrase == "you are allowed"
    assert settings.volume == 0.3
    assert MyWords.of(settings) == words


# -- giving and receiving ---


def test_a_paced_step_that_names_nobody_has_no_breath_for_anyone() -> None:
    practice = giving_receiving_practice("short", "one-one")
    someone = next(s for s in practice.steps if s.id == "someone")
    assert someone.breath_for == ()
    assert someone.pattern is not None  # it is paced, but the breaths are nobody's
    assert breath_for_at(someone, 3.0) is None


# -- reminders in the person's own zone ---


def test_after_a_snooze_the_next_reminder_is_on_the_persons_own_day() -> None:
    kiribati = timezone(timedelta(hours=14))
    # 09:00 to 18:00 every 2 h, in Kiribati; snoozed until 23:30 there (09:30 UTC)
    now = datetime(2026, 12, 3, 12, 0, tzinfo=kiribati)
    snoozed = datetime(2026, 12, 3, 23, 30, tzinfo=kiribati).astimezone(UTC)
    plan = ReminderPlan(enabled=True, every_h=2.0, snoozed_until=snoozed)
    due = next_due(plan, now)
    assert due == datetime(2026, 12, 4, 9, 0, tzinfo=kiribati)
    assert due is not None and due.utcoffset() == timedelta(hours=14)


# -- the registry's start commands ---


def test_a_start_command_without_a_button_is_named_by_its_practice() -> None:
    registry = PracticeRegistry([Practice("walk", "A kind walk", cli_name="walk", start="walk.go")])
    assert registry.commands() == {"walk.go": "A kind walk"}


# -- autostart --------------------------------------------------------------------------------


def test_an_autostart_entry_turned_off_by_hand_in_any_encoding_is_off(tmp_path: Path) -> None:
    entry = tmp_path / "kind.desktop"
    assert is_autostart_enabled(entry) is False  # none
    entry.write_bytes(b"[Desktop Entry]\nName=Kind\nExec=kindapp\n")
    assert is_autostart_enabled(entry) is True
    # edited by hand in an old Latin-1 editor, with spaces around the "="
    entry.write_bytes(b"[Desktop Entry]\nName=Kind caf\xe9\nX-GNOME-Autostart-enabled = false\n")
    assert is_autostart_enabled(entry) is False
    entry.write_bytes(b"[Desktop Entry]\nComment=caf\xe9\n  Hidden= true  \n")
    assert is_autostart_enabled(entry) is False
    entry.write_bytes(b"[Desktop Entry]\nComment=caf\xe9\nHidden=false\n")
    assert is_autostart_enabled(entry) is True


def test_the_persons_data_home_comes_from_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "/srv/mine")
    assert data_home() == Path("/srv/mine")
    monkeypatch.setenv("XDG_DATA_HOME", "relative")  # invalid: the spec's default
    assert data_home() == Path.home() / ".local" / "share"


# -- the sound schedule at its ends ---------------------------------------------------------


def test_a_finished_practice_rings_its_bell_only_when_it_is_still_wanted() -> None:
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    clock.advance(BREAK_QUICK.total_s)
    session.tick()
    assert session.state is State.FINISHED
    # asked at once: the bell; asked a minute later, not landed there by hand: nothing late
    assert [c.kind for c in plan_from(session, clock.now(), breath_sounds=False).cues] == ["end"]
    later = clock.now() + 60.0
    assert plan_from(session, later, breath_sounds=False).cues == ()
    # a practice without a closing bell has none, even finished by hand
    quiet = replace(BREAK_QUICK, end_cue="")
    session = Session(quiet, clock)
    session.start()
    for _ in quiet.steps:
        session.next()
    assert plan_from(session, clock.now(), breath_sounds=False, landed=True).cues == ()


def test_a_step_landed_on_while_paused_rings_as_a_step() -> None:
    clock = FakeClock()
    session = Session(BREAK_QUICK, clock)
    session.start()
    session.pause()
    session.next()
    (cue,) = plan_from(session, clock.now(), breath_sounds=False, landed=True).cues
    assert (cue.kind, cue.name) == ("step", BREAK_QUICK.steps[1].cue)


def test_an_entry_that_cannot_be_read_is_not_taken_for_a_hidden_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "home"), "XDG_DATA_DIRS": str(tmp_path / "sys")}
    _entry(tmp_path / "home", b"[Desktop Entry]\nName=Kind\n")

    def refuse(self: Path, *args: object, **kwargs: object) -> str:  # the file system's edge
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", refuse)
    assert launcher_state(env) == "user"


def test_the_first_breath_is_the_first_persons_however_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    practice = giving_receiving_practice("short", "one-one")
    exchange = next(s for s in practice.steps if s.id == "exchange")
    quick = replace(exchange, pattern=BreathPattern("quick", "Quick", 0.5, 0.0, 1.0, 0.0))
    assert [breath_for_at(quick, t) for t in (-1.0, 0.0, 0.2, 0.6, 1.4, 1.6)] == [
        exchange.breath_for[0],
        exchange.breath_for[0],
        exchange.breath_for[0],
        exchange.breath_for[1],
        exchange.breath_for[1],
        exchange.breath_for[0],
    ]


def test_last_nights_active_hours_are_read_in_the_persons_zone_not_the_computers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the computer's own zone is UTC; the person's is ten hours behind it
    monkeypatch.setenv("TZ", "UTC")
    time_module.tzset()
    try:
        hawaii = timezone(timedelta(hours=-10))
        # every hour from 22:30 to 22:00 the next day: yesterday's hours run until tonight
        plan = ReminderPlan(
            enabled=True, every_h=1.0, active_from=clock_time(22, 30), active_to=clock_time(22, 0)
        )
        now = datetime(2026, 12, 3, 20, 0, tzinfo=hawaii)  # 06:00 UTC on the 4th
        assert next_due(plan, now) == datetime(2026, 12, 3, 20, 30, tzinfo=hawaii)
        snoozed = replace(plan, snoozed_until=datetime(2026, 12, 3, 20, 10, tzinfo=hawaii))
        assert next_due(snoozed, now) == datetime(2026, 12, 3, 20, 30, tzinfo=hawaii)
    finally:
        monkeypatch.undo()
        time_module.tzset()


def test_every_breath_sound_is_wanted_until_the_next_phase_change() -> None:
    practice = breathe_practice(60.0, PATTERNS["six"])  # 5 s in, 5 s out
    clock = FakeClock()
    session = Session(practice, clock)
    session.start()
    t0 = clock.now()
    breaths = [c for c in plan_from(session, t0, breath_sounds=True).cues if c.kind == "breath"]
    assert [round(c.until - c.at, 6) for c in breaths] == [5.0] * len(breaths)
    assert breaths[-1].until == pytest.approx(t0 + 60.0)


def test_an_autostart_command_line_is_split_into_its_words() -> None:
    text = entry_text("flatpak run org.kindapp.Kind")
    assert "Exec=flatpak run org.kindapp.Kind --minimized\n" in text
    quoted = entry_text("/opt/Kind app/kindapp")  # a path with a space is one word
    assert 'Exec="/opt/Kind app/kindapp" --minimized\n' in quoted
