"""Entry point: the command line, the QApplication, and the wiring of everything.

This is the only module that builds the app's objects; they are passed to each
other from here, so nothing lives in globals.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kindapp.cli import parse_args
from kindapp.commands import count_try, export, journal_key, lock, unlock
from kindapp.core.catalog import APP_NAME, DESKTOP_ID, PracticeName
from kindapp.core.paths import Paths
from kindapp.logs import setup_logging

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kindapp.core.clock import Clock
    from kindapp.core.journal import Journal
    from kindapp.core.journal.backups import BackupInfo
    from kindapp.core.notices import Notice
    from kindapp.core.settings import Settings, SettingsStore
    from kindapp.core.voice_store import VoiceStore
    from kindapp.sound.player import Player
    from kindapp.ui.care.flow import CareFlow
    from kindapp.ui.common.operations import OpenJournal
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


ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
"""Sizes of the app icon rendered from assets/icons/kind.svg (packaging/render_icons.py), shipped
as PNGs so the tray and the window need no SVG renderer (QtSvg and its plugin stay unloaded)."""


def app_icon() -> QIcon:
    """The app icon, from its PNG sizes."""
    from PySide6.QtGui import QIcon

    from kindapp.resources import data_dir

    icons = data_dir("assets") / "icons" / "png"
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons / f"kind-{size}.png"))
    return icon


def configure_qt_app(app: QApplication, *, icon: bool = True) -> QIcon | None:
    """Names, style and icon for a QApplication; returns the app icon (looks: see ui.theme).
    `icon=False` leaves the icon for later (Kind's start: the window first)."""
    # The name desktops show and speak: the tray item's Id and Title, AT-SPI's application name
    # (and X11's WM_CLASS class). Files have their own id (core.paths, platformdirs).
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setStyle("Fusion")
    if not icon:
        return None
    made = app_icon()
    app.setWindowIcon(made)
    return made


def stylesheet_template() -> str:
    """assets/style.qss: colours as `@role@` tokens and icons as `@ICONS@/name.svg`, which
    `theme.apply_look` fills in for a look."""
    from kindapp.resources import data_dir

    return (data_dir("assets") / "style.qss").read_text(encoding="utf-8")


SOUND_ENGINES = ("process", "thread", "triggered")
"""Where the sound runs: a sound process per practice (the default), or in this process on a
worker thread, scheduled ("thread") or, as before the scheduler, played as each step begins
("triggered"). The last two are kept for comparison (bench/run.py) and as a fallback."""


def sound_player_factory(engine: str = "process") -> Callable[[SoundBridge, Settings], Player]:
    if engine not in SOUND_ENGINES:
        log.warning("unknown sound engine %r; using the sound process", engine)
        engine = "process"

    def make_player(bridge: SoundBridge, s: Settings) -> Player:
        # A sounding player even for the silent theme: it opens no stream for it, and can
        # switch to a sounding theme later without being rebuilt.
        if engine == "process":
            from kindapp.sound.process_player import ProcessPlayer

            return ProcessPlayer(
                s.sound_theme,
                volume=s.volume,
                muted=s.muted,
                on_ready=bridge.on_ready,
                on_fault=bridge.on_fault,
                device=s.output_device or None,
            )
        from kindapp.sound.stream import StreamPlayer

        return StreamPlayer(
            s.sound_theme,
            volume=s.volume,
            muted=s.muted,
            on_ready=bridge.on_ready,
            on_fault=bridge.on_fault,
            device=s.output_device or None,
            scheduling=engine == "thread",
        )

    return make_player


def busy_ui_every_second(app: QApplication, stall_ms: int) -> None:
    """A test hook (KIND_TEST_UI_STALL_MS): keep the GUI thread busy, holding the GIL, for
    `stall_ms` of every second, as a slow machine or a long layout would."""
    from PySide6.QtCore import QTimer

    def stall() -> None:
        end = time.perf_counter() + stall_ms / 1000.0
        n = 0
        while time.perf_counter() < end:
            n += 1  # pure Python: holds the GIL throughout

    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(stall)
    timer.start()
    log.warning("test hook: the GUI thread is kept busy %d ms of every second", stall_ms)


def step_scale_for_tests() -> float:
    """A test hook (KIND_TEST_STEP_SCALE, a factor in (0, 1]): every practice's steps run that
    many times as long, on the real clock. System tests that need a practice to *end* (not its
    minutes) use it; the tests of when sound arrives run at full length. Unset: 1."""
    raw = os.environ.get("KIND_TEST_STEP_SCALE", "")
    if not raw:
        return 1.0
    factor = float(raw)
    if not 0 < factor <= 1:
        raise ValueError(f"KIND_TEST_STEP_SCALE is a factor in (0, 1], not {raw!r}")
    log.warning("test hook: every practice runs at %g of its length", factor)
    return factor


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
        autosave: bool = True,
        step_scale: float = 1.0,
    ) -> None:
        from PySide6.QtCore import QObject, QTimer

        from kindapp.core.navigation import Nav, Navigator
        from kindapp.ui.care.flow import CareFlow
        from kindapp.ui.common.operations import JournalAccess
        from kindapp.ui.common.services import Notices, Prefs
        from kindapp.ui.common.unlock_dialog import ask_passphrase
        from kindapp.ui.desktop.auto_lock import AutoLock
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
        self._apply_look = apply_look
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
            on_damaged=lambda problem: self.safekeeping.offer_after_damage(problem),
            recall=lambda: self.safekeeping.recall_key(),
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
            launcher_installed=lambda: self.launcher_state() != "none",
            add_launcher=self.add_launcher_from_welcome,
            set_autostart=lambda on: self.desk.set_autostart(on),
        )
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
        keep.voices = voices
        if journal_path is not None and keyring_available():
            keep.keyring = Keyring(str(journal_path))
        self.auto_lock = AutoLock(
            self.lock_now, lambda: self.settings.lock_after_minutes, self.root
        )
        journals.ready.append(self.adopt_words)
        self.prefs.keep_words = self.keep_words
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
                set_look=lambda look, scale: self.set_look(look=look, scale=scale),
                list_devices=p.devices.refresh,
                set_reminders=self.desk.set_reminders,
                reminder_plan=self.desk.reminders.plan,
                ask_import=self.desk.ask_import,
                ask_export=self.desk.ask_export,
                set_autostart=self.desk.set_autostart,
                tray_available=lambda: tray.available,
                notifications_available=lambda: self.desk.notifications() is not None,
                lock_state=keep.locked,
                change_lock=self.change_lock,
                lock_now=self.lock_now,
                list_backups=keep.list_backups,
                restore_backup=self.restore_backup,
                keyring_available=lambda: keep.keyring is not None,
                remembered=keep.remembered,
                set_remembered=keep.set_remembered,
                launcher_state=self.launcher_state,
                set_launcher=self.set_launcher,
            ),
            parent=self.root,
        )
        p.devices.listed.connect(self.settings_flow.show_devices)
        p.checkinWanted.connect(self.care.ask_before)
        p.practiceOver.connect(self.care.after_practice)
        p.learnWanted.connect(self.care.open_learn)
        self.desk.journalImported.connect(self.writing.refresh_library)
        self.desk.journalImported.connect(self.adopt_words)  # an export's My words came in

        home = w.home
        home.startBreak.connect(lambda mode: p.start_break(mode, ask_first=True))
        home.openLearn.connect(lambda: self.care.open_learn("three-parts"))
        home.openHistory.connect(self.care.open_history)
        home.openTouch.connect(lambda: nav.go(Nav.OPEN_TOUCH))
        home.openBreathe.connect(lambda: nav.go(Nav.OPEN_BREATHE))
        home.openSettings.connect(lambda: nav.go(Nav.OPEN_SETTINGS))
        home.openWords.connect(lambda: nav.go(Nav.OPEN_WORDS))
        home.openLetter.connect(self.writing.open_letter)
        home.openLetters.connect(lambda: self.writing.open_writing(Nav.OPEN_LETTERS))
        home.openReframe.connect(self.writing.open_reframe)
        home.openReframes.connect(lambda: self.writing.open_writing(Nav.OPEN_REFRAMES))
        home.catchThought.connect(self.writing.open_catch)
        more = self.writing.more
        home.openInTheWay.connect(more.open_in_the_way)
        home.openKindDay.connect(more.open_kind_day)
        more.nudgesChanged.connect(self.desk.refresh_nudges)
        more.kindDayChanged.connect(home.show_kind_day)
        more.learnWanted.connect(self.care.open_learn)
        self.desk.nudgeAction.connect(self._on_message_action)
        # Soon after start (not before the first window): what's due, and whether today is a
        # kind day, are read from the journal.
        self._today_timer = QTimer(self.root)
        self._today_timer.setSingleShot(True)
        self._today_timer.timeout.connect(self._look_at_today)
        self._today_timer.start(1500)
        tray.quickBreak.connect(lambda: p.start_break(self.settings.break_mode))
        tray.soothingTouch.connect(p.start_touch)
        tray.breathe.connect(p.start_breathe)
        tray.writeLetter.connect(self.writing.open_letter)
        tray.catchThought.connect(self.writing.open_catch)
        tray.openWindow.connect(self.open_window)
        tray.quitRequested.connect(self.quit)
        self.desk.reminderAccepted.connect(lambda: p.start_break("quick"))
        w.closeRequested.connect(self._on_close_requested)
        w.hide_on_close = tray.available
        self.router: Router = Router(w, nav, parent=self.root)

    # -- what the command line, a second launch and the tests ask of Kind --------------------
    @property
    def settings(self) -> Settings:
        return self.prefs.settings

    def tell(self, notice: Notice, *, once: bool = True) -> None:
        self.notices.tell(notice, once=once)

    def journal(self) -> Journal | None:
        return self.journals.get()

    def update_settings(self, **changes: Any) -> None:
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
        from kindapp.core.desktop_entry import launcher_state

        return launcher_state()

    def set_launcher(self, on: bool) -> bool:
        """Add Kind to this person's app launcher, or take it away; True when done."""
        from kindapp.commands import add_launcher, remove_launcher

        try:
            (add_launcher if on else remove_launcher)()
        except OSError as exc:
            log.error("cannot change the launcher entry: %s", exc)
            return False
        return True

    def add_launcher_from_welcome(self) -> bool:
        """The welcome's choice: Kind in the launcher; a calm notice when it cannot be."""
        from kindapp.commands import add_launcher
        from kindapp.core.notices import Notice, NoticeKind
        from kindapp.ui.common.reasons import os_error_code

        try:
            add_launcher()
        except OSError as exc:
            log.error("cannot add the launcher entry: %s", exc)
            self.tell(
                Notice(NoticeKind.LAUNCHER_UNWRITABLE, {"reason": os_error_code(exc)}), once=False
            )
            return False
        return True

    def show_first_run(self) -> None:
        self.care.show_first_run()

    def set_look(self, look: str | None = None, scale: float | None = None) -> None:
        """A new look or text size, applied to the whole window at once."""
        s = self.prefs.settings
        self.prefs.update(look=look or s.look, text_scale=scale or s.text_scale)
        if self._apply_look is not None:
            self._apply_look(self.settings.look, self.settings.text_scale)

    def _look_at_today(self) -> None:
        self.desk.refresh_nudges()
        self.window.home.show_kind_day(self.writing.more.kind_day_active())

    def _on_message_action(self, key: str) -> None:
        """A clicked nudge: the kind day's evening opens its look back; others open Kind."""
        if key == "kind-day-evening":
            self.writing.more.open_kind_day()
        else:
            self.open_window()

    def lock_now(self) -> None:
        """Lock the letters again (idle time, the screen locking, or asked): what is being
        written is saved first, and a private screen gives way to home."""
        from kindapp.core.navigation import Nav, Screen

        if self.window.current_screen() is Screen.REFRAME:
            # A reframe is kept only when it is finished: locking now would lose its words.
            # Count the idle time again instead (the desktop's own lock guards the screen).
            self.auto_lock.arm()
            return
        self.safekeeping.lock_now()
        private = {Screen.LETTER, Screen.LETTERS, Screen.REFRAME, Screen.REFRAMES, Screen.HISTORY}
        if self.journals.is_locked() and self.window.current_screen() in private:
            self.nav.go(Nav.HOME)

    # -- My words: kept in the journal (under its lock), never in settings.json -------------
    def adopt_words(self) -> None:
        """The journal can be read: bring My words together (the journal's, the settings
        file's from before the move, and any typed while it was locked; nothing dropped),
        keep them in the journal, and leave them out of settings.json from now on."""
        from kindapp.core.journal import JournalError
        from kindapp.core.my_words import MyWords, WordsShelf, merge, with_words

        journal = self.journals.opened
        if journal is None:
            return
        shelf = WordsShelf(journal)
        here = MyWords.of(self.prefs.settings)
        try:
            kept = shelf.load()
            if self.prefs.words_home and not self.prefs.words_waiting:
                words = kept if kept is not None else here
            else:  # from the settings file, or typed while locked: they win, nothing lost
                words = merge(kept, here)
            if words != kept:
                shelf.save(words)
        except JournalError as exc:
            log.error("My words were not moved into the journal: %s", exc)
            return
        self.prefs.adopt(with_words(self.prefs.settings, words))

    def keep_words(self, settings: Settings) -> bool:
        """Write My words to the journal now; False while it is locked (held until then)."""
        from kindapp.core.journal import JournalError
        from kindapp.core.my_words import MyWords, WordsShelf

        journal = self.journals.peek()
        if journal is None:
            return False
        try:
            WordsShelf(journal).save(MyWords.of(settings))
        except JournalError as exc:
            log.error("My words were not kept in the journal: %s", exc)
            return False
        return True

    def change_lock(self, current: str | None, new: str | None) -> str | None:
        problem = self.safekeeping.change_lock(current, new)
        if problem is None and new is not None:
            self.auto_lock.arm()
        return problem

    def restore_backup(self, backup: BackupInfo) -> str | None:
        problem = self.safekeeping.restore(backup)
        self.writing.refresh_library()
        return problem

    def _on_close_requested(self) -> None:
        self.practice.leave_practice()
        self.desk.window_closed()

    # -- leaving ---------------------------------------------------------------------------
    def deleteLater(self) -> None:
        self.root.deleteLater()

    def quit(self) -> None:
        self._quit_app()

    def shutdown(self) -> None:
        """Called once as the app quits: keep what was typed, end any practice, let sound go,
        close the journal, write the settings."""
        self._today_timer.stop()
        self.writing.shutdown()
        self.practice.shutdown()
        self.safekeeping.shutdown()
        self.auto_lock.close()
        self.journals.close()
        self.desk.shutdown()
        self.prefs.flush()  # the last changes of settings, debounced until now


@dataclass
class FirstFrame:
    """What Kind builds before its window is shown: the settings, the look, the home screen."""

    app: QApplication
    paths: Paths
    store: SettingsStore
    settings: Settings
    notices: list[Notice]
    window: MainWindow
    look: Callable[[str, float], str]


def first_frame(app: QApplication, paths: Paths) -> FirstFrame:
    """The least work before the window can be shown: settings, translator, look, home."""
    from kindapp.core.notices import Notice, NoticeKind
    from kindapp.core.paths import ensure_private_dir
    from kindapp.core.settings import SettingsStore
    from kindapp.ui.common.reasons import os_error_code
    from kindapp.ui.common.theme import apply_look
    from kindapp.ui.common.translation import load_qt_translator, load_translator
    from kindapp.ui.shell.main_window import MainWindow

    configure_qt_app(app, icon=False)
    store = SettingsStore(paths.settings_file)
    settings, notices = store.load()
    # Before any widget is built: Kind's words, and Qt's own (its dialogs' buttons).
    for translator in (
        load_translator(settings.language, app),
        load_qt_translator(settings.language, app),
    ):
        if translator is not None:
            app.installTranslator(translator)
    for directory, kind in (
        (paths.config_dir, NoticeKind.SETTINGS_UNWRITABLE),
        (paths.data_dir, NoticeKind.JOURNAL_UNAVAILABLE),
    ):
        try:
            ensure_private_dir(directory)
        except OSError as exc:
            notices.append(Notice(kind, {"dir": str(directory), "reason": os_error_code(exc)}))

    base_size = max(app.font().pointSizeF(), 10.5)
    template = stylesheet_template()
    # The look's tinted icons (check marks, arrows) are written here; removed when Kind exits.
    icons = tempfile.TemporaryDirectory(prefix="kind-icons-")

    def look(name: str, scale: float) -> str:
        return apply_look(app, template, name, scale, base_size, Path(icons.name))

    look(settings.look, settings.text_scale)
    window = MainWindow()
    window.shown.connect(lambda: logging.getLogger("kindapp.events").info("window-shown"))
    return FirstFrame(app, paths, store, settings, notices, window, look)


def finish_wiring(
    first: FirstFrame,
    clock: Clock,
    make_player: Callable[[SoundBridge, Settings], Player],
) -> AppController:
    """Everything after the first frame: the icon, the tray, the flows, the notices."""
    from kindapp.core.journal.relock import voices_for
    from kindapp.core.notices import Notice, NoticeKind
    from kindapp.ui.desktop.tray import Tray

    app, paths, window = first.app, first.paths, first.window
    icon = app_icon()
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)

    def open_journal(key: bytes | None = None) -> Journal:
        from kindapp.core.journal import Journal

        return Journal(paths.journal_file, key=key)

    tray = Tray(icon)
    app.setQuitOnLastWindowClosed(not tray.available)

    def make_notifications() -> Notifications:
        from kindapp.ui.desktop.notifications import Notifications

        return Notifications()

    built: list[AppController] = []

    def voice_key() -> bytes | None:
        """The journal's key while it is open (sealed recordings need it), else None."""
        journal = built[0].journals.opened if built else None
        if journal is None or journal.suspended:
            return None
        return journal.key

    voices = voices_for(paths.voice_dir, paths.journal_file, voice_key)
    controller = AppController(
        window,
        tray,
        first.store,
        first.settings,
        clock,
        open_journal,
        make_player,
        lambda: app.exit(0),
        first.look,
        make_notifications,
        paths.journal_file,
        voices,
        # A test hook only: shows that the SIGKILL test fails without autosave.
        autosave=os.environ.get("KIND_TEST_AUTOSAVE", "on") != "off",
        # A test hook only: practices run short (system tests that need one to end).
        step_scale=step_scale_for_tests(),
    )
    built.append(controller)
    app.aboutToQuit.connect(controller.shutdown)
    for notice in first.notices:
        controller.tell(notice)
    if not tray.available:
        controller.tell(Notice(NoticeKind.NO_TRAY))
    return controller


def wire(
    app: QApplication,
    paths: Paths,
    clock: Clock,
    make_player: Callable[[SoundBridge, Settings], Player],
) -> AppController:
    """Build the window, tray and controller for `paths`; tell the person what needs telling."""
    return finish_wiring(first_frame(app, paths), clock, make_player)


def practice_asked(args: argparse.Namespace) -> str | None:
    """The practice this launch asks to start (--break or --practice NAME), if any."""
    return PracticeName.BREAK.value if args.start_break else args.practice


def instance_message(args: argparse.Namespace, token: str | None = None) -> dict[str, object]:
    """What this launch asks of a Kind that is already running; `token` is this launch's
    xdg-activation token, passed on so that the running Kind may come to the front."""
    extra: dict[str, object] = {"token": token} if token else {}
    if args.catch:
        return {"cmd": "catch", **extra}
    name = practice_asked(args)
    if name == PracticeName.BREAK:
        return {"cmd": "practice", "name": name, "mode": args.mode, **extra}
    if name:
        return {"cmd": "practice", "name": name, **extra}
    return {"cmd": "show", **extra}


def start_practice(controller: AppController, name: str, mode: str | None = None) -> None:
    """Start a launchable practice by name (the break in `mode`, else the one last chosen)."""
    if name == PracticeName.BREAK:
        controller.start_break(mode or controller.settings.break_mode)
        return
    starts: dict[str, Callable[[], None]] = {
        PracticeName.TOUCH: controller.start_touch,
        PracticeName.BREATHE: controller.start_breathe,
        PracticeName.LETTER: controller.open_letter,
        PracticeName.REFRAME: controller.open_reframe,
    }
    starts[name]()


def obey(controller: AppController, message: dict[str, object]) -> None:
    """Carry out a command from a second launch (commands, not window-raising tricks), with the
    launch's activation token at hand for the window it shows."""
    from kindapp.ui.desktop.activation import with_token

    token = message.get("token")
    with_token(str(token) if token else None, lambda: _carry_out(controller, message))


def _carry_out(controller: AppController, message: dict[str, object]) -> None:
    if message["cmd"] == "show":
        controller.open_window()
    elif message["cmd"] == "catch":
        controller.open_catch()
    elif message["cmd"] == "practice":
        mode = message.get("mode")
        start_practice(controller, str(message["name"]), str(mode) if mode else None)
    elif message["cmd"] == "import":
        controller.import_file(Path(str(message["path"])))


def import_(paths: Paths, source: str, passphrase_file: str | None = None) -> int:
    """Merge an export into the journal; a running Kind (which holds the journal) does it."""
    from kindapp.core.journal import Journal, JournalError, JournalLocked, import_file
    from kindapp.core.journal.relock import voices_for
    from kindapp.passphrase_cli import NoPassphrase

    path = Path(source).resolve()
    if not path.is_file():
        sys.stderr.write(f"kindapp: there is no file at {path}\n")
        return 1
    try:
        journal = Journal(paths.journal_file, key=journal_key(paths, passphrase_file))
    except JournalLocked:
        from kindapp.ui.desktop.single_instance import SingleInstance

        if SingleInstance().try_send({"cmd": "import", "path": str(path)}):
            sys.stdout.write(f"Kind is running; it is importing {path} now.\n")
            return 0
        sys.stderr.write("kindapp: another Kind is writing to the journal; try again later\n")
        return 1
    except (JournalError, NoPassphrase, OSError) as exc:
        count_try(paths, exc)
        sys.stderr.write(f"kindapp: {exc}\n")
        return 1
    count_try(paths, None)
    try:
        voices = voices_for(paths.voice_dir, paths.journal_file, lambda: journal.key)
        result = import_file(journal, path, voices)
    except JournalError as exc:
        sys.stderr.write(f"kindapp: nothing was imported: {exc}\n")
        return 1
    finally:
        journal.close()
    sys.stdout.write(
        f"Imported {result.letters_added} letter(s), {result.reframes_added} reframe(s) and "
        f"{result.practices_added} practice(s); {result.skipped} were already there.\n"
    )
    if result.voices_added:
        sys.stdout.write(f"And {result.voices_added} recording(s) of your voice.\n")
    return 0


def run_gui(args: argparse.Namespace, paths: Paths) -> int:
    """Start Kind: the window first (settings, look, home), everything else after its first
    frame (the tray and its icon, QtNetwork's single-instance server, the flows, signals)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from kindapp.ui.desktop.activation import launch_token
    from kindapp.ui.desktop.instance_probe import InstanceProbe

    # Before anything heavy: is Kind already running? Then hand it the command and go. The
    # stdlib probe takes the instance lock, so QtNetwork can wait until the window is up.
    probe = InstanceProbe()
    message = instance_message(args, launch_token())
    if not probe.take_lock():
        if args.minimized and probe.is_running():
            return 0  # autostart while Kind already runs: nothing to do
        if not args.minimized and probe.try_send(message):
            return 0
        log.warning("another Kind holds %s but does not answer; starting anyway", probe.name)

    # Hand the GIL over every 1 ms (not 5): the sound callback must never wait a whole frame of
    # the breathing animation for it, or the output underflows and clicks.
    sys.setswitchinterval(0.001)
    app = QApplication(sys.argv[:1])
    # Before the first frame: a SIGTERM or Ctrl+C at any moment quits cleanly (exit code 0).
    # app.exit, not app.quit: Qt 6's quit() asks the windows first, and the main window
    # refuses (it hides to the tray), so a quit() would be ignored.
    from kindapp.ui.desktop.unix_signals import QuitOnSignals

    quit_on_signals = QuitOnSignals(lambda: app.exit(0), parent=app)
    app.aboutToQuit.connect(quit_on_signals.close)
    first = first_frame(app, paths)
    window = first.window
    # --catch opens only the small capture window (Kind rests in the tray, if there is one).
    show = not ((args.minimized or args.catch) and QSystemTrayIcon.isSystemTrayAvailable())
    built: list[AppController] = []

    def build_the_rest() -> None:
        if built:
            return
        from kindapp.core.clock import MonotonicClock
        from kindapp.ui.desktop.single_instance import SingleInstance

        engine = os.environ.get("KIND_SOUND_ENGINE", "process")
        controller = finish_wiring(first, MonotonicClock(), sound_player_factory(engine))
        built.append(controller)
        stall_ms = int(os.environ.get("KIND_TEST_UI_STALL_MS", "0") or 0)
        if stall_ms > 0:  # a test hook: the soak makes the GUI thread busy on purpose
            busy_ui_every_second(app, stall_ms)
        instance = SingleInstance(probe.name, parent=app)
        instance.adopt_lock(probe.hand_over_lock())
        if not instance.listen():
            if not args.minimized and instance.try_send(message):
                app.exit(0)  # lost a start-up race to another Kind: it has the command now
                return
            log.warning("another Kind holds %s but does not answer; starting anyway", probe.name)
        instance.received.connect(lambda m: obey(controller, m))
        app.aboutToQuit.connect(instance.close)
        controller.tray.show()
        name = practice_asked(args)
        if args.catch:
            controller.open_catch()
        elif name:
            start_practice(controller, name, args.mode)
        elif not args.minimized and not controller.settings.first_run_done:
            controller.show_first_run()  # a plain launch: the welcome, once
        # Open (and migrate) the journal on its own thread ahead of need: now, or for a
        # tray-only Kind when its window first shows (until then sqlite stays unloaded).
        if window.isVisible():
            controller.journals.prepare()
        else:
            window.shown.connect(controller.journals.prepare)

    window.resize(window.sizeHint())
    if practice_asked(args):
        # Launched into a practice (or the letter): that screen is the first frame, not home.
        build_the_rest()
        if show:
            window.show()
    elif show:
        window.firstFrame.connect(build_the_rest)
        window.show()
    else:
        QTimer.singleShot(0, build_the_rest)
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from kindapp.sound.engine import ENGINE_ARG

    if argv[:1] == [ENGINE_ARG]:  # a bundle started as its own sound process
        from kindapp.sound.engine import main as engine_main

        return engine_main()
    args = parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        from kindapp.commands import install_desktop, uninstall_desktop

        return install_desktop() if args.install_desktop else uninstall_desktop()
    paths = Paths.default()
    if args.export:
        return export(paths, args.export, args.passphrase_file)
    if args.import_file:
        return import_(paths, args.import_file, args.passphrase_file)
    if args.lock:
        return lock(paths, args.passphrase_file)
    if args.unlock:
        return unlock(paths, args.passphrase_file)
    problem = setup_logging(paths.log_file)
    if problem:
        log.warning("%s", problem)
    return run_gui(args, paths)
