"""A tray-only start (`kindapp --minimized` where there is a tray): the icon, its menu (the
practices' actions, from the registry) and the single-instance server, and nothing else until
something needs the rest. The main window, the flows and the journal are built the first time
the person (or a second launch) asks for anything: the icon clicked, a menu entry, a command
handed over by another launch, or a next step or a kind day's invitation coming due.

A Kind with gentle reminders on builds the rest at once (its reminder timer lives with the
desk flow); a tray-only Kind whose journal holds nudges still to come does too, a moment after
the start (as the whole app looked at today then), so every nudge comes as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from kindapp.app.controller import AppController
    from kindapp.core.settings import Settings
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.desktop.tray import Tray

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

LOOK_AT_TODAY_MS = 1500
"""When the tray-only Kind looks at the journal for nudges to come (as the whole app does)."""


def reminders_on(settings: Settings) -> bool:
    from kindapp.core.reminders import ReminderPlan

    try:
        return ReminderPlan.from_dict(settings.reminders).enabled
    except ValueError:
        return False


def nudges_to_come(journal_file: Path, now: datetime) -> bool:
    """Whether the journal holds a next step or a kind day's invitation still to come after
    `now`, read without writing (a read-only reader that never migrates). A journal locked
    with a passphrase has none for a timer (the whole app never asks from one either); one
    this reader cannot read (an older schema) is left to the whole app."""
    if not journal_file.exists():
        return False
    from kindapp.core import nudges
    from kindapp.core.errors import JournalError
    from kindapp.core.journal import Journal

    try:
        journal = Journal(journal_file, writer=False)
    except JournalError as exc:
        log.info("journal not read for nudges from the tray: %s", exc)
        return False
    try:
        return bool(nudges.pending_in(journal, now))
    except Exception:  # an older schema: the whole app migrates it and looks itself
        log.info("journal not readable from the tray; building the app", exc_info=True)
        return True
    finally:
        journal.close()


class WaitingTray:
    """The tray of a tray-only start, with the rest of Kind built on its first need
    (`build`, once). `app()` is the built Kind, building it if it is not yet."""

    def __init__(
        self,
        tray: Tray,
        actions: PracticeActions,
        build: Callable[[], AppController],
        quit_app: Callable[[], None],
        journal_file: Path,
        parent: QObject,
        now: Callable[[], datetime],
    ) -> None:
        from PySide6.QtCore import QTimer

        self._build = build
        self._built: AppController | None = None
        self._actions = actions
        self.tray = tray
        # Until the rest is built, the tray's own signals wake it; after, the controller's
        # connections do the work and these step aside.
        tray.openWindow.connect(lambda: self._first(lambda c: c.open_window()))
        tray.quitRequested.connect(lambda: None if self._built else quit_app())
        tray.pauseReminders.connect(
            lambda which: self._first(lambda c: c.desk.pause_reminders(which))
        )
        actions.on_unbound = self._run_unbound
        self._look = QTimer(parent)
        self._look.setSingleShot(True)
        self._look.timeout.connect(lambda: self._look_at_today(journal_file, now()))
        self._look.start(LOOK_AT_TODAY_MS)

    @property
    def built(self) -> bool:
        return self._built is not None

    def app(self) -> AppController:
        if self._built is None:
            self._look.stop()
            self._actions.on_unbound = None
            events.info("tray-only: building the rest")
            self._built = self._build()
        return self._built

    def _first(self, then: Callable[[AppController], None]) -> None:
        if self._built is None:
            then(self.app())

    def _run_unbound(self, command: str, mode: str | None) -> None:
        self.app()
        self._actions.run(command, mode)

    def _look_at_today(self, journal_file: Path, now: datetime) -> None:
        if self._built is None and nudges_to_come(journal_file, now):
            self.app()
