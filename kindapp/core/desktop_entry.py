"""Kind's launcher for one person: the desktop entry, the hicolor icons and the AppStream
metainfo under $XDG_DATA_HOME (default ~/.local/share), written or taken away again.

Used by `kindapp --install-desktop` / `--uninstall-desktop` (a wheel installed with pipx
carries the files as package data: assets/desktop/ and assets/icons/) and by
packaging/install_desktop.py (a checkout). The entry's Exec= is the installed program's path,
never a build folder. Pure Python, no Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kindapp.core.autostart import exec_quote
from kindapp.core.catalog import DESKTOP_ID

ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def data_dirs(environ: Mapping[str, str] | None = None) -> list[Path]:
    """$XDG_DATA_DIRS (the spec's default /usr/local/share:/usr/share when unset or empty);
    relative entries are invalid and skipped."""
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_DIRS", "") or "/usr/local/share:/usr/share"
    return [Path(part) for part in value.split(":") if part and os.path.isabs(part)]


def _entry_in(base: Path) -> Path:
    return base / "applications" / f"{DESKTOP_ID}.desktop"


def _hidden(entry: Path) -> bool:
    """A desktop entry with Hidden=true counts as deleted (the desktop entry spec)."""
    try:
        text = entry.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(line.strip().replace(" ", "") == "Hidden=true" for line in text.splitlines())


def launcher_state(environ: Mapping[str, str] | None = None) -> str:
    """Where Kind's launcher entry is: "user" (this person's, under $XDG_DATA_HOME: Kind can take
    it away again), "system" (only in one of $XDG_DATA_DIRS, e.g. a .deb's
    /usr/share/applications) or "none". The person's own entry comes first, as in the menus."""
    own = _entry_in(data_home(environ))
    if own.is_file():
        return "none" if _hidden(own) else "user"
    for base in data_dirs(environ):
        entry = _entry_in(base)
        if entry.is_file() and not _hidden(entry):
            return "system"
    return "none"


def desktop_text(template: str, exec_cmd: str | None) -> str:
    """The packaged desktop entry with its Exec= (and every action's) and TryExec= pointing at
    `exec_cmd`, an absolute path; unchanged (`kindapp` from PATH) when None."""
    if not exec_cmd:
        return template
    quoted = exec_quote(exec_cmd)
    lines = []
    for line in template.splitlines():
        if line == "Exec=kindapp" or line.startswith("Exec=kindapp "):
            line = "Exec=" + quoted + line[len("Exec=kindapp") :]
        elif line.startswith("TryExec="):
            line = "TryExec=" + exec_cmd
        lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Sources:
    """Where the launcher's files come from: the desktop entry template, the metainfo, and
    {size: png} plus the scalable svg."""

    desktop: Path
    metainfo: Path
    pngs: Mapping[int, Path]
    svg: Path


def targets(base: Path, sources: Sources) -> dict[Path, Path | None]:
    """{destination: source}; None for the desktop entry (written from its template)."""
    icons = base / "icons" / "hicolor"
    out: dict[Path, Path | None] = {
        base / "applications" / f"{DESKTOP_ID}.desktop": None,
        base / "metainfo" / f"{DESKTOP_ID}.metainfo.xml": sources.metainfo,
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg": sources.svg,
    }
    for size, png in sorted(sources.pngs.items()):
        out[icons / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"] = png
    return out


def refresh_caches(base: Path) -> None:
    """Tell the menu and the icon theme, when their tools are installed (no harm when not)."""
    for cmd in (
        ["update-desktop-database", "-q", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True, timeout=60)


def install(sources: Sources, exec_cmd: str | None, base: Path) -> list[Path]:
    """Write every file (atomically, 0644); returns the paths written."""
    done = []
    for dest, source in targets(base, sources).items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp")
        if source is None:
            tmp.write_text(
                desktop_text(sources.desktop.read_text(encoding="utf-8"), exec_cmd),
                encoding="utf-8",
            )
        else:
            shutil.copyfile(source, tmp)
        tmp.chmod(0o644)
        os.replace(tmp, dest)
        done.append(dest)
    refresh_caches(base)
    return done


def installed_paths(base: Path) -> list[Path]:
    """Kind's launcher files that are there now under `base`."""
    icons = base / "icons" / "hicolor"
    candidates = [
        base / "applications" / f"{DESKTOP_ID}.desktop",
        base / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
        icons / "scalable" / "apps" / f"{DESKTOP_ID}.svg",
        *(icons / f"{s}x{s}" / "apps" / f"{DESKTOP_ID}.png" for s in ICON_SIZES),
    ]
    return [p for p in candidates if p.exists()]


def uninstall(base: Path) -> list[Path]:
    """Remove the launcher files; returns the paths removed."""
    gone = []
    for path in installed_paths(base):
        path.unlink()
        gone.append(path)
    refresh_caches(base)
    return gone
