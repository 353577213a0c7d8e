"""Which earlier letter or reframe Kind offers, and what it remembers of its offers: the
oldest anniversary letter first, a letter before a reframe after a heavy check-in, the memory
kept whole through the journal and bounded to the latest offers (kindapp.core.past_self)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kindapp.core.past_self import (
    KEEP_OFFERED,
    Moment,
    Offer,
    OfferMemory,
    Why,
    Written,
    WrittenKind,
    offer_for,
)

TODAY = date(2026, 12, 3)


def _w(kind: WrittenKind, i: int, created: date) -> Written:
    return Written(
        kind, i, f"uid-{i}", datetime(created.year, created.month, created.day, 9, tzinfo=UTC)
    )


def test_on_two_anniversaries_the_oldest_letter_comes_back() -> None:
    letters = [
        _w(WrittenKind.LETTER, 7, date(2025, 12, 3)),
        _w(WrittenKind.LETTER, 3, date(2023, 12, 3)),
        _w(WrittenKind.LETTER, 5, date(2024, 12, 3)),
    ]
    offer = offer_for(Moment.OPENED, letters, TODAY, OfferMemory(), enabled=True)
    assert offer is not None and offer.why is Why.ANNIVERSARY
    assert offer.written.id == 3


def test_after_a_heavy_check_in_a_letter_before_a_reframe_never_offered() -> None:
    written = [
        _w(WrittenKind.REFRAME, 1, date(2026, 1, 5)),  # older, but a reframe
        _w(WrittenKind.LETTER, 2, date(2026, 6, 5)),
    ]
    offer = offer_for(
        Moment.AFTER_CHECKIN, written, TODAY, OfferMemory(), enabled=True, heaviness=8
    )
    assert offer is not None and (offer.written.id, offer.why) == (2, Why.HEAVY)
    # once the letter was offered, the reframe's turn
    memory = OfferMemory().after(offer, TODAY - timedelta(days=3))
    again = offer_for(Moment.AFTER_CHECKIN, written, TODAY, memory, enabled=True, heaviness=8)
    assert again is not None and again.written.id == 1


def test_the_memory_comes_back_whole_from_the_journal() -> None:
    assert OfferMemory.from_json(OfferMemory().to_json()) == OfferMemory()
    memory = OfferMemory(TODAY, {"a": TODAY, "b": date(2026, 11, 1)})
    assert OfferMemory.from_json(memory.to_json()) == memory
    # written by an earlier Kind: only the last day, or no last day yet
    assert OfferMemory.from_json('{"last_day": "2026-12-03"}') == OfferMemory(TODAY, {})
    assert OfferMemory.from_json('{"last_day": null, "offered": {"a": "2026-12-03"}}') == (
        OfferMemory(None, {"a": TODAY})
    )
    assert OfferMemory.from_json("not json") == OfferMemory()


def test_the_memory_keeps_the_latest_offers_only() -> None:
    start = date(2026, 1, 1)
    # uids that sort the other way round from their days
    offered = {f"z{KEEP_OFFERED - i:04d}": start + timedelta(days=i) for i in range(KEEP_OFFERED)}
    memory = OfferMemory(None, offered)
    letter = _w(WrittenKind.LETTER, 1, date(2025, 1, 1))
    after = memory.after(Offer(letter, Why.HEAVY), TODAY)
    assert len(after.offered) == KEEP_OFFERED and after.last_day == TODAY
    assert after.offered["uid-1"] == TODAY
    assert f"z{KEEP_OFFERED:04d}" not in after.offered  # the oldest day gives way
    assert f"z{1:04d}" in after.offered
