"""The writing practices' rules: the letter draft's life, and the reframe's steps."""

from __future__ import annotations

import pytest

from kindapp.core.writing.letter_draft import DraftEnd, DraftSave, LetterDraft, is_blank
from kindapp.core.writing.reframe_steps import ReframeExit, ReframeMove, ReframeStep

# ---- the letter draft ----------------------------------------------------------------------


def test_the_first_edit_creates_the_letter_at_once() -> None:
    fresh = LetterDraft(None, dirty=True)
    assert fresh.saves_at_once()
    assert fresh.next_save() is DraftSave.CREATE


def test_later_edits_wait_for_the_pause_and_update() -> None:
    draft = LetterDraft(7, dirty=True)
    assert not draft.saves_at_once()
    assert draft.next_save() is DraftSave.UPDATE


def test_nothing_unsaved_writes_nothing() -> None:
    assert LetterDraft(None, dirty=False).next_save() is DraftSave.NOTHING
    assert LetterDraft(7, dirty=False).next_save() is DraftSave.NOTHING


def test_a_letter_deleted_elsewhere_is_written_again_as_new() -> None:
    assert LetterDraft(7, dirty=True).when_missing() is DraftSave.CREATE


@pytest.mark.parametrize(
    ("title", "body", "end"),
    [
        ("", "", DraftEnd.DROP),
        ("  ", "\n\t ", DraftEnd.DROP),
        ("Dear me", "", DraftEnd.KEEP),
        ("", "a word", DraftEnd.KEEP),
    ],
)
def test_done_drops_a_letter_only_when_it_was_emptied(title: str, body: str, end: DraftEnd) -> None:
    assert LetterDraft(7, dirty=False).on_done(title, body) is end
    assert is_blank(title, body) is (end is DraftEnd.DROP)


def test_done_without_a_letter_has_nothing_to_drop() -> None:
    assert LetterDraft(None, dirty=False).on_done("", "") is DraftEnd.KEEP


# ---- the reframe's steps -------------------------------------------------------------------


def test_six_steps_numbered_as_the_pages() -> None:
    assert [int(s) for s in ReframeStep] == [0, 1, 2, 3, 4, 5]
    assert ReframeStep.THOUGHT == 0 and ReframeStep.READ_ALOUD == 5
    assert ReframeStep.THOUGHT.is_first and ReframeStep.READ_ALOUD.is_last
    assert [s for s in ReframeStep if s.needs_words] == [
        ReframeStep.THOUGHT,
        ReframeStep.KIND_VERSION,
    ]


def test_next_walks_forward_and_saves_on_the_way_to_the_read_aloud_view() -> None:
    for step in list(ReframeStep)[:-1]:
        move = step.next(viewing_past=False)
        assert move.to == step + 1 and move.exit is None
        assert move.save_first is (step is ReframeStep.FEELINGS)


def test_next_from_the_read_aloud_view_finishes_or_leaves_a_past_one() -> None:
    last = ReframeStep.READ_ALOUD
    assert last.next(viewing_past=False) == ReframeMove(exit=ReframeExit.FINISH)
    assert last.next(viewing_past=True) == ReframeMove(exit=ReframeExit.LEAVE)


def test_back_walks_backward_and_leaves_from_the_first_step() -> None:
    assert ReframeStep.THOUGHT.back(viewing_past=False, saved=False) == ReframeMove(
        exit=ReframeExit.LEAVE
    )
    for step in list(ReframeStep)[1:]:
        assert step.back(viewing_past=False, saved=False) == ReframeMove(to=ReframeStep(step - 1))
    assert ReframeStep.THOUGHT.back_leaves(viewing_past=False)
    assert not ReframeStep.PERSON.back_leaves(viewing_past=False)


def test_once_saved_back_from_the_read_aloud_view_finishes() -> None:
    last = ReframeStep.READ_ALOUD
    assert last.back(viewing_past=False, saved=True) == ReframeMove(exit=ReframeExit.FINISH)
    # an earlier step still goes back, saved or not
    assert ReframeStep.FEELINGS.back(viewing_past=False, saved=True).to is ReframeStep.KIND_VERSION


def test_a_past_reframe_is_left_by_back_from_anywhere() -> None:
    for step in ReframeStep:
        assert step.back(viewing_past=True, saved=True) == ReframeMove(exit=ReframeExit.LEAVE)
        assert step.back_leaves(viewing_past=True)
