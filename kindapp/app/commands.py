"""What a launch asks of Kind, and carrying it out: the practice asked for, the message a
second launch hands the running Kind, and obeying such a message."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kindapp.cli import Launch

if TYPE_CHECKING:
    from kindapp.app.controller import AppController
    from kindapp.core.practice_registry import PracticeRegistry

log = logging.getLogger(__name__)


def practice_asked(args: Launch) -> str | None:
    """The practice this launch asks to start (--break or --practice NAME), if any."""
    return args.practice


def instance_message(args: Launch, token: str | None = None) -> dict[str, object]:
    """What this launch asks of a Kind that is already running; `token` is this launch's
    xdg-activation token, passed on so that the running Kind may come to the front."""
    extra: dict[str, object] = {"token": token} if token else {}
    if args.catch:
        return {"cmd": "catch", **extra}
    name = practice_asked(args)
    if name:
        mode: dict[str, object] = {"mode": args.mode} if args.mode else {}
        return {"cmd": "practice", "name": name, **mode, **extra}
    return {"cmd": "show", **extra}


class Commands(Protocol):
    """The practices' commands (ui.common.practice_actions.PracticeActions)."""

    @property
    def practices(self) -> PracticeRegistry: ...

    def run(self, command: str, mode: str | None = None) -> None: ...


def start_practice(actions: Commands, name: str, mode: str | None = None) -> None:
    """Start a practice by its command-line name, with its start command (in `mode`, else in
    the length chosen last time)."""
    practice = actions.practices.by_cli_name(name)
    if practice is None or practice.start is None:
        log.warning("no practice can be started by the name %r", name)
        return
    actions.run(practice.start, mode)


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
        start_practice(controller.actions, str(message["name"]), str(mode) if mode else None)
    elif message["cmd"] == "import":
        controller.import_file(Path(str(message["path"])))
