"""The self-compassion journal on the real window: today's entry written in three turns from
home's card, kept as the person writes, found in the export (`kindapp --export`'s own code
path), reopened to go on with, and a moment in the gentle history. Screenshots in English and
German, light and dark."""

from __future__ import annotations

import json

import pixels
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QScrollArea
from screen_helpers import paths_under

from kindapp import app, cli
from kindapp.core.catalog import PracticeName
from kindapp.core.navigation import Screen
from kindapp.ui.desktop.single_instance import validate

OPEN = f"{PracticeName.SELF_COMPASSION_JOURNAL}.open"
NOTICED = "I snapped at Sam in the meeting"
HUMAN = "Everyone gets short when they are tired"
KIND = "You care about Sam; that is why it stings"


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def exported(kind, tmp_path):  # type: ignore[no-untyped-def]
    from kindapp.app import export

    out = tmp_path / "export.json"
    assert export(kind.paths, str(out)) == 0
    return json.loads(out.read_text())


def todays(page):  # type: ignore[no-untyped-def]
    today = page._now().date()
    return page.ops.read(lambda j: j.journal_entry_on(today))


@pytest.mark.parametrize(
    "language, look", [("en", "light"), ("en", "dark"), ("de", "light"), ("de", "dark")]
)
def test_todays_entry_is_written_in_three_turns_kept_reopened_and_in_the_history(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking, language, look
):
    root = tmp_path / f"{language}-{look}"
    config = paths_under(root).config_dir
    config.mkdir(parents=True)
    settings = {"schema_version": 1, "language": language, "look": look, "first_run_done": True}
    (config / "settings.json").write_text(json.dumps(settings))
    kind = make_kind(root)
    w = kind.window
    name = f"journal-entry-{language}-{look}"
    write = w.home.buttons[OPEN]
    assert write.text() == {"en": "Write", "de": "Schreiben"}[language]

    qtbot.mouseClick(write, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.JOURNAL_ENTRY
    page = w.page(Screen.JOURNAL_ENTRY)
    assert page.turn() == 0 and page.noticed.hasFocus()
    assert todays(page) is None, "nothing is kept before a word is written"
    qtbot.keyClicks(page.noticed, NOTICED)
    # Kept as the person writes: no button pressed, the words reach the journal.
    qtbot.waitUntil(lambda: (e := todays(page)) is not None and e.noticed == NOTICED, timeout=5000)
    snap(w, f"{name}-1")
    img = w.grab().toImage()
    inks = {
        lab.text()[:24]: ink.ratio
        for lab in page.findChildren(QLabel)
        if lab.isVisible() and lab.text() and (ink := pixels.ink_of(img, w, lab)) is not None
    }
    print(f"CONTRAST {language}-{look}", {k: round(v, 1) for k, v in inks.items()})
    assert len(inks) >= 5 and min(inks.values()) >= 4.5, inks  # WCAG AA for body text

    qtbot.keyClick(page.noticed, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.turn() == 1 and page.human.hasFocus()
    qtbot.keyClicks(page.human, HUMAN)
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.turn() == 0 and page.noticed.text() == NOTICED
    assert todays(page).human == HUMAN, "Back keeps what was written"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.turn() == 1 and page.human.text() == HUMAN
    snap(w, f"{name}-2")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.turn() == 2 and page.kind_words.hasFocus()
    qtbot.keyClicks(page.kind_words, KIND)
    snap(w, f"{name}-3")
    done = {"en": "Done", "de": "Fertig"}[language]
    assert page.next_button.text() == done
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.HOME

    (entry,) = exported(kind, tmp_path)["journal_entries"]
    assert (entry["noticed"], entry["human"], entry["kind_words"]) == (NOTICED, HUMAN, KIND)
    assert entry["day"] == page._now().date().isoformat()

    # The same day, the journal opens on today's entry, to go on with.
    kind.controller.actions.run(OPEN)
    assert w.current_screen() is Screen.JOURNAL_ENTRY and page.turn() == 0
    assert (page.noticed.text(), page.human.text(), page.kind_words.text()) == (
        NOTICED,
        HUMAN,
        KIND,
    )
    assert page.kept_note.text()
    snap(w, f"{name}-reopened")
    qtbot.keyClicks(page.noticed, " and said sorry later")
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # leaves at once, keeping the words
    assert w.current_screen() is Screen.HOME
    (entry,) = exported(kind, tmp_path)["journal_entries"]
    assert entry["noticed"] == NOTICED + " and said sorry later", "one entry a day, rewritten"

    # The gentle history shows the journal's moments (one each time something was written).
    data = exported(kind, tmp_path)
    assert [p["practice"] for p in data["practices"]] == [PracticeName.SELF_COMPASSION_JOURNAL] * 2
    qtbot.mouseClick(w.home.history_button, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.HISTORY
    model = w.page(Screen.HISTORY).model
    label = QCoreApplication.translate("practices", "Self-compassion journal")
    if language == "de":
        assert label != "Self-compassion journal", "the history's label is in German"
    titles = [model.item(r).title for r in range(model.rowCount())]
    assert titles.count(label) == 2, titles
    snap(w, f"{name}-history")


def test_the_journal_opens_from_its_home_card_the_tray_and_the_command_line(kind, qtbot, snap):  # type: ignore[no-untyped-def]
    w = kind.window
    c = kind.controller
    write = w.home.buttons[OPEN]
    w.home.findChild(QScrollArea).ensureWidgetVisible(write)
    snap(w, "journal-entry-home-card")
    assert write.isVisible() and write.accessibleName().startswith("Write")

    # The tray: its own line, the same action as home's button.
    entry = next(a for a in c.tray.menu.actions() if a.text() == "Self-compassion journal")
    assert entry is c.actions.action(OPEN)
    entry.trigger()
    assert w.current_screen() is Screen.JOURNAL_ENTRY
    qtbot.keyClick(w.page(Screen.JOURNAL_ENTRY), Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME
    assert c.journal().journal_entries() == [], "opened and left: nothing kept"

    # `kindapp --practice self-compassion-journal`, asked of the running Kind by a second launch.
    args = cli.parse_args(["--practice", "self-compassion-journal"])
    assert app.practice_asked(args) == "self-compassion-journal"
    app.obey(c, validate(app.instance_message(args)))
    assert w.current_screen() is Screen.JOURNAL_ENTRY


def test_words_being_written_are_kept_before_the_lock_and_the_entry_gives_way_to_home(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot
):
    from kindapp.core.journal import Journal
    from kindapp.core.journal.cipher import Kdf, LockState

    secret = "a slow walk by the sea"
    path = paths_under(tmp_path).journal_file
    path.parent.mkdir(parents=True)
    with Journal(path) as journal:
        kdf = Kdf.fresh(n=2**12)
        journal.change_lock(LockState(kdf), kdf.derive(secret))
    kind = make_kind(tmp_path)
    c = kind.controller
    asked: list[bool] = []

    def ask(unlocker):  # type: ignore[no-untyped-def]  # the passphrase prompt, answered
        asked.append(True)
        return unlocker.try_passphrase(secret) is None

    c.journals._ask = ask
    c.writing.more.open_journal_entry()
    assert asked == [True] and kind.window.current_screen() is Screen.JOURNAL_ENTRY
    page = kind.window.page(Screen.JOURNAL_ENTRY)
    qtbot.keyClicks(page.noticed, NOTICED)  # the lock comes before the typing pauses
    c.lock_now()  # idle time ran out, or the screen locked
    assert c.journals.is_locked()
    assert kind.window.current_screen() is Screen.HOME, "a private screen gives way to home"
    assert c.journals.journal_now() is None, "unreadable while locked"
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir() if p.is_file())
    assert NOTICED.encode() not in raw, "never on disk in the clear"

    c.writing.more.open_journal_entry()  # asks again, then goes on with today's words
    assert asked == [True, True]
    assert kind.window.current_screen() is Screen.JOURNAL_ENTRY
    assert page.noticed.text() == NOTICED
