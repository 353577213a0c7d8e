"""The lock and the backups on the real window: the passphrase prompt (a wrong one changes
nothing and says so kindly), Privacy and Backups in Settings, a tray break while locked, a
damaged journal brought back. Screenshots in English and German, light and dark."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea
from screen_helpers import paths_under

from kindapp.core.journal import Journal
from kindapp.core.journal.backups import Backups
from kindapp.core.journal.cipher import Kdf, LockState
from kindapp.core.navigation import Nav
from kindapp.core.records import PracticeRecord
from kindapp.ui.common.unlock_dialog import UnlockDialog

PASS = "a slow walk by the sea"
WORDS = "the afternoon I was unkind to my mother"


def prepare(root: Path, language: str, look: str, *, locked: bool = True) -> Path:
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    settings = {"schema_version": 1, "language": language, "look": look, "first_run_done": True}
    (config / "settings.json").write_text(json.dumps(settings))
    path = Path(paths_under(root).journal_file)
    when = datetime(2026, 11, 28, 8, 30, tzinfo=UTC)
    with Journal(path) as journal:
        journal.create_letter("For Tuesday", WORDS)
        journal.add_reframe("I always ruin it", "Sam", "no", "You care a lot", {}, {})
        journal.record_practice(
            PracticeRecord("break", "quick", when, when + timedelta(minutes=1), 60.0, "finished")
        )
        key = None
        if locked:
            kdf = Kdf.fresh(n=2**12)
            key = kdf.derive(PASS)
            journal.change_lock(LockState(kdf), key)
        for days in (3, 1):
            Backups(path, lambda d=days: when + timedelta(days=d)).take(key)  # type: ignore[misc]
    return path


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


@pytest.mark.parametrize(
    "language, look", [("en", "light"), ("en", "dark"), ("de", "light"), ("de", "dark")]
)
def test_the_lock_prompt_privacy_and_backups(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking, language, look
):
    root = tmp_path / f"{language}-{look}"
    path = prepare(root, language, look)
    kind = make_kind(root)
    c = kind.controller
    assert c.journals.is_locked()
    before = path.read_bytes()

    # The prompt, as opening the letters shows it; a wrong passphrase first.
    dialog = UnlockDialog(c.journals, c.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    snap(dialog, f"lock-prompt-{language}-{look}")
    qtbot.keyClicks(dialog.field, "not my passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible)  # the key is derived on a worker thread
    assert dialog.isVisible() and dialog.field.isEnabled()
    assert c.journals.is_locked() and path.read_bytes() == before
    snap(dialog, f"lock-prompt-wrong-{language}-{look}")
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASS)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not c.journals.is_locked()
    assert [s.title for s in c.journals.get().letters()] == ["For Tuesday"]

    c.nav.go(Nav.OPEN_SETTINGS)
    page = c.settings_flow.page()
    assert page.privacy.lock.isChecked() and page.privacy.change_button.isEnabled()
    assert page.backups.list.count() == 2
    first = page.backups.list.item(0).text()
    counts = {
        "en": "Letters: 1 · Reframes: 1 · Practices: 1",
        "de": "Briefe: 1 · Umformulierungen: 1",
    }
    assert counts[language] in first
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(page.backups, 0, 40)
    qtbot.waitUntil(lambda: not page.backups.visibleRegion().isEmpty())
    snap(c.window, f"settings-privacy-backups-{language}-{look}")

    c.lock_now()
    assert c.journals.is_locked()


def finish_a_tray_break(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Start a quick break from the tray and let it run to its end on the test's clock."""
    c = kind.controller
    next(a for a in c.tray.menu.actions() if a.text() == "Quick break").trigger()
    qtbot.waitUntil(
        lambda: c.practice.driver is not None and c.practice.driver.session.started_at is not None
    )
    session = c.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()


def test_a_tray_break_while_locked_is_kept_and_merged_on_unlock(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap
):
    """A whole break from the tray while the letters are locked is kept aside without a prompt;
    opening the letters later brings up the app's own passphrase prompt (the real dialog, as
    the app builds it): a wrong passphrase is refused kindly, the right one opens the letters,
    and the kept break is in the journal."""
    from kindapp.core.journal import pending
    from kindapp.core.navigation import Screen

    path = prepare(tmp_path, "en", "light")
    kind = make_kind(tmp_path)
    c = kind.controller
    before = path.read_bytes()
    finish_a_tray_break(kind, qtbot)
    qtbot.waitUntil(lambda: pending.count(path) == 1)  # kept for later, asked nothing
    assert c.journals.is_locked() and QApplication.activeModalWidget() is None
    assert path.read_bytes() == before

    c.nav.go(Nav.HOME)
    steps: list[str] = []
    give_up = time.monotonic() + 20  # a prompt that never answers fails, and does not hang

    def type_in() -> None:
        dialog = QApplication.activeModalWidget()
        if time.monotonic() > give_up:
            steps.append("gave up")
            if dialog is not None:
                dialog.reject()
            return
        if not isinstance(dialog, UnlockDialog):  # not shown yet: look again when it is
            QTimer.singleShot(10, type_in)
            return
        if not steps:
            steps.append("shown")
            qtbot.keyClicks(dialog.field, "not my passphrase")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            QTimer.singleShot(10, type_in)
        elif steps == ["shown"] and dialog.message.isVisible():  # the key was derived
            steps.append("refused: " + dialog.message.text())
            assert c.journals.is_locked() and dialog.field.isEnabled()
            snap(dialog, "lock-prompt-from-the-app-wrong")
            dialog.field.clear()
            qtbot.keyClicks(dialog.field, PASS)
            qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(10, type_in)

    QTimer.singleShot(0, type_in)
    home = c.window.page(Screen.HOME)
    assert c.window.current_screen() is Screen.HOME
    qtbot.mouseClick(
        home.buttons["letter.library"], Qt.MouseButton.LeftButton
    )  # the real prompt, modal
    assert len(steps) == 2 and steps[1] != "refused: ", steps
    assert not c.journals.is_locked()
    assert c.window.current_screen() is Screen.LETTERS
    journal = c.journals.get()
    assert journal is not None
    assert [s.title for s in journal.letters()] == ["For Tuesday"]
    assert [p.practice for p in journal.practices()] == ["break", "break"]
    assert not pending.pending_path(path).exists()  # merged, and the file kept aside is gone


def test_a_damaged_journal_is_offered_the_latest_backup(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap
):
    path = prepare(tmp_path, "en", "light", locked=False)
    damaged = b"\x00garbage where the journal was" * 200
    path.write_bytes(damaged)
    kind = make_kind(tmp_path)
    c = kind.controller
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + " " + box.informativeText())
        snap(box, "damaged-journal-offer")
        (yes,) = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        yes.click()

    QTimer.singleShot(0, answer)
    assert c.journals.get() is None  # this open found the damage and brought the backup back
    assert seen and "damaged" in seen[0] and "Letters: 1" in seen[0]
    asides = list(path.parent.glob("journal.sqlite3.before-restore-*"))
    assert [p.read_bytes() for p in asides if not p.name.endswith(".json")] == [damaged]
    journal = c.journals.get()
    assert journal is not None and journal.get_letter(1).body == WORDS


@pytest.mark.parametrize("language, look", [("en", "light"), ("de", "dark")])
def test_turning_the_lock_on_from_settings(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking, language, look
):
    from kindapp.ui.settings.lock_dialogs import LockDialog

    root = tmp_path / language
    path = prepare(root, language, look, locked=False)
    kind = make_kind(root)
    c = kind.controller
    c.nav.go(Nav.OPEN_SETTINGS)
    page = c.settings_flow.page()
    assert not page.privacy.lock.isChecked() and not page.privacy.change_button.isEnabled()
    steps: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LockDialog):  # not shown yet: look again when it is
            QTimer.singleShot(10, fill)
            return
        assert dialog.export_button is not None
        snap(dialog, f"lock-on-{language}-{look}")
        qtbot.keyClicks(dialog.new, "short")
        qtbot.keyClicks(dialog.again, "short")
        dialog.ok_button.click()  # too short: it says so and stays
        assert dialog.isVisible() and dialog.message.isVisible()
        steps.append("too short")
        for field in (dialog.new, dialog.again):
            field.clear()
            qtbot.keyClicks(field, PASS)
        dialog.ok_button.click()

    QTimer.singleShot(0, fill)
    page.privacy.lock.click()  # as a click or Space on the box does
    assert steps == ["too short"]
    assert page.privacy.lock.isChecked() and page.privacy.change_button.isEnabled()
    assert page.privacy.status.isVisible() and page.privacy.status.text()  # a calm word: on
    journal = c.journals.get()
    assert journal is not None and journal.locked
    assert [s.title for s in journal.letters()] == ["For Tuesday"]
    on_disk = b"".join(p.read_bytes() for p in path.parent.rglob("*") if p.is_file())
    assert b"unkind to my mother" not in on_disk  # journal, WAL and the backups alike
    assert all(b.locked for b in c.safekeeping.list_backups())


def test_a_whole_tray_break_while_locked_never_asks(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot
):
    from kindapp.core.journal import pending
    from kindapp.core.navigation import Screen

    path = prepare(tmp_path, "en", "light")
    kind = make_kind(tmp_path)
    c = kind.controller
    asked: list[str] = []
    c.journals._ask = lambda unlocker: asked.append("asked") or False
    finish_a_tray_break(kind, qtbot)
    qtbot.waitUntil(lambda: pending.count(path) == 1)
    qapp_events = QApplication.instance()
    assert qapp_events is not None
    qapp_events.processEvents()  # what follows the practice (check-in, done) has run
    assert asked == []
    # The break ends as any break does, on its closing screen, with the letters still locked.
    assert c.window.current_screen() is Screen.DONE and c.window.isVisible()
    assert c.journals.is_locked()


def test_a_reframe_being_written_is_not_locked_away(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot
):
    from kindapp.core.navigation import Screen

    prepare(tmp_path, "en", "light")
    kind = make_kind(tmp_path)
    c = kind.controller
    c.journals._ask = lambda unlocker: unlocker.try_passphrase(PASS) is None
    c.open_reframe()
    assert c.window.current_screen() is Screen.REFRAME
    c.lock_now()  # idle time ran out, or the screen locked
    assert not c.journals.is_locked() and c.window.current_screen() is Screen.REFRAME
    assert c.auto_lock._idle.isActive()  # it will try again after the next idle stretch
    c.nav.go(Nav.HOME)
    c.lock_now()
    assert c.journals.is_locked()


def test_a_reminder_timer_never_offers_a_backup_by_itself(make_kind, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    """A damaged journal found by a reminder's look from the background (Kind may be only in the
    tray; its timer looks at start) asks nothing: the offer of a backup waits until the person
    opens something."""
    path = prepare(tmp_path, "en", "light", locked=False)
    path.write_bytes(b"\x00garbage where the journal was" * 200)
    popped: list[str] = []

    def close_any() -> None:  # were a dialog to open, it is seen and closed, not left hanging
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            popped.append(box.text())
            box.reject()

    watch = QTimer()
    watch.timeout.connect(close_any)
    watch.start(20)  # from before Kind starts: its reminders' timer looks at once
    try:
        kind = make_kind(tmp_path)
        c = kind.controller
        c.desk.nudges.check()  # what the one-off reminders' timer runs
        c.desk.nudges.refresh()
    finally:
        watch.stop()
    assert popped == []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        popped.append(box.text())
        box.reject()  # not now

    QTimer.singleShot(0, answer)
    assert c.journals.get() is None  # opening it now is what offers the backup
    assert len(popped) == 1 and "damaged" in popped[0]
