"""The journal: practice history and the person's writing in a private sqlite file.

schema       the tables and their migrations
opening      the writer's lock, private files, read-only readers, backups
store        Journal, the one owner of the connection
practice_log, letters, reframes, search   the SQL of each table, used by the store only
export, export_file, importing            the JSON format, out and back in (public API only)

JournalError and its reason codes live in kindapp.core.errors, which loads no sqlite3: import
them from there at the top of a module (they are re-exported here too).
"""

from kindapp.core.errors import (
    BUSY,
    DISK_FULL,
    LOCKED,
    MISSING,
    NEWER,
    NOT_FOUND,
    OTHER,
    READ_ONLY,
    EntryMissing,
    ImportProblem,
    JournalError,
    JournalLocked,
    JournalReason,
)
from kindapp.core.journal.export import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    JournalContents,
    empty_export,
    export_data,
    letter_to_json,
    reframe_to_json,
)
from kindapp.core.journal.export_file import export_to_file
from kindapp.core.journal.faults import describe
from kindapp.core.journal.importing import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    ImportResult,
    import_data,
    import_file,
)
from kindapp.core.journal.schema import MIGRATIONS
from kindapp.core.journal.search import fts_query
from kindapp.core.journal.store import Journal

__all__ = [
    "BUSY",
    "DISK_FULL",
    "EXPORT_FORMAT",
    "EXPORT_VERSION",
    "LOCKED",
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "MIGRATIONS",
    "MISSING",
    "NEWER",
    "NOT_FOUND",
    "OTHER",
    "READ_ONLY",
    "EntryMissing",
    "ImportProblem",
    "ImportResult",
    "Journal",
    "JournalContents",
    "JournalError",
    "JournalLocked",
    "JournalReason",
    "describe",
    "empty_export",
    "export_data",
    "export_to_file",
    "fts_query",
    "import_data",
    "import_file",
    "letter_to_json",
    "reframe_to_json",
]
