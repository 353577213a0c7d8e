"""The choices before giving and receiving compassion and soften, soothe, allow: the ratio the
pacer carries and a name that is kept only when asked; the emotion's name (own words win) and
its place in the body; nothing unknown gets through."""

from __future__ import annotations

import pytest

from kindapp.core.practices.giving_receiving import ME, YOU, breath_for_at
from kindapp.core.practices.setup_choices import ASKED_FIRST, GivingChoice, SoftenChoice
from kindapp.core.practices.soften_soothe_allow import EMOTIONS
from kindapp.core.settings import Settings, from_dict


def whom(practice, step_id: str, breaths: int) -> list[str | None]:  # type: ignore[no-untyped-def]
    step = next(s for s in practice.steps if s.id == step_id)
    assert step.pattern is not None
    half = step.pattern.cycle_s / 2  # five in, five out: one breath is half a cycle
    return [breath_for_at(step, half * n + 0.1) for n in range(breaths)]


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        ("one-one", [ME, YOU, ME, YOU, ME, YOU]),
        ("two-one", [ME, ME, YOU, ME, ME, YOU]),
        ("all-me", [ME] * 6),
    ],
)
def test_the_ratio_chosen_is_what_the_pacer_carries(ratio: str, expected: list[str]) -> None:
    practice = GivingChoice(ratio).practice("short")
    assert whom(practice, "exchange", 6) == expected
    assert whom(practice, "receive", 3) == [ME] * 3  # breathing in for oneself, whatever the ratio


def test_a_name_is_kept_only_when_asked() -> None:
    said = GivingChoice("two-one", "  Sam   Lee ")
    assert said.checked().name == "Sam Lee"
    assert said.kept_name() == ""
    assert GivingChoice("two-one", "Sam", remember_name=True).kept_name() == "Sam"
    # the name is never part of the practice (nor so of its record)
    practice = GivingChoice("one-one", "Sam").practice("guided")
    assert "Sam" not in repr(practice)
    assert Settings().giving_name == "" and Settings().giving_ratio == "one-one"


def test_unknown_ratios_and_overlong_names_are_refused() -> None:
    with pytest.raises(ValueError, match="ratio"):
        GivingChoice("three-for-me").checked()
    with pytest.raises(ValueError, match="name"):
        GivingChoice("one-one", "x" * 41).checked()
    _, invalid = from_dict({"giving_ratio": "lots", "giving_name": 4})
    assert set(invalid) == {"giving_ratio", "giving_name"}
    kept, invalid = from_dict({"giving_ratio": "all-me", "giving_name": " Ana "})
    assert (kept.giving_ratio, kept.giving_name, invalid) == ("all-me", "Ana", [])


def test_the_emotion_named_own_words_first_and_its_place_in_the_body() -> None:
    assert SoftenChoice().named() == ""
    assert SoftenChoice("Fear").named() == "Fear"
    assert SoftenChoice("Fear", "  a knot   of dread ").named() == "a knot of dread"
    practice = SoftenChoice("Grief", "", "chest").practice("short")
    steps = {s.id: s for s in practice.steps}
    assert steps["name"].hint == "Grief"
    assert [s.id for s in practice.steps if s.place == "chest"] == [
        "find",
        "soften",
        "soothe",
        "allow",
        "together",
    ]
    plain = SoftenChoice().practice("short")
    assert all(s.place is None for s in plain.steps)
    assert len(practice.steps) == len(plain.steps)  # still one bell per turn, the same turns


def test_nothing_unknown_gets_through() -> None:
    with pytest.raises(ValueError):
        SoftenChoice("Boredom").checked()
    with pytest.raises(ValueError):
        SoftenChoice(place="elbow").checked()
    with pytest.raises(ValueError):
        SoftenChoice(own_words="w" * 61).checked()
    assert SoftenChoice(EMOTIONS[0], "", "belly").checked().place == "belly"
    assert {str(n) for n in ASKED_FIRST} == {"giving-receiving", "soften-soothe-allow"}
