"""Entry point: the command line, the QApplication, and the wiring of everything.

This is the only module that builds the app's objects; they are passed to each
other from here, so nothing lives in globals.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp import APP_ID
from kindapp.cli import parse_args
from kindapp.core.paths import Paths
from kindapp.logs import setup_logging

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from kindapp.core.clock import Clock
    from kindapp.core.journal import Journal
    from kindapp.core.settings import Settings
    from kindapp.sound.player import Player
    from kindapp.ui.controller import AppController
    from kindapp.ui.sound_bridge import SoundBridge

log = logging.getLogger(__name__)
DESKTOP_ID = "org.kindapp.Kind"


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


def sound_player_factory() -> Callable[[SoundBridge, Settings], Player]:
    def make_player(bridge: SoundBridge, s: Settings) -> Player:
        # A StreamPlayer even for the silent theme: it opens no stream for it, and can switch
        # to a sounding theme later without being rebuilt.
        from kindapp.sound.player import StreamPlayer

        return StreamPlayer(s.sound_theme, volume=s.volume, muted=s.muted,
                            on_ready=bridge.on_ready, on_fault=bridge.on_fault,
                            device=s.output_device or None)

    return make_player


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
    from kindapp.ui.controller import AppController
    from kindapp.ui.main_window import MainWindow
    from kindapp.ui.tray import Tray

    icon = configure_qt_app(app)
    notices: list[Notice] = []
    store = SettingsStore(paths.settings_file)
    settings, load_notices = store.load()
    notices += load_notices
    for directory, kind in ((paths.config_dir, NoticeKind.SETTINGS_UNWRITABLE),
                            (paths.data_dir, NoticeKind.JOURNAL_UNAVAILABLE)):
        try:
            ensure_private_dir(directory)
        except OSError as exc:
            notices.append(Notice(kind, {"dir": str(directory),
                                         "reason": exc.strerror or str(exc)}))

    def open_journal() -> Journal:
        from kindapp.core.journal import Journal

        return Journal(paths.journal_file)

    from kindapp.ui.theme import apply_look

    base_size = max(app.font().pointSizeF(), 10.5)
    template = stylesheet_template()

    def look(name: str, scale: float) -> str:
        return apply_look(app, template, name, scale, base_size)

    look(settings.look, settings.text_scale)
    window = MainWindow(icon)
    tray = Tray(icon)
    app.setQuitOnLastWindowClosed(not tray.available)
    controller = AppController(window, tray, store, settings, clock, open_journal,
                               make_player, app.quit, look)
    app.aboutToQuit.connect(controller.shutdown)
    for notice in notices:
        controller.tell(notice)
    if not tray.available:
        controller.tell(Notice(NoticeKind.NO_TRAY))
    return controller


def run_gui(args: argparse.Namespace, paths: Paths) -> int:
    from PySide6.QtWidgets import QApplication

    from kindapp.core.clock import MonotonicClock

    # Hand the GIL over every 1 ms (not 5): the sound callback must never wait a whole frame of
    # the breathing animation for it, or the output underflows and clicks.
    sys.setswitchinterval(0.001)
    app = QApplication(sys.argv[:1])
    controller = wire(app, paths, MonotonicClock(), sound_player_factory())
    controller.tray.show()
    if not (args.minimized and controller.tray.available):
        controller.window.resize(controller.window.sizeHint())
        controller.window.show()
    if args.start_break or args.practice == "break":
        controller.start_break(args.mode or controller.settings.break_mode)
    elif args.practice == "touch":
        controller.start_touch()
    elif args.practice == "breathe":
        controller.start_breathe()
    elif args.practice == "letter":
        controller.open_letter()
    elif args.practice == "reframe":
        controller.open_reframe()
    return app.exec()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = Paths.default()
    if args.export:
        return export(paths, args.export)
    problem = setup_logging(paths.log_file)
    if problem:
        log.warning("%s", problem)
    return run_gui(args, paths)
