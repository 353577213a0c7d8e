"""Finding your phrases on the real window: opened as the tray and `--practice phrases` open it,
the two questions answered with the keys, the answers shaped into phrases (a wish offered,
taken, given back), kept in My words (in the journal) when the person says yes, and the
meditation then repeats them. Clear, gentle words for none, one, too many, too long. Every
turn in English and German, light, dark and high contrast, at 100 % and 150 % text."""

from __future__ import annotations

import json

import pixels
import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea

from kindapp.core.my_words import WordsShelf
from kindapp.core.navigation import Screen
from kindapp.ui.practices.finding_screen import FindingPhrasesScreen

FIND = "phrases.find"


def opened(kind, mode: str | None = "short") -> FindingPhrasesScreen:  # type: ignore[no-untyped-def]
    kind.controller.actions.run(FIND, mode)  # what the tray's line and --practice phrases run
    w = kind.window
    assert w.current_screen() is Screen.FIND_PHRASES
    page = w.page(Screen.FIND_PHRASES)
    assert isinstance(page, FindingPhrasesScreen)
    return page


def answer(qtbot, page, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    edit = page.answers[page.turn()]
    assert edit.hasFocus()
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if line.isascii():
            qtbot.keyClicks(edit, line)
        else:  # QTest has no key for "ä": the words arrive as an input method would send them
            edit.insertPlainText(line)


def ctrl_enter(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_phrases_found_with_the_keys_become_my_words_and_the_meditation_repeats_them(  # type: ignore[no-untyped-def]
    kind, qtbot
):
    c = kind.controller
    before = c.prefs.settings.own_words.get("kindness")
    page = opened(kind)
    assert page.turn() == 0 and page.answers[0].hasFocus()
    answer(qtbot, page, ["I am safe", "You matter"])
    ctrl_enter(qtbot, page)
    assert page.turn() == 1 and page.answers[1].hasFocus()
    answer(qtbot, page, ["You are loved", "i am safe."])  # the same phrase twice: once
    ctrl_enter(qtbot, page)
    assert page.turn() == 2
    assert [r.text() for r in page.rows] == ["I am safe", "You matter", "You are loved"]
    # A wish is offered where one follows plainly, and only there; nothing changes by itself.
    assert [r.offer.isVisibleTo(page) for r in page.rows] == [True, False, True]
    first = page.rows[0]
    qtbot.mouseClick(first.offer, Qt.MouseButton.LeftButton)
    assert first.text() == "May I be safe." and first.offer.text() == "As I wrote it"
    qtbot.mouseClick(first.offer, Qt.MouseButton.LeftButton)
    assert first.text() == "I am safe"  # the person's words, given back as written
    first.offer.setFocus()
    qtbot.keyClick(first.offer, Qt.Key.Key_Space)
    assert first.text() == "May I be safe."
    order = []
    for _ in range(4):  # Tab: the phrases in order, each with its offer, then the yes
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        order.append(page.focusWidget())
    rows = page.rows
    assert order == [rows[1].edit, rows[2].edit, rows[2].offer, page.keep_words]
    qtbot.keyClick(page.keep_words, Qt.Key.Key_Space)
    assert page.keep_words.isChecked()
    ctrl_enter(qtbot, page)  # begins: the length asked for when it was opened (short)

    # The meditation repeats the person's own phrases, one turn after another, a bell each.
    session = c.practice.driver.session
    assert (session.practice.id, session.practice.mode) == ("phrases", "short")
    said = "May I be safe.\nYou matter.\nYou are loved."
    phrase_steps = [s for s in session.practice.steps if s.text == said]
    assert len(phrase_steps) == 3
    assert all(s.cue for s in session.practice.steps)
    assert kind.window.current_screen() is Screen.PRACTICE

    # My words: soothing touch's kind phrases and the break's kindness step, in the journal.
    found = ("May I be safe.", "You matter.", "You are loved.")
    assert c.prefs.settings.touch_own_phrases[:3] == found
    assert c.prefs.settings.own_words["kindness"] == "May I be safe." != before
    ops = c.journals.operations
    kept = ops.read(lambda j: WordsShelf(j).load())
    assert kept is not None and kept.touch_own_phrases[:3] == found
    c.practice.leave_practice()


def test_without_a_yes_my_words_stay_as_they_were(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = kind.controller
    c.prefs.update(touch_own_phrases=("It's okay.",))
    page = opened(kind, None)
    answer(qtbot, page, ["I'm here"])
    ctrl_enter(qtbot, page)
    answer(qtbot, page, ["Be kind to yourself"])
    ctrl_enter(qtbot, page)
    assert not page.keep_words.isChecked()  # offered, not pressed on anyone
    qtbot.mouseClick(page.short_button, Qt.MouseButton.LeftButton)
    practice = c.practice.driver.session.practice
    assert practice.mode == "short"
    assert practice.steps[1].text == "I'm here.\nBe kind to yourself."
    assert c.prefs.settings.touch_own_phrases == ("It's okay.",)
    assert "kindness" not in c.prefs.settings.own_words
    c.practice.leave_practice()


def test_none_one_too_many_too_long_are_said_gently_and_nothing_begins(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = kind.controller
    page = opened(kind, None)
    ctrl_enter(qtbot, page)
    ctrl_enter(qtbot, page)
    assert page.turn() == 2 and page.rows == []
    ctrl_enter(qtbot, page)
    assert page.problem.isVisible() and "no phrases here yet" in page.problem.text()
    assert c.practice.driver is None and kind.window.current_screen() is Screen.FIND_PHRASES

    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)  # back to the second question
    assert page.turn() == 1 and not page.problem.isVisible()
    answer(qtbot, page, ["You're not alone"])
    ctrl_enter(qtbot, page)
    ctrl_enter(qtbot, page)
    assert "One phrase is here" in page.problem.text()

    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    answer(qtbot, page, ["", "a", "b", "c", "d"])
    ctrl_enter(qtbot, page)
    assert len(page.rows) == 5
    ctrl_enter(qtbot, page)
    assert "more than four" in page.problem.text() and c.practice.driver is None
    page.rows[4].edit.clear()  # an emptied line is left out: four now
    page.rows[3].edit.setText("x" * 121)
    ctrl_enter(qtbot, page)
    assert "long to say in a breath" in page.problem.text() and "120" in page.problem.text()
    page.rows[3].edit.setText("d")
    ctrl_enter(qtbot, page)
    assert c.practice.driver is not None
    assert c.practice.driver.session.practice.steps[1].text == "You're not alone.\nA.\nB.\nD."
    c.practice.leave_practice()


def test_escape_goes_back_a_turn_and_leaves_from_the_first(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = opened(kind)
    answer(qtbot, page, ["I'm here"])
    ctrl_enter(qtbot, page)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert page.turn() == 0 and page.answers[0].toPlainText() == "I'm here"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert kind.window.current_screen() is Screen.HOME
    again = opened(kind)
    assert again.answers[0].toPlainText() == "", "a fresh start each time"


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


WORDS = {
    "en": (["I am safe", "You matter"], ["You are kind to yourself"], "May I be safe."),
    "de": (["Ich bin sicher", "Du zählst"], ["Sei gut zu dir"], "Möge ich sicher sein."),
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_turn_in_each_look_and_at_150_percent(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot, snap, speaking, language
):
    root = tmp_path / language
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    settings = {"schema_version": 1, "language": language, "first_run_done": True}
    (config / "settings.json").write_text(json.dumps(settings))
    kind = make_kind(root)
    c, w = kind.controller, kind.window
    first, second, wish = WORDS[language]
    page = opened(kind, None)
    heading = {"en": "Finding your phrases", "de": "Deine Sätze finden"}[language]
    quoted = {"en": "“I'm here.”", "de": "„Ich bin da.“"}[language]
    assert any(quoted in lab.text() for lab in page.findChildren(QLabel))
    assert heading in [lab.text() for lab in page.findChildren(type(page.problem))]
    area = page.findChild(QScrollArea)

    def shoot(turn: str) -> None:
        for scale in (1.0, 1.5):
            for look in ("light", "dark", "contrast"):
                c.set_look(look=look, scale=scale)
                qtbot.wait(1)
                name = f"find-phrases-{language}-{turn}-{look}-{int(scale * 100)}"
                snap(w, name)
                img = w.grab().toImage()
                shown = [
                    x
                    for x in (*page.findChildren(QLabel), *page.findChildren(QPushButton))
                    if x.isVisible() and x.text() and x is not page.next_button
                ]
                inks = {
                    x.text()[:20]: ink.ratio
                    for x in shown
                    if (ink := pixels.ink_of(img, w, x, inset=2)) is not None
                }
                print(f"CONTRAST {name}", {k: round(v, 1) for k, v in inks.items()})
                assert len(inks) >= 5 and min(inks.values()) >= 4.5, (name, inks)
                bar = area.horizontalScrollBar()
                assert bar.maximum() == 0, f"{name}: the page is wider than the window"
                for b in (page.next_button, page.back_button):
                    assert b.isVisible() and b.width() >= b.sizeHint().width(), name
        c.set_look(look="light", scale=1.0)

    answer(qtbot, page, first)
    shoot("need")
    ctrl_enter(qtbot, page)
    answer(qtbot, page, second)
    shoot("hear")
    ctrl_enter(qtbot, page)
    qtbot.mouseClick(page.rows[0].offer, Qt.MouseButton.LeftButton)
    assert page.rows[0].text() == wish
    shoot("phrases")
    page.rows[1].edit.clear()
    page.rows[2].edit.clear()
    assert not page.rows[2].offer.isVisibleTo(page), "no wish offered for an empty line"
    ctrl_enter(qtbot, page)
    assert page.problem.isVisible()
    assert page.problem.visibleRegion().boundingRect().height() == page.problem.height()
    shoot("one-phrase")


def test_phrases_recorded_in_my_words_guide_their_meditation_in_my_voice(  # type: ignore[no-untyped-def]
    make_kind, qtbot, snap
):
    import numpy as np
    from PySide6.QtWidgets import QScrollArea as Area

    from kindapp.core.navigation import Nav
    from kindapp.core.voice_guide import PHRASE_PAUSE_S
    from kindapp.core.voice_store import Take, touch_key
    from kindapp.sound import voice_dsp
    from kindapp.sound.player import SilentPlayer

    class HeardPlayer(SilentPlayer):
        def __init__(self) -> None:
            super().__init__()
            self.clips: dict[str, np.ndarray] = {}

        def add_clip(self, name: str, samples, rate: int) -> None:  # type: ignore[no-untyped-def]
            self.clips[name] = np.array(samples, copy=True)

    heard = HeardPlayer()
    kind = make_kind(player=heard)
    c = kind.controller
    page = opened(kind, None)
    answer(qtbot, page, ["I am safe", "You matter"])
    ctrl_enter(qtbot, page)
    ctrl_enter(qtbot, page)
    page.keep_words.setChecked(True)
    qtbot.mouseClick(page.short_button, Qt.MouseButton.LeftButton)
    c.practice.leave_practice()

    # In My words the kept phrases are kind phrases, each with its own recording row.
    c.nav.go(Nav.HOME)
    c.nav.go(Nav.OPEN_WORDS)
    words = kind.window.page(Screen.WORDS)
    found = ("I am safe.", "You matter.")
    for phrase in found:
        assert touch_key(phrase) in words.voice_rows, sorted(words.voice_rows)
    words.findChild(Area).ensureWidgetVisible(words.guides["phrases"].button(1))
    snap(kind.window, "my-words-phrases-voice-guide")
    words.guides["phrases"].button(1).click()  # the meditation: guide me with my voice
    assert "phrases" in c.prefs.settings.voice_guided
    # What a recording made on those rows keeps (the voice store's own files: the same
    # store, sealed with the lock on, that the break's recordings use).
    rate = 16000
    tone = voice_dsp.to_pcm16(np.full(rate, 0.2, dtype=np.float32))
    for phrase in found:
        c.practice.voices.save(touch_key(phrase), Take(tone, rate))

    c.practice.start_guided("phrases", "short")  # home's Short: the phrases from My words
    practice = c.practice.driver.session.practice
    assert practice.steps[1].text == "I am safe.\nYou matter."
    clip = heard.clips["voice:say"]
    assert len(clip) == round((2 + PHRASE_PAUSE_S) * rate), "both phrases, a pause between"
    c.practice.leave_practice()


def test_the_phrases_card_offers_finding_them_beginning_and_short(kind, qtbot) -> None:  # type: ignore[no-untyped-def]
    home = kind.window.home
    made = [home.buttons[f"phrases.{c}"] for c in ("find", "begin", "short")]
    assert [b.text() for b in made] == ["Find them", "Begin", "Short"]
    assert all(b.isVisibleTo(home) for b in made), "every button of the card is shown"
    assert len({b.parentWidget() for b in made}) == 1, "on one card"
    qtbot.mouseClick(made[0], Qt.MouseButton.LeftButton)
    assert kind.window.current_screen() is Screen.FIND_PHRASES


def test_phrases_kept_while_the_journal_is_locked_wait_and_reach_it_on_unlock(  # type: ignore[no-untyped-def]
    make_kind, tmp_path, qtbot
):
    from screen_helpers import paths_under

    from kindapp.core.journal import Journal
    from kindapp.core.journal.cipher import Kdf, LockState

    secret = "a walk by the canal"
    config = tmp_path / "config" / "kindapp"
    config.mkdir(parents=True)
    settings = {"schema_version": 1, "first_run_done": True, "language": "en"}
    (config / "settings.json").write_text(json.dumps(settings))
    with Journal(paths_under(tmp_path).journal_file) as journal:
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive(secret))
    kind = make_kind(tmp_path)
    c = kind.controller
    assert c.journals.try_passphrase(secret) is None  # My words live in the journal now
    assert c.journals.lock()

    page = opened(kind, None)
    answer(qtbot, page, ["I am held", "Rest now"])
    ctrl_enter(qtbot, page)
    ctrl_enter(qtbot, page)
    page.keep_words.setChecked(True)
    qtbot.mouseClick(page.short_button, Qt.MouseButton.LeftButton)
    c.practice.leave_practice()
    assert c.prefs.words_waiting, "held in memory while locked"
    c.prefs.flush()
    assert "I am held" not in kind.paths.settings_file.read_text(), "never written in the clear"
    assert c.journals.try_passphrase(secret) is None
    kept = c.journals.operations.read(lambda j: WordsShelf(j).load())
    assert kept is not None and kept.touch_own_phrases[:2] == ("I am held.", "Rest now.")
    assert kept.own_words["kindness"] == "I am held."
