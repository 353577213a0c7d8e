"""My words: kept in the journal (under its lock), never in settings.json."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindapp.core.settings import Settings
    from kindapp.ui.common.services import JournalAccess, Prefs

log = logging.getLogger(__name__)


class WordsKeeper:
    """Moves My words into the journal once it can be read, and keeps them there."""

    def __init__(self, journals: JournalAccess, prefs: Prefs) -> None:
        self._journals = journals
        self._prefs = prefs

    def adopt_words(self) -> None:
        """The journal can be read: bring My words together (the journal's, the settings
        file's from before the move, and any typed while it was locked; nothing dropped),
        keep them in the journal, and leave them out of settings.json from now on."""
        from kindapp.core.journal import JournalError
        from kindapp.core.my_words import MyWords, WordsShelf, merge, with_words

        journal = self._journals.opened
        if journal is None:
            return
        prefs = self._prefs
        shelf = WordsShelf(journal)
        here = MyWords.of(prefs.settings)
        try:
            kept = shelf.load()
            if prefs.words_home and not prefs.words_waiting:
                words = kept if kept is not None else here
            else:  # from the settings file, or typed while locked: they win, nothing lost
                words = merge(kept, here)
            if words != kept:
                shelf.save(words)
        except JournalError as exc:
            log.error("My words were not moved into the journal: %s", exc)
            return
        prefs.adopt(with_words(prefs.settings, words))

    def keep_words(self, settings: Settings) -> bool:
        """Write My words to the journal now; False while it is locked (held until then)."""
        from kindapp.core.journal import JournalError
        from kindapp.core.my_words import MyWords, WordsShelf

        journal = self._journals.peek()
        if journal is None:
            return False
        try:
            WordsShelf(journal).save(MyWords.of(settings))
        except JournalError as exc:
            log.error("My words were not kept in the journal: %s", exc)
            return False
        return True
