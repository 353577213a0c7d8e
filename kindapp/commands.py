"""What `kindapp --export` needs without a window: the key of a locked journal, the export; and
`--install-desktop` / `--uninstall-desktop` (the launcher for this person)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.core.paths import Paths

if TYPE_CHECKING:
    from kindapp.core.desktop_entry import Sources as DesktopSources


def journal_key(paths: Paths, passphrase_file: str | None) -> bytes | None:
    """The key of a locked journal, from the passphrase (see passphrase_cli); None if plain."""
    from kindapp.core.journal.cipher import current_state, key_for
    from kindapp.passphrase_cli import read_passphrase

    if not current_state(paths.journal_file).locked:
        return None
    return key_for(paths.journal_file, read_passphrase(passphrase_file))


def export(paths: Paths, out: str, passphrase_file: str | None = None) -> int:
    from kindapp.core.journal import JournalError, export_to_file
    from kindapp.core.voice_store import VoiceStore
    from kindapp.passphrase_cli import NoPassphrase

    target = Path(out)
    try:
        key = journal_key(paths, passphrase_file)
        count = export_to_file(paths.journal_file, target, key, VoiceStore(paths.voice_dir))
    except (JournalError, OSError, NoPassphrase) as exc:
        sys.stderr.write(f"kindapp: could not export the journal to {target}: {exc}\n")
        return 1
    sys.stdout.write(f"Exported {count} practice(s) to {target}\n")
    return 0


def desktop_sources() -> DesktopSources:
    """The launcher's files as this Kind carries them: package data in a wheel (assets/desktop,
    assets/icons), or packaging/ and assets/ in a checkout."""
    from kindapp.core.catalog import DESKTOP_ID
    from kindapp.core.desktop_entry import ICON_SIZES, Sources
    from kindapp.resources import data_dir

    assets = Path(str(data_dir("assets")))
    desktop = assets / "desktop"
    if not (desktop / f"{DESKTOP_ID}.desktop").is_file():  # a checkout: packaging/ beside it
        desktop = assets.parent / "packaging"
    icons = assets / "icons"
    return Sources(
        desktop=desktop / f"{DESKTOP_ID}.desktop",
        metainfo=desktop / f"{DESKTOP_ID}.metainfo.xml",
        pngs={s: icons / "png" / f"kind-{s}.png" for s in ICON_SIZES},
        svg=icons / "kind.svg",
    )


def install_desktop() -> int:
    """`kindapp --install-desktop`: the launcher, icons and metainfo for this person, running
    this installed Kind (its own path, so a pipx install needs nothing on PATH)."""
    from kindapp.core import desktop_entry
    from kindapp.core.autostart import default_exec_cmd

    try:
        written = desktop_entry.install(
            desktop_sources(), default_exec_cmd(), desktop_entry.data_home()
        )
    except OSError as exc:
        sys.stderr.write(f"kindapp: could not add Kind to the launcher: {exc}\n")
        return 1
    for path in written:
        sys.stdout.write(f"installed {path}\n")
    return 0


def uninstall_desktop() -> int:
    """`kindapp --uninstall-desktop`: take the launcher, icons, metainfo and the autostart entry
    away again. The journal, settings and voice recordings stay."""
    from kindapp.core import desktop_entry
    from kindapp.core.autostart import autostart_path, set_autostart

    try:
        auto = autostart_path()
        had_autostart = auto.exists()
        set_autostart(False, path=auto)
        gone = desktop_entry.uninstall(desktop_entry.data_home())
    except OSError as exc:
        sys.stderr.write(f"kindapp: could not remove Kind from the launcher: {exc}\n")
        return 1
    for path in [*gone, *([auto] if had_autostart else [])]:
        sys.stdout.write(f"removed {path}\n")
    return 0
