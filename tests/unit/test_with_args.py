"""Filling a translated text's places (%1, %2, ...) as Qt's QString::arg does."""

from __future__ import annotations

from kindapp.ui.common.text import with_args


def test_each_place_is_filled_by_its_argument_in_any_order() -> None:
    assert with_args("felt %1 → %2", 7, 3) == "felt 7 → 3"
    assert with_args("%2 von %1", "a", "b") == "b von a"  # a translation may reorder them
    assert with_args("%1 and %1 again", "x") == "x and x again"


def test_a_persons_words_are_never_filled_again() -> None:
    # Chained .replace("%1", ...).replace("%2", ...) would put the count into the words.
    assert with_args("“%1” · %2 min", "50%2 done", 4) == "“50%2 done” · 4 min"


def test_a_place_without_an_argument_stays() -> None:
    assert with_args("Step %1 of %2", 1) == "Step 1 of %2"
