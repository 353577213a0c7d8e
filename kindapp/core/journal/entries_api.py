"""The journal's methods for the self-compassion journal (a part of `Journal`, kept apart so
that store.py stays small): an evening's entry in three turns, kept with the letters, under
the lock, searchable, exported and imported."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from kindapp.core.errors import EntryMissing, JournalReason
from kindapp.core.journal import entries
from kindapp.core.journal.part import JournalPart
from kindapp.core.journal.search import fts_query
from kindapp.core.past_self import Written, WrittenKind
from kindapp.core.records import JournalEntry, check_turns, parse_iso

WRITING_VERSION = 2
"""The schema version that has letters and reframes."""

ENTRIES_VERSION = 5
"""The schema version that has the `sc_entry` table (an older journal, read-only, has none)."""


class EntriesJournal(JournalPart):
    """Mixed into `Journal` (its connection helpers: JournalPart)."""

    @property
    def has_entries(self) -> bool:
        return self.schema_version >= ENTRIES_VERSION

    def add_journal_entry(
        self,
        day: date,
        noticed: str,
        human: str,
        kind_words: str,
        *,
        uid: str | None = None,
        created: datetime | None = None,
        updated: datetime | None = None,
    ) -> JournalEntry:
        """Keep an entry about `day`. `uid` and the times are given when it comes from
        elsewhere (import; the caller checks first that no entry has this uid)."""
        turns = check_turns(noticed, human, kind_words)
        now = self._stamp()[1]
        made = now if created is None else parse_iso(created.isoformat())
        changed = made if updated is None else parse_iso(updated.isoformat())
        entry = JournalEntry(0, uid or uuid.uuid4().hex, day, made, changed, *turns)
        with self._writing("keep the journal entry") as db:
            return entries.add(db, entry)

    def save_journal_entry(
        self, entry_id: int, noticed: str, human: str, kind_words: str
    ) -> JournalEntry:
        """Rewrite an entry's three turns; `updated` becomes now."""
        turns = check_turns(noticed, human, kind_words)
        text, _ = self._stamp()
        with self._writing("keep the journal entry") as db:
            saved = entries.update(db, entry_id, text, *turns)
        if saved is None:
            raise EntryMissing(
                f"journal entry {entry_id} is not in the journal", JournalReason.NOT_FOUND
            )
        return saved

    def journal_entry_on(self, day: date) -> JournalEntry | None:
        """The entry about `day` (the latest, if there are several), to go on writing it."""
        if not self.has_entries:
            return None
        with self._guard("read the journal entry") as db:
            return entries.on_day(db, day)

    def journal_entries(self) -> list[JournalEntry]:
        """Every entry, the latest day first."""
        if not self.has_entries:
            return []
        with self._guard("read the journal entries") as db:
            return entries.newest_first(db)

    def get_journal_entry(self, entry_id: int) -> JournalEntry | None:
        if not self.has_entries:
            return None
        with self._guard("read the journal entry") as db:
            return entries.by_id(db, entry_id)

    def search_journal_entries(self, query: str) -> list[JournalEntry]:
        """Full-text search over the three turns, as the letters' search (quoted words, the
        last a prefix, accents and case ignored); no words: every entry."""
        match = fts_query(query)
        if match is None:
            return self.journal_entries()
        if not self.has_entries:
            return []
        with self._guard("search the journal") as db:
            return entries.search(db, match)

    def delete_journal_entry(self, entry_id: int) -> JournalEntry:
        with self._writing("remove the journal entry") as db:
            gone = entries.delete(db, entry_id)
        if gone is None:
            raise EntryMissing(
                f"journal entry {entry_id} is not in the journal", JournalReason.NOT_FOUND
            )
        return gone

    def has_journal_entry_uid(self, uid: str) -> bool:
        if not self.has_entries:
            return False
        with self._guard("read the journal") as db:
            return entries.has_uid(db, uid)

    # -- a kind word from your past self (kindapp.core.past_self) ----------------------------
    def written_to_self(self) -> list[Written]:
        """Every letter and reframe as the past-self offer needs it (no bodies read)."""
        if self.schema_version < WRITING_VERSION:
            return []
        with self._guard("read the letters") as db:
            rows = db.execute(
                "SELECT 'letter', id, uid, created FROM letter"
                " UNION ALL SELECT 'reframe', id, uid, created FROM reframe"
            ).fetchall()
        return [Written(WrittenKind(k), int(i), u, parse_iso(c)) for k, i, u, c in rows]
