"""The changed lock prompts, seen: the new-passphrase hint and refusal, the unlock dialog
waiting after wrong tries, the check-in's note while locked, and the notice after turning the
lock on, in English and German, light, dark and high contrast, and at 150 % text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from screen_helpers import paths_under

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import Kdf, LockState
from kindapp.core.journal.tries import Tries
from kindapp.ui.common.unlock_dialog import UnlockDialog
from kindapp.ui.settings.lock_dialogs import LockDialog

PASS = "a lantern on the jetty"
HINT = {
    "en": "This one may be easy to guess.",
    "de": "Diese ist vielleicht leicht zu erraten.",
}
WAIT = {"en": "A few tries did not fit", "de": "Ein paar Versuche haben nicht gepasst"}
NOTE = {"en": "Your journal is locked: Kind holds", "de": "Dein Journal ist verschlossen"}


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def prepare(root: Path, language: str, look: str, scale: float) -> Path:
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    settings = {
        "schema_version": 1,
        "language": language,
        "look": look,
        "text_scale": scale,
        "first_run_done": True,
    }
    (config / "settings.json").write_text(json.dumps(settings))
    path = Path(paths_under(root).journal_file)
    with Journal(path) as journal:
        journal.create_letter("Hello", "a letter")
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive(PASS))
    return path


@pytest.mark.parametrize(
    "language, look, scale",
    [
        ("en", "light", 1.0),
        ("en", "dark", 1.0),
        ("en", "contrast", 1.5),
        ("de", "light", 1.0),
        ("de", "dark", 1.5),
        ("de", "contrast", 1.0),
    ],
)
def test_the_lock_prompts(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking, language, look, scale
):
    name = f"{language}-{look}-{int(scale * 100)}"
    root = tmp_path / name
    path = prepare(root, language, look, scale)
    kind = make_kind(root)
    c = kind.controller

    # A new passphrase: the gentle hint while typing, and a refusal of only spaces.
    on = LockDialog("change", parent=c.window)
    qtbot.addWidget(on)
    on.show()
    qtbot.waitExposed(on)
    qtbot.keyClicks(on.new, "password")
    assert on.strength.isVisible() and HINT[language] in on.strength.text()
    snap(on, f"lock-new-passphrase-hint-{name}")
    on.new.setText(" " * 10)
    on.again.setText(" " * 10)
    on.current.setText(PASS)
    qtbot.mouseClick(on.ok_button, Qt.MouseButton.LeftButton)
    assert on.isVisible() and on.message.isVisible()
    snap(on, f"lock-new-passphrase-blank-{name}")
    on.close()

    # The unlock dialog after a few wrong tries: it says it waits, then opens.
    tries = Tries(path)
    for _ in range(4):
        tries.failed()
    dialog = UnlockDialog(c.journals, c.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.field, PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and WAIT[language] in dialog.message.text()
    snap(dialog, f"unlock-waiting-{name}")
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert not c.journals.is_locked() and tries.failures == 0

    # Locked again, a check-in says where its words go before anything is typed.
    assert c.journals.lock()
    c.care.ask_before(lambda checkin: None)  # type: ignore[arg-type,return-value]
    note = c.care._checkin().locked_note
    assert note.isVisible() and NOTE[language] in note.text()
    snap(c.window, f"checkin-locked-note-{name}")


def test_turning_the_lock_on_says_the_copies_went_with_it(make_kind, tmp_path, snap):  # type: ignore[no-untyped-def]
    config = tmp_path / "config" / "kindapp"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "first_run_done": True}))
    path = Path(paths_under(tmp_path).journal_file)
    with Journal(path) as journal:
        journal.create_letter("Hello", "the plain words of a migration copy")
        copy = journal.backup()  # as a schema migration makes one
    kind = make_kind(tmp_path)
    c = kind.controller
    assert c.change_lock(None, "a lantern on the jetty at dusk") is None
    assert "Kind also locked the older copies of your journal with the same passphrase." in (
        c.window.banner.messages
    )
    snap(c.window, "lock-on-copies-said")
    assert b"plain words" not in copy.read_bytes()


def test_not_now_ends_the_wait_after_wrong_tries(make_kind, tmp_path, qtbot, speaking):  # type: ignore[no-untyped-def]
    path = prepare(tmp_path, "en", "light", 1.0)
    tries = Tries(path)
    for _ in range(8):  # the next try waits 32 s
        tries.failed()
    kind = make_kind(tmp_path)
    c = kind.controller
    dialog = UnlockDialog(c.journals, c.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.field, PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert WAIT["en"] in dialog.message.text()
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)  # not 32 s
    assert c.journals.is_locked() and tries.failures == 8


def test_a_lost_lock_record_is_said_in_words_and_no_restore_is_offered(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking
):
    from kindapp.core.journal.backups import Backups
    from kindapp.core.journal.cipher import copy_path, key_for, state_path

    path = prepare(tmp_path, "en", "light", 1.0)
    Backups(path).take(key_for(path, PASS))  # a backup remembers the journal was locked
    before = path.read_bytes()
    state_path(path).unlink()
    copy_path(path).unlink()
    kind = make_kind(tmp_path)
    c = kind.controller
    offered: list[object] = []
    c.safekeeping.offer_after_damage = offered.append  # type: ignore[method-assign]
    assert c.journals.peek() is None
    qtbot.waitUntil(lambda: bool(c.window.banner.messages), timeout=5000)
    said = " ".join(c.window.banner.messages)
    assert "locked is missing or unreadable" in said and "left as it is" in said
    assert offered == [] and path.read_bytes() == before
    assert not list(tmp_path.rglob("*.rewrite")) and not list(tmp_path.rglob("*before-restore*"))
    snap(c.window, "lock-record-lost")
