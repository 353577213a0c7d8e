"""The practices: set-up screens, the practice itself with its sound and pacer, done, my words.

One practice at a time. What follows a practice (a check-in, backdraft care) is not decided
here: the flow says a practice is over (`practiceOver`) and asks for a check-in before one
(`checkinWanted`); app.py connects those to the care flow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kindapp.core.breathing import pattern_for
from kindapp.core.care import checkin_first
from kindapp.core.catalog import PracticeName
from kindapp.core.clock import Clock
from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import Practice, practice_for
from kindapp.core.practices.breathe import breathe_practice
from kindapp.core.practices.soothing_touch import touch_practice
from kindapp.core.records import PracticeRecord
from kindapp.core.session import State
from kindapp.core.settings import Settings
from kindapp.ui.common.journal_door import JournalDoor
from kindapp.ui.common.services import Notices, Prefs, ScreenHost, page_of
from kindapp.ui.practices.practice_end import PracticeEnd
from kindapp.ui.practices.sound_bridge import DeviceLister, SoundBridge

if TYPE_CHECKING:
    from kindapp.core.care import CheckIn
    from kindapp.core.voice_store import VoiceStore
    from kindapp.sound.player import Player
    from kindapp.ui.common.voice import VoiceDesk
    from kindapp.ui.practices.breath_driver import BreathDriver
    from kindapp.ui.practices.done_screen import DoneScreen
    from kindapp.ui.practices.practice_screen import PracticeScreen
    from kindapp.ui.practices.session_driver import SessionDriver
    from kindapp.ui.practices.setup_screens import BreatheSetupScreen, TouchSetupScreen
    from kindapp.ui.practices.words_screen import WordsScreen

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

# How long a practice waits for its sound to be ready before starting quietly.
SOUND_READY_TIMEOUT_MS = 4000
# A practice's timeline begins this long after its start (a scheduling player places the
# first cue ahead of time, so it is heard on time, not one output latency late).
START_LEAD_S = 0.15

Builder = Callable[[], Practice]
PlayerFactory = Callable[[SoundBridge, Settings], "Player"]


class PracticeFlow(QObject):
    practiceEnded = Signal(str)  # the outcome, after every practice that started
    practiceOver = Signal(object)  # PracticeEnd, when the practice screen is to be left
    checkinWanted = Signal(object)  # a Builder: ask how things are, then start it
    learnWanted = Signal(str)  # a Learn topic

    def __init__(
        self,
        host: ScreenHost,
        nav: Navigator,
        prefs: Prefs,
        journal: JournalDoor,
        notices: Notices,
        clock: Clock,
        make_player: PlayerFactory,
        voices: VoiceStore | None = None,
        parent: QObject | None = None,
        *,
        step_scale: float = 1.0,
    ) -> None:
        super().__init__(parent)
        self._step_scale = step_scale
        """1 but in tests that ask for short practices (kindapp.app.step_scale_for_tests)."""
        self._host = host
        self._nav = nav
        self._prefs = prefs
        self._journal = journal
        self._notices = notices
        self._clock = clock
        self._make_player = make_player
        self.voices = voices
        """The person's recorded voice (None: recording and voice guidance are not offered)."""
        self._player: Player | None = None
        self.driver: SessionDriver | None = None
        self.breath: BreathDriver | None = None
        self.bridge = SoundBridge(self)
        self.bridge.ready.connect(self._begin_pending)
        self.bridge.fault.connect(self._on_sound_fault)
        self.devices = DeviceLister(self)
        self._ready_timeout = QTimer(self)
        self._ready_timeout.setSingleShot(True)
        self._ready_timeout.setInterval(SOUND_READY_TIMEOUT_MS)
        self._ready_timeout.timeout.connect(self._begin_pending)
        self._again_builder: Builder = lambda: self._break("quick")
        self._before: CheckIn | None = None
        self._last_record_id: int | None = None
        self._ground_next = False

        host.set_factory(Screen.PRACTICE, self._build_practice)
        host.set_factory(Screen.DONE, self._build_done)
        host.set_factory(Screen.WORDS, self._build_words, self._show_words)
        host.set_factory(Screen.TOUCH_SETUP, self._build_touch, self._show_touch)
        host.set_factory(Screen.BREATHE_SETUP, self._build_breathe, self._show_breathe)
        from kindapp.ui.practices.guided_starts import GuidedStarts

        self.guided = GuidedStarts(host, nav, prefs, journal, self._my_words, self, self)
        """The MSC course's guided practices: their set-ups, finding your phrases."""

    # -- screens ---------------------------------------------------------------------------
    def _go_home(self) -> None:
        self._nav.go(Nav.HOME)

    def _build_practice(self) -> QWidget:
        from kindapp.ui.practices.practice_screen import PracticeScreen

        page = PracticeScreen()
        page.set_reduced_motion(self._prefs.settings.reduced_motion)
        page.leaveRequested.connect(self.leave_practice)
        page.groundRequested.connect(self.ground_now)
        page.continueRequested.connect(self.continue_after_grounding)
        page.leaveFromGroundRequested.connect(self.leave_from_grounding)
        return page

    def _build_done(self) -> QWidget:
        from kindapp.ui.practices.done_screen import DoneScreen

        page = DoneScreen()
        page.again.connect(self._again)
        page.home.connect(self._go_home)
        page.learn.connect(lambda: self.learnWanted.emit("awkward"))
        return page

    def _build_words(self) -> QWidget:
        from kindapp.ui.practices.words_screen import WordsScreen

        page = WordsScreen(desk=self._voice_desk())
        page.guideChanged.connect(self.set_guide)
        page.wordsChanged.connect(self.set_words)
        page.touchPhrasesChanged.connect(
            lambda own: self._prefs.update(touch_own_phrases=tuple(own))
        )
        page.favouriteChanged.connect(lambda p: self._prefs.update(touch_phrase=p))
        page.done.connect(self._go_home)
        return page

    def _build_touch(self) -> QWidget:
        from kindapp.ui.practices.setup_screens import TouchSetupScreen

        page = TouchSetupScreen()
        page.begin.connect(self.begin_touch)
        page.back.connect(self._go_home)
        return page

    def _build_breathe(self) -> QWidget:
        from kindapp.ui.practices.setup_screens import BreatheSetupScreen

        page = BreatheSetupScreen()
        page.begin.connect(self.begin_breathe)
        page.back.connect(self._go_home)
        return page

    def practice_screen(self) -> PracticeScreen:
        from kindapp.ui.practices.practice_screen import PracticeScreen

        return page_of(self._host, Screen.PRACTICE, PracticeScreen)

    def _done(self) -> DoneScreen:
        from kindapp.ui.practices.done_screen import DoneScreen

        return page_of(self._host, Screen.DONE, DoneScreen)

    def _words(self) -> WordsScreen:
        from kindapp.ui.practices.words_screen import WordsScreen

        return page_of(self._host, Screen.WORDS, WordsScreen)

    def touch_setup(self) -> TouchSetupScreen:
        from kindapp.ui.practices.setup_screens import TouchSetupScreen

        return page_of(self._host, Screen.TOUCH_SETUP, TouchSetupScreen)

    def breathe_setup(self) -> BreatheSetupScreen:
        from kindapp.ui.practices.setup_screens import BreatheSetupScreen

        return page_of(self._host, Screen.BREATHE_SETUP, BreatheSetupScreen)

    def _show_words(self) -> None:
        s = self._my_words()
        self._words().show_words(s.own_words)
        self._words().show_phrases(s.touch_own_phrases, s.touch_phrase)
        self._words().show_guides(s.voice_guided)

    def _show_touch(self) -> None:
        self.touch_setup().show_choices(self._my_words())

    def _show_breathe(self) -> None:
        self.breathe_setup().show_choices(self._prefs.settings)

    # -- starting ----------------------------------------------------------------------------
    def busy(self) -> bool:
        """A practice is ready, running or paused."""
        return self.driver is not None and self.driver.session.state in (
            State.READY,
            State.RUNNING,
            State.PAUSED,
        )

    def _my_words(self) -> Settings:
        """The settings with My words, which live in the journal: opened now if it can be
        without asking (a locked one cannot: its words stay behind the lock, the defaults
        are used)."""
        if not self._prefs.words_home:
            self._journal.readable()
        return self._prefs.settings

    def _break(self, mode: str) -> Practice:
        return practice_for("break", mode).with_words(self._my_words().own_words)

    def start_break(self, mode: str, *, ask_first: bool = False) -> None:
        self.start_practice(lambda: self._break(mode), ask_first=ask_first)

    def start_touch(self, *, ask_first: bool = False) -> None:
        """Soothing touch with the last choices (the tray and --practice touch)."""
        s = self._my_words()
        self.start_practice(
            lambda: touch_practice(
                s.touch_gesture,
                s.touch_length_s,
                s.touch_phrase,
                pattern_for(s.touch_pattern, s.custom_pattern),
            ),
            ask_first=ask_first,
        )

    def start_breathe(self, *, ask_first: bool = False) -> None:
        """The pacer with the last choices (the tray and --practice breathe)."""
        s = self._prefs.settings
        self.start_practice(
            lambda: breathe_practice(
                s.breathe_length_s, pattern_for(s.breathe_pattern, s.custom_pattern)
            ),
            ask_first=ask_first,
        )

    def start_guided(self, name: str, mode: str | None, *, ask_first: bool = False) -> None:
        self.guided.start_guided(name, mode, ask_first=ask_first)

    def open_finding(self, mode: str | None = None) -> None:
        self.guided.open_finding(mode)

    def begin_touch(self) -> None:
        page = self.touch_setup()
        try:
            page.pattern.pattern()
        except ValueError:
            return  # the chooser already says what the pattern needs
        self._prefs.update(
            touch_gesture=page.gesture_id(),
            touch_length_s=page.length.seconds(),
            touch_phrase=page.phrase_text() or self._prefs.settings.touch_phrase,
            touch_pattern=page.pattern.pattern_id(),
            custom_pattern=page.pattern.custom(),
        )
        self.start_touch(ask_first=True)

    def begin_breathe(self) -> None:
        page = self.breathe_setup()
        try:
            page.pattern.pattern()
        except ValueError:
            return
        self._prefs.update(
            breathe_pattern=page.pattern.pattern_id(),
            breathe_length_s=page.length.seconds(),
            breath_sounds=page.sounds.isChecked(),
            custom_pattern=page.pattern.custom(),
        )
        self.start_breathe(ask_first=True)

    def start_after_checkin(self, build: Builder, before: CheckIn | None) -> None:
        """Start the practice the check-in was asked for (the care flow calls this)."""
        self.start_practice(build, before=before)

    def start_practice(
        self, build: Builder, *, ask_first: bool = False, before: CheckIn | None = None
    ) -> None:
        """Start a practice. `ask_first`: offer the check-in before it (practices begun from
        Kind's own screens; the tray, --break and --practice go straight in)."""
        if self.busy():
            self._host.bring_forward()  # one practice at a time: show the one that's going on
            return
        if checkin_first(ask_first=ask_first, checkins_on=self._prefs.settings.checkins):
            self.checkinWanted.emit(build)
            return
        from kindapp.ui.practices.breath_driver import BreathDriver
        from kindapp.ui.practices.session_driver import SessionDriver

        practice = build()
        if self._step_scale != 1.0:
            practice = practice.scaled(self._step_scale)
        self._again_builder = build
        player = self._ensure_player()
        clips: dict[str, str] = {}
        if self.voices is not None and practice.id in self._prefs.settings.voice_guided:
            from kindapp.sound.voice_clips import load_voice

            practice, clips = load_voice(practice, self.voices, player)
        breath_sounds = self._prefs.settings.breath_sounds
        run = PracticeRun(
            practice, self._clock, player, self._record, breath_sounds=breath_sounds, clips=clips
        )
        self._before = before
        if before is not None:
            run.before = (before.heaviness, before.words)
        self._last_record_id = None
        self.driver = SessionDriver(run, self)
        self.driver.ended.connect(self._on_ended)
        # A scheduling player has the breaths in its plan; the driver then only logs them.
        play = player.play if breath_sounds and not player.scheduling else None
        self.breath = BreathDriver(run.session, self._clock.now, play, self)
        self.practice_screen().bind(self.driver)
        giving = practice.id == PracticeName.GIVING_RECEIVING
        self.practice_screen().set_breathing_for(self.guided.breathed_for if giving else "")
        if not self._nav.can(Nav.OPEN_PRACTICE):
            self._nav.go(Nav.HOME)
        self._nav.go(Nav.OPEN_PRACTICE)
        self._host.bring_forward()
        self._ready_timeout.start()
        # The voice's clips are in the player already.
        player.start_practice(practice.cues(breath_sounds=breath_sounds))

    def _begin_pending(self) -> None:
        self._ready_timeout.stop()
        if self.driver is not None and self.driver.session.state is State.READY:
            player = self._player
            self.driver.start(START_LEAD_S if player is not None and player.scheduling else 0.0)

    # -- during and after --------------------------------------------------------------------
    def ground_now(self) -> None:
        """Ground (the button or G) during a practice: a calm pause, feet, breath and the room,
        with Continue and Leave. Nothing ends unless the person leaves."""
        if self.driver is not None and self.driver.run.ground():
            self.practice_screen().show_grounding(True)

    def continue_after_grounding(self) -> None:
        if self.driver is None:
            return
        self.practice_screen().show_grounding(False)
        self.driver.run.end_grounding()

    def leave_from_grounding(self) -> None:
        """Leave from the grounding pause: the practice ends, and grounding care follows."""
        if self.driver is not None and self.driver.session.state in (State.RUNNING, State.PAUSED):
            self._ground_next = True
            self.driver.session.stop()

    def leave_practice(self) -> None:
        if self.driver is None:
            return
        state = self.driver.session.state
        if state in (State.RUNNING, State.PAUSED):
            self.driver.session.stop()
        elif state is State.READY:
            self._ready_timeout.stop()
            self.driver.session.stop()
            self._nav.go(Nav.HOME)

    def _on_ended(self, outcome: str) -> None:
        driver = self.driver
        if driver is None:
            return
        if driver.run.session.started_at is None:
            self._retire_driver()
            return
        self._done().show_outcome(outcome)
        if self._nav.screen is Screen.PRACTICE:
            self.practiceOver.emit(
                PracticeEnd(
                    outcome,
                    driver.run.practice.id,
                    driver.run.session.running_time(),
                    self._last_record_id,
                    self._before,
                    self._ground_next,
                )
            )
            if self._nav.screen is Screen.PRACTICE:  # nobody took the person on
                self._nav.go(Nav.PRACTICE_ENDED)
        self._ground_next = False
        self._retire_driver()
        self.practiceEnded.emit(outcome)

    def _retire_driver(self) -> None:
        if self.breath is not None:
            self.breath.stop()
            self.breath.deleteLater()
            self.breath = None
        if self.driver is not None:
            self.practice_screen().unbind()
            self.driver.deleteLater()
            self.driver = None
            # Built again when the next practice starts; its pacer's cached pictures go now.
            self._host.release(Screen.PRACTICE)

    def _again(self) -> None:
        self.start_practice(self._again_builder)

    def _record(self, record: PracticeRecord) -> None:
        self._last_record_id = self._journal.record_practice(record)

    # -- sound -----------------------------------------------------------------------------
    def _ensure_player(self) -> Player:
        if self._player is None:
            self._player = self._make_player(self.bridge, self._prefs.settings)
        return self._player

    def _on_sound_fault(self, fault: object) -> None:
        kind = getattr(fault, "value", str(fault))
        events.info("sound-fault kind=%s", kind)
        self._notices.tell(Notice(NoticeKind.SOUND_UNAVAILABLE, {"fault": str(kind)}))

    def set_volume(self, volume: float) -> None:
        self._prefs.update(volume=volume)
        if self._player is not None:
            self._player.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self._prefs.update(muted=muted)
        if self._player is not None:
            self._player.set_muted(muted)

    def set_theme(self, theme: str) -> None:
        self._prefs.update(sound_theme=theme)
        if self._player is not None:
            self._player.set_theme(theme)  # takes effect from the next practice or preview

    def set_device(self, name: str) -> None:
        self._prefs.update(output_device=name)
        if self._player is not None:
            self._player.set_device(name or None)

    def preview(self, cue: str) -> None:
        """Play one cue now, at the current volume (settings' Listen and Try it buttons)."""
        if self.driver is not None and self.driver.session.state in (State.RUNNING, State.PAUSED):
            return  # never over a practice
        self._ensure_player().preview(cue)

    # -- settings that reach the practice ----------------------------------------------------
    def set_reduced_motion(self, reduced: bool) -> None:
        self._prefs.update(reduced_motion=reduced)
        if self._host.built(Screen.PRACTICE):
            self.practice_screen().set_reduced_motion(reduced)

    def set_words(self, step_id: str, text: str) -> None:
        new = self._prefs.settings.with_words(step_id, text)
        self._prefs.update(own_words=new.own_words)

    # -- your own voice ----------------------------------------------------------------------
    def _voice_desk(self) -> VoiceDesk | None:
        from kindapp.ui.common.voice import VoiceDesk

        return VoiceDesk(self.voices, self.listen_voice, self) if self.voices else None

    def listen_voice(self, key: str) -> None:
        """Play a kept recording now (My words' and past reframes' Listen), never over a
        practice."""
        from kindapp.sound.voice_clips import listen

        if self.voices is not None and not self.busy():
            listen(self.voices, key, self._ensure_player())

    def set_guide(self, practice_id: str, voice: bool) -> None:
        """Guide me with: chimes only (False) or my voice (True), for one practice."""
        others = tuple(p for p in self._prefs.settings.voice_guided if p != practice_id)
        self._prefs.update(voice_guided=(*others, practice_id) if voice else others)

    def shutdown(self) -> None:
        """As the app quits: keep the words typed, end any practice, let the sound go."""
        if self._host.built(Screen.WORDS):
            self._words().flush()
            self._words().close_voice()
        self.leave_practice()
        if self._player is not None:
            self._player.shutdown(timeout=2.0)
