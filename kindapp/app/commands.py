"""What a launch asks of Kind, and carrying it out: the practice asked for, the message a
second launch hands the running Kind, and obeying such a message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.cli import Launch
from kindapp.core.catalog import PracticeName

if TYPE_CHECKING:
    from kindapp.app.controller import AppController


def practice_asked(args: Launch) -> str | None:
    """The practice this launch asks to start (--break or --practice NAME), if any."""
    return args.practice


def instance_message(args: Launch, token: str | None = None) -> dict[str, object]:
    """What this launch asks of a Kind that is already running; `token` is this launch's
    xdg-activation token, passed on so that the running Kind may come to the front."""
    extra: dict[str, object] = {"token": token} if token else {}
    if args.quit_running:
        return {"cmd": "quit"}
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
    elif message["cmd"] == "quit":
        controller.quit()
