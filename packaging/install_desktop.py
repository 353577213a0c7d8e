"""Install (or remove) Kind's launcher, icons and AppStream metainfo for the current user.

    python packaging/install_desktop.py [--exec CMD] [--uninstall]

Files go under $XDG_DATA_HOME (default ~/.local/share):
    applications/org.kindapp.Kind.desktop      (Exec= and TryExec= point at CMD, when given)
    icons/hicolor/{scalable,NxN}/apps/org.kindapp.Kind.{svg,png}
    metainfo/org.kindapp.Kind.metainfo.xml
The icon PNGs are taken from packaging/icons (rendered by render_icons.py, rendered now if
missing). Desktop and icon caches are refreshed when their tools are installed. The rules are
kindapp/core/desktop_entry.py's, which `kindapp --install-desktop` uses from an installed wheel.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kindapp.core import desktop_entry
from kindapp.core.catalog import DESKTOP_ID

HERE = Path(__file__).resolve().parent
APP_ID = DESKTOP_ID
ICONS = HERE / "icons"


def sources() -> desktop_entry.Sources:
    hicolor = ICONS / "hicolor"
    if not (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").is_file():
        sys.path.insert(0, str(HERE))
        from render_icons import render

        render(ICONS)
    return desktop_entry.Sources(
        desktop=HERE / f"{APP_ID}.desktop",
        metainfo=HERE / f"{APP_ID}.metainfo.xml",
        pngs={s: hicolor / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in desktop_entry.ICON_SIZES},
        svg=hicolor / "scalable" / "apps" / f"{APP_ID}.svg",
    )


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
    base = desktop_entry.data_home()
    paths = (
        desktop_entry.uninstall(base)
        if args.uninstall
        else desktop_entry.install(sources(), args.exec_cmd, base)
    )
    for path in paths:
        print(("removed " if args.uninstall else "installed ") + str(path))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
