"""Kind, built: the window and its router, the tray, and one flow per feature, connected."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Unpack

from kindapp.core.navigation import Screen

if TYPE_CHECKING:
    from kindapp.core.clock import Clock
    from kindapp.core.journal import Journal
    from kindapp.core.journal.backups import BackupInfo
    from kindapp.core.notices import Notice
    from kindapp.core.settings import Settings, SettingsChange, SettingsStore
    from kindapp.core.voice_store import VoiceStore
    from kindapp.sound.player import Player
    from kindapp.ui.care.flow import CareFlow
    from kindapp.ui.common.operations import OpenJournal
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.desktop.flow import DeskFlow
    from kindapp.ui.desktop.notifications import Notifications
    from kindapp.ui.desktop.tray import Tray
    from kindapp.ui.practices.flow import PracticeFlow
    from kindapp.ui.practices.sound_bridge import SoundBridge
    from kindapp.ui.settings.flow import SettingsFlow
    from kindapp.ui.shell.main_window import MainWindow
    from kindapp.ui.shell.router import Router
    from kindapp.ui.writing.flow import WritingFlow

log = logging.getLogger(__name__)

RELEASED_ON_CLOSE = (
    Screen.LEARN,
    Screen.HISTORY,
    Screen.FEELS_FAKE,
    Screen.FIRST_RUN,
    Screen.DONE,
    Screen.TOUCH_SETUP,
    Screen.BREATHE_SETUP,
    Screen.SETTINGS,
    Screen.GIVING_SETUP,
    Screen.SOFTEN_SETUP,
)
"""Pages let go when the window closes into the tray: none holds anything the person typed or
chose that is not kept elsewhere (settings are saved as they change; each of these is filled
again when shown: the two guided set-ups by `show_choice`, from the ratio and name kept in the
settings, or afresh). Writing, My words, the check-in and the backdraft care are kept."""


class AppController:
    """Kind, built: the window and its router, the tray, and one flow per feature.

    Only this module knows every feature; the flows talk through what they are handed here.
    """

    def __init__(
        self,
        window: MainWindow,
        tray: Tray,
        store: SettingsStore,
        settings: Settings,
        clock: Clock,
        open_journal: OpenJournal,
        make_player: Callable[[SoundBridge, Settings], Player],
        quit_app: Callable[[], None],
        apply_look: Callable[[str, float], str] | None = None,
        make_notifications: Callable[[], Notifications] | None = None,
        journal_path: Path | None = None,
        voices: VoiceStore | None = None,
        *,
        actions: PracticeActions,
        autosave: bool = True,
        step_scale: float = 1.0,
    ) -> None:
        from PySide6.QtCore import QObject, QTimer

        from kindapp.app.desk_actions import Launcher, Looks
        from kindapp.app.lock_policy import LockPolicy
        from kindapp.app.memory import GIVE_BACK_MS, give_back
        from kindapp.app.practice_commands import bind_practices
        from kindapp.app.words import WordsKeeper
        from kindapp.core.catalog import PracticeName
        from kindapp.core.navigation import Nav, Navigator
        from kindapp.ui.care.flow import CareFlow
        from kindapp.ui.common.operations import JournalAccess
        from kindapp.ui.common.services import Notices, Prefs
        from kindapp.ui.common.unlock_dialog import ask_passphrase
        from kindapp.ui.desktop.flow import DeskFlow
        from kindapp.ui.desktop.keyring import Keyring, keyring_available
        from kindapp.ui.desktop.safekeeping import Safekeeping
        from kindapp.ui.practices.flow import PracticeFlow
        from kindapp.ui.settings.backups_panel import confirm_restore
        from kindapp.ui.settings.flow import SettingsActions, SettingsFlow
        from kindapp.ui.shell.router import Router
        from kindapp.ui.writing.flow import WritingFlow

        # The flows' Qt parent: they (and their timers, sound bridge, drivers) go with it.
        self.root = QObject()
        self.window = window
        self.tray = tray
        self._quit_app = quit_app
        self.nav = Navigator()
        self.notices = Notices(window.banner.add)
        self.prefs = Prefs(store, settings, self.notices)
        self.journals = JournalAccess(
            open_journal,
            self.notices,
            window.set_waiting,
            parent=self.root,
            path=journal_path,
            ask=ask_passphrase(window),
        )
        w, nav, prefs, journals, notices = window, self.nav, self.prefs, self.journals, self.notices

        self.practice: PracticeFlow = PracticeFlow(
            w,
            nav,
            prefs,
            journals,
            notices,
            clock,
            make_player,
            voices,
            parent=self.root,
            step_scale=step_scale,
        )
        p = self.practice
        self.launcher = Launcher(notices)
        self.looks = Looks(prefs, apply_look)
        self.desk: DeskFlow = DeskFlow(
            w,
            tray,
            prefs,
            journals,
            notices,
            p.busy,
            voices,
            parent=self.root,
            make_notifications=make_notifications,
        )
        self.writing: WritingFlow = WritingFlow(
            w,
            nav,
            prefs,
            journals,
            notices,
            p.busy,
            voices,
            p.listen_voice,
            parent=self.root,
            autosave=autosave,
        )
        self.care: CareFlow = CareFlow(
            w,
            nav,
            prefs,
            journals,
            notices,
            p.start_after_checkin,
            p.set_muted,
            self.writing.open_letter_with_prompt,
            parent=self.root,
            preview=p.preview,
            launcher_installed=self.launcher.installed,
            add_launcher=self.launcher.add_from_welcome,
            set_autostart=self.desk.set_autostart,
            practices=actions.practices,
        )
        self.safekeeping = Safekeeping(
            journals,
            journal_path or Path("journal.sqlite3"),
            notices,
            p.busy,
            self.writing.shutdown,
            lambda info, damaged: confirm_restore(window, info, damaged),
            parent=self.root,
        )
        keep = self.safekeeping
        journals.on_damaged = keep.offer_after_damage
        journals.recall = keep.recall_key
        keep.voices = voices
        if journal_path is not None and keyring_available():
            keep.keyring = Keyring(str(journal_path))
        self.locks = LockPolicy(
            w,
            nav,
            journals,
            keep,
            lambda: prefs.settings.lock_after_minutes,
            self.writing.refresh_library,
            self.root,
            clock,
        )
        self.auto_lock = self.locks.auto_lock
        self.words = WordsKeeper(journals, self.prefs)
        journals.ready.append(self.words.adopt_words)
        self.prefs.keep_words = self.words.keep_words
        journals.unlocked.append(self.auto_lock.arm)
        journals.unlocked.append(self.desk.refresh_nudges)  # a locked journal had none due
        self.settings_flow: SettingsFlow = SettingsFlow(
            w,
            nav,
            prefs,
            SettingsActions(
                set_volume=p.set_volume,
                set_muted=p.set_muted,
                set_theme=p.set_theme,
                set_device=p.set_device,
                preview=p.preview,
                set_reduced_motion=p.set_reduced_motion,
                set_look=self.looks.set,
                list_devices=p.devices.refresh,
                set_reminders=self.desk.set_reminders,
                reminder_plan=self.desk.reminders.plan,
                ask_import=self.desk.ask_import,
                ask_export=self.desk.ask_export,
                set_autostart=self.desk.set_autostart,
                tray_available=lambda: tray.available,
                notifications_available=lambda: self.desk.notifications() is not None,
                lock_state=keep.locked,
                change_lock=self.locks.change_lock,
                lock_now=self.locks.lock_now,
                list_backups=keep.list_backups,
                restore_backup=self.locks.restore_backup,
                keyring_available=lambda: keep.keyring is not None,
                remembered=keep.remembered,
                set_remembered=keep.set_remembered,
                launcher_state=self.launcher.state,
                set_launcher=self.launcher.set,
                set_journal_invitation=self._set_journal_invitation,
            ),
            parent=self.root,
        )
        p.devices.listed.connect(self.settings_flow.show_devices)
        p.checkinWanted.connect(self.care.ask_before)
        p.practiceOver.connect(self.care.after_practice)
        p.learnWanted.connect(self.care.open_learn)
        # After a practice its screen and driver are let go: give the memory back.
        self._give_back = QTimer(self.root)
        self._give_back.setSingleShot(True)
        self._give_back.setInterval(GIVE_BACK_MS)
        self._give_back.timeout.connect(give_back)
        p.practiceEnded.connect(self._give_back.start)
        self.desk.journalImported.connect(self.writing.refresh_library)
        self.desk.journalImported.connect(self.words.adopt_words)  # an export's My words came in

        home = w.home
        home.openLearn.connect(lambda: self.care.open_learn("three-parts"))
        home.openHistory.connect(self.care.open_history)
        home.openSettings.connect(lambda: nav.go(Nav.OPEN_SETTINGS))
        home.openWords.connect(lambda: nav.go(Nav.OPEN_WORDS))
        more = self.writing.more
        more.nudgesChanged.connect(self.desk.refresh_nudges)
        more.learnWanted.connect(self.care.open_learn)
        tray.openWindow.connect(w.bring_forward)
        tray.quitRequested.connect(quit_app)
        self.desk.reminderAccepted.connect(lambda: p.start_break("quick"))
        w.closeRequested.connect(p.leave_practice)
        w.closeRequested.connect(self.desk.window_closed)
        w.closeRequested.connect(self._let_go_of_pages)
        w.hide_on_close = tray.available
        self.router: Router = Router(w, nav, parent=self.root)
        # The practices' commands (home's cards, the tray's entries, --practice), bound once.
        self.actions = actions
        self.practices = actions.practices
        states = self.practice_states = bind_practices(
            actions, p, self.writing, nav, w.home, lambda: prefs.settings
        )
        # A kind word from your past self, asked for (`--practice past-self`).
        actions.bind(f"{PracticeName.PAST_SELF}.open", lambda _mode: self.care.ask_past_self())
        # A clicked nudge: a practice's own nudge opens that practice; others open Kind.
        self.desk.nudgeAction.connect(
            lambda key: (
                None
                if states.open_from_nudge(key) or self._open_journal_from_nudge(key)
                else w.bring_forward()
            )
        )
        # Soon after start (not before the first window): what's due, and the practices' own
        # state for home (a kind day going on), are read from the journal.
        self._today_timer = QTimer(self.root)
        self._today_timer.setSingleShot(True)
        self._today_timer.timeout.connect(self.desk.refresh_nudges)
        self._today_timer.timeout.connect(states.look_at_today)
        self._today_timer.timeout.connect(self._opened)
        self._today_timer.start(1500)

    def _set_journal_invitation(self, at: str) -> None:
        """The journal's evening invitation chosen in Settings: kept, and the nudges armed."""
        self.prefs.update(journal_invitation=at)
        self.desk.refresh_nudges()

    def _open_journal_from_nudge(self, key: str) -> bool:
        """The journal's evening invitation, clicked: today's entry opens."""
        from kindapp.core import journal_invitation

        if key != journal_invitation.KEY:
            return False
        self.writing.more.open_journal_entry()
        return True

    def _opened(self) -> None:
        """Kind was opened by the person (its window on home): a letter's anniversary may be
        offered (core/past_self.py; never when it starts hidden, in the tray)."""
        from kindapp.core.navigation import Screen
        from kindapp.core.past_self import Moment

        if self.window.isVisible() and self.nav.screen is Screen.HOME:
            self.care.offer_past_self(Moment.OPENED)

    def _let_go_of_pages(self) -> None:
        """The window closed into the tray: its pages that hold nothing of the person's are let
        go (built again when next shown), and the memory given back."""
        if not self.window.hide_on_close:
            return
        released = [s for s in RELEASED_ON_CLOSE if self.window.release(s)]
        if released:
            self._give_back.start()

    # -- what the command line, a second launch and the tests ask of Kind --------------------
    @property
    def settings(self) -> Settings:
        return self.prefs.settings

    def tell(self, notice: Notice, *, once: bool = True) -> None:
        self.notices.tell(notice, once=once)

    def journal(self) -> Journal | None:
        return self.journals.get()

    def update_settings(self, **changes: Unpack[SettingsChange]) -> None:
        self.prefs.update(**changes)

    def open_window(self) -> None:
        self.window.bring_forward()

    def start_break(self, mode: str, *, ask_first: bool = False) -> None:
        self.practice.start_break(mode, ask_first=ask_first)

    def start_touch(self) -> None:
        self.practice.start_touch()

    def start_breathe(self) -> None:
        self.practice.start_breathe()

    def open_letter(self) -> None:
        self.writing.open_letter()

    def open_reframe(self) -> None:
        self.writing.open_reframe()

    def open_catch(self) -> None:
        self.writing.open_catch()

    def import_file(self, path: Path) -> bool:
        return self.desk.import_file(path)

    def launcher_state(self) -> str:
        """Kind's launcher entry: "user", "system" or "none" (core/desktop_entry.py)."""
        return self.launcher.state()

    def show_first_run(self) -> None:
        self.care.show_first_run()

    def set_look(self, look: str | None = None, scale: float | None = None) -> None:
        """A new look or text size, applied to the whole window at once."""
        self.looks.set(look, scale)

    def lock_now(self) -> None:
        self.locks.lock_now()

    def change_lock(self, current: str | None, new: str | None) -> str | None:
        return self.locks.change_lock(current, new)

    def restore_backup(self, backup: BackupInfo) -> str | None:
        return self.locks.restore_backup(backup)

    # -- leaving ---------------------------------------------------------------------------
    def deleteLater(self) -> None:
        self.root.deleteLater()

    def quit(self) -> None:
        self._quit_app()

    def shutdown(self) -> None:
        """Called once as the app quits: keep what was typed, end any practice, let sound go,
        close the journal, write the settings."""
        self._today_timer.stop()
        self._give_back.stop()
        self.writing.shutdown()
        self.practice.shutdown()
        self.safekeeping.shutdown()
        self.locks.close()
        self.journals.close()
        self.desk.shutdown()
        self.prefs.flush()  # the last changes of settings, debounced until now
