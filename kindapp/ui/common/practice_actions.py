"""One QAction per practice command, shared by the tray menu, the home screen and any menu.

Made from the practice registry (kindapp.core.practice_registry) before anything is bound to
them: the home screen and the tray are built with the actions, and the app binds each command
to what it does once the flows exist (app/practice_commands.py). A command may be run with a
length (`--practice break --mode quick`); triggered from a menu or a button it has none.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon

from kindapp.core.practice_registry import PracticeRegistry
from kindapp.ui.common.text import practice_text

log = logging.getLogger(__name__)

Run = Callable[[str | None], None]
"""What a command does, given the length asked for (None: the one chosen last time)."""


class PracticeActions(QObject):
    """The registry's commands as QActions, and what each one runs."""

    def __init__(self, practices: PracticeRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.practices = practices
        self._actions: dict[str, QAction] = {}
        self._runs: dict[str, Run] = {}
        self.on_unbound: Callable[[str, str | None], None] | None = None
        """What runs a command nothing does yet (a tray-only start builds the rest of Kind
        first); None: it is only logged."""
        icons = {c.id: p.icon for p in practices for c in p.commands()}
        for p in practices:
            if p.tray is not None:
                icons.setdefault(p.tray.command, p.icon)
        for command, text in practices.commands().items():
            action = QAction(practice_text(text), self)
            action.setObjectName(command)
            if icons.get(command):
                action.setIcon(QIcon.fromTheme(icons[command]))
                action.setIconVisibleInMenu(False)  # the tray's menu stays words only
            action.triggered.connect(lambda _checked=False, c=command: self.run(c))
            self._actions[command] = action

    def action(self, command: str) -> QAction:
        return self._actions[command]

    def commands(self) -> list[str]:
        return list(self._actions)

    def bind(self, command: str, run: Run) -> None:
        """What `command` does from now on."""
        if command not in self._actions:
            raise KeyError(f"no practice has the command {command!r}")
        self._runs[command] = run

    def unbound(self) -> list[str]:
        """Commands nothing does yet (the app binds every one; a test holds it to that)."""
        return [c for c in self._actions if c not in self._runs]

    def run(self, command: str, mode: str | None = None) -> None:
        run = self._runs.get(command)
        if run is None and self.on_unbound is not None:
            self.on_unbound(command, mode)
            return
        if run is None:
            log.warning("the command %r is not bound to anything", command)
            return
        run(mode)
