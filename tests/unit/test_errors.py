"""Journal and settings errors carry a reason code the UI can translate; str(exc) still reads."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kindapp.core import journal
from kindapp.core.errors import (
    EntryMissing,
    ImportProblem,
    JournalError,
    JournalReason,
    SettingsReason,
    SettingsSaveError,
)
from kindapp.core.settings import Settings, SettingsStore


def test_errors_load_without_sqlite_or_qt() -> None:
    code = (
        "import sys, kindapp.core.errors; "
        "assert 'sqlite3' not in sys.modules and 'PySide6' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_the_reason_is_an_enum_that_still_equals_its_old_string() -> None:
    exc = JournalError("the journal is busy", "busy")
    assert exc.reason is JournalReason.BUSY
    assert exc.reason == journal.BUSY == "busy"
    assert str(exc) == "the journal is busy"
    assert JournalError("x").reason is JournalReason.OTHER
    with pytest.raises(ValueError):
        JournalError("x", "no-such-reason")


def test_the_journal_package_gives_the_same_classes() -> None:
    assert journal.JournalError is JournalError
    assert journal.EntryMissing is EntryMissing
    assert journal.ImportProblem is ImportProblem


def test_a_missing_letter_says_not_found(tmp_path: Path) -> None:
    with journal.Journal(tmp_path / "j.sqlite") as j, pytest.raises(EntryMissing) as err:
        j.save_letter(99, "t", "b")
    assert err.value.reason is JournalReason.NOT_FOUND
    assert "letter 99" in str(err.value)


def test_import_problems_say_what_kind(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("not json")
    newer = tmp_path / "newer.json"
    newer.write_text('{"format": "kindapp-journal", "version": 99}')
    with journal.Journal(tmp_path / "j.sqlite") as j:
        with pytest.raises(ImportProblem) as err:
            journal.import_file(j, bad)
        assert err.value.reason is JournalReason.NOT_AN_EXPORT
        with pytest.raises(ImportProblem) as err:
            journal.import_file(j, newer)
        assert err.value.reason is JournalReason.NEWER
        assert "newer Kind" in str(err.value)


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, SettingsReason.DISK_FULL),
        (errno.EROFS, SettingsReason.READ_ONLY),
        (errno.EIO, SettingsReason.OTHER),
    ],
)
def test_a_settings_save_error_is_an_oserror_with_a_reason(code: int, reason: str) -> None:
    exc = SettingsSaveError(OSError(code, os.strerror(code)), Path("/x/settings.json"))
    assert isinstance(exc, OSError)
    assert exc.reason == reason
    assert exc.errno == code and exc.strerror == os.strerror(code)
    assert "/x/settings.json" in str(exc)


def test_saving_where_a_file_blocks_the_folder_is_an_oserror(tmp_path: Path) -> None:
    (tmp_path / "conf").write_text("a file, not a folder")
    with pytest.raises(OSError) as err:
        SettingsStore(tmp_path / "conf" / "settings.json").save(Settings())
    assert isinstance(err.value, SettingsSaveError)
    assert err.value.strerror
