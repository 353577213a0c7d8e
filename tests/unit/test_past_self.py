"""A kind word from your past self: after a heavy check-in or on a letter's anniversary, at
most one earlier letter or reframe; never in a reminder; at most one a day; easy to turn off."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from kindapp.core import reminders
from kindapp.core.journal import Journal
from kindapp.core.past_self import (
    ASKED_LETTER,
    ASKED_REFRAME,
    HEAVY,
    MIN_AGE_DAYS,
    Moment,
    Offer,
    OfferMemory,
    OfferShelf,
    Why,
    Written,
    WrittenKind,
    heaviest,
    is_anniversary,
    offer_for,
    offer_now,
)
from kindapp.core.settings import Settings, from_dict

TODAY = date(2026, 12, 3)
LETTER = WrittenKind.LETTER
REFRAME = WrittenKind.REFRAME


def w(kind: WrittenKind, n: int, written: date) -> Written:
    return Written(
        kind, n, f"uid{n}", datetime(written.year, written.month, written.day, 21, tzinfo=UTC)
    )


MARCH_LETTER = w(LETTER, 1, date(2026, 3, 14))
JULY_REFRAME = w(REFRAME, 2, date(2026, 7, 2))
LAST_YEAR_TODAY = w(LETTER, 3, date(2025, 12, 3))
FRESH_LETTER = w(LETTER, 4, TODAY - timedelta(days=3))
EVERYTHING = [MARCH_LETTER, JULY_REFRAME, LAST_YEAR_TODAY, FRESH_LETTER]


NOTHING_YET = OfferMemory()


def heavy(written=EVERYTHING, memory=NOTHING_YET, *, heaviness=8, enabled=True, today=TODAY):
    return offer_for(
        Moment.AFTER_CHECKIN, written, today, memory, enabled=enabled, heaviness=heaviness
    )


def test_a_heavy_check_in_offers_one_earlier_letter_the_oldest_first() -> None:
    offer = heavy()
    assert offer == Offer(LAST_YEAR_TODAY, Why.HEAVY)
    assert "{when}" in offer.text and "read" in offer.text


def test_a_check_in_that_is_not_heavy_offers_nothing() -> None:
    assert heavy(heaviness=HEAVY - 1) is None
    assert heavy(heaviness=None) is None
    assert heavy(heaviness=HEAVY) is not None


def test_nothing_written_lately_counts_as_the_past() -> None:
    assert heavy([FRESH_LETTER]) is None
    just_old = w(LETTER, 9, TODAY - timedelta(days=MIN_AGE_DAYS))
    assert heavy([FRESH_LETTER, just_old]) == Offer(just_old, Why.HEAVY)


def test_offers_take_turns_letters_first_among_equals_and_reframes_too() -> None:
    memory = OfferMemory()
    seen = []
    day = TODAY
    for _ in range(4):
        offer = heavy(memory=memory, today=day)
        assert offer is not None
        seen.append(offer.written.id)
        memory = memory.after(offer, day)
        day += timedelta(days=1)
    # never offered first (letters before the reframe), then the one offered least lately
    assert seen == [3, 1, 2, 3]
    assert heavy([JULY_REFRAME]).text != heavy([MARCH_LETTER]).text  # type: ignore[union-attr]


def test_at_most_one_offer_a_day() -> None:
    offer = heavy()
    assert offer is not None
    memory = OfferMemory().after(offer, TODAY)
    assert heavy(memory=memory) is None
    assert offer_for(Moment.OPENED, EVERYTHING, TODAY, memory, enabled=True) is None
    assert heavy(memory=memory, today=TODAY + timedelta(days=1)) is not None


def test_never_in_a_reminder_and_never_when_turned_off() -> None:
    for moment in (Moment.AFTER_CHECKIN, Moment.OPENED, Moment.REMINDER):
        assert (
            offer_for(moment, EVERYTHING, TODAY, OfferMemory(), enabled=False, heaviness=10) is None
        )
    assert (
        offer_for(Moment.REMINDER, EVERYTHING, TODAY, OfferMemory(), enabled=True, heaviness=10)
        is None
    )
    # and the reminders' own words never speak of letters or reframes
    texts = [reminders.reminder_text(n) for n in range(10)] + [reminders.REMINDER_TITLE]
    assert not [t for t in texts if "letter" in t.lower() or "wrote" in t.lower()]


def test_on_a_letters_anniversary_opening_kind_offers_it() -> None:
    offer = offer_for(Moment.OPENED, EVERYTHING, TODAY, OfferMemory(), enabled=True)
    assert offer == Offer(LAST_YEAR_TODAY, Why.ANNIVERSARY)
    assert offer.text.startswith("On this day")
    tomorrow = TODAY + timedelta(days=1)
    assert offer_for(Moment.OPENED, EVERYTHING, tomorrow, OfferMemory(), enabled=True) is None
    # a reframe has no anniversary of its own
    reframe_day = w(REFRAME, 5, date(2025, 12, 3))
    assert offer_for(Moment.OPENED, [reframe_day], TODAY, OfferMemory(), enabled=True) is None


@pytest.mark.parametrize(
    ("written", "today", "yes"),
    [
        (date(2025, 12, 3), date(2026, 12, 3), True),
        (date(2020, 12, 3), date(2026, 12, 3), True),
        (date(2026, 12, 3), date(2026, 12, 3), False),  # the day it was written
        (date(2025, 12, 4), date(2026, 12, 3), False),
        (date(2024, 2, 29), date(2025, 2, 28), True),  # a leap day's letter, in other years
        (date(2024, 2, 29), date(2028, 2, 28), False),  # a leap year has its own 29th
        (date(2024, 2, 29), date(2028, 2, 29), True),
    ],
)
def test_anniversaries(written: date, today: date, yes: bool) -> None:
    assert is_anniversary(written, today) is yes


def test_the_memory_round_trips_and_an_unreadable_one_starts_afresh() -> None:
    memory = OfferMemory().after(Offer(MARCH_LETTER, Why.HEAVY), TODAY)
    assert OfferMemory.from_json(memory.to_json()) == memory
    assert memory.offered == {"uid1": TODAY} and memory.last_day == TODAY
    for broken in ("{", "[]", '{"last_day": "soon"}', '{"offered": {"a": 3}}'):
        assert OfferMemory.from_json(broken) == OfferMemory()
    assert OfferMemory.from_json(None) == OfferMemory()


def test_the_offers_are_on_unless_turned_off_in_settings() -> None:
    assert Settings().past_self_offers is True
    off, invalid = from_dict({"past_self_offers": False})
    assert off.past_self_offers is False and not invalid
    _, invalid = from_dict({"past_self_offers": "maybe"})
    assert "past_self_offers" in invalid


def test_the_journal_gives_what_was_written_and_keeps_the_memory(tmp_path) -> None:
    then = datetime(2025, 12, 3, 21, 0, tzinfo=UTC)
    with Journal(tmp_path / "j.sqlite3", now=lambda: then) as j:
        letter = j.create_letter("To me", "Dear me")
        reframe = j.add_reframe("useless", "Sam", "no", "You were tired", {}, {})
        written = j.written_to_self()
        assert sorted((x.kind, x.uid, x.created) for x in written) == [
            (LETTER, letter.uid, then),
            (REFRAME, reframe.uid, then),
        ]
        offer = offer_for(Moment.OPENED, written, TODAY, OfferShelf(j).load(), enabled=True)
        assert offer is not None and offer.written.uid == letter.uid
        OfferShelf(j).save(OfferShelf(j).load().after(offer, TODAY))
        assert OfferShelf(j).load().last_day == TODAY
        assert offer_for(Moment.OPENED, written, TODAY, OfferShelf(j).load(), enabled=True) is None


def test_asked_for_one_it_comes_switch_or_no_switch_and_takes_turns() -> None:
    memory = OfferMemory().after(Offer(LAST_YEAR_TODAY, Why.HEAVY), TODAY)  # one today already

    def asked(memory: OfferMemory, enabled: bool = False) -> Offer | None:
        return offer_for(Moment.ASKED, EVERYTHING, TODAY, memory, enabled=enabled)

    offer = asked(memory)
    # the least lately offered: never offered first, a letter before the reframe
    assert offer == Offer(MARCH_LETTER, Why.ASKED)
    assert offer.text == ASKED_LETTER and "{when}" in offer.text
    memory = memory.after(offer, TODAY)
    offer = asked(memory, enabled=True)
    assert offer == Offer(JULY_REFRAME, Why.ASKED) and offer.text == ASKED_REFRAME
    # only what is old enough: nothing at all is None (the screen says there is nothing yet)
    assert offer_for(Moment.ASKED, [FRESH_LETTER], TODAY, memory, enabled=True) is None


def test_the_heaviest_check_in_around_a_practice_counts() -> None:
    assert heaviest(8, 3) == 8
    assert heaviest(None, 7) == 7
    assert heaviest(2, None) == 2
    assert heaviest(None, None) is None
    assert heaviest() is None


def test_an_offer_made_from_the_journal_is_remembered_at_once(tmp_path) -> None:
    then = datetime(2026, 3, 14, 20, 0, tzinfo=UTC)
    with Journal(tmp_path / "j.sqlite3", now=lambda: then) as j:
        letter = j.create_letter("To me", "Dear me")
        j.add_reframe("useless", "Sam", "no", "You were tired", {}, {})
        light = offer_now(j, Moment.AFTER_CHECKIN, TODAY, enabled=True, heaviness=HEAVY - 1)
        assert light is None and OfferShelf(j).load() == OfferMemory()
        off = offer_now(j, Moment.AFTER_CHECKIN, TODAY, enabled=False, heaviness=9)
        assert off is None and OfferShelf(j).load() == OfferMemory()
        offer = offer_now(j, Moment.AFTER_CHECKIN, TODAY, enabled=True, heaviness=9)
        assert offer is not None and offer.written.uid == letter.uid
        assert OfferShelf(j).load() == OfferMemory(TODAY, {letter.uid: TODAY})
        assert offer_now(j, Moment.AFTER_CHECKIN, TODAY, enabled=True, heaviness=10) is None
        asked = offer_now(j, Moment.ASKED, TODAY, enabled=True)
        assert asked is not None and asked.written.kind is REFRAME
