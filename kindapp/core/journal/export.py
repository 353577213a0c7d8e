"""The journal as JSON: the export format ("kindapp-journal", version 6).

  {"format": "kindapp-journal", "version": 4, "exported_at": "<iso utc>",
   "practices": [{"practice", "mode", "started_at", "ended_at", "duration_s", "outcome"}],
   "letters":   [{"uid", "title", "body", "created", "updated", "reread_on"}],
   "reframes":  [{"uid", "critical", "person", "would_say", "kind_version",
                  "ratings_critical", "ratings_kind", "created"}]}
Version 3 adds the newer practices:
   "caught":     [{"uid", "thought", "created"}]
   and a section for each kind of moment a practice keeps (a `MomentKind`, described in the
   practice's storage module: its `export_key`, from its `export_since` version, each item
   its `to_json`; what's in the way and kind days came with version 3)
Version 4 adds the person's recorded voice:
   "voices":    [{"key", "wav"}]                        (see voices.py)
Version 5 adds My words (the person's own phrases; they moved from settings.json into the
journal, so the lock covers them):
   "my_words":  {"own_words": {step id: phrase}, "touch_own_phrases": [...], "touch_phrase"}
Version 6 adds the self-compassion journal:
   "journal_entries": [{"uid", "day", "created", "updated", "noticed", "human", "kind_words"}]
Version 1 files (practices only) and later ones are still accepted by `import_file`.

Export reads only what any journal shows (`JournalContents`), so this module needs no store.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar

from kindapp.core.journal.kinds import KINDS
from kindapp.core.journal.voices import voices_to_json
from kindapp.core.moment_kind import MomentKind
from kindapp.core.records import (
    CaughtThought,
    JournalEntry,
    Letter,
    PracticeRecord,
    Reframe,
    iso_utc,
)
from kindapp.core.voice_store import VoiceStore

EXPORT_FORMAT = "kindapp-journal"
EXPORT_VERSION = max(6, *(kind.export_since for kind in KINDS))
"""2: letters and reframes; 3: the newer practices; 4: the person's recorded voice;
5: My words; 6: the self-compassion journal; after that, a practice's section that is new
(its `MomentKind.export_since`) raises it, so an older Kind refuses the file rather than
dropping the section."""
MY_WORDS_META = "my_words"
"""Where the journal keeps My words (its meta table; kindapp.core.my_words)."""


T = TypeVar("T")


class JournalContents(Protocol):
    """What export reads from a journal (a `Journal` is one)."""

    def now(self) -> datetime: ...
    def practices(self) -> list[PracticeRecord]: ...
    def all_letters(self) -> list[Letter]: ...
    def reframes(self) -> list[Reframe]: ...
    def caught_thoughts(self) -> list[CaughtThought]: ...
    @property
    def moment_kinds(self) -> tuple[MomentKind[Any], ...]: ...
    def moments(self, kind: MomentKind[T]) -> list[T]: ...
    def journal_entries(self) -> list[JournalEntry]: ...


def export_data(
    journal: JournalContents, *, now: datetime | None = None, voices: VoiceStore | None = None
) -> dict[str, Any]:
    when = now if now is not None else journal.now()
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso_utc(when),
        "practices": [r.to_json() for r in journal.practices()],
        "letters": [letter_to_json(letter) for letter in journal.all_letters()],
        "reframes": [
            reframe_to_json(r) for r in sorted(journal.reframes(), key=lambda r: (r.created, r.id))
        ],
        "caught": [
            {"uid": c.uid, "thought": c.thought, "created": iso_utc(c.created)}
            for c in sorted(journal.caught_thoughts(), key=lambda c: (c.created, c.id))
        ],
        **{kind.export_key: moments_to_json(journal, kind) for kind in journal.moment_kinds},
        "voices": voices_to_json(voices),
        "my_words": _my_words(journal),
        "journal_entries": [
            journal_entry_to_json(e)
            for e in sorted(journal.journal_entries(), key=lambda e: (e.day, e.id))
        ],
    }
    return data


def moments_to_json(journal: JournalContents, kind: MomentKind[Any]) -> list[dict[str, Any]]:
    """A kind's section of the export file, oldest first."""
    return [kind.to_json(m) for m in sorted(journal.moments(kind), key=kind.export_order)]


def _my_words(journal: JournalContents) -> dict[str, Any] | None:
    """My words as the journal keeps them (checked on import, not here), or None."""
    get_meta = getattr(journal, "get_meta", None)
    raw = get_meta(MY_WORDS_META) if get_meta is not None else None
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def journal_entry_to_json(e: JournalEntry) -> dict[str, Any]:
    return {
        "uid": e.uid,
        "day": e.day.isoformat(),
        "created": iso_utc(e.created),
        "updated": iso_utc(e.updated),
        "noticed": e.noticed,
        "human": e.human,
        "kind_words": e.kind_words,
    }


def letter_to_json(letter: Letter) -> dict[str, Any]:
    return {
        "uid": letter.uid,
        "title": letter.title,
        "body": letter.body,
        "created": iso_utc(letter.created),
        "updated": iso_utc(letter.updated),
        "reread_on": None if letter.reread_on is None else letter.reread_on.isoformat(),
    }


def reframe_to_json(r: Reframe) -> dict[str, Any]:
    return {
        "uid": r.uid,
        "critical": r.critical,
        "person": r.person,
        "would_say": r.would_say,
        "kind_version": r.kind_version,
        "ratings_critical": dict(r.ratings_critical),
        "ratings_kind": dict(r.ratings_kind),
        "created": iso_utc(r.created),
    }


def empty_export() -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": iso_utc(datetime.now(UTC)),
        "practices": [],
        "letters": [],
        "reframes": [],
        "caught": [],
        **{kind.export_key: [] for kind in KINDS},
        "voices": [],
        "journal_entries": [],
    }
