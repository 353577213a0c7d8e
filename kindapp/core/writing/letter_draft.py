"""When the letter being written becomes a letter in the journal, is saved, kept or dropped.

* Nothing is in the journal until the first edit; that first edit (any keystroke, in the
  title or the body) creates the letter at once, so a crash right after loses nothing.
  Later edits are written after a short pause (the widget's debounce).
* A letter deleted elsewhere while it is still open here is written again as a new letter:
  the words on the screen are never lost.
* Done: a letter whose title and body are both blank is dropped (nothing was kept in it);
  any other letter is kept. Leaving without Done keeps the letter as the open draft.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class DraftSave(Enum):
    """What writing the draft does now."""

    NOTHING = "nothing"
    """Nothing is unsaved."""
    CREATE = "create"
    """No letter yet (or it was deleted elsewhere): create one with these words."""
    UPDATE = "update"
    """Write the words into the existing letter."""


class DraftEnd(Enum):
    """What Done does with the letter."""

    KEEP = "keep"
    DROP = "drop"


def is_blank(title: str, body: str) -> bool:
    return not title.strip() and not body.strip()


@dataclass(frozen=True)
class LetterDraft:
    """The draft's state as the widget holds it: its letter's id (None: not created yet)
    and whether there are unsaved edits."""

    letter_id: int | None
    dirty: bool

    def saves_at_once(self) -> bool:
        """After an edit: write now (the first edit creates the letter), not after a pause."""
        return self.letter_id is None

    def next_save(self) -> DraftSave:
        if not self.dirty:
            return DraftSave.NOTHING
        return DraftSave.CREATE if self.letter_id is None else DraftSave.UPDATE

    def when_missing(self) -> DraftSave:
        """The letter was deleted elsewhere while open here: keep the words as a new one."""
        return DraftSave.CREATE

    def on_done(self, title: str, body: str) -> DraftEnd:
        if self.letter_id is not None and is_blank(title, body):
            return DraftEnd.DROP
        return DraftEnd.KEEP
