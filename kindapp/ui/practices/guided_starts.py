"""The MSC course's guided practices begun from Kind (kindapp.core.practices.msc): the choices
asked first for giving and receiving compassion and for soften, soothe, allow (their set-up
screens), finding your phrases before the phrase meditation, and whom the out-breaths are for.
The practice itself is the practice flow's (`Starter`)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kindapp.core.catalog import PracticeName
from kindapp.core.my_words import MyWords, with_found_phrases
from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.practices import Practice
from kindapp.core.practices.msc import guided_for
from kindapp.core.practices.phrases import keep_phrases, phrases_practice
from kindapp.core.practices.setup_choices import ASKED_FIRST, GivingChoice, SoftenChoice
from kindapp.core.settings import Settings
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.operations import Change
from kindapp.ui.common.services import Prefs, ScreenHost, page_of

if TYPE_CHECKING:
    from kindapp.ui.practices.finding_screen import FindingPhrasesScreen
    from kindapp.ui.practices.guided_setup import GivingSetupScreen, SoftenSetupScreen

events = logging.getLogger("kindapp.events")


class Starter(Protocol):
    """What begins a practice (the practice flow)."""

    def busy(self) -> bool: ...

    def start_practice(self, build: Callable[[], Practice], *, ask_first: bool = False) -> None: ...


class GuidedStarts(QObject):
    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        prefs: Prefs,
        journal: JournalDoor,
        my_words: Callable[[], Settings],
        starter: Starter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._nav = nav
        self._prefs = prefs
        self._journal = journal
        self._my_words = my_words
        self._starter = starter
        self.breathed_for = ""
        """Whom giving and receiving's out-breaths are for (shown, kept only if asked)."""
        self._setup_length = "guided"
        """The length chosen on home (Begin or Short) while its set-up screen is shown."""
        host.set_factory(Screen.GIVING_SETUP, self._build_giving)
        host.set_factory(Screen.SOFTEN_SETUP, self._build_soften)
        host.set_factory(Screen.FIND_PHRASES, self._build_finding)

    def _build_giving(self) -> QWidget:
        from kindapp.ui.practices.guided_setup import GivingSetupScreen

        page = GivingSetupScreen()
        page.begin.connect(self.begin_giving)
        page.back.connect(lambda: self._nav.go(Nav.HOME))
        return page

    def _build_soften(self) -> QWidget:
        from kindapp.ui.practices.guided_setup import SoftenSetupScreen

        page = SoftenSetupScreen()
        page.begin.connect(self.begin_soften)
        page.back.connect(lambda: self._nav.go(Nav.HOME))
        return page

    def giving_setup(self) -> GivingSetupScreen:
        from kindapp.ui.practices.guided_setup import GivingSetupScreen

        return page_of(self._host, Screen.GIVING_SETUP, GivingSetupScreen)

    def soften_setup(self) -> SoftenSetupScreen:
        from kindapp.ui.practices.guided_setup import SoftenSetupScreen

        return page_of(self._host, Screen.SOFTEN_SETUP, SoftenSetupScreen)

    def _build_finding(self) -> QWidget:
        from kindapp.ui.practices.finding_screen import FindingPhrasesScreen

        page = FindingPhrasesScreen()
        page.begin.connect(self.begin_with_phrases)
        page.leave.connect(lambda: self._nav.go(Nav.HOME))
        return page

    def finding(self) -> FindingPhrasesScreen:
        from kindapp.ui.practices.finding_screen import FindingPhrasesScreen

        return page_of(self._host, Screen.FIND_PHRASES, FindingPhrasesScreen)

    def open_finding(self, mode: str | None = None) -> None:
        """Finding your phrases (the tray, --practice phrases): the two questions, the phrases,
        then the meditation with them in length `mode` (guided when not said)."""
        if self._starter.busy():
            self._host.bring_forward()
            return
        page = self.finding()
        page.open(mode or "guided")
        if not self._nav.can(Nav.OPEN_FIND_PHRASES):
            self._nav.go(Nav.HOME)
        self._nav.go(Nav.OPEN_FIND_PHRASES)
        self._host.bring_forward()
        page.go_to(0)  # shown now: the first answer takes the keys

    def begin_with_phrases(self, phrases: tuple[str, ...], mode: str, keep: bool) -> None:
        """The phrases found: into My words if the person said yes (the break's kindness step
        and soothing touch's kind phrases; kept in the journal, behind the lock), then the
        meditation repeats them with the breath."""
        kept = keep_phrases(phrases)
        if keep:
            words = with_found_phrases(MyWords.of(self._my_words()), kept, kindness=True)
            self._prefs.update(own_words=words.own_words, touch_own_phrases=words.touch_own_phrases)
            self._journal.operations.announce({Change.WORDS})
            events.info("phrases-kept count=%d in=my-words", len(kept))
        self._starter.start_practice(lambda: phrases_practice(kept, mode))

    def start_guided(self, name: str, mode: str | None, *, ask_first: bool = False) -> None:
        """A guided practice of the MSC course (kindapp.core.practices.msc) in length `mode`
        (guided when not said); the phrase meditation with the person's own kind phrases.
        Begun from Kind's own screens (`ask_first`), giving and receiving and soften soothe
        allow ask their choices first (core/practices/setup_choices); from the tray and the
        command line they go straight in, with the ratio chosen last (and a kept name)."""
        length = mode or "guided"
        s = self._my_words()
        if ask_first and name in ASKED_FIRST and not self._starter.busy():
            self._setup_length = length
            if name == PracticeName.GIVING_RECEIVING:
                self._nav.go(Nav.OPEN_GIVING_SETUP)
                giving = self.giving_setup()
                giving.show_choice(GivingChoice(s.giving_ratio, s.giving_name, bool(s.giving_name)))
                giving.focus_first()
            else:
                self._nav.go(Nav.OPEN_SOFTEN_SETUP)
                soften = self.soften_setup()
                soften.show_choice(SoftenChoice())  # nothing of the last time is kept
                soften.focus_first()
            self._host.bring_forward()
            return
        self.breathed_for = s.giving_name if name == PracticeName.GIVING_RECEIVING else ""
        self._starter.start_practice(
            lambda: guided_for(name, length, s.touch_own_phrases, s.giving_ratio),
            ask_first=ask_first,
        )

    def begin_giving(self) -> None:
        """Begin giving and receiving with the set-up's choice: the ratio is kept for next
        time, the name only when the person asked."""
        try:
            choice = self.giving_setup().choice().checked()
        except ValueError:
            return  # the name field holds no more than a name; nothing else can be wrong
        self._prefs.update(giving_ratio=choice.ratio, giving_name=choice.kept_name())
        self.breathed_for = choice.name
        length = self._setup_length
        self._starter.start_practice(lambda: choice.practice(length), ask_first=True)

    def begin_soften(self) -> None:
        """Begin soften, soothe, allow with the emotion and the place chosen (kept nowhere)."""
        try:
            choice = self.soften_setup().choice().checked()
        except ValueError:
            return
        self.breathed_for = ""
        length = self._setup_length
        self._starter.start_practice(lambda: choice.practice(length), ask_first=True)
