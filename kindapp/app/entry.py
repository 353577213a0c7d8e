"""Kind's entry: the command line parsed to a launch command (kindapp.cli), the commands
that run without a window, and the GUI's start (the window first, the rest after its first
frame)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.app.commands import instance_message, obey, practice_asked, start_practice
from kindapp.app.composition import FirstFrame, basics, finish_wiring, first_frame, make_tray
from kindapp.app.tray_only import reminders_on
from kindapp.cli import Launch, parse_args
from kindapp.core.paths import Paths
from kindapp.core.practice_registry import PracticeRegistry, kind_practices
from kindapp.logs import setup_logging

if TYPE_CHECKING:
    from kindapp.app.controller import AppController
    from kindapp.ui.desktop.tray import Tray

log = logging.getLogger(__name__)


def import_(paths: Paths, source: str, passphrase_file: str | None = None) -> int:
    """Merge an export into the journal; a running Kind (which holds the journal) does it."""
    from kindapp.commands import count_try, journal_key
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
    if result.entries_added:
        sys.stdout.write(
            f"And {result.entries_added} entry(ies) of your self-compassion journal.\n"
        )
    return 0


def run_gui(args: Launch, paths: Paths, practices: PracticeRegistry | None = None) -> int:
    """Start Kind: the window first (settings, look, home), everything else after its first
    frame (the tray and its icon, the single-instance server, the flows, signals); a tray-only
    start only the tray and the server, the rest on first need (app/tray_only.py)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from kindapp.ui.desktop.activation import launch_token
    from kindapp.ui.desktop.instance_probe import InstanceProbe

    # Before anything heavy: is Kind already running? Then hand it the command and go. The
    # stdlib probe takes the instance lock; the server listens once the window is up.
    probe = InstanceProbe()
    message = instance_message(args, launch_token())
    # A Kind that holds the lock but does not listen yet is starting (its window comes first):
    # wait for it rather than start a second Kind beside it.
    if args.quit_running:  # the launcher's Quit: ask the running Kind, never start one
        if not probe.take_lock() and probe.wait_for_the_running():
            return 0 if probe.try_send(message) else 1
        gone = probe.take_lock()  # none was running, or it ended while we waited
        probe.release()
        return 0 if gone else 1
    if not probe.take_lock():
        if probe.wait_for_the_running():
            if args.minimized:
                return 0  # autostart while Kind already runs: nothing to do
            if probe.try_send(message):
                return 0
        if not probe.take_lock():
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
    made = basics(app, paths, practices)
    # --catch opens only the small capture window (Kind rests in the tray, if there is one).
    # Whether there is a tray is asked only then: a plain launch shows its window either way.
    show = not ((args.minimized or args.catch) and QSystemTrayIcon.isSystemTrayAvailable())
    if args.minimized and show:
        # No tray (stock GNOME): a quiet start at login lives without a window while reminders
        # or start at login want Kind running, as it does after its window is closed.
        from kindapp.core.autostart import is_autostart_enabled
        from kindapp.core.staying import stays_when_closed

        show = not stays_when_closed(
            tray=False,
            reminders_on=reminders_on(made.settings),
            autostart_on=is_autostart_enabled(),
        )
    # Tray-only (at login, where there is a tray): the icon, its menu and the single-instance
    # server; the window and the flows on first need (app/tray_only.py).
    tray_only = (
        not show and not args.catch and not practice_asked(args) and not reminders_on(made.settings)
    )
    frames: list[FirstFrame] = []
    built: list[AppController] = []

    def frame() -> FirstFrame:
        if not frames:
            frames.append(first_frame(app, paths, practices, made))
        return frames[0]

    def build_app(tray: Tray | None = None) -> AppController:
        """The window (unless shown already), the flows, the tray: Kind, whole."""
        if built:
            return built[0]
        from kindapp.app.hooks import busy_ui_every_second
        from kindapp.app.sound_choice import sound_player_factory
        from kindapp.core.clock import MonotonicClock

        first = frame()
        engine = os.environ.get("KIND_SOUND_ENGINE", "process")
        controller = finish_wiring(first, MonotonicClock(), sound_player_factory(engine), tray)
        built.append(controller)
        stall_ms = int(os.environ.get("KIND_TEST_UI_STALL_MS", "0") or 0)
        if stall_ms > 0:  # a test hook: the soak makes the GUI thread busy on purpose
            busy_ui_every_second(app, stall_ms)
        # Open (and migrate) the journal on its own thread ahead of need: now, or for a
        # tray-only Kind when its window first shows (until then sqlite stays unloaded).
        if first.window.isVisible():
            controller.journals.prepare()
        else:
            first.window.shown.connect(controller.journals.prepare)
        return controller

    def serve(obey_message: Callable[[dict[str, object]], None]) -> bool:
        """The single-instance server, listening; False: another Kind has the
        command now (this one lost a start-up race to it), so this one ends."""
        from kindapp.ui.desktop.single_instance import SingleInstance

        server = SingleInstance(probe.name, parent=app, practices=practices)
        server.adopt_lock(probe.hand_over_lock())
        if not server.listen():
            if not args.minimized and server.try_send(message):
                app.exit(0)
                return False
            log.warning("another Kind holds %s but does not answer; starting anyway", probe.name)
        server.received.connect(obey_message)
        app.aboutToQuit.connect(server.close)
        return True

    if tray_only:
        from datetime import datetime

        from kindapp.app.tray_only import WaitingTray
        from kindapp.core.reminders import local_zone

        app.setQuitOnLastWindowClosed(False)  # it lives in the tray
        tray = make_tray(made)
        waiting = WaitingTray(
            tray,
            made.actions,
            lambda: build_app(tray),
            lambda: app.exit(0),
            paths.journal_file,
            app,
            lambda: datetime.now(local_zone()),
        )
        tray.show()
        serve(lambda m: obey(waiting.app(), m))
        return app.exec()

    def build_the_rest() -> None:
        if built:
            return
        controller = build_app()
        if not serve(lambda m: obey(controller, m)):
            return
        controller.tray.show()
        name = practice_asked(args)
        if args.catch:
            controller.open_catch()
        elif name:
            start_practice(controller.actions, name, args.mode)
        elif not args.minimized and not controller.settings.first_run_done:
            controller.show_first_run()  # a plain launch: the welcome, once

    window = frame().window
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
    practices = kind_practices()
    args = parse_args(argv, practices)
    if args.install_desktop or args.uninstall_desktop:
        from kindapp.commands import install_desktop, uninstall_desktop

        return install_desktop() if args.install_desktop else uninstall_desktop()
    paths = Paths.default()
    if args.export or args.lock or args.unlock:
        from kindapp.commands import export, lock, unlock
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
    return run_gui(args, paths, practices)
