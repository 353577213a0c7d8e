"""The writing practices: the letter, the letters library, the friend reframe.

A part of AppController (see controller.py and flow_base.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from kindapp.core.navigation import Nav, Screen
from kindapp.core.records import PracticeRecord
from kindapp.core.session import State
from kindapp.ui.common.flow_base import FlowBase


class WritingFlow(FlowBase):
    # -- writing practices -----------------------------------------------------------------
    def _build_writing(self, screen: Screen) -> Any:
        journal = self._journal
        assert journal is not None, "the journal is opened before a writing screen is shown"
        if screen is Screen.LETTER:
            from kindapp.ui.writing.letter_screen import LetterScreen

            return LetterScreen(journal, prompts_visible=self.settings.letter_prompts)
        if screen is Screen.LETTERS:
            from kindapp.ui.writing.letters_library import LettersLibrary

            return LettersLibrary(journal)
        if screen is Screen.REFRAME:
            from kindapp.ui.writing.reframe_screen import ReframeScreen

            return ReframeScreen(journal)
        from kindapp.ui.writing.past_reframes import PastReframes

        return PastReframes(journal)

    def _open_writing(self, event: Nav) -> bool:
        """Go to a writing screen if the journal can be opened (else the person is told)."""
        if self.driver is not None and self.driver.session.state in (
            State.READY,
            State.RUNNING,
            State.PAUSED,
        ):
            self.open_window()
            return False
        if self.journal() is None:
            self.open_window()
            return False
        self.nav.go(event)
        self.open_window()
        return True

    def open_letter(self) -> None:
        """The letter practice: back into the draft if there is one, else a fresh page."""
        if self._open_writing(Nav.OPEN_LETTER):
            self._writing_since = self._wall_now()
            self.window.screen(Screen.LETTER).open_draft()  # type: ignore[attr-defined]

    def _open_letter_id(self, letter_id: int) -> None:
        if self._open_writing(Nav.OPEN_LETTER):
            self._writing_since = self._wall_now()
            self.window.screen(Screen.LETTER).open_letter(letter_id)  # type: ignore[attr-defined]

    def _new_letter(self) -> None:
        if self._open_writing(Nav.OPEN_LETTER):
            self._writing_since = self._wall_now()
            self.window.screen(Screen.LETTER).new_letter()  # type: ignore[attr-defined]

    def _letter_finished(self) -> None:
        if self._wrote_letter:
            self._record_writing("letter")
        self._wrote_letter = False
        self._writing_since = None
        self.nav.go(Nav.HOME)

    def open_reframe(self) -> None:
        if self._open_writing(Nav.OPEN_REFRAME):
            self._writing_since = self._wall_now()
            self.window.screen(Screen.REFRAME).start()  # type: ignore[attr-defined]

    def _open_reframe_id(self, reframe_id: int) -> None:
        journal = self.journal()
        reframe = journal.get_reframe(reframe_id) if journal is not None else None
        if reframe is not None and self._open_writing(Nav.OPEN_REFRAME):
            self.window.screen(Screen.REFRAME).show_reframe(reframe)  # type: ignore[attr-defined]

    def _record_writing(self, practice: str) -> None:
        """A letter or a reframe counts as a moment of practice in the history."""
        since, self._writing_since = self._writing_since, None
        if since is None:
            return
        now = self._wall_now()
        self._record(
            PracticeRecord(
                practice, "write", since, now, max((now - since).total_seconds(), 0.0), "finished"
            )
        )

    def _wall_now(self) -> datetime:
        return datetime.now(UTC)
