"""`kindapp --export`: write the journal to a JSON file, even while a Kind is writing to it."""

from __future__ import annotations

import json
from pathlib import Path

from kindapp.core.atomic import write_atomic
from kindapp.core.journal.export import empty_export, export_data
from kindapp.core.journal.store import Journal
from kindapp.core.journal.voices import voices_to_json
from kindapp.core.voice_store import VoiceStore


def export_to_file(
    journal_path: Path, out: Path, key: bytes | None = None, voices: VoiceStore | None = None
) -> int:
    """Write the journal as JSON to `out` (atomically, 0600); returns the number of practices.

    Reads through a read-only connection, so it works while a running Kind writes.
    A missing journal exports as empty without creating one. A locked one needs its `key`.
    """
    if journal_path.exists():
        journal = Journal(journal_path, writer=False, key=key)
        try:
            data = export_data(journal, voices=voices)
        finally:
            journal.close()
    else:
        data = empty_export()
        data["voices"] = voices_to_json(voices)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(out, text.encode("utf-8"), mode=0o600)
    return len(data["practices"])
