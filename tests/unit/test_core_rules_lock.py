"""The lock's plain rules as a person meets them: which new passphrases are refused and why,
when the gentle "easy to guess" hint shows, and how much idle time is left before the
letters lock again (kindapp.core.passphrase_rules, kindapp.core.lock_rules)."""

from __future__ import annotations

import pytest

from kindapp.core.lock_rules import idle_left
from kindapp.core.my_words import PRIVATE_FIELDS, preferences_only
from kindapp.core.passphrase_rules import MIN_CHARS, Refusal, easy_to_guess, refusal


def test_a_new_passphrase_needs_eight_characters_that_are_not_all_space() -> None:
    assert MIN_CHARS == 8
    assert refusal("") is Refusal.BLANK
    assert refusal(" \t\n ") is Refusal.BLANK
    assert refusal(" " * 20) is Refusal.BLANK  # long, but nothing to remember
    assert refusal("seven c") is Refusal.SHORT
    assert refusal("eight ch") is None  # exactly MIN_CHARS
    assert refusal("a quiet morning by the sea") is None
    assert Refusal.SHORT.value == "short" and Refusal.BLANK.value == "blank"


def test_characters_are_counted_as_a_person_sees_them() -> None:
    # "é" typed as e + combining accent is one character, as when typed precomposed
    decomposed = "cafe\u0301 au"  # 7 characters on screen, 8 code points
    assert len(decomposed) == 8
    assert refusal(decomposed) is Refusal.SHORT
    assert refusal(decomposed + "!") is None


@pytest.mark.parametrize(
    "passphrase",
    [
        "aaaaaaaaaaaaaaaaaaaa",  # few different characters, however long
        "abababab cdcd abab",  # four letters and the space
        "sunflower",  # one short word
        "Sunflowers123",  # one word of 13
    ],
)
def test_the_hint_shows_for_what_is_easy_to_guess(passphrase: str) -> None:
    assert easy_to_guess(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    [
        "quiet harbour",  # two ordinary words
        "Sunflowers1234",  # one word, but 14 characters of enough kinds
        "  quiet harbour  ",  # spaces around do not count against it
        "abcdef gh",  # six different characters, two words
    ],
)
def test_no_hint_for_a_few_words_or_a_long_varied_one(passphrase: str) -> None:
    assert not easy_to_guess(passphrase)


def test_the_hint_counts_letters_without_case_and_as_seen() -> None:
    assert easy_to_guess("AaBbCc DdAa aabb")  # four letters in two cases, and the space
    assert not easy_to_guess("AaBbCc DdEe aabb")  # five letters and the space: six
    # é typed as e + combining accent is one character: é, a, b, c and the space
    assert easy_to_guess("e\u0301e\u0301e\u0301e\u0301 abc")


def test_one_word_padded_with_spaces_is_still_one_short_word() -> None:
    assert easy_to_guess("   sunflower      ")  # 9 characters once trimmed
    assert easy_to_guess("sunflowerss12")  # 13: the hint
    assert not easy_to_guess("sunflowerss123")  # 14: none


def test_idle_time_left_before_the_letters_lock() -> None:
    assert idle_left(used_at=100.0, now=100.0, minutes=15) == 900.0
    assert idle_left(used_at=100.0, now=400.0, minutes=5) == 0.0  # lock now
    assert idle_left(used_at=100.0, now=160.5, minutes=5) == 239.5
    assert idle_left(used_at=0.0, now=4000.0, minutes=60) == -400.0  # past due: lock now


def test_settings_json_keeps_only_preferences() -> None:
    data = {
        "volume": 0.5,
        "own_words": {"kindness": "mine"},
        "touch_own_phrases": ["a"],
        "touch_phrase": "a",
        "look": "dark",
    }
    assert preferences_only(data) == {"volume": 0.5, "look": "dark"}
    assert set(PRIVATE_FIELDS) == {"own_words", "touch_own_phrases", "touch_phrase"}
    assert data["own_words"] == {"kindness": "mine"}  # the dict given is left alone
