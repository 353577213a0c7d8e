"""Building Kind: the first frame (settings, translator, look, home), then everything else
(the icon, the tray, the controller and its flows, the first notices). The one place the
app's objects are made; they are handed to each other from here, so nothing lives in
globals."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.app.qt_app import app_icon, configure_qt_app, stylesheet_template
from kindapp.core.paths import Paths
from kindapp.core.practice_registry import PracticeRegistry, kind_practices

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from kindapp.app.controller import AppController
    from kindapp.core.clock import Clock
    from kindapp.core.journal import Journal
    from kindapp.core.notices import Notice
    from kindapp.core.settings import Settings, SettingsStore
    from kindapp.sound.player import Player
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.desktop.notifications import Notifications
    from kindapp.ui.desktop.tray import Tray
    from kindapp.ui.practices.sound_bridge import SoundBridge
    from kindapp.ui.shell.main_window import MainWindow


@dataclass
class Basics:
    """What every start builds first, window or not: the settings, the translator, the
    practices' commands as shared actions (the tray's menu and home's cards)."""

    app: QApplication
    paths: Paths
    store: SettingsStore
    settings: Settings
    notices: list[Notice]
    actions: PracticeActions


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
    actions: PracticeActions
    """The practices' commands as shared actions (home's cards now, the tray's menu later)."""


def basics(app: QApplication, paths: Paths, practices: PracticeRegistry | None = None) -> Basics:
    """Settings, translator and the practices' actions (`practices`, Kind's own unless given):
    what the tray needs as much as the window."""
    from kindapp.core.notices import Notice, NoticeKind
    from kindapp.core.paths import ensure_private_dir
    from kindapp.core.settings import SettingsStore
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.common.reasons import os_error_code
    from kindapp.ui.common.translation import load_qt_translator, load_translator

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
    actions = PracticeActions(practices or kind_practices())
    return Basics(app, paths, store, settings, notices, actions)


def first_frame(
    app: QApplication,
    paths: Paths,
    practices: PracticeRegistry | None = None,
    made: Basics | None = None,
) -> FirstFrame:
    """The least work before the window can be shown: settings, translator, look, home
    (its cards from `practices`, Kind's own unless given); `made`: the basics built already
    (a tray-only start, now showing its window)."""
    from kindapp.ui.common.theme import apply_look
    from kindapp.ui.shell.main_window import MainWindow

    made = made or basics(app, paths, practices)
    settings, actions = made.settings, made.actions
    base_size = max(app.font().pointSizeF(), 10.5)
    template = stylesheet_template()
    # The look's tinted icons (check marks, arrows) are written here; removed when Kind exits.
    icons = tempfile.TemporaryDirectory(prefix="kind-icons-")

    def look(name: str, scale: float) -> str:
        return apply_look(app, template, name, scale, base_size, Path(icons.name))

    look(settings.look, settings.text_scale)
    window = MainWindow(actions)
    actions.setParent(window)  # they go with the window
    window.shown.connect(lambda: logging.getLogger("kindapp.events").info("window-shown"))
    window.resize(window.sizeHint())
    return FirstFrame(app, paths, made.store, settings, made.notices, window, look, actions)


def make_tray(made: Basics) -> Tray:
    """The tray icon and its menu (the practices' actions): all a tray-only start shows."""
    from kindapp.ui.desktop.tray import Tray

    icon = app_icon()
    made.app.setWindowIcon(icon)
    return Tray(icon, made.actions)


def finish_wiring(
    first: FirstFrame,
    clock: Clock,
    make_player: Callable[[SoundBridge, Settings], Player],
    tray: Tray | None = None,
) -> AppController:
    """Everything after the first frame: the icon, the tray (unless a tray-only start built
    it already), the flows, the notices."""
    from kindapp.app.controller import AppController
    from kindapp.app.hooks import step_scale_for_tests
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

    if tray is None:
        tray = Tray(icon, first.actions)
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
        actions=first.actions,
        # A test hook only: shows that the SIGKILL test fails without autosave.
        autosave=os.environ.get("KIND_TEST_AUTOSAVE", "on") != "off",
        # A test hook only: practices run short (system tests that need one to end).
        step_scale=step_scale_for_tests(),
    )
    built.append(controller)
    tray.setParent(controller.root)  # it goes with the controller (and its menu with it)
    app.aboutToQuit.connect(controller.shutdown)
    from kindapp.ui.desktop.staying import Staying

    Staying(
        window,
        stays=controller.desk.stays_when_closed,
        quit_on_last_window_closed=app.setQuitOnLastWindowClosed,
        quit_app=controller.quit,
        parent=controller.root,
    )
    # Living in the background: ask the desktop's Background portal, where there is one.
    from kindapp.core.autostart import is_autostart_enabled
    from kindapp.ui.desktop.background import BackgroundPortal

    portal = BackgroundPortal(parent=controller.root)
    if controller.desk.stays_when_closed():
        portal.request(autostart=is_autostart_enabled())
    controller.desk.autostartChanged.connect(lambda on: portal.request(autostart=on))
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
    practices: PracticeRegistry | None = None,
) -> AppController:
    """Build the window, tray and controller for `paths` (with Kind's practices, or
    `practices`); tell the person what needs telling."""
    return finish_wiring(first_frame(app, paths, practices), clock, make_player)
