"""Entry point: the command line, the QApplication, and the wiring of everything.

This is the only module that builds the app's objects; they are passed to each
other from here, so nothing lives in globals.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kindapp import APP_ID
from kindapp.cli import parse_args
from kindapp.core.catalog import DESKTOP_ID, PracticeName
from kindapp.core.paths import Paths
from kindapp.logs import setup_logging

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kindapp.core.clock import Clock
    from kindapp.core.journal import Journal
    from kindapp.core.notices import Notice
    from kindapp.core.settings import Settings, SettingsStore
    from kindapp.sound.player import Player
    from kindapp.ui.care.flow import CareFlow
    from kindapp.ui.desktop.flow import DeskFlow
    from kindapp.ui.desktop.tray import Tray
    from kindapp.ui.practices.flow import PracticeFlow
    from kindapp.ui.practices.sound_bridge import SoundBridge
    from kindapp.ui.settings.flow import SettingsFlow
    from kindapp.ui.shell.main_window import MainWindow
    from kindapp.ui.shell.router import Router
    from kindapp.ui.writing.flow import WritingFlow

log = logging.getLogger(__name__)


def export(paths: Paths, out: str) -> int:
    from kindapp.core.journal import JournalError, export_to_file

    target = Path(out)
    try:
        count = export_to_file(paths.journal_file, target)
    except (JournalError, OSError) as exc:
        sys.stderr.write(f"kindapp: could not export the journal to {target}: {exc}\n")
        return 1
    sys.stdout.write(f"Exported {count} practice(s) to {target}\n")
    return 0


def configure_qt_app(app: QApplication) -> QIcon:
    """Names, style and icon for a QApplication; returns the app icon (looks: see ui.theme)."""
    from PySide6.QtGui import QIcon

    from kindapp.resources import data_dir

    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Kind")
    app.setDesktopFileName(DESKTOP_ID)
    app.setStyle("Fusion")
    icon = QIcon(str(data_dir("assets") / "icons" / "kind.svg"))
    app.setWindowIcon(icon)
    return icon


def stylesheet_template() -> str:
    """assets/style.qss with its icon paths pointing at the installed icons."""
    from kindapp.resources import data_dir

    assets = data_dir("assets")
    qss = (assets / "style.qss").read_text(encoding="utf-8")
    return qss.replace("@ICONS@", str(assets / "icons"))


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
        open_journal: Callable[[], Journal],
        make_player: Callable[[SoundBridge, Settings], Player],
        quit_app: Callable[[], None],
        apply_look: Callable[[str, float], str] | None = None,
    ) -> None:
        from PySide6.QtCore import QObject

        from kindapp.core.navigation import Nav, Navigator
        from kindapp.ui.care.flow import CareFlow
        from kindapp.ui.common.services import JournalAccess, Notices, Prefs
        from kindapp.ui.desktop.flow import DeskFlow
        from kindapp.ui.practices.flow import PracticeFlow
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
        self.journals = JournalAccess(open_journal, self.notices)
        w, nav, prefs, journals, notices = window, self.nav, self.prefs, self.journals, self.notices

        self.practice: PracticeFlow = PracticeFlow(
            w, nav, prefs, journals, notices, clock, make_player, parent=self.root
        )
        p = self.practice
        self.care: CareFlow = CareFlow(
            w, nav, prefs, journals, notices, p.start_after_checkin, p.set_muted, parent=self.root
        )
        self.writing: WritingFlow = WritingFlow(
            w, nav, prefs, journals, notices, p.busy, parent=self.root
        )
        self.desk: DeskFlow = DeskFlow(w, tray, prefs, journals, notices, p.busy, parent=self.root)
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
            ),
            parent=self.root,
        )
        p.devices.listed.connect(self.settings_flow.show_devices)
        p.checkinWanted.connect(self.care.ask_before)
        p.practiceOver.connect(self.care.after_practice)
        p.learnWanted.connect(self.care.open_learn)
        self.desk.journalImported.connect(self.writing.refresh_library)

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
        tray.quickBreak.connect(lambda: p.start_break(self.settings.break_mode))
        tray.soothingTouch.connect(p.start_touch)
        tray.breathe.connect(p.start_breathe)
        tray.writeLetter.connect(self.writing.open_letter)
        tray.openWindow.connect(self.open_window)
        tray.quitRequested.connect(self.quit)
        tray.reminderClicked.connect(lambda: p.start_break("quick"))
        w.closeRequested.connect(self._on_close_requested)
        w.shown.connect(lambda: logging.getLogger("kindapp.events").info("window-shown"))
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

    def import_file(self, path: Path) -> bool:
        return self.desk.import_file(path)

    def show_first_run(self) -> None:
        self.care.show_first_run()

    def set_look(self, look: str | None = None, scale: float | None = None) -> None:
        """A new look or text size, applied to the whole window at once."""
        s = self.prefs.settings
        self.prefs.update(look=look or s.look, text_scale=scale or s.text_scale)
        if self._apply_look is not None:
            self._apply_look(self.settings.look, self.settings.text_scale)

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
        close the journal."""
        self.writing.shutdown()
        self.practice.shutdown()
        self.journals.close()
        self.desk.shutdown()


def wire(
    app: QApplication,
    paths: Paths,
    clock: Clock,
    make_player: Callable[[SoundBridge, Settings], Player],
) -> AppController:
    """Build the window, tray and controller for `paths`; tell the person what needs telling."""
    from kindapp.core.notices import Notice, NoticeKind
    from kindapp.core.paths import ensure_private_dir
    from kindapp.core.settings import SettingsStore
    from kindapp.ui.common.theme import apply_look
    from kindapp.ui.common.translation import load_translator
    from kindapp.ui.desktop.tray import Tray
    from kindapp.ui.shell.main_window import MainWindow

    icon = configure_qt_app(app)
    store = SettingsStore(paths.settings_file)
    settings, notices = store.load()
    translator = load_translator(settings.language, app)  # before any widget is built
    if translator is not None:
        app.installTranslator(translator)
    for directory, kind in (
        (paths.config_dir, NoticeKind.SETTINGS_UNWRITABLE),
        (paths.data_dir, NoticeKind.JOURNAL_UNAVAILABLE),
    ):
        try:
            ensure_private_dir(directory)
        except OSError as exc:
            notices.append(
                Notice(kind, {"dir": str(directory), "reason": exc.strerror or str(exc)})
            )

    def open_journal() -> Journal:
        from kindapp.core.journal import Journal

        return Journal(paths.journal_file)

    base_size = max(app.font().pointSizeF(), 10.5)
    template = stylesheet_template()

    def look(name: str, scale: float) -> str:
        return apply_look(app, template, name, scale, base_size)

    look(settings.look, settings.text_scale)
    window = MainWindow(icon)
    tray = Tray(icon)
    app.setQuitOnLastWindowClosed(not tray.available)
    controller = AppController(
        window, tray, store, settings, clock, open_journal, make_player, lambda: app.exit(0), look
    )
    app.aboutToQuit.connect(controller.shutdown)
    for notice in notices:
        controller.tell(notice)
    if not tray.available:
        controller.tell(Notice(NoticeKind.NO_TRAY))
    return controller


def practice_asked(args: argparse.Namespace) -> str | None:
    """The practice this launch asks to start (--break or --practice NAME), if any."""
    return PracticeName.BREAK.value if args.start_break else args.practice


def instance_message(args: argparse.Namespace) -> dict[str, object]:
    """What this launch asks of a Kind that is already running."""
    name = practice_asked(args)
    if name == PracticeName.BREAK:
        return {"cmd": "practice", "name": name, "mode": args.mode}
    if name:
        return {"cmd": "practice", "name": name}
    return {"cmd": "show"}


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
    """Carry out a command from a second launch (commands, not window-raising tricks)."""
    if message["cmd"] == "show":
        controller.open_window()
    elif message["cmd"] == "practice":
        mode = message.get("mode")
        start_practice(controller, str(message["name"]), str(mode) if mode else None)
    elif message["cmd"] == "import":
        controller.import_file(Path(str(message["path"])))


def import_(paths: Paths, source: str) -> int:
    """Merge an export into the journal; a running Kind (which holds the journal) does it."""
    from kindapp.core.journal import Journal, JournalError, JournalLocked, import_file

    path = Path(source).resolve()
    if not path.is_file():
        sys.stderr.write(f"kindapp: there is no file at {path}\n")
        return 1
    try:
        journal = Journal(paths.journal_file)
    except JournalLocked:
        from kindapp.ui.desktop.single_instance import SingleInstance

        if SingleInstance().try_send({"cmd": "import", "path": str(path)}):
            sys.stdout.write(f"Kind is running; it is importing {path} now.\n")
            return 0
        sys.stderr.write("kindapp: another Kind is writing to the journal; try again later\n")
        return 1
    except JournalError as exc:
        sys.stderr.write(f"kindapp: {exc}\n")
        return 1
    try:
        result = import_file(journal, path)
    except JournalError as exc:
        sys.stderr.write(f"kindapp: nothing was imported: {exc}\n")
        return 1
    finally:
        journal.close()
    sys.stdout.write(
        f"Imported {result.letters_added} letter(s), {result.reframes_added} reframe(s) and "
        f"{result.practices_added} practice(s); {result.skipped} were already there.\n"
    )
    return 0


def run_gui(args: argparse.Namespace, paths: Paths) -> int:
    from PySide6.QtWidgets import QApplication

    from kindapp.core.clock import MonotonicClock
    from kindapp.ui.desktop.single_instance import SingleInstance
    from kindapp.ui.desktop.unix_signals import QuitOnSignals

    # Before anything heavy: is Kind already running? Then hand it the command and go.
    instance = SingleInstance()
    message = instance_message(args)
    if args.minimized and instance.is_running():
        return 0  # autostart while Kind already runs: nothing to do
    if not args.minimized and instance.try_send(message):
        return 0

    # Hand the GIL over every 1 ms (not 5): the sound callback must never wait a whole frame of
    # the breathing animation for it, or the output underflows and clicks.
    sys.setswitchinterval(0.001)
    app = QApplication(sys.argv[:1])
    if not instance.listen():
        if not args.minimized and instance.try_send(message):
            return 0  # lost a start-up race to another Kind: it has the command now
        log.warning("another Kind holds %s but does not answer; starting anyway", instance.name)
    # app.exit, not app.quit: Qt 6's quit() asks the windows first, and the main window
    # refuses (it hides to the tray), so a quit() would be ignored.
    quit_on_signals = QuitOnSignals(lambda: app.exit(0), parent=app)
    app.aboutToQuit.connect(quit_on_signals.close)
    engine = os.environ.get("KIND_SOUND_ENGINE", "process")
    controller = wire(app, paths, MonotonicClock(), sound_player_factory(engine))
    stall_ms = int(os.environ.get("KIND_TEST_UI_STALL_MS", "0") or 0)
    if stall_ms > 0:
        busy_ui_every_second(app, stall_ms)
    instance.received.connect(lambda m: obey(controller, m))
    app.aboutToQuit.connect(instance.close)
    controller.tray.show()
    if not (args.minimized and controller.tray.available):
        controller.window.resize(controller.window.sizeHint())
        controller.window.show()
    name = practice_asked(args)
    if name:
        start_practice(controller, name, args.mode)
    elif not args.minimized and not controller.settings.first_run_done:
        controller.show_first_run()  # a plain launch: the welcome, once
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from kindapp.sound.engine import ENGINE_ARG

    if argv[:1] == [ENGINE_ARG]:  # a bundle started as its own sound process
        from kindapp.sound.engine import main as engine_main

        return engine_main()
    args = parse_args(argv)
    paths = Paths.default()
    if args.export:
        return export(paths, args.export)
    if args.import_file:
        return import_(paths, args.import_file)
    problem = setup_logging(paths.log_file)
    if problem:
        log.warning("%s", problem)
    return run_gui(args, paths)
