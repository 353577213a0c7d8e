"""Check-ins, when to offer backdraft care, the grounding practice, and the Learn texts."""

from __future__ import annotations

import pytest

from kindapp.core.care import (
    GROUNDING,
    MAX_CHECKIN_WORDS,
    CheckIn,
    needs_backdraft_care,
)
from kindapp.core.learn import TOPIC_IDS, TOPICS, topic
from kindapp.core.practices import BREAK_PHRASES, StepKind


def test_checkin_bounds() -> None:
    assert CheckIn(0).heaviness == 0 and CheckIn(10, "ok").words == "ok"
    assert CheckIn().is_empty
    for bad in (-1, 11, True):
        with pytest.raises(ValueError):
            CheckIn(bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        CheckIn(3, "x" * (MAX_CHECKIN_WORDS + 1))


def test_checkin_make_tidies_and_drops_empty() -> None:
    assert CheckIn.make(None, "   ") is None
    assert CheckIn.make(None, "  a   bit\ttired ") == CheckIn(None, "a bit tired")
    assert CheckIn.make(4, "") == CheckIn(4, "")
    long = CheckIn.make(2, "word " * 40)
    assert long is not None and len(long.words) <= MAX_CHECKIN_WORDS


@pytest.mark.parametrize(
    ("before", "after", "stirred", "care"),
    [
        (CheckIn(3), CheckIn(5), False, True),  # two heavier
        (CheckIn(3), CheckIn(9), False, True),
        (CheckIn(3), CheckIn(4), False, False),  # one heavier: not yet
        (CheckIn(6), CheckIn(2), False, False),  # lighter
        (CheckIn(6), CheckIn(2), True, True),  # the person said so
        (None, CheckIn(9), False, False),  # nothing to compare with
        (CheckIn(1), None, False, False),
        (CheckIn(None, "tense"), CheckIn(8), False, False),
        (None, None, True, True),
    ],
)
def test_needs_backdraft_care(
    before: CheckIn | None, after: CheckIn | None, stirred: bool, care: bool
) -> None:
    assert needs_backdraft_care(before, after, stirred) is care


def test_grounding_is_short_calm_and_has_no_phrases() -> None:
    g = GROUNDING
    assert g.id == "ground"
    assert 30 <= g.total_s <= 60
    assert g.end_cue == "closing_bell"
    assert g.steps[0].cue is not None
    assert all(s.cue is None for s in g.steps[1:])  # one calm cue, then the closing bell
    assert all(s.kind in (StepKind.INTRO, StepKind.SETTLE, StepKind.REST) for s in g.steps)
    assert not any(s.editable for s in g.steps)
    text = " ".join(f"{s.title} {s.text} {s.hint}" for s in g.steps).lower()
    for needed in ("feet", "floor", "breath", "look around"):
        assert needed in text
    for phrase in (p for ps in BREAK_PHRASES.values() for p in ps):
        assert phrase.lower() not in text
    for word in ("compassion", "kind", "suffering", "heart", "deserve"):
        assert word not in text


def test_learn_topics_are_short_and_complete() -> None:
    assert set(TOPIC_IDS) >= {
        "three-parts",
        "myths",
        "accountability",
        "backdraft",
        "awkward",
        "self-esteem",
        "support",
    }
    assert len(set(TOPIC_IDS)) == len(TOPIC_IDS)
    for t in TOPICS:
        assert 80 <= t.word_count <= 180, (t.id, t.word_count)
        assert all(p.strip() == p and p for p in t.paragraphs)
    myths = " ".join(topic("myths").paragraphs)
    for myth in ("Self-pity", "Self-indulgence", "Weakness", "Excuses", "Motivation"):
        assert myth in myths
    assert "twenty" in " ".join(topic("awkward").paragraphs)
    assert "It makes sense this feels foreign" in " ".join(topic("awkward").paragraphs)
    support = " ".join(topic("support").paragraphs)
    assert "therapist" in support and "Compassion-focused therapy" in support
    assert "local emergency services" in support
    assert not any(ch.isdigit() for t in TOPICS for p in t.paragraphs for ch in p)  # no numbers
    with pytest.raises(ValueError):
        topic("nope")


def test_typed_digits_reach_the_whole_scale_and_1_then_0_is_10():
    from kindapp.core.care import HEAVINESS_MAX, heaviness_typed

    assert heaviness_typed(7, None, None) == 7
    assert heaviness_typed(0, 1, 0.5) == HEAVINESS_MAX == 10
    assert heaviness_typed(0, 1, 5.0) == 0  # a while later: a fresh 0
    assert heaviness_typed(0, 2, 0.1) == 0
    assert heaviness_typed(1, 1, 0.1) == 1
    with pytest.raises(ValueError):
        heaviness_typed(10, None, None)
