"""The journal's evening invitation: off unless chosen; at the chosen time each day without an
entry (tomorrow's armed too); Kind's own words only; let pass once an entry was written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kindapp.core import journal_invitation as invite
from kindapp.core.reminders import OneOff
from kindapp.core.settings import Settings, from_dict

NOW = datetime(2026, 12, 3, 18, 30, tzinfo=UTC)


def test_off_by_default_and_nothing_pending_when_off() -> None:
    assert Settings().journal_invitation == ""
    assert invite.pending("", NOW) == []


def test_today_and_tomorrow_at_the_chosen_time() -> None:
    items = invite.pending("21:15", NOW)
    assert [i.at for i in items] == [
        datetime(2026, 12, 3, 21, 15, tzinfo=UTC),
        datetime(2026, 12, 4, 21, 15, tzinfo=UTC),
    ]
    assert {i.key for i in items} == {invite.KEY}
    later = invite.pending("21:15", NOW.replace(hour=22))
    assert [i.at.date() for i in later] == [date(2026, 12, 4)]  # today's has passed


def test_a_day_with_an_entry_is_not_invited() -> None:
    items = invite.pending("21:00", NOW, {NOW.date()})
    assert [i.at.date() for i in items] == [NOW.date() + timedelta(days=1)]
    item = OneOff(NOW, invite.KEY, invite.TITLE, invite.TEXT)
    assert invite.still_wanted(item, written_today=False)
    assert not invite.still_wanted(item, written_today=True)
    other = OneOff(NOW, "step", "t", "x")
    assert invite.still_wanted(other, written_today=True)  # only the journal's own


def test_its_words_are_kinds_own() -> None:
    (item, _) = invite.pending("21:00", NOW)
    assert item.detail == "" and "%1" not in item.text  # no place for anything written


@pytest.mark.parametrize("bad", ["9:00", "24:00", "21:60", "21-00", "evening", 2100])
def test_the_setting_is_a_time_or_off(bad: object) -> None:
    _, invalid = from_dict({"journal_invitation": bad})
    assert invalid == ["journal_invitation"]
    kept, invalid = from_dict({"journal_invitation": "07:45"})
    assert kept.journal_invitation == "07:45" and not invalid
