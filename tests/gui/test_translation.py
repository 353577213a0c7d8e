"""Kind in German: every screen, every step, nothing left in English, nothing clipped.

The language comes from settings.json ("de"), as a person would choose it; the app installs its
translator before any widget is built. Every visible string (labels, buttons and their tooltips,
combo box items, list items, placeholders, spin box suffixes, accessible names, the window
title, the tray menu, a notice and a reminder) is compared with the English source messages of
kind_de.ts: one that is still an English source, and not also the German for something (like
"Pause" or "OK"), was left untranslated. Screenshots of every screen go to artifacts/screenshots
(translation-*.png).
"""

from __future__ import annotations

import contextlib
import json
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from screen_helpers import paths_under

from kindapp.core.kind_day_store import start_kind_day
from kindapp.core.navigation import Nav, Page, Screen
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.session import State
from kindapp.resources import data_dir

# Identical in both languages, or not words at all.
ALLOW = {"Kind", "OK", "English", "Deutsch", "Esc", "S", "G"}
# A few very common English words; two of them in one string smell of an unmarked string.
ENGLISH = {"the", "your", "you", "with", "this", "and", "is", "for", "of", "to", "it"}


def _ts() -> tuple[set[str], set[str]]:
    """English sources and German translations of every message in kind_de.ts."""
    path = data_dir("assets") / "translations" / "kind_de.ts"
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    sources, translations = set(), set()
    for msg in root.iter("message"):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") in ("vanished", "obsolete"):
            continue
        sources.add(msg.findtext("source") or "")
        translations.add((tr.text or "") if tr is not None else "")
    return sources, translations


def _filled(texts: set[str]) -> list[tuple[re.Pattern[str], str]]:
    """Messages with %1-style placeholders, as patterns matching them filled in."""
    return [
        (re.compile("^" + re.sub(r"%\d", ".+?", re.escape(t)) + "$", re.DOTALL), t)
        for t in texts
        if re.search(r"%\d", t)
    ]


SOURCES, TRANSLATIONS = _ts()
ENGLISH_SOURCES = {s: s for s in SOURCES} | {s.upper(): s for s in SOURCES}
GERMAN = TRANSLATIONS | {t.upper() for t in TRANSLATIONS}
ENGLISH_FILLED = _filled(SOURCES)
GERMAN_FILLED = _filled(TRANSLATIONS)


def _parts(text: str) -> list[str]:
    """The string and the pieces it was built from (" · ", brackets, lines, "label: value")."""
    text = text.replace("&", "").strip()
    pieces = [text, *re.split(r"\s*(?:·|\n|\(|\)|: |“|”|„)\s*", text)]
    return [p.strip() for p in pieces if p.strip()]


def untranslated(text: str) -> str | None:
    """Why `text` looks English, or None."""
    for part in _parts(text):
        if part in ALLOW or part in GERMAN:
            continue
        if part in ENGLISH_SOURCES:
            return f"English source {ENGLISH_SOURCES[part]!r}"
        english = next((src for rx, src in ENGLISH_FILLED if rx.match(part)), None)
        if english and not any(rx.match(part) for rx, _ in GERMAN_FILLED):
            return f"English source {english!r}, filled in"
    words = {w.lower() for w in re.findall(r"[A-Za-z']+", text)}
    if len(words & ENGLISH) >= 2 and text not in GERMAN:
        return f"looks English ({sorted(words & ENGLISH)})"
    return None


def visible_strings(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-facing string on what is showing now."""
    out: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        where = f"{type(w).__name__} {w.objectName()!r}"
        texts: list[str] = [w.accessibleName(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QComboBox):
            if w.objectName() == "Device":
                texts.append(w.itemText(0))  # the rest are the machine's device names
            else:
                texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, QSpinBox | QDoubleSpinBox):
            texts += [w.suffix(), w.prefix()]
        out += [(where, t) for t in texts if t and t.strip()]
    return out


def _cut_off_right(w: QWidget, window: QWidget) -> bool:
    """True when `w` reaches past the right edge of the window or of its scroll area's view
    (a row too wide for the screen: the horizontal scroll bars are off)."""
    area = w.parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    view = area.viewport() if isinstance(area, QScrollArea) else window
    return w.mapTo(view, QPoint(w.width(), 0)).x() > view.width() + 1


def narrow(window: QWidget) -> list[str]:
    """Visible buttons and labels with less room than their text needs, or cut off."""
    problems = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QAbstractButton | QLabel) and w.text() and _cut_off_right(w, window):
            problems.append(f"{w.text()[:40]!r}: cut off on the right")
            continue
        if (isinstance(w, QAbstractButton) and w.text()) or (
            isinstance(w, QLabel) and not w.wordWrap() and w.text()
        ):
            need = w.sizeHint().width()
            if need > w.width() + 1:
                problems.append(f"{w.text()!r}: {w.width()} px wide, needs {need}")
        elif isinstance(w, QLabel) and w.wordWrap() and w.text():
            need = w.heightForWidth(w.width())
            if need > w.height() + 1:
                problems.append(f"{w.text()[:40]!r}: {w.height()} px high, needs {need}")
    return problems


class German:
    """Looks at the window after each step of the walk and remembers what it found."""

    def __init__(self, kind, snap, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.kind = kind
        self.snap = snap
        self.qtbot = qtbot
        self.seen: dict[str, set[str]] = {}
        self.english: list[str] = []
        self.clipped: list[str] = []

    def look(self, name: str) -> None:
        w = self.kind.window
        with contextlib.suppress(TimeoutError):  # posted layout requests settle first
            self.qtbot.waitUntil(lambda: not narrow(w), timeout=1500)
        self.clipped += [f"{name}: {p}" for p in narrow(w)]
        found = visible_strings(w)
        self.seen[name] = {t for _, t in found}
        for where, text in found:
            why = untranslated(text)
            if why:
                self.english.append(f"{name}: {where}: {text!r} ({why})")
        self.snap(w, f"translation-{name}")


@pytest.fixture
def make_german(make_kind, tmp_path, qapp, qtbot, snap):  # type: ignore[no-untyped-def]
    """make_german(prepare=None): a Kind that speaks German; `prepare(root)` runs before it
    starts (to leave files where it will find them)."""
    locale = QLocale()

    def make(prepare=None) -> German:  # type: ignore[no-untyped-def]
        root = tmp_path / "de"
        config = root / "config" / "kindapp"
        config.mkdir(parents=True)
        (config / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "de"}))
        if prepare is not None:
            prepare(root)
        return German(make_kind(root), snap, qtbot)

    yield make
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):  # the next test speaks English again
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


@pytest.fixture
def german(make_german):  # type: ignore[no-untyped-def]
    return make_german()


def _finish(kind) -> None:  # type: ignore[no-untyped-def]
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()


def _walk_steps(g: German, name: str) -> None:
    """Every step of the running practice, then its end."""
    session = g.kind.controller.practice.driver.session
    assert session.state is State.RUNNING
    for i in range(len(session.practice.steps)):
        assert session.step_index == i
        g.look(f"{name}-step-{i + 1}-{session.step.id}")
        g.kind.clock.advance(5.0)  # a few seconds on each step, as a person would
        if i < len(session.practice.steps) - 1:
            session.next()


def test_every_screen_speaks_german(german, qtbot):  # type: ignore[no-untyped-def]
    g = german
    kind = g.kind
    c = kind.controller
    w = kind.window
    assert QCoreApplication.translate("HomeScreen", "Take a kind moment") != "Take a kind moment"
    home = lambda: c.nav.go(Nav.HOME)  # noqa: E731

    g.look("home")
    c.tell(Notice(NoticeKind.SOUND_UNAVAILABLE))
    g.look("home-notice")
    w.banner.clear()

    c.nav.go(Nav.OPEN_SETTINGS)
    g.look("settings")
    settings = w.page(Screen.SETTINGS)
    settings.reminders.enabled.setChecked(True)
    settings.reminders.mode.setCurrentIndex(settings.reminders.mode.findData("times"))
    g.look("settings-reminder-times")
    home()

    c.nav.go(Nav.OPEN_WORDS)
    words = w.page(Screen.WORDS)
    words.new_phrase.setText("Ich bin gut so, wie ich bin.")
    words.add_phrase()
    g.look("my-words")
    words.remove_phrase("Ich bin gut so, wie ich bin.")
    home()

    c.nav.go(Nav.OPEN_TOUCH)
    g.look("touch-setup")
    touch = w.page(Screen.TOUCH_SETUP)
    touch.pattern.combo.setCurrentIndex(touch.pattern.combo.findData("custom"))
    touch.length.combo.setCurrentIndex(touch.length.combo.count() - 1)
    g.look("touch-setup-own-pattern")
    touch.pattern.combo.setCurrentIndex(0)
    touch.length.combo.setCurrentIndex(0)
    home()

    c.nav.go(Nav.OPEN_BREATHE)
    w.page(Screen.BREATHE_SETUP).pattern.combo.setCurrentIndex(
        w.page(Screen.BREATHE_SETUP).pattern.combo.findData("box")
    )
    g.look("breathe-setup")
    w.page(Screen.BREATHE_SETUP).pattern.combo.setCurrentIndex(0)
    home()

    # The quick break from home: check-in, every step (and paused), check-in after, backdraft.
    c.start_break("quick", ask_first=True)
    assert w.current_screen() is Screen.CHECKIN
    g.look("checkin-before")
    page = w.page(Screen.CHECKIN)
    qtbot.keyClick(page, Qt.Key.Key_3)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.PRACTICE
    _walk_steps(g, "break-quick")
    c.practice.driver.session.toggle_pause()
    g.look("break-paused")
    c.practice.driver.session.toggle_pause()
    c.practice.ground_now()  # the grounding pause: feet, breath, the room
    g.look("break-grounding")
    c.practice.continue_after_grounding()
    _finish(kind)
    assert w.current_screen() is Screen.CHECKIN
    g.look("checkin-after")
    qtbot.keyClick(page, Qt.Key.Key_8)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.BACKDRAFT
    g.look("backdraft")
    w.page(Screen.BACKDRAFT).ground.emit()
    _walk_steps(g, "ground")
    _finish(kind)
    assert w.current_screen() is Screen.DONE
    g.look("done")
    w.page(Screen.DONE).show_outcome("stopped")
    g.look("done-stopped")
    home()

    # The guided break (with its rest step), soothing touch and breathing, straight in.
    for name, start in (
        ("break-guided", lambda: c.start_break("guided")),
        ("touch", c.start_touch),
        ("breathe", c.start_breathe),
    ):
        start()
        assert w.current_screen() is Screen.PRACTICE
        _walk_steps(g, name)
        _finish(kind)
        if w.current_screen() is Screen.CHECKIN:
            qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_Escape)
        home()

    from kindapp.core.learn import TOPICS

    for topic in TOPICS:
        home()
        c.care.open_learn(topic.id)
        assert w.page(Screen.LEARN).topic_id() == topic.id
        g.look(f"learn-{topic.id}")
    home()

    c.care.open_history()
    assert w.current_screen() is Screen.HISTORY
    g.look("history-by-day")
    w.page(Screen.HISTORY).set_grouping("week")
    g.look("history-by-week")
    home()

    c.show_first_run()
    first = w.page(Screen.FIRST_RUN)
    for index in range(first.pages.count()):
        first.set_page(index)
        g.look(f"first-run-{index + 1}")
    home()

    c.open_letter()
    letter = w.page(Screen.LETTER)
    letter.set_prompts_visible(True)
    g.look("letter-empty")
    letter.title.setText("Für schwere Tage")
    letter.editor.setPlainText("Liebes Ich,\nes war viel in letzter Zeit.")
    assert letter.flush()
    g.look("letter-written")
    letter.set_prompts_visible(False)
    g.look("letter-no-prompts")
    home()

    c.writing.open_writing(Nav.OPEN_LETTERS)
    library = w.page(Screen.LETTERS)
    library.show_letters()
    g.look("letters")
    library.search.setText("Zebra")
    library.refresh()
    g.look("letters-search-empty")
    library.search.clear()
    library.refresh()
    home()

    c.open_reframe()
    reframe = w.page(Screen.REFRAME)
    g.look("reframe-1-critical")
    reframe.critical.setPlainText("Du kriegst nie etwas hin.")
    reframe.go_next()
    g.look("reframe-2-person")
    reframe.close_friend.click()
    reframe.go_next()
    reframe.answer_buttons["no"].setChecked(True)
    g.look("reframe-3-would-say")
    reframe.go_next()
    reframe.kind.setPlainText("Das war schwer, und du hast getan, was du konntest.")
    g.look("reframe-4-kind")
    reframe.go_next()
    g.look("reframe-5-feel")
    reframe.go_next()
    assert reframe.saved_id is not None
    g.look("reframe-6-read-aloud")
    home()

    c.writing.open_writing(Nav.OPEN_REFRAMES)
    w.page(Screen.REFRAMES).refresh()
    g.look("past-reframes")
    home()

    # The tray's menu and tooltip, and a reminder beside it.
    tray = c.tray
    if tray.available:
        texts = [a.text() for a in tray.menu.actions() + tray.pause_menu.actions() if a.text()]
        texts.append(tray.icon.toolTip())
        g.english += [f"tray: {t!r} ({why})" for t in texts if (why := untranslated(t))]
    told: list[tuple[str, str]] = []
    tray.tell = lambda title, message, **_kw: told.append((title, message))
    c.desk.on_reminder_due()
    assert told, "no reminder was shown"
    g.english += [
        f"reminder: {t!r} ({why})" for pair in told for t in pair if (why := untranslated(t))
    ]

    assert not g.english, "left in English:\n" + "\n".join(g.english)
    assert not g.clipped, "clipped in German:\n" + "\n".join(g.clipped)
    shown = set().union(*g.seen.values())
    assert QCoreApplication.translate("practices", "This is a moment of suffering.") in shown
    assert "Selbstmitgefühls-Pause" in shown


def test_the_newer_practices_speak_german_in_light_and_dark(german, qtbot):  # type: ignore[no-untyped-def]
    """What's in the way (every step), a kind day (morning and evening), when it feels fake,
    the caught thoughts in the reframe and the capture window, in German, light and dark."""
    g = german
    kind = g.kind
    c = kind.controller
    w = kind.window
    journal = c.journal()
    journal.catch_thought("Du schaffst das nie.")
    for look in ("light", "dark"):
        c.set_look(look=look)
        c.writing.more.open_page("way")
        page = w.page(Page("in_the_way"))
        page.hard.setPlainText("Die Steuererklärung")
        g.look(f"{look}-in-the-way-1")
        page.go_next()
        page.reason_buttons["other"].click()
        page.own_reason.setText("Ich weiß nicht, wo ich anfangen soll")
        g.look(f"{look}-in-the-way-2")
        page.go_next()
        g.look(f"{look}-in-the-way-3")
        page.go_next()
        page.next_step.setText("Den Ordner auf den Tisch legen")
        page.remind.setCurrentIndex(page.remind.findData("evening"))
        g.look(f"{look}-in-the-way-4")
        page.go_next()
        g.look(f"{look}-in-the-way-5")
        c.nav.go(Nav.HOME)
        c.writing.more.open_page("kind_day")
        g.look(f"{look}-kind-day")
        c.care.show_feels_fake()
        g.look(f"{look}-feels-fake")
        c.open_reframe()
        g.look(f"{look}-reframe-caught")
        c.open_catch()
        win = c.writing.catch_window()
        qtbot.waitExposed(win)
        g.snap(win, f"translation-{look}-catch-window")
        g.english += [
            f"catch: {t!r} ({why})"
            for t in (win.windowTitle(), win.prompt.text(), win.hint.text())
            if (why := untranslated(t))
        ]
        win.close()
        c.nav.go(Nav.HOME)
        area = w.home.findChild(QScrollArea)
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        g.look(f"{look}-home-new-cards")
        area.verticalScrollBar().setValue(0)
    start_kind_day(journal, date.today(), "Geduldig mit mir sein")
    c.writing.more.open_page("kind_day")
    g.look("dark-kind-day-evening")
    c.set_look(look="light")
    g.look("light-kind-day-evening")
    assert not g.english, "left in English:\n" + "\n".join(g.english)
    assert not g.clipped, "clipped in German:\n" + "\n".join(g.clipped)


def test_the_break_shows_a_persons_own_words_as_written(german):  # type: ignore[no-untyped-def]
    c = german.kind.controller
    c.practice.set_words("humanity", "Anderen geht es genauso.")
    c.start_break("quick")
    session = c.practice.driver.session
    while session.step.id != "mindfulness":
        session.next()
    practice = german.kind.controller.practice.practice_screen()
    assert practice.text.text() == "Dies ist ein Moment des Leidens."  # the suggestion, in German
    session.next()
    assert practice.text.text() == "Anderen geht es genauso."  # their own words, untouched
    c.practice.leave_practice()


def test_the_untranslated_check_catches_english() -> None:
    assert untranslated("Take a kind moment")
    assert untranslated("MINDFULNESS")
    assert untranslated("Etwa 6 Atemzüge pro Minute (in 5 · out 5)")
    assert untranslated("Something the app forgot to mark for you")
    assert untranslated("Nimm dir einen freundlichen Moment") is None
    assert untranslated("Pause") is None  # the same word in German
    assert untranslated("Kind") is None


def test_the_clipping_check_sees_a_row_too_wide_for_its_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHBoxLayout

    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    row = QHBoxLayout(content)
    wide = QLabel("Möge ich mir das Mitgefühl schenken, das ich brauche. " * 3)
    row.addWidget(wide)
    area.setWidget(content)
    qtbot.addWidget(area)
    area.resize(300, 120)
    area.show()
    qtbot.waitExposed(area)
    assert _cut_off_right(wide, area)


def test_words_that_stay_the_same_or_are_not_translated_are_never_blank(qapp):
    """The shipped German translator answers "not found" with a null string, never an empty
    one that would blank the label (German "Pause" is English "Pause"; this once left the
    break's Pause button empty)."""
    from PySide6.QtWidgets import QWidget

    from kindapp.ui.common.translation import load_translator

    class PracticeScreen(QWidget):
        pass

    locale = QLocale()
    translator = load_translator("de")
    assert translator is not None, "the wheel ships no compiled kind_de.qm"
    qapp.installTranslator(translator)
    try:
        page = PracticeScreen()
        assert page.tr("Pause") == "Pause"
        assert page.tr("Next") == "Weiter"
        assert page.tr("Not in the file") == "Not in the file"
    finally:
        qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_a_journal_error_from_core_reaches_the_screen_in_german(make_german):  # type: ignore[no-untyped-def]
    """Core refuses a journal that a newer Kind wrote (reason code NEWER): the banner says so
    in German words chosen from the code, never core's English message."""
    import sqlite3

    def newer_journal(root: Path) -> None:
        # Written before Kind starts: Kind opens its journal on a thread of its own once the
        # window shows, so a file changed after that would race with it.
        journal = paths_under(root).journal_file
        journal.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        db = sqlite3.connect(journal)
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.close()

    g = make_german(newer_journal)
    kind = g.kind
    kind.controller.care.open_history()  # needs the journal, which cannot be opened
    banner = kind.window.banner.text.text()
    assert "das Journal stammt von einer neueren Kind-Version" in banner, banner
    assert "newer" not in banner.lower(), banner
    g.look("journal-from-a-newer-kind")
    assert not g.english, g.english


def test_an_import_error_from_core_reaches_the_screen_in_german(german, tmp_path):  # type: ignore[no-untyped-def]
    """Importing a file that is not a Kind export (reason code NOT_AN_EXPORT)."""
    g = german
    not_ours = tmp_path / "shopping.json"
    not_ours.write_text('{"milk": 2}')
    assert not g.kind.controller.import_file(not_ours)
    banner = g.kind.window.banner.text.text()
    assert "shopping.json" in banner and "die Datei ist kein Kind-Export" in banner, banner
    assert "not" not in banner.split(), banner
    g.look("import-not-an-export")
    assert not g.english, g.english


def test_the_file_dialogs_speak_german_too(german, qtbot):  # type: ignore[no-untyped-def]
    """Import's file dialog: Kind's title in German, and Qt's own buttons too (Qt's
    translations are loaded beside Kind's), never an English 'Cancel'."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

    g = german
    seen: dict[str, object] = {}

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look_and_close)
            return
        seen["title"] = dialog.windowTitle()
        seen["buttons"] = [
            b.text() for box in dialog.findChildren(QDialogButtonBox) for b in box.buttons()
        ]
        g.snap(dialog, "translation-import-dialog")
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    g.kind.controller.desk.ask_import()
    assert seen["title"] == "Einen Kind-Export importieren", seen
    buttons = [str(b).replace("&", "") for b in seen["buttons"]]  # type: ignore[attr-defined]
    assert "Abbrechen" in buttons and "Cancel" not in buttons, buttons
