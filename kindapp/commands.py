"""What `kindapp --export` needs without a window: the key of a locked journal, the export."""

from __future__ import annotations

import sys
from pathlib import Path

from kindapp.core.paths import Paths


def journal_key(paths: Paths, passphrase_file: str | None) -> bytes | None:
    """The key of a locked journal, from the passphrase (see passphrase_cli); None if plain."""
    from kindapp.core.journal.cipher import current_state, key_for
    from kindapp.passphrase_cli import read_passphrase

    if not current_state(paths.journal_file).locked:
        return None
    return key_for(paths.journal_file, read_passphrase(passphrase_file))


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
        sys.stderr.write(f"kindapp: could not export the journal to {target}: {exc}\n")
        return 1
    sys.stdout.write(f"Exported {count} practice(s) to {target}\n")
    return 0
