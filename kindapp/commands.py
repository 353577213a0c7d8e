"""What runs without a window: `--export` (with the key of a locked journal), `--lock` and
`--unlock`, and `--install-desktop` / `--uninstall-desktop` (the launcher for this person)."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.core.paths import Paths

if TYPE_CHECKING:
    from kindapp.core.desktop_entry import Sources as DesktopSources
    from kindapp.core.journal import Journal


def journal_key(paths: Paths, passphrase_file: str | None) -> bytes | None:
    """The key of a locked journal, from the passphrase (see passphrase_cli); None if plain."""
    from kindapp.core.journal.cipher import current_state, key_for
    from kindapp.passphrase_cli import read_passphrase

    if not current_state(paths.journal_file).locked:
        return None
    passphrase = read_passphrase(passphrase_file)
    wait_for_tries(paths)
    return key_for(paths.journal_file, passphrase)


def wait_for_tries(paths: Paths) -> None:
    """After a few wrong passphrases, the next try waits (core/journal/tries.py)."""
    from kindapp.core.journal.tries import Tries

    wait = Tries(paths.journal_file).wait_left()
    if wait > 0:
        sys.stderr.write(f"kindapp: a few tries did not fit; waiting {wait:.1f} s first\n")
        time.sleep(wait)  # the slowing down itself, not a synchronisation


def count_try(paths: Paths, problem: BaseException | None) -> None:
    """A wrong passphrase counts towards the wait; a right one starts afresh."""
    from kindapp.core.errors import JournalError, JournalReason
    from kindapp.core.journal.cipher import current_state
    from kindapp.core.journal.tries import Tries

    tries = Tries(paths.journal_file)
    if isinstance(problem, JournalError) and problem.reason == JournalReason.WRONG_PASSPHRASE:
        tries.failed()
    elif problem is None and current_state(paths.journal_file).locked:
        tries.succeeded()


def export(paths: Paths, out: str, passphrase_file: str | None = None) -> int:
    from kindapp.core.journal import JournalError, export_to_file
    from kindapp.core.journal.relock import voices_for
    from kindapp.passphrase_cli import NoPassphrase

    target = Path(out)
    try:
        key = journal_key(paths, passphrase_file)
        voices = voices_for(paths.voice_dir, paths.journal_file, lambda: key)
        count = export_to_file(paths.journal_file, target, key, voices)
    except (JournalError, OSError, NoPassphrase) as exc:
        count_try(paths, exc)
        sys.stderr.write(f"kindapp: could not export the journal to {target}: {exc}\n")
        return 1
    count_try(paths, None)
    sys.stdout.write(f"Exported {count} practice(s) to {target}\n")
    return 0


def _open_writer(paths: Paths, key: bytes | None) -> Journal:
    from kindapp.core.journal import Journal

    return Journal(paths.journal_file, key=key)


def lock(paths: Paths, passphrase_file: str | None = None) -> int:
    """`kindapp --lock`: lock the journal with a new passphrase (its copies and recorded
    voice with it), by the same crash-safe steps as the settings screen."""
    from kindapp.core.journal import JournalError, JournalLocked
    from kindapp.core.journal.cipher import Kdf, LockState, current_state
    from kindapp.core.journal.relock import change_lock, voices_for
    from kindapp.core.passphrase_rules import MIN_CHARS, Refusal, easy_to_guess, refusal
    from kindapp.passphrase_cli import NoPassphrase, read_passphrase

    path = paths.journal_file
    try:
        if current_state(path).locked:
            return _fail("the journal is locked already; nothing was changed")
        passphrase = read_passphrase(passphrase_file, "A new passphrase (not shown): ")
        if passphrase_file is None and sys.stdin.isatty():
            again = read_passphrase(None, "The same passphrase once more: ")
            if again != passphrase:
                return _fail("the two passphrases are not the same; nothing was changed")
        why = refusal(passphrase)
        if why == Refusal.BLANK:
            return _fail("a passphrase needs more than spaces; nothing was changed")
        if why == Refusal.SHORT:
            return _fail(f"a passphrase needs at least {MIN_CHARS} characters; nothing changed")
        if easy_to_guess(passphrase):
            sys.stdout.write(
                "A gentle word: this passphrase may be easy to guess; a few ordinary words "
                "together are stronger.\n"
            )
        kdf = Kdf.fresh()
        key = kdf.derive(passphrase)
        journal = _open_writer(paths, None)
        try:
            done = change_lock(
                journal, LockState(kdf), key, voices_for(paths.voice_dir, path, lambda: key)
            )
        finally:
            journal.close()
    except JournalLocked:
        return _fail("Kind is open and writing to the journal; close it first, then try again")
    except (JournalError, OSError, NoPassphrase) as exc:
        return _fail(f"the journal was not locked: {exc}")
    sys.stdout.write(
        f"The journal is locked. With it: {done.backups + done.copies} older copy(ies) and "
        f"{done.voices} recording(s) of your voice.\n"
    )
    if done.left:
        sys.stdout.write(f"{done.left} older copy(ies) under an earlier passphrase were left.\n")
    return 0


def unlock(paths: Paths, passphrase_file: str | None = None) -> int:
    """`kindapp --unlock`: take the lock off for good (the journal, its copies and the
    recorded voice back in the clear). Wrong passphrases slow down (`tries`)."""
    from kindapp.core.errors import JournalReason
    from kindapp.core.journal import JournalError, JournalLocked, pending
    from kindapp.core.journal.cipher import LockState, current_state, key_for
    from kindapp.core.journal.relock import change_lock, voices_for
    from kindapp.core.journal.tries import Tries
    from kindapp.passphrase_cli import NoPassphrase, read_passphrase

    path = paths.journal_file
    tries = Tries(path)
    try:
        if not current_state(path).locked:
            return _fail("the journal is not locked; nothing was changed")
        passphrase = read_passphrase(passphrase_file)
        wait_for_tries(paths)
        key = key_for(path, passphrase)
        journal = _open_writer(paths, key)
        tries.succeeded()
        try:
            pending.merge(journal)
            done = change_lock(
                journal, LockState(), None, voices_for(paths.voice_dir, path, lambda: key)
            )
        finally:
            journal.close()
    except JournalLocked:
        return _fail("Kind is open and writing to the journal; close it first, then try again")
    except JournalError as exc:
        if exc.reason == JournalReason.WRONG_PASSPHRASE:
            tries.failed()
            return _fail("that passphrase does not open the journal; nothing was changed")
        return _fail(f"the lock was not taken off: {exc}")
    except (OSError, NoPassphrase) as exc:
        return _fail(f"the lock was not taken off: {exc}")
    sys.stdout.write(
        f"The lock is off. With it: {done.backups + done.copies} older copy(ies) and "
        f"{done.voices} recording(s) of your voice are in the clear again.\n"
    )
    return 0


def _fail(text: str) -> int:
    sys.stderr.write(f"kindapp: {text}\n")
    return 1


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


def add_launcher() -> list[Path]:
    """Kind's launcher entry, icons and metainfo for this person, running this installed Kind
    (its own path). Returns the paths written; raises OSError."""
    from kindapp.core import desktop_entry
    from kindapp.core.autostart import default_exec_cmd

    return desktop_entry.install(desktop_sources(), default_exec_cmd(), desktop_entry.data_home())


def remove_launcher() -> list[Path]:
    """This person's launcher entry, icons and metainfo taken away (autostart is its own
    setting). Returns the paths removed; raises OSError."""
    from kindapp.core import desktop_entry

    return desktop_entry.uninstall(desktop_entry.data_home())


def install_desktop() -> int:
    """`kindapp --install-desktop`: the launcher, icons and metainfo for this person, running
    this installed Kind (its own path, so a pipx install needs nothing on PATH)."""
    try:
        written = add_launcher()
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
