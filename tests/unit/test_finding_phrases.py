"""Finding your phrases: the answers become phrases in the person's own words; a wish is
offered, never forced; two to four are kept, with a clear reason when not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kindapp.core.practices.finding import (
    PhrasesProblem,
    answer_lines,
    offer_wish,
    phrases_problem,
)
from kindapp.core.practices.phrases import keep_phrases


def test_every_line_of_the_answers_is_a_phrase_as_written_each_once() -> None:
    answers = ("I'm  here\n\n  You MATTER ", "i'm here.\nYou're doing your best")
    assert answer_lines(answers) == ("I'm here", "You MATTER", "You're doing your best")
    assert answer_lines(("", "  \n ")) == ()


@pytest.mark.parametrize(
    ("phrase", "wish"),
    [
        ("I am safe", "May I be safe."),
        ("i'm at peace.", "May I be at peace."),
        ("You are loved", "May I be loved."),
        ("You’re enough", "May I be enough."),
        ("Be kind to yourself", "May I be kind to myself."),
        ("You are kind to yourself and your body", "May I be kind to myself and my body."),
        ("I feel at ease", "May I feel at ease."),
        ("You have time", "May I have time."),
    ],
)
def test_a_wish_is_offered_for_a_plain_statement(phrase: str, wish: str) -> None:
    assert offer_wish(phrase, "en") == wish


@pytest.mark.parametrize(
    ("phrase", "wish"),
    [
        ("Ich bin sicher", "Möge ich sicher sein."),
        ("Du bist nicht allein", "Möge ich nicht allein sein."),
        ("Sei gut zu dir", "Möge ich gut zu mir sein."),
        ("Du hast Zeit", "Möge ich Zeit haben."),
        ("ich fühle mich geborgen", "Möge ich mich geborgen fühlen."),
    ],
)
def test_german_wishes_put_the_verb_at_the_end(phrase: str, wish: str) -> None:
    assert offer_wish(phrase, "de") == wish
    assert offer_wish(phrase, "de_DE") == wish


@pytest.mark.parametrize(
    ("phrase", "language"),
    [
        ("May I be safe", "en"),
        ("may I accept myself as I am.", "en"),
        ("You matter", "en"),
        ("You are loved as you are", "en"),  # which "you"? not plain: no offer
        ("Du bist gut, so wie du bist", "de"),  # no plain wish follows: the words stand as they are
        ("It's going to be okay", "en"),
        ("", "en"),
        ("Möge ich geborgen sein", "de"),
        ("Du zählst", "de"),
        ("I am safe", "fr"),  # no rules for the language: nothing offered
    ],
)
def test_no_wish_is_offered_for_a_wish_or_where_none_follows(phrase: str, language: str) -> None:
    assert offer_wish(phrase, language) is None


def test_an_offered_wish_keeps_the_persons_other_words_as_written() -> None:
    assert offer_wish("I am Anna, and I'm OK", "en") == "May I be Anna, and I'm OK."
    assert offer_wish("Ich bin Sams Freundin", "de") == "Möge ich Sams Freundin sein."


def test_taking_the_offer_is_the_persons_choice_the_statement_is_kept_too() -> None:
    statement = ["I'm here", "You matter"]
    assert keep_phrases(statement) == ("I'm here.", "You matter.")
    wished = [offer_wish(statement[0]) or statement[0], statement[1]]
    assert keep_phrases(wished) == ("May I be here.", "You matter.")


def test_the_problem_with_the_phrases_is_named() -> None:
    assert phrases_problem([]) is PhrasesProblem.NONE
    assert phrases_problem(["", "   "]) is PhrasesProblem.NONE
    assert phrases_problem(["I'm here"]) is PhrasesProblem.ONE
    assert phrases_problem(["I'm here", "i'm here."]) is PhrasesProblem.ONE  # the same twice
    assert phrases_problem(["a", "b", "c", "d", "e"]) is PhrasesProblem.TOO_MANY
    assert phrases_problem(["a", "b" * 121]) is PhrasesProblem.TOO_LONG
    for good in (["a", "b"], ["a", "", "b", "c", "d"], ["x" * 120, "y"]):
        assert phrases_problem(good) is None
        keep_phrases(good)  # what has no problem can be kept


@given(st.lists(st.text(alphabet="ab .!\n", max_size=130), max_size=7))
def test_the_screen_and_the_keeping_agree_on_what_can_be_kept(lines: list[str]) -> None:
    """What the screen lets begin (no problem) is exactly what the meditation can keep."""
    rows = [" ".join(line.split()) for line in lines]  # a row is one line
    try:
        keep_phrases(rows)
        kept = True
    except ValueError:
        kept = False
    assert (phrases_problem(rows) is None) is kept
