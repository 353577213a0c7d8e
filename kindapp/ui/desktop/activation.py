"""Bringing Kind's window to the front on Wayland, with the launcher's xdg-activation token.

A compositor gives the focus to a window only when it is asked with a token it handed out:
a launcher (GNOME Shell, KDE's, `swaymsg exec` on sway 1.8 and later) starts a program with
XDG_ACTIVATION_TOKEN in its environment. A second `kindapp` passes its token on through the
single-instance message, and the running Kind activates its window with it: Qt's wayland plugin
reads XDG_ACTIVATION_TOKEN from the environment when a window asks to be activated
(QWaylandXdgSurface::requestActivate, which also unsets it), so the token is put there for the
moment the command runs and taken away again after it, never left for a child process to
inherit. Without a token, Qt asks the compositor for one itself; whether the window then comes
to the front is the compositor's call (focus-stealing prevention).

On X11 nothing changes: the window manager decides, as before.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator, Mapping

TOKEN_VARIABLE = "XDG_ACTIVATION_TOKEN"
MAX_TOKEN = 512
_TOKEN = re.compile(rf"[\x21-\x7e]{{1,{MAX_TOKEN}}}")  # printable ASCII, no spaces


def valid_token(token: object) -> bool:
    """A plausible activation token (the protocol says only "a string"; real ones are short,
    printable and without spaces)."""
    return isinstance(token, str) and _TOKEN.fullmatch(token) is not None


def launch_token(environ: Mapping[str, str] | None = None) -> str | None:
    """The activation token this process was launched with, if any."""
    env = os.environ if environ is None else environ
    token = env.get(TOKEN_VARIABLE, "")
    return token if valid_token(token) else None


@contextlib.contextmanager
def activation_token(token: str | None) -> Iterator[None]:
    """`token` in the environment while the block runs (it shows or activates a window: Qt's
    wayland plugin looks for it there); afterwards the environment is as it was."""
    if token is None or not valid_token(token):
        yield
        return
    old = os.environ.get(TOKEN_VARIABLE)
    os.environ[TOKEN_VARIABLE] = token
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(TOKEN_VARIABLE, None)
        else:
            os.environ[TOKEN_VARIABLE] = old


def with_token(token: str | None, action: Callable[[], None]) -> None:
    """Run `action` with `token` in the environment (activation_token)."""
    with activation_token(token):
        action()
