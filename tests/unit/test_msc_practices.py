"""The guided practices of the MSC course as data: each plays end to end in PracticeRun with
one bell per turn, lasts what it says, and keeps its rules (the phrases, the ratio, the body's
order, the emotion and the place)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kindapp.core.breathing import PATTERNS, Phase
from kindapp.core.catalog import PracticeName
from kindapp.core.clock import FakeClock
from kindapp.core.cue_plan import plan_from
from kindapp.core.my_words import MyWords, with_found_phrases
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import (
    Practice,
    affectionate_breathing,
    body_scan_practice,
    giving_receiving_practice,
    phrases_practice,
    soften_practice,
)
from kindapp.core.practices.body import BODY_PLACES, PLACE_IDS, body_place
from kindapp.core.practices.giving_receiving import ME, YOU, breath_for_at, clean_name
from kindapp.core.practices.phrases import clean_phrase, keep_phrases
from kindapp.core.practices.soften_soothe_allow import EMOTIONS, clean_emotion
from kindapp.core.session import State

EVENING = datetime(2026, 12, 3, 20, 0, tzinfo=UTC)
PHRASES = ("May I be safe", "you matter", "I'm here.")


def every(mode: str) -> list[Practice]:
    return [
        affectionate_breathing(mode),
        phrases_practice(PHRASES, mode),
        soften_practice(mode, "Fear", "chest"),
        giving_receiving_practice(mode, "two-one"),
        body_scan_practice(mode),
    ]


class Bells:
    """The sound edge: notes each cue it is asked to play, and when."""

    scheduling = False

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.played: list[tuple[str, float]] = []
        self.ended = 0

    def play(self, cue: str) -> None:
        self.played.append((cue, self.clock.now()))

    def schedule(self, cues: object) -> None:
        raise AssertionError("this player plays each cue as it comes")

    def end_practice(self) -> None:
        self.ended += 1


MINUTES = {
    PracticeName.AFFECTIONATE_BREATHING: (10, 3),
    PracticeName.PHRASES: (10, 3),
    PracticeName.SOFTEN: (12, 5),
    PracticeName.GIVING_RECEIVING: (12, 5),
    PracticeName.BODY_SCAN: (20, 8),
}


@pytest.mark.parametrize("mode", ["guided", "short"])
def test_each_guided_practice_lasts_its_minutes(mode: str) -> None:
    for practice in every(mode):
        guided, short = MINUTES[PracticeName(practice.id)]
        assert practice.total_s == (guided if mode == "guided" else short) * 60, practice.id
        assert practice.mode == mode


@pytest.mark.parametrize("mode", ["guided", "short"])
def test_each_turn_rings_one_bell_as_it_begins_and_the_closing_bell_ends_it(mode: str) -> None:
    for practice in every(mode):
        clock = FakeClock()
        bells = Bells(clock)
        records = []
        run = PracticeRun(practice, clock, bells, records.append, wall_now=lambda: EVENING)
        run.start()
        start = clock.now()
        while run.session.state is State.RUNNING:
            clock.set(run.session.next_deadline())
            run.session.tick()
        starts = practice.step_starts()
        want = [(s.cue, start + t) for s, t in zip(practice.steps, starts, strict=True)]
        want.append(("closing_bell", start + practice.total_s))
        assert bells.played == want
        assert all(cue for cue, _ in want), f"{practice.id}: a turn without a bell"
        assert bells.ended == 1
        assert [(r.practice, r.mode, r.outcome) for r in records] == [
            (practice.id, mode, "finished")
        ]


def test_a_scheduling_player_is_planned_the_same_bells_ahead() -> None:
    practice = body_scan_practice("short")
    clock = FakeClock()
    run = PracticeRun(practice, clock, _Planner(), lambda r: None)
    run.start()
    plan = plan_from(run.session, clock.now(), breath_sounds=False)
    steps = [c for c in plan.cues if c.kind == "step"]
    assert len(steps) == len(practice.steps) == len(BODY_PLACES) + 3
    assert [c.kind for c in plan.cues][-1] == "end"


class _Planner:
    scheduling = True

    def play(self, cue: str) -> None:
        raise AssertionError

    def schedule(self, cues: object) -> None:
        pass

    def end_practice(self) -> None:
        pass


def test_lengths_other_than_guided_and_short_are_refused() -> None:
    with pytest.raises(ValueError, match="guided or short"):
        affectionate_breathing("long")
    with pytest.raises(ValueError):
        body_scan_practice("quick")


def test_affectionate_breathing_does_not_pace_and_invites_a_kind_return() -> None:
    practice = affectionate_breathing("guided")
    assert all(s.pattern is None for s in practice.steps)
    assert any(s.follow_own_breath for s in practice.steps)
    returns = [s for s in practice.steps if s.id.startswith("return")]
    assert len(returns) == 2 and all("kind" in s.text.lower() for s in returns)


def test_phrases_are_cleaned_kept_two_to_four_and_each_once() -> None:
    assert clean_phrase("  may  I be   safe ") == "May I be safe."
    assert clean_phrase("You matter!") == "You matter!"
    assert keep_phrases(["May I be safe", "", "may I be safe.", "I'm here"]) == (
        "May I be safe.",
        "I'm here.",
    )
    with pytest.raises(ValueError, match="2 to 4"):
        keep_phrases(["Only one"])
    with pytest.raises(ValueError, match="2 to 4"):
        keep_phrases(["a", "b", "c", "d", "e"])
    with pytest.raises(ValueError):
        clean_phrase("x" * 121)


def test_the_phrase_meditation_shows_the_persons_own_words() -> None:
    practice = phrases_practice(PHRASES, "short")
    shown = [s for s in practice.steps if s.kind.value == "phrase"]
    assert len(shown) == 3
    assert all(s.text == "May I be safe.\nYou matter.\nI'm here." for s in shown)
    assert all(s.hint for s in shown), "Kind's guidance is beside the words, not over them"


def test_found_phrases_become_my_words_without_losing_any() -> None:
    before = MyWords({"humanity": "I'm not alone."}, ("It's okay.", "I'm here."), "It's okay.")
    kept = keep_phrases(PHRASES)
    after = with_found_phrases(before, kept, kindness=True)
    assert after.own_words == {"humanity": "I'm not alone.", "kindness": "May I be safe."}
    assert after.touch_own_phrases == ("May I be safe.", "You matter.", "I'm here.", "It's okay.")
    assert after.touch_phrase == "It's okay."
    untouched = with_found_phrases(before, kept, kindness=False)
    assert untouched.own_words == before.own_words
    assert MyWords.from_json(after.to_json()) == after, "My words' own rules accept them"


def test_soften_soothe_allow_carries_the_emotion_and_the_place_and_ends_by_letting_go() -> None:
    practice = soften_practice("guided", "  that's   grief ", "belly")
    by_id = {s.id: s for s in practice.steps}
    assert by_id["name"].hint == "that's grief"
    assert [by_id[i].place for i in ("find", "soften", "soothe", "allow")] == ["belly"] * 4
    assert practice.steps[-1].id == "let-go"
    plain = soften_practice("short")
    assert all(s.place is None for s in plain.steps) and plain.steps[1].hint
    assert "Fear" in EMOTIONS
    with pytest.raises(ValueError):
        soften_practice("short", place="elbow")
    with pytest.raises(ValueError):
        clean_emotion("x" * 61)


@pytest.mark.parametrize(
    ("ratio", "first_six"),
    [
        ("one-one", [ME, YOU, ME, YOU, ME, YOU]),
        ("two-one", [ME, ME, YOU, ME, ME, YOU]),
        ("all-me", [ME] * 6),
    ],
)
def test_each_breath_is_for_whom_the_ratio_says(ratio: str, first_six: list[str]) -> None:
    practice = giving_receiving_practice("guided", ratio)
    step = next(s for s in practice.steps if s.id == "exchange")
    pattern = step.pattern
    assert pattern == PATTERNS["six"]
    # the middle of each of the first six breaths (5 s in, 5 s out)
    assert [breath_for_at(step, 2.5 + 5 * k) for k in range(6)] == first_six
    receive = next(s for s in practice.steps if s.id == "receive")
    assert {breath_for_at(receive, t) for t in range(0, 60, 5)} == {ME}
    rest = practice.steps[-1]
    assert breath_for_at(rest, 3.0) is None


def test_a_hold_belongs_to_the_breath_before_it() -> None:
    practice = giving_receiving_practice("short", "one-one", PATTERNS["box"])
    step = next(s for s in practice.steps if s.id == "exchange")
    assert step.pattern is not None and step.pattern.phase_at(6.0)[0] is Phase.HOLD_IN
    assert [breath_for_at(step, t) for t in (2.0, 6.0, 10.0, 14.0, 18.0)] == [ME, ME, YOU, YOU, ME]


def test_the_name_breathed_for_is_never_part_of_the_practice() -> None:
    assert clean_name("  Sam  ") == "Sam"
    with pytest.raises(ValueError):
        clean_name("x" * 41)
    practice = giving_receiving_practice("short", "one-one")
    assert "Sam" not in repr(practice)


def test_the_body_scan_goes_from_the_feet_to_the_head_and_names_each_place() -> None:
    practice = body_scan_practice("guided")
    places = [s.place for s in practice.steps if s.place]
    assert places == list(PLACE_IDS)
    assert places[0] == "feet" and places[-1] == "head"
    assert all(s.hint for s in practice.steps if s.place), "each part says it can be skipped"
    assert body_place("chest").name == "Chest"
    with pytest.raises(ValueError):
        body_place("tail")


def test_next_skips_a_place_and_its_bell_rings_for_the_next_one() -> None:
    practice = body_scan_practice("short")
    clock = FakeClock()
    bells = Bells(clock)
    run = PracticeRun(practice, clock, bells, lambda r: None)
    run.start()
    clock.set(run.session.next_deadline())
    run.session.tick()  # now at the feet
    clock.advance(3.0)
    run.session.next()  # the feet are too much: on to the legs
    assert run.session.step.place == "legs"
    assert bells.played[-1] == ("breath_chime", clock.now())


def test_each_guided_practice_is_built_by_its_name() -> None:
    from kindapp.core.practices.msc import EXAMPLE_PHRASES, GUIDED, guided_for

    for name in GUIDED:
        for mode in ("guided", "short"):
            practice = guided_for(name, mode)
            assert (practice.id, practice.mode) == (name, mode)
    mine = guided_for(PracticeName.PHRASES, "short", ["I'm here", " ", "You matter"])
    assert mine.steps[1].text == "I'm here.\nYou matter."
    one = guided_for(PracticeName.PHRASES, "short", ["Only one"])
    assert one.steps[1].text == "\n".join(EXAMPLE_PHRASES)  # examples until there are two
    ratio = guided_for(PracticeName.GIVING_RECEIVING, "short", ratio="all-me")
    assert {s.breath_for for s in ratio.steps if s.id == "exchange"} == {(ME,)}
    with pytest.raises(ValueError, match="no guided practice"):
        guided_for("break", "short")
    with pytest.raises(ValueError, match="guided or short"):
        guided_for(PracticeName.BODY_SCAN, "quick")
