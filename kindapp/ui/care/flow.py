"""Care around the practices: check-ins, backdraft care and grounding, Learn, History,
the welcome.

It starts practices only through the `start_practice` it is given, and hears that one is over
from the practice flow's signals (connected in app.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kindapp.core.care import (
    GROUNDING,
    WELCOME_SAMPLE_CUE,
    AfterPractice,
    CheckIn,
    after_practice,
    needs_backdraft_care,
)
from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.past_self import Moment, Offer, WrittenKind, heaviest, offer_now
from kindapp.core.practices import Practice
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.operations import Change
from kindapp.ui.common.reasons import plain_reason
from kindapp.ui.common.services import Notices, Prefs, ScreenHost, page_of
from kindapp.ui.common.text import with_args

if TYPE_CHECKING:
    from kindapp.core.practice_registry import PracticeRegistry
    from kindapp.ui.care.backdraft_screen import BackdraftScreen
    from kindapp.ui.care.checkin_panel import CheckInPanel
    from kindapp.ui.care.feels_fake_screen import FeelsFakeScreen
    from kindapp.ui.care.first_run import FirstRun
    from kindapp.ui.care.history_screen import HistoryScreen
    from kindapp.ui.care.learn_screen import LearnScreen
    from kindapp.ui.care.past_self_screen import PastSelfScreen

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

Builder = Callable[[], Practice]


class EndedPractice(Protocol):
    """What care needs to know of a practice that just ended (ui/practices/practice_end.py)."""

    @property
    def practice_id(self) -> str: ...
    @property
    def practised_s(self) -> float: ...
    @property
    def record_id(self) -> int | None: ...
    @property
    def before(self) -> CheckIn | None: ...
    @property
    def grounding(self) -> bool: ...


class CareFlow(QObject):
    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        prefs: Prefs,
        journal: JournalDoor,
        notices: Notices,
        start_practice: Callable[[Builder, CheckIn | None], None],
        set_muted: Callable[[bool], None],
        write_letter: Callable[[str], None] | None = None,
        parent: QObject | None = None,
        *,
        preview: Callable[[str], None] | None = None,
        launcher_installed: Callable[[], bool] = lambda: True,
        add_launcher: Callable[[], bool] = lambda: False,
        set_autostart: Callable[[bool], None] = lambda _on: None,
        practices: PracticeRegistry | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        """The local day (a kind word from your past self: its anniversaries, one a day)."""
        self._past_offer: Offer | None = None
        self._after_past_self = Nav.HOME
        self._practices = practices
        """Where the history's labels come from (Kind's own unless given)."""
        self._launcher_installed = launcher_installed
        self._add_launcher = add_launcher
        self._set_autostart = set_autostart
        self._preview = preview
        self._host = host
        self._nav = nav
        self._prefs = prefs
        self._journal = journal
        self._notices = notices
        self._start_practice = start_practice
        self._set_muted = set_muted
        self._write_letter = write_letter
        self._pending_build: Builder | None = None
        self._checkin_mode = "before"
        self._ended: EndedPractice | None = None

        host.set_factory(Screen.CHECKIN, self._build_checkin)
        host.set_factory(Screen.BACKDRAFT, self._build_backdraft)
        host.set_factory(Screen.LEARN, self._build_learn)
        host.set_factory(Screen.HISTORY, self._build_history)
        host.set_factory(Screen.FIRST_RUN, self._build_first_run)
        host.set_factory(Screen.FEELS_FAKE, self._build_feels_fake)
        host.set_factory(Screen.PAST_SELF, self._build_past_self)

    # -- screens ---------------------------------------------------------------------------
    def _go_home(self) -> None:
        self._nav.go(Nav.HOME)

    def _build_checkin(self) -> QWidget:
        from kindapp.ui.care.checkin_panel import CheckInPanel

        page = CheckInPanel()
        page.done.connect(self._on_checkin_done)
        return page

    def _build_backdraft(self) -> QWidget:
        from kindapp.ui.care.backdraft_screen import BackdraftScreen

        page = BackdraftScreen()
        page.ground.connect(self.start_grounding)
        page.back.connect(self._go_home)
        return page

    def _build_learn(self) -> QWidget:
        from kindapp.ui.care.learn_screen import LearnScreen

        page = LearnScreen()
        page.back.connect(self._go_home)
        return page

    def _build_history(self) -> QWidget:
        from kindapp.ui.care.history_screen import HistoryScreen

        page = HistoryScreen(practices=self._practices)
        page.deleteEntry.connect(self._delete_entry)
        page.back.connect(self._go_home)
        return page

    def _build_first_run(self) -> QWidget:
        from kindapp.ui.care.first_run import FirstRun

        page = FirstRun()
        page.soundChoice.connect(self._on_sound_choice)
        page.finished.connect(self._first_run_finished)
        return page

    def _on_sound_choice(self, on: bool) -> None:
        """The welcome's sound choice: Soft bells plays a sample of them, to hear first."""
        self._set_muted(not on)
        if on and self._preview is not None:
            self._preview(WELCOME_SAMPLE_CUE)

    def _build_feels_fake(self) -> QWidget:
        from kindapp.ui.care.feels_fake_screen import FeelsFakeScreen

        page = FeelsFakeScreen()
        page.back.connect(lambda: self._nav.go(Nav.OPEN_DONE))
        page.learnMore.connect(lambda: self.open_learn("awkward"))
        if self._write_letter is not None:
            page.writeLetter.connect(self._write_letter)
        return page

    def _build_past_self(self) -> QWidget:
        from kindapp.ui.care.past_self_screen import PastSelfScreen

        page = PastSelfScreen()
        page.read.connect(self._read_past_self)
        page.notNow.connect(self._leave_past_self)
        page.done.connect(self._leave_past_self)
        page.turnOff.connect(self._turn_off_past_self)
        return page

    def _past_self(self) -> PastSelfScreen:
        from kindapp.ui.care.past_self_screen import PastSelfScreen

        return page_of(self._host, Screen.PAST_SELF, PastSelfScreen)

    def _feels_fake(self) -> FeelsFakeScreen:
        from kindapp.ui.care.feels_fake_screen import FeelsFakeScreen

        return page_of(self._host, Screen.FEELS_FAKE, FeelsFakeScreen)

    def _checkin(self) -> CheckInPanel:
        from kindapp.ui.care.checkin_panel import CheckInPanel

        return page_of(self._host, Screen.CHECKIN, CheckInPanel)

    def _backdraft(self) -> BackdraftScreen:
        from kindapp.ui.care.backdraft_screen import BackdraftScreen

        return page_of(self._host, Screen.BACKDRAFT, BackdraftScreen)

    def _learn(self) -> LearnScreen:
        from kindapp.ui.care.learn_screen import LearnScreen

        return page_of(self._host, Screen.LEARN, LearnScreen)

    def _history(self) -> HistoryScreen:
        from kindapp.ui.care.history_screen import HistoryScreen

        return page_of(self._host, Screen.HISTORY, HistoryScreen)

    def _first_run(self) -> FirstRun:
        from kindapp.ui.care.first_run import FirstRun

        return page_of(self._host, Screen.FIRST_RUN, FirstRun)

    # -- around a practice -------------------------------------------------------------------
    def ask_before(self, build: Builder) -> None:
        """How are things, before the practice `build` makes (then it starts)."""
        self._pending_build = build
        self._checkin_mode = "before"
        self._nav.go(Nav.OPEN_CHECKIN)
        self._checkin().set_mode("before")
        self._checkin().set_locked(self._journal.is_locked())
        self._host.bring_forward()

    def after_practice(self, ended: EndedPractice) -> None:
        """A practice ended on its screen: backdraft care, the check-in after it, or done."""
        self._ended = ended
        follows = after_practice(
            grounding=ended.grounding,
            checkins_on=self._prefs.settings.checkins,
            practice_id=ended.practice_id,
            practised_s=ended.practised_s,
            recorded=ended.record_id is not None,
        )
        if follows is AfterPractice.BACKDRAFT_CARE:
            self._nav.go(Nav.OPEN_BACKDRAFT)
        elif follows is AfterPractice.CHECKIN:
            self._checkin_mode = "after"
            self._nav.go(Nav.OPEN_CHECKIN)
            self._checkin().set_mode("after")
            self._checkin().set_locked(self._journal.is_locked())
            # "It felt hollow" leads to a page offered once; after that the button goes too.
            self._checkin().hollow_button.setVisible(not self._prefs.settings.told_feels_fake)
        else:
            self._nav.go(Nav.PRACTICE_ENDED)

    def _on_checkin_done(self, checkin: CheckIn | None) -> None:
        if self._checkin_mode == "before":
            build, self._pending_build = self._pending_build, None
            if build is not None:
                self._start_practice(build, checkin)
            return
        stirred = self._checkin().was_stirred()
        ended = self._ended
        record_id = ended.record_id if ended is not None else None
        readable = self._journal.readable()  # never asks: a locked journal kept no id
        if readable and record_id is not None and (checkin is not None or stirred):
            from kindapp.core.errors import JournalError

            after = (
                record_id,
                checkin.heaviness if checkin else None,
                checkin.words if checkin else "",
                stirred,
            )
            try:
                self._journal.operations.write(
                    lambda j: j.set_after_checkin(*after), {Change.PRACTICES}
                )
            except JournalError as exc:
                log.error("%s", exc)
        elif not readable and self._journal.is_locked() and (checkin is not None or stirred):
            self._journal.hold_after_checkin(
                checkin.heaviness if checkin else None, checkin.words if checkin else "", stirred
            )
        before = ended.before if ended is not None else None
        if needs_backdraft_care(before, checkin, stirred):
            self._nav.go(Nav.OPEN_BACKDRAFT)
            self._backdraft().focus_first()
        elif self._checkin().felt_hollow() and not self._prefs.settings.told_feels_fake:
            self.show_feels_fake()
        elif not self.offer_past_self(
            Moment.AFTER_CHECKIN,
            heaviest(before.heaviness if before else None, checkin.heaviness if checkin else None),
            then=Nav.OPEN_DONE,
        ):
            self._nav.go(Nav.OPEN_DONE)

    # -- a kind word from your past self (core/past_self.py) -----------------------------------
    def offer_past_self(
        self, moment: Moment, heaviness: int | None = None, *, then: Nav = Nav.HOME
    ) -> bool:
        """Offer one earlier letter or reframe now if the rule says so (never asking for the
        passphrase: a locked journal offers nothing); True when the offer is shown, and `then`
        follows it."""
        if moment is Moment.REMINDER or not self._journal.readable(quiet=True):
            return False
        enabled = self._prefs.settings.past_self_offers
        today = self._today()
        from kindapp.core.errors import JournalError

        try:
            offer = self._journal.operations.write(
                lambda j: offer_now(j, moment, today, enabled=enabled, heaviness=heaviness), ()
            )
        except JournalError as exc:
            log.warning("no past-self offer: %s", exc)
            return False
        if offer is None:
            return False
        self._show_past_offer(offer, today, then)
        return True

    def ask_past_self(self) -> None:
        """The person asked for a kind word from their past self (`--practice past-self`):
        one, switch or no switch, once the journal is open (asking for the passphrase)."""
        self._journal.when_ready(self._asked_past_self)

    def _asked_past_self(self) -> None:
        if not self._journal.open_now() or not self._nav.can(Nav.OPEN_PAST_SELF):
            return
        today = self._today()
        from kindapp.core.errors import JournalError

        try:
            offer = self._journal.operations.write(
                lambda j: offer_now(j, Moment.ASKED, today, enabled=True), ()
            )
        except JournalError as exc:
            text = self.tr("Kind couldn't open your letters: %1")
            self._notices.say(with_args(text, plain_reason(exc)))
            return
        if offer is None:
            self._past_offer = None
            self._after_past_self = Nav.HOME
            self._nav.go(Nav.OPEN_PAST_SELF)
            self._past_self().show_nothing()
            self._host.bring_forward()
            return
        self._show_past_offer(offer, today, Nav.HOME)
        self._host.bring_forward()

    def _show_past_offer(self, offer: Offer, today: date, then: Nav) -> None:
        self._past_offer = offer
        self._after_past_self = then
        self._nav.go(Nav.OPEN_PAST_SELF)
        written = offer.written
        events.info("past-self-offer why=%s kind=%s id=%d", offer.why, written.kind, written.id)
        self._past_self().show_offer(offer.text, written.created.astimezone().date(), today)

    def _read_past_self(self) -> None:
        offer = self._past_offer
        if offer is None or not self._journal.readable(quiet=True):
            self._leave_past_self()
            return
        from kindapp.core.errors import JournalError

        written = offer.written
        try:
            if written.kind is WrittenKind.LETTER:
                letter = self._journal.operations.read(lambda j: j.get_letter(written.id))
                words = None if letter is None else (letter.title, letter.body)
            else:
                reframe = self._journal.operations.read(lambda j: j.get_reframe(written.id))
                words = None if reframe is None else ("", reframe.kind_version)
        except JournalError as exc:
            log.warning("the past-self offer could not be read: %s", exc)
            words = None
        if words is None:  # gone since (removed, or the journal locked)
            self._leave_past_self()
            return
        events.info(
            "past-self-read kind=%s id=%d chars=%d", written.kind, written.id, len(words[1])
        )
        self._past_self().show_words(*words)

    def _turn_off_past_self(self) -> None:
        self._prefs.update(past_self_offers=False)
        events.info("past-self-offers off")
        self._past_self().show_turned_off()

    def _leave_past_self(self) -> None:
        self._past_offer = None
        then = self._after_past_self
        self._nav.go(then if self._nav.can(then) else Nav.HOME)

    def show_feels_fake(self) -> None:
        """Compassion for the lack of self-compassion: offered once, lightly."""
        self._prefs.update(told_feels_fake=True)
        self._nav.go(Nav.OPEN_FEELS_FAKE)
        self._feels_fake().focus_first()

    def start_grounding(self) -> None:
        """Feet, breath and the room, for a minute: no phrases, no check-ins."""
        self._start_practice(lambda: GROUNDING, None)

    # -- reading and looking back ------------------------------------------------------------
    def open_learn(self, topic: str) -> None:
        if self._nav.can(Nav.OPEN_LEARN):
            self._nav.go(Nav.OPEN_LEARN)
            page = self._learn()
            page.show_topic(topic)
            page.focus_first()
            self._host.bring_forward()

    def open_history(self) -> None:
        """History, once the journal is open (calmly waited for while it opens)."""
        self._journal.when_ready(self._show_history)

    def _show_history(self) -> None:
        if not self._journal.open_now() or not self._nav.can(Nav.OPEN_HISTORY):
            return
        from kindapp.core.errors import JournalError

        try:
            entries = self._journal.operations.read(lambda j: j.history_entries())
        except JournalError as exc:
            text = self.tr("Kind couldn't show your history: %1")
            self._notices.say(with_args(text, plain_reason(exc)))
            return
        self._nav.go(Nav.OPEN_HISTORY)
        page = self._history()
        page.show_history(entries, date.today())
        page.focus_first()

    def _delete_entry(self, entry_id: int) -> None:
        if not self._journal.open_now():
            return
        from kindapp.core.errors import JournalError

        try:
            self._journal.operations.write(
                lambda j: j.delete_practice(entry_id), {Change.PRACTICES}
            )
        except JournalError as exc:
            text = self.tr("Kind couldn't remove that moment: %1")
            self._notices.say(with_args(text, plain_reason(exc)))
            self.open_history()

    # -- the welcome -------------------------------------------------------------------------
    def show_first_run(self) -> None:
        self._nav.go(Nav.OPEN_FIRST_RUN)
        page = self._first_run()
        page.set_sound(not self._prefs.settings.muted)
        page.offer_launcher(not self._launcher_installed())

    def _first_run_finished(self) -> None:
        page = self._first_run()
        if page.begun():  # only what the person saw and chose, with Begin
            if page.wants_launcher():
                self._add_launcher()
            if page.wants_autostart():
                self._set_autostart(True)
        self._prefs.update(first_run_done=True)
        self._nav.go(Nav.HOME)
