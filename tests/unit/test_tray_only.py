"""A tray-only Kind builds the rest of the app only when something needs it: a nudge still to
come in the journal is such a need (the whole app arms its timer), nothing else there is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kindapp.app.tray_only import nudges_to_come, reminders_on
from kindapp.core.journal import Journal
from kindapp.core.settings import Settings
from kindapp.core.writing.in_the_way_store import add_in_the_way

NOW = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


def test_no_journal_has_no_nudges_to_come(tmp_path: Path) -> None:
    assert nudges_to_come(tmp_path / "journal.sqlite3", NOW) is False


def test_a_next_step_still_to_come_is_a_nudge_to_come(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    j = Journal(path)
    try:
        add_in_the_way(j, "x", "tired", "", "", "rest", NOW + timedelta(hours=1))
    finally:
        j.close()
    assert nudges_to_come(path, NOW) is True
    # Read without writing: the writer's lock is free again, the journal opens as before.
    Journal(path).close()


def test_a_next_step_gone_by_is_none(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    j = Journal(path)
    try:
        add_in_the_way(j, "y", "tired", "", "", "past", NOW - timedelta(hours=1))
    finally:
        j.close()
    assert nudges_to_come(path, NOW) is False


def test_a_journal_that_is_not_one_has_none_for_the_tray(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a journal" * 100)
    assert nudges_to_come(path, NOW) is False


def test_reminders_on_reads_the_settings() -> None:
    assert reminders_on(Settings()) is False
    on = {"enabled": True, "mode": "interval", "every_h": 2.0}
    assert reminders_on(Settings(reminders=on)) is True
