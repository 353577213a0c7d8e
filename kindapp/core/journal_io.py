"""Old home of export and import, kept so that `from kindapp.core.journal_io import ...` in
ui/ keeps working while ui/ moves; new code imports from `kindapp.core.journal`."""

from kindapp.core.errors import ImportProblem
from kindapp.core.journal.export import empty_export, export_data, letter_to_json
from kindapp.core.journal.export_file import export_to_file
from kindapp.core.journal.importing import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    ImportResult,
    import_data,
    import_file,
)

__all__ = [
    "MAX_FIELD_CHARS",
    "MAX_FILE_BYTES",
    "ImportProblem",
    "ImportResult",
    "empty_export",
    "export_data",
    "export_to_file",
    "import_data",
    "import_file",
    "letter_to_json",
]
