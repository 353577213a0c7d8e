"""Install (or remove) Kind's launcher, icons and AppStream metainfo for the current user.

    python packaging/install_desktop.py [--exec CMD] [--uninstall]

Files go under $XDG_DATA_HOME (default ~/.local/share):
    applications/org.kindapp.Kind.desktop      (Exec= and TryExec= point at CMD, when given)
    icons/hicolor/{scalable,NxN}/apps/org.kindapp.Kind.{svg,png}
    metainfo/org.kindapp.Kind.metainfo.xml
The icon PNGs are taken from packaging/icons (rendered by render_icons.py, rendered now if
missing). Desktop and icon caches are refreshed when their tools are installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from kindapp.core.catalog import DESKTOP_ID

HERE = Path(__file__).resolve().parent
APP_ID = DESKTOP_ID
DESKTOP = HERE / f"{APP_ID}.desktop"
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
ICONS = HERE / "icons"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / ".local" / "share"


def exec_quote(arg: str) -> str:
    """Quote one argument for a desktop entry's Exec key (the desktop entry spec's rules)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + escaped + '"').replace("\\", "\\\\").replace("%", "%%")


def desktop_text(exec_cmd: str | None) -> str:
    text = DESKTOP.read_text(encoding="utf-8")
    if not exec_cmd:
        return text
    quoted = exec_quote(exec_cmd)
    lines = []
    for line in text.splitlines():
        if line.startswith("Exec=kindapp"):
            line = "Exec=" + quoted + line[len("Exec=kindapp") :]
        elif line.startswith("TryExec="):
            line = "TryExec=" + exec_cmd
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_files() -> list[Path]:
    files = sorted(p for p in ICONS.rglob(f"{APP_ID}.*") if p.is_file())
    if not files:
        sys.path.insert(0, str(HERE))
        from render_icons import render

        render(ICONS)
        files = sorted(p for p in ICONS.rglob(f"{APP_ID}.*") if p.is_file())
    return files


def targets(base: Path) -> dict[Path, Path | None]:
    """{destination: source} (None for the generated desktop file)."""
    out: dict[Path, Path | None] = {
        base / "applications" / DESKTOP.name: None,
        base / "metainfo" / METAINFO.name: METAINFO,
    }
    for icon in icon_files():
        out[base / "icons" / icon.relative_to(ICONS)] = icon
    return out


def refresh_caches(base: Path) -> None:
    for cmd in (
        ["update-desktop-database", "-q", str(base / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(base / "icons" / "hicolor")],
    ):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True)


def install(exec_cmd: str | None, base: Path) -> list[Path]:
    done = []
    for dest, source in targets(base).items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.tmp")
        if source is None:
            tmp.write_text(desktop_text(exec_cmd), encoding="utf-8")
        else:
            shutil.copyfile(source, tmp)
        tmp.chmod(0o644)
        os.replace(tmp, dest)
        done.append(dest)
    refresh_caches(base)
    return done


def uninstall(base: Path) -> list[Path]:
    gone = []
    for dest in targets(base):
        if dest.exists():
            dest.unlink()
            gone.append(dest)
    refresh_caches(base)
    return gone


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument(
        "--exec",
        dest="exec_cmd",
        help="the command the launcher runs (default: kindapp, found on PATH); "
        "an absolute path is best for a bundle or a virtualenv",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what install put there")
    args = p.parse_args(argv)
    base = data_home()
    paths = uninstall(base) if args.uninstall else install(args.exec_cmd, base)
    for path in paths:
        print(("removed " if args.uninstall else "installed ") + str(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
