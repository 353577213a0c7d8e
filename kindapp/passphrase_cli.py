"""The passphrase of a locked journal for `kindapp --export` / `--import` (no window).

Never on the command line (other users can see a process's arguments). In this order:
`--passphrase-file FILE` (its first line; `-` reads standard input), the environment
variable KIND_PASSPHRASE, else a prompt on the terminal (nothing echoed) when there is one.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

ENV = "KIND_PASSPHRASE"


class NoPassphrase(Exception):
    """None was given, and there is no terminal to ask on."""


def read_passphrase(passphrase_file: str | None, prompt: str | None = None) -> str:
    if passphrase_file == "-":
        return sys.stdin.readline().rstrip("\r\n")
    if passphrase_file:
        try:
            text = Path(passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            # The file's name is not repeated: it might be a passphrase typed in its place.
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not text"
            raise NoPassphrase(f"the passphrase file cannot be read ({why})") from None
        return text.splitlines()[0] if text else ""
    if ENV in os.environ:
        return os.environ[ENV]
    if sys.stdin.isatty():
        return getpass.getpass(prompt or "Your journal is locked. Passphrase (not shown): ")
    raise NoPassphrase(
        "your journal is locked with a passphrase: give it with --passphrase-file FILE, "
        f"the {ENV} environment variable, or run this in a terminal to be asked"
    )
