"""Words typed in a check-in while the journal is locked are not dropped: the check-in says
before typing where they go, they are held in memory (never written in the clear), and on
unlock the practice is kept with them, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from screen_helpers import paths_under

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import Kdf, LockState
from kindapp.core.records import PracticeRecord

PASS = "the quiet of the morning"
BEFORE = "tight chest before the meeting with Ruth"
AFTER = "softer now, still tender about Ruth"


def test_check_in_words_while_locked_are_kept_on_unlock(make_kind, tmp_path, snap):
    path = Path(paths_under(tmp_path).journal_file)
    with Journal(path) as journal:
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive(PASS))
    kind = make_kind(tmp_path)
    c = kind.controller
    assert c.journals.is_locked()

    c.care.ask_before(lambda checkin: None)  # type: ignore[arg-type,return-value]
    panel = c.care._checkin()
    assert panel.locked_note.isVisible()  # said before anything is typed
    snap(c.window, "checkin-while-locked")

    when = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    record = PracticeRecord(
        "break", "quick", when, when + timedelta(minutes=1), 60.0, "finished", 7, None, BEFORE
    )
    assert c.journals.record_practice(record) is None  # locked: no id
    assert c.journals.hold_after_checkin(4, AFTER, False)
    raw = b"".join(p.read_bytes() for p in path.parent.rglob("*") if p.is_file())
    assert b"Ruth" not in raw and "Ruth".encode("utf-16-le") not in raw

    assert c.journals.try_passphrase(PASS) is None
    (kept,) = c.journals.get().practices()
    assert (kept.before, kept.words_before, kept.after, kept.words_after) == (7, BEFORE, 4, AFTER)
    assert not c.journals.held
