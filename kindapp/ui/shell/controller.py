"""Connects the screens to the core: navigation, practices, settings, journal and sound.

Everything it uses is built in app.py and handed in; it creates nothing global.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kindapp.core.breathing import pattern_for
from kindapp.core.clock import Clock
from kindapp.core.navigation import Nav, Navigator, Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import Practice, practice_for
from kindapp.core.records import PracticeRecord
from kindapp.core.session import State
from kindapp.core.settings import Settings, SettingsStore
from kindapp.core.touch import breathe_practice, touch_practice
from kindapp.ui.care.flow import CareFlow
from kindapp.ui.common.text import notice_text
from kindapp.ui.desktop.flow import DeskFlow
from kindapp.ui.desktop.tray import Tray
from kindapp.ui.practices.sound_bridge import DeviceLister, SoundBridge
from kindapp.ui.shell.main_window import MainWindow
from kindapp.ui.writing.flow import WritingFlow

if TYPE_CHECKING:
    from kindapp.core.journal import Journal
    from kindapp.sound.player import Player
    from kindapp.ui.practices.breath_driver import BreathDriver
    from kindapp.ui.practices.session_driver import SessionDriver

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

# How long a practice waits for its sound to be ready before starting quietly.
SOUND_READY_TIMEOUT_MS = 4000


class AppController(CareFlow, WritingFlow, DeskFlow, QObject):
    practiceEnded = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        tray: Tray,
        store: SettingsStore,
        settings: Settings,
        clock: Clock,
        open_journal: Callable[[], Journal],
        make_player: Callable[[SoundBridge, Settings], Player],
        quit_app: Callable[[], None],
        apply_look: Callable[[str, float], str] | None = None,
    ) -> None:
        super().__init__()
        self.window = window
        self.tray = tray
        self.store = store
        self.settings = settings
        self.clock = clock
        self.nav = Navigator()
        self._open_journal = open_journal
        self._journal: Journal | None = None
        self._journal_failed = False
        self._make_player = make_player
        self._player: Player | None = None
        self._quit_app = quit_app
        self._apply_look = apply_look
        self._told: set[NoticeKind] = set()
        self.driver: SessionDriver | None = None
        self.bridge = SoundBridge(self)
        self.bridge.ready.connect(self._on_sound_ready)
        self.bridge.fault.connect(self._on_sound_fault)
        self._ready_timeout = QTimer(self)
        self._ready_timeout.setSingleShot(True)
        self._ready_timeout.setInterval(SOUND_READY_TIMEOUT_MS)
        self._ready_timeout.timeout.connect(self._begin_pending)

        self.nav.add_listener(self._on_nav)
        w = window
        self.devices = DeviceLister(self)
        w.home.startBreak.connect(lambda mode: self.start_break(mode, ask_first=True))
        w.home.openLearn.connect(lambda: self.open_learn("three-parts"))
        w.home.openHistory.connect(self.open_history)
        w.home.openTouch.connect(lambda: self.nav.go(Nav.OPEN_TOUCH))
        w.home.openBreathe.connect(lambda: self.nav.go(Nav.OPEN_BREATHE))
        w.home.openSettings.connect(lambda: self.nav.go(Nav.OPEN_SETTINGS))
        w.home.openWords.connect(lambda: self.nav.go(Nav.OPEN_WORDS))
        w.home.openLetter.connect(self.open_letter)
        w.home.openLetters.connect(lambda: self._open_writing(Nav.OPEN_LETTERS))
        w.home.openReframe.connect(self.open_reframe)
        w.home.openReframes.connect(lambda: self._open_writing(Nav.OPEN_REFRAMES))
        for screen in (Screen.LETTER, Screen.LETTERS, Screen.REFRAME, Screen.REFRAMES):
            w.set_factory(screen, lambda s=screen: self._build_writing(s))
        self._writing_since: datetime | None = None
        self._pending_build: Callable[[], Practice] | None = None
        self._checkin_mode = "before"
        self._before: Any = None
        self._last_record_id: int | None = None
        self._ground_next = False
        self._wrote_letter = False
        w.screenBuilt.connect(self._wire)
        w.closeRequested.connect(self._on_close_requested)
        w.shown.connect(lambda: events.info("window-shown"))
        tray.quickBreak.connect(lambda: self.start_break(self.settings.break_mode))
        tray.soothingTouch.connect(self.start_touch)
        tray.breathe.connect(self.start_breathe)
        tray.writeLetter.connect(self.open_letter)
        tray.openWindow.connect(self.open_window)
        tray.quitRequested.connect(self.quit)
        tray.pauseReminders.connect(self.pause_reminders)
        tray.reminderClicked.connect(lambda: self.start_break("quick"))
        w.hide_on_close = tray.available
        self.reminders = self._make_reminders()
        self._again_builder: Callable[[], Practice] = lambda: self._break("quick")
        self.breath: BreathDriver | None = None
        self._show_screen(Screen.HOME)

    def _wire(self, screen: Screen, page: Any) -> None:
        """Connect a screen when the window first builds it."""
        go_home = lambda: self.nav.go(Nav.HOME)  # noqa: E731
        if screen is Screen.PRACTICE:
            page.set_reduced_motion(self.settings.reduced_motion)
            page.leaveRequested.connect(self.leave_practice)
            page.groundRequested.connect(self.ground_now)
        elif screen is Screen.DONE:
            page.again.connect(self._again)
            page.home.connect(go_home)
            page.learn.connect(lambda: self.open_learn("awkward"))
        elif screen is Screen.CHECKIN:
            page.done.connect(self._on_checkin_done)
        elif screen is Screen.BACKDRAFT:
            page.ground.connect(self.start_grounding)
            page.back.connect(go_home)
        elif screen is Screen.LEARN:
            page.back.connect(go_home)
        elif screen is Screen.HISTORY:
            page.deleteEntry.connect(self._delete_entry)
            page.back.connect(go_home)
        elif screen is Screen.FIRST_RUN:
            page.soundChoice.connect(lambda on: self.set_muted(not on))
            page.finished.connect(self._first_run_finished)
        elif screen is Screen.SETTINGS:
            page.done.connect(go_home)
            page.volumeChanged.connect(self.set_volume)
            page.mutedChanged.connect(self.set_muted)
            page.themeChanged.connect(self.set_theme)
            page.deviceChanged.connect(self.set_device)
            page.previewRequested.connect(self.preview)
            page.reducedMotionChanged.connect(self.set_reduced_motion)
            page.lookChanged.connect(lambda look: self.set_look(look=look))
            page.languageChanged.connect(lambda lang: self.update_settings(language=lang))
            page.textScaleChanged.connect(lambda scale: self.set_look(scale=scale))
            page.breakModeChanged.connect(lambda m: self.update_settings(break_mode=m))
            self.devices.listed.connect(page.show_devices)
            page.devicesWanted.connect(self.devices.refresh)
            page.remindersChanged.connect(self.set_reminders)
            page.importRequested.connect(self.ask_import)
            page.exportRequested.connect(self.ask_export)
            page.autostartChanged.connect(self.set_autostart)
        elif screen is Screen.WORDS:
            page.wordsChanged.connect(self.set_words)
            page.touchPhrasesChanged.connect(
                lambda own: self.update_settings(touch_own_phrases=tuple(own))
            )
            page.favouriteChanged.connect(lambda p: self.update_settings(touch_phrase=p))
            page.done.connect(go_home)
        elif screen is Screen.TOUCH_SETUP:
            page.begin.connect(self.begin_touch)
            page.back.connect(go_home)
        elif screen is Screen.BREATHE_SETUP:
            page.begin.connect(self.begin_breathe)
            page.back.connect(go_home)
        elif screen is Screen.LETTER:
            page.finished.connect(self._letter_finished)
            page.openLibrary.connect(lambda: self.nav.go(Nav.OPEN_LETTERS))
            page.promptsToggled.connect(lambda on: self.update_settings(letter_prompts=on))
            page.letterSaved.connect(lambda _id: setattr(self, "_wrote_letter", True))
        elif screen is Screen.LETTERS:
            page.openLetter.connect(self._open_letter_id)
            page.newLetter.connect(self._new_letter)
            page.back.connect(go_home)
            page.problem.connect(self.window.banner.add)
        elif screen is Screen.REFRAME:
            page.finished.connect(go_home)
            page.back.connect(go_home)
            page.saved.connect(lambda _id: self._record_writing("reframe"))
            page.openPast.connect(lambda: self.nav.go(Nav.OPEN_REFRAMES))
        elif screen is Screen.REFRAMES:
            page.openReframe.connect(self._open_reframe_id)
            page.newReframe.connect(self.open_reframe)
            page.back.connect(go_home)

    # -- notices ---------------------------------------------------------------------------
    def tell(self, notice: Notice, *, once: bool = True) -> None:
        events.info("%s", notice.log_line())
        if once and notice.kind in self._told:
            return
        self._told.add(notice.kind)
        self.window.banner.add(notice_text(notice))

    # -- window and navigation -------------------------------------------------------------
    def open_window(self) -> None:
        self.window.bring_forward()

    def _on_nav(self, old: Screen, new: Screen) -> None:
        self._show_screen(new)

    def _show_screen(self, screen: Screen) -> None:
        if screen is Screen.SETTINGS:
            from kindapp.core.autostart import is_autostart_enabled

            self.window.settings.show_settings(self.settings)
            self.window.settings.show_reminders(
                self.reminders.plan(), is_autostart_enabled(), self.tray.available
            )
        elif screen is Screen.WORDS:
            self.window.words.show_words(self.settings.own_words)
            self.window.words.show_phrases(
                self.settings.touch_own_phrases, self.settings.touch_phrase
            )
        elif screen is Screen.TOUCH_SETUP:
            self.window.touch.show_choices(self.settings)
        elif screen is Screen.BREATHE_SETUP:
            self.window.breathe.show_choices(self.settings)
        elif screen is Screen.LETTERS:
            self.window.screen(screen).show_letters()  # type: ignore[attr-defined]
        elif screen is Screen.REFRAMES:
            self.window.screen(screen).refresh()  # type: ignore[attr-defined]
        self.window.show_screen(screen)

    def _on_close_requested(self) -> None:
        self.leave_practice()
        if self.tray.available and not self.settings.told_still_in_tray:
            self.tray.tell(
                self.tr("Kind is still here"),
                self.tr(
                    "Kind keeps resting in the tray. Click its icon whenever you'd like a moment."
                ),
            )
            self.update_settings(told_still_in_tray=True)

    # -- practices -------------------------------------------------------------------------
    def _break(self, mode: str) -> Practice:
        return practice_for("break", mode).with_words(self.settings.own_words)

    def start_break(self, mode: str, *, ask_first: bool = False) -> None:
        self.start_practice(lambda: self._break(mode), ask_first=ask_first)

    def start_touch(self, *, ask_first: bool = False) -> None:
        """Soothing touch with the last choices (the tray and --practice touch)."""
        s = self.settings
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
        s = self.settings
        self.start_practice(
            lambda: breathe_practice(
                s.breathe_length_s, pattern_for(s.breathe_pattern, s.custom_pattern)
            ),
            ask_first=ask_first,
        )

    def start_grounding(self) -> None:
        """Feet, breath and the room, for a minute: no phrases, no check-ins."""
        from kindapp.core.care import GROUNDING

        self.start_practice(lambda: GROUNDING)

    def begin_touch(self) -> None:
        page = self.window.touch
        try:
            page.pattern.pattern()
        except ValueError:
            return  # the chooser already says what the pattern needs
        self.update_settings(
            touch_gesture=page.gesture_id(),
            touch_length_s=page.length.seconds(),
            touch_phrase=page.phrase_text() or self.settings.touch_phrase,
            touch_pattern=page.pattern.pattern_id(),
            custom_pattern=page.pattern.custom(),
        )
        self.start_touch(ask_first=True)

    def begin_breathe(self) -> None:
        page = self.window.breathe
        try:
            page.pattern.pattern()
        except ValueError:
            return
        self.update_settings(
            breathe_pattern=page.pattern.pattern_id(),
            breathe_length_s=page.length.seconds(),
            breath_sounds=page.sounds.isChecked(),
            custom_pattern=page.pattern.custom(),
        )
        self.start_breathe(ask_first=True)

    def start_practice(
        self, build: Callable[[], Practice], *, ask_first: bool = False, before: Any = None
    ) -> None:
        """Start a practice. `ask_first`: offer the check-in before it (practices begun from
        Kind's own screens; the tray, --break and --practice go straight in)."""
        if self.driver is not None and self.driver.session.state in (
            State.READY,
            State.RUNNING,
            State.PAUSED,
        ):
            self.open_window()  # one practice at a time: show the one that's going on
            return
        if ask_first and self.settings.checkins:
            self._pending_build = build
            self._checkin_mode = "before"
            self.nav.go(Nav.OPEN_CHECKIN)
            self.window.screen(Screen.CHECKIN).set_mode("before")  # type: ignore[attr-defined]
            self.open_window()
            return
        from kindapp.ui.practices.breath_driver import BreathDriver
        from kindapp.ui.practices.session_driver import SessionDriver

        practice = build()
        self._again_builder = build
        player = self._ensure_player()
        run = PracticeRun(practice, self.clock, player, self._record)
        self._before = before
        if before is not None:
            run.before = (before.heaviness, before.words)
        self._last_record_id = None
        self.driver = SessionDriver(run, self)
        self.driver.ended.connect(self._on_ended)
        play = player.play if self.settings.breath_sounds else None
        self.breath = BreathDriver(run.session, self.clock.now, play, self)
        self.window.practice.bind(self.driver)
        if not self.nav.can(Nav.OPEN_PRACTICE):
            self.nav.go(Nav.HOME)
        self.nav.go(Nav.OPEN_PRACTICE)
        self.open_window()
        cues = [s.cue for s in practice.steps if s.cue]
        if practice.end_cue:
            cues.append(practice.end_cue)
        if play is not None and any(s.pattern for s in practice.steps):
            cues += ["inhale", "exhale"]
        self._ready_timeout.start()
        player.start_practice(cues)

    def _on_sound_ready(self) -> None:
        self._begin_pending()

    def _begin_pending(self) -> None:
        self._ready_timeout.stop()
        if self.driver is not None and self.driver.session.state is State.READY:
            self.driver.start()

    def leave_practice(self) -> None:
        if self.driver is None:
            return
        state = self.driver.session.state
        if state in (State.RUNNING, State.PAUSED):
            self.driver.session.stop()
        elif state is State.READY:
            self._ready_timeout.stop()
            self.driver.session.stop()
            self.nav.go(Nav.HOME)

    def _on_ended(self, outcome: str) -> None:
        driver = self.driver
        if driver is not None and driver.run.session.started_at is None:
            self._retire_driver()
            return
        self.window.done.show_outcome(outcome)
        practised = driver.run.session.running_time() if driver is not None else 0.0
        practice_id = driver.run.practice.id if driver is not None else ""
        if self.nav.screen is Screen.PRACTICE:
            if self._ground_next:
                self.nav.go(Nav.OPEN_BACKDRAFT)
            elif (
                self.settings.checkins
                and practice_id != "ground"
                and practised >= 10.0
                and self._last_record_id is not None
            ):
                self._checkin_mode = "after"
                self.nav.go(Nav.OPEN_CHECKIN)
                self.window.screen(Screen.CHECKIN).set_mode("after")  # type: ignore[attr-defined]
            else:
                self.nav.go(Nav.PRACTICE_ENDED)
        self._ground_next = False
        self._retire_driver()
        self.practiceEnded.emit(outcome)

    def _retire_driver(self) -> None:
        if self.breath is not None:
            self.breath.stop()
            self.breath.deleteLater()
            self.breath = None
        if self.driver is not None:
            self.window.practice.unbind()
            self.driver.deleteLater()
            self.driver = None

    def _again(self) -> None:
        self.start_practice(self._again_builder)

    def _record(self, record: PracticeRecord) -> None:
        journal = self.journal()
        if journal is None:
            return
        from kindapp.core.journal import JournalError

        try:
            self._last_record_id = journal.record_practice(record)
        except JournalError as exc:
            log.error("%s", exc)
            self.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc)}))

    def journal(self) -> Journal | None:
        if self._journal is None and not self._journal_failed:
            from kindapp.core.journal import JournalError

            try:
                self._journal = self._open_journal()
            except JournalError as exc:
                log.error("%s", exc)
                self._journal_failed = True
                self.tell(Notice(NoticeKind.JOURNAL_UNAVAILABLE, {"reason": str(exc)}))
        return self._journal

    # -- sound -----------------------------------------------------------------------------
    def _ensure_player(self) -> Player:
        if self._player is None:
            self._player = self._make_player(self.bridge, self.settings)
        return self._player

    def _on_sound_fault(self, fault: Any) -> None:
        kind = getattr(fault, "value", str(fault))
        events.info("sound-fault kind=%s", kind)
        self.tell(Notice(NoticeKind.SOUND_UNAVAILABLE, {"fault": str(kind)}))

    # -- settings --------------------------------------------------------------------------
    def update_settings(self, **changes: Any) -> None:
        new = replace(self.settings, **changes)
        if new == self.settings:
            return
        self.settings = new
        try:
            self.store.save(new)
        except OSError as exc:
            log.error("cannot save settings to %s: %s", self.store.path, exc)
            self.tell(
                Notice(
                    NoticeKind.SETTINGS_UNWRITABLE,
                    {"dir": str(self.store.path.parent), "reason": exc.strerror or str(exc)},
                )
            )

    def set_volume(self, volume: float) -> None:
        self.update_settings(volume=volume)
        if self._player is not None:
            self._player.set_volume(volume)

    def set_muted(self, muted: bool) -> None:
        self.update_settings(muted=muted)
        if self._player is not None:
            self._player.set_muted(muted)

    def set_theme(self, theme: str) -> None:
        self.update_settings(sound_theme=theme)
        if self._player is not None:
            self._player.set_theme(theme)  # takes effect from the next practice or preview

    def set_device(self, name: str) -> None:
        self.update_settings(output_device=name)
        if self._player is not None:
            self._player.set_device(name or None)

    def preview(self, cue: str) -> None:
        """Play one cue now, at the current volume (settings' Listen and Try it buttons)."""
        if self.driver is not None and self.driver.session.state in (State.RUNNING, State.PAUSED):
            return  # never over a practice
        self._ensure_player().preview(cue)

    def set_look(self, look: str | None = None, scale: float | None = None) -> None:
        """A new look or text size, applied to the whole window at once."""
        self.update_settings(
            look=look or self.settings.look, text_scale=scale or self.settings.text_scale
        )
        if self._apply_look is not None:
            self._apply_look(self.settings.look, self.settings.text_scale)

    def follow_system_scheme(self) -> None:
        """The desktop switched between light and dark: follow it if the person asked to."""
        if self.settings.look == "system" and self._apply_look is not None:
            self._apply_look("system", self.settings.text_scale)

    def set_reduced_motion(self, reduced: bool) -> None:
        self.update_settings(reduced_motion=reduced)
        if self.window.built(Screen.PRACTICE):
            self.window.practice.set_reduced_motion(reduced)

    def set_words(self, step_id: str, text: str) -> None:
        new = self.settings.with_words(step_id, text)
        self.update_settings(own_words=new.own_words)

    # -- leaving ---------------------------------------------------------------------------
    def quit(self) -> None:
        self._quit_app()

    def shutdown(self) -> None:
        """Called once as the app quits: end any practice, let sound go, close the journal."""
        if self.window.built(Screen.WORDS):
            self.window.words.flush()
        if self.window.built(Screen.LETTER):
            self.window.screen(Screen.LETTER).flush()  # type: ignore[attr-defined]
        self.leave_practice()
        if self._player is not None:
            self._player.shutdown(timeout=2.0)
        if self._journal is not None:
            self._journal.close()
        self.reminders.stop()
        self.tray.hide()
