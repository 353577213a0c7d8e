"""Start Kind quietly in the tray at login: an XDG autostart entry, written or removed.

The entry is $XDG_CONFIG_HOME/autostart/org.kindapp.Kind.desktop (~/.config when unset) and runs
`kindapp --minimized`. Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from kindapp.core.atomic import write_atomic
from kindapp.core.catalog import DESKTOP_ID

MARKER = "X-Kind-Autostart=true"


def autostart_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    # The XDG spec: a relative (or empty) XDG_CONFIG_HOME is invalid and must be ignored.
    base = Path(config) if config and os.path.isabs(config) else Path.home() / ".config"
    return base / "autostart" / f"{DESKTOP_ID}.desktop"


def default_exec_cmd() -> str:
    """The command that starts this Kind: the installed `kindapp` script when it can be found
    (beside the running interpreter, or the frozen bundle's executable), else `kindapp`."""
    if getattr(sys, "frozen", False):
        return sys.executable
    beside = Path(sys.executable).parent / "kindapp"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("kindapp")
    return found or "kindapp"


def exec_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (the spec's rules, not a shell's)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    # The quoting rule's backslashes are then escaped again by the string rule ("\\" -> "\").
    return ('"' + escaped + '"').replace("\\", "\\\\").replace("%", "%%")


def entry_text(exec_cmd: str) -> str:
    """The autostart desktop entry for `exec_cmd` (a path, or a command line) + --minimized."""
    parts = [exec_cmd] if os.path.isabs(exec_cmd) else shlex.split(exec_cmd)
    exec_line = " ".join(exec_quote(p) for p in [*parts, "--minimized"])
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Kind\n"
        "Comment=Start Kind quietly in the tray\n"
        f"Exec={exec_line}\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
        f"{MARKER}\n"
    )


def set_autostart(enabled: bool, exec_cmd: str | None = None, *, path: Path | None = None) -> Path:
    """Write (enabled) or remove (not enabled) the autostart entry; returns its path.

    Raises OSError when the entry cannot be written or removed.
    """
    target = path or autostart_path()
    if enabled:
        target.parent.mkdir(parents=True, exist_ok=True)
        text = entry_text(exec_cmd or default_exec_cmd())
        write_atomic(target, text.encode("utf-8"), mode=0o644)
    else:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
    return target


def is_autostart_enabled(path: Path | None = None) -> bool:
    """True when an autostart entry exists and is not hidden or disabled."""
    target = path or autostart_path()
    try:
        text = target.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    lines = {line.strip().replace(" ", "") for line in text.splitlines()}
    return not ({"Hidden=true", "X-GNOME-Autostart-enabled=false"} & lines)
