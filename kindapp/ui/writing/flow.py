"""The writing practices: the letter, the letters library, the friend reframe.

Writing waits while a practice is going on (`practice_busy`), and a letter or a reframe counts
as a moment of practice in the history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kindapp.core.navigation import Nav, Navigator, Page, Screen
from kindapp.core.records import PracticeRecord
from kindapp.core.reminders import local_zone
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.operations import EVERYTHING, Change, Operations
from kindapp.ui.common.services import Notices, Prefs, ScreenHost, page_of

if TYPE_CHECKING:
    from kindapp.core.voice_store import VoiceStore
    from kindapp.ui.writing.catch_window import CatchWindow
    from kindapp.ui.writing.letter_screen import LetterScreen
    from kindapp.ui.writing.letters_library import LettersLibrary
    from kindapp.ui.writing.past_reframes import PastReframes
    from kindapp.ui.writing.reframe_screen import ReframeScreen


def utc_now() -> datetime:
    return datetime.now(UTC)


class WritingFlow(QObject):
    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        prefs: Prefs,
        journal: JournalDoor,
        notices: Notices,
        practice_busy: Callable[[], bool],
        voices: VoiceStore | None = None,
        listen: Callable[[str], None] | None = None,
        parent: QObject | None = None,
        *,
        autosave: bool = True,
        wall_now: Callable[[], datetime] = utc_now,
    ) -> None:
        """`wall_now`: the time of day (aware), for how long the writing took and for a kind
        day's date (a fixed one in tests)."""
        super().__init__(parent)
        self._wall_now = wall_now
        self._autosave = autosave
        self._voices = voices
        self._listen = listen
        self._host = host
        self._nav = nav
        self._prefs = prefs
        self._journal = journal
        self._notices = notices
        self._practice_busy = practice_busy
        self._writing_since: datetime | None = None
        self._wrote_letter = False
        self._catch: CatchWindow | None = None
        from kindapp.ui.writing.more_flow import MoreWriting

        self.more = MoreWriting(
            host,
            nav,
            journal,
            self.open_writing,
            lambda: wall_now().astimezone(local_zone()),
            parent=self,
        )

        host.set_factory(Screen.LETTER, self._build_letter)
        host.set_factory(
            Screen.LETTERS, self._build_letters, lambda: self._letters().show_letters()
        )
        host.set_factory(Screen.REFRAME, self._build_reframe)
        host.set_factory(Screen.REFRAMES, self._build_reframes, lambda: self._reframes().refresh())

    # -- screens ---------------------------------------------------------------------------
    def _go_home(self) -> None:
        self._nav.go(Nav.HOME)

    def _ops(self) -> Operations:
        return self._journal.operations

    def _build_letter(self) -> QWidget:
        from kindapp.ui.writing.letter_screen import LetterScreen

        page = LetterScreen(
            self._ops(),
            prompts_visible=self._prefs.settings.letter_prompts,
            background_saves=True,  # autosaves on the journal's thread, without waiting
            autosave=self._autosave,
        )
        page.finished.connect(self._letter_finished)
        page.openLibrary.connect(lambda: self._nav.go(Nav.OPEN_LETTERS))
        page.promptsToggled.connect(lambda on: self._prefs.update(letter_prompts=on))
        page.letterSaved.connect(self._letter_saved)
        return page

    def _build_letters(self) -> QWidget:
        from kindapp.ui.writing.letters_library import LettersLibrary

        page = LettersLibrary(self._ops())
        page.openLetter.connect(self._open_letter_id)
        page.newLetter.connect(self._new_letter)
        page.back.connect(self._go_home)
        page.problem.connect(self._notices.say)
        return page

    def _build_reframe(self) -> QWidget:
        from kindapp.ui.common.voice import VoiceDesk
        from kindapp.ui.writing.reframe_screen import ReframeScreen

        desk = None
        if self._voices is not None and self._listen is not None:
            desk = VoiceDesk(self._voices, self._listen, self)
        page = ReframeScreen(self._ops(), desk=desk)
        page.finished.connect(self._go_home)
        page.back.connect(self._go_home)
        page.saved.connect(lambda _id: self._record_writing("reframe"))
        page.openPast.connect(lambda: self._nav.go(Nav.OPEN_REFRAMES))
        return page

    def _build_reframes(self) -> QWidget:
        from kindapp.ui.writing.past_reframes import PastReframes

        page = PastReframes(self._ops())
        page.openReframe.connect(self._open_reframe_id)
        page.newReframe.connect(self.open_reframe)
        page.back.connect(self._go_home)
        return page

    def _letter(self) -> LetterScreen:
        from kindapp.ui.writing.letter_screen import LetterScreen

        return page_of(self._host, Screen.LETTER, LetterScreen)

    def _letters(self) -> LettersLibrary:
        from kindapp.ui.writing.letters_library import LettersLibrary

        return page_of(self._host, Screen.LETTERS, LettersLibrary)

    def _reframe(self) -> ReframeScreen:
        from kindapp.ui.writing.reframe_screen import ReframeScreen

        return page_of(self._host, Screen.REFRAME, ReframeScreen)

    def _reframes(self) -> PastReframes:
        from kindapp.ui.writing.past_reframes import PastReframes

        return page_of(self._host, Screen.REFRAMES, PastReframes)

    # -- going to the writing ----------------------------------------------------------------
    def open_writing(self, event: Nav | Page, then: Callable[[], None] | None = None) -> None:
        """Go to a writing screen (or a practice's page) if the journal can be opened (else
        the person is told), then `then`. While the journal is still opening on its worker,
        this waits calmly for it."""
        if self._practice_busy():
            self._host.bring_forward()
            return
        self._host.bring_forward()
        self._journal.when_ready(lambda: self._go_writing(event, then))

    def _go_writing(self, event: Nav | Page, then: Callable[[], None] | None) -> None:
        if not self._journal.open_now():
            self._host.bring_forward()
            return
        if isinstance(event, Page):
            self._nav.open_page(event)
        else:
            self._nav.go(event)
        self._host.bring_forward()
        if then is not None:
            then()

    def _writing_letter(self, show: Callable[[LetterScreen], object]) -> None:
        def go() -> None:
            self._writing_since = self._wall_now()
            show(self._letter())

        self.open_writing(Nav.OPEN_LETTER, go)

    def open_letter(self) -> None:
        """The letter practice: back into the draft if there is one, else a fresh page."""
        self._writing_letter(lambda page: page.open_draft())

    def _open_letter_id(self, letter_id: int) -> None:
        self._writing_letter(lambda page: page.open_letter(letter_id))

    def _new_letter(self) -> None:
        self._writing_letter(lambda page: page.new_letter())

    def open_letter_with_prompt(self, prompt: str) -> None:
        """A fresh letter with a prompt of its own (e.g. for when kindness feels foreign)."""
        self._writing_letter(lambda page: page.new_letter(prompt))

    def _letter_saved(self, _letter_id: int) -> None:
        self._wrote_letter = True

    def _letter_finished(self) -> None:
        if self._wrote_letter:
            self._record_writing("letter")
        self._wrote_letter = False
        self._writing_since = None
        self._nav.go(Nav.HOME)

    def open_reframe(self) -> None:
        def go() -> None:
            self._writing_since = self._wall_now()
            self._reframe().start()

        self.open_writing(Nav.OPEN_REFRAME, go)

    def _open_reframe_id(self, reframe_id: int) -> None:
        from kindapp.core.errors import JournalError

        if not self._journal.open_now():
            return
        try:
            reframe = self._ops().read(lambda j: j.get_reframe(reframe_id))
        except JournalError as exc:
            logging.getLogger(__name__).warning("reframe not read: %s", exc)
            return
        if reframe is not None:
            self.open_writing(Nav.OPEN_REFRAME, lambda: self._reframe().show_reframe(reframe))

    # -- catch the critic ------------------------------------------------------------------
    def open_catch(self) -> None:
        """The small capture window (from the tray, home, or `kindapp --catch`)."""
        if not self._journal.open_now():
            self._host.bring_forward()  # the banner says why
            return
        if self._catch is None:
            from kindapp.ui.writing.catch_window import CatchWindow

            self._catch = CatchWindow(self._keep_caught)
        self._catch.open()

    def catch_window(self) -> CatchWindow | None:
        return self._catch

    def _keep_caught(self, text: str) -> bool:
        from kindapp.core.errors import JournalError

        if not self._journal.open_now():
            return False
        try:  # the reframe's list of caught thoughts hears of it (journalChanged)
            self._ops().write(lambda j: j.catch_thought(text), {Change.CAUGHT})
        except (JournalError, ValueError) as exc:
            logging.getLogger(__name__).warning("thought not kept: %s", exc)
            return False
        return True

    def refresh_library(self) -> None:
        """The journal changed under the library (a backup brought back): the open views
        list their entries again."""
        self._ops().announce(EVERYTHING)

    def _record_writing(self, practice: str) -> None:
        since, self._writing_since = self._writing_since, None
        if since is None:
            return
        now = self._wall_now()
        self._journal.record_practice(
            PracticeRecord(
                practice, "write", since, now, max((now - since).total_seconds(), 0.0), "finished"
            )
        )

    def shutdown(self) -> None:
        """As the app quits (and before the journal locks, or a backup is brought back): the
        letter and the journal entry being written reach the journal; a take in progress is
        let go."""
        if self._host.built(Screen.LETTER):
            self._letter().flush()
        self.more.save_writing()
        if self._catch is not None:
            self._catch.close()
        desk = self._reframe().desk if self._host.built(Screen.REFRAME) else None
        if desk is not None:
            desk.close()
