"""The guided MSC practices on the real practice screen (started through PracticeFlow, as
the registry will): the body outline shows where the body scan is, the pacer says whom each
breath is for, every turn is shown and the practice is kept in the journal."""

from __future__ import annotations

import json

import pytest
from pixels import background, colours, contrast
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QColor
from screen_helpers import words_settled

from kindapp.core.journal import Journal
from kindapp.core.navigation import Screen
from kindapp.core.practices import (
    affectionate_breathing,
    body_scan_practice,
    giving_receiving_practice,
    phrases_practice,
    soften_practice,
)
from kindapp.core.session import State


def start(kind, build):  # type: ignore[no-untyped-def]
    kind.controller.practice.start_practice(build)
    session = kind.controller.practice.driver.session
    assert session.state is State.RUNNING
    return session


def to_step(kind, session, index: int, into: float = 0.5) -> None:  # type: ignore[no-untyped-def]
    at = session.clock_time_of(session.practice.step_starts()[index] + into)
    kind.clock.set(max(at, kind.clock.now()))
    session.tick()


def settled(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    words_settled(qtbot, page)


def test_the_body_scan_outline_follows_the_guidance_and_next_skips_a_place(
    kind, qtbot, snap
) -> None:
    w = kind.window
    session = start(kind, lambda: body_scan_practice("short"))
    page = w.page(Screen.PRACTICE)
    assert w.current_screen() is Screen.PRACTICE
    to_step(kind, session, 1)
    settled(qtbot, page)
    assert page.outline.isVisible() and page.outline.place == "feet"
    assert page.outline.accessibleName() == "Feet"
    assert page.step_title.text() == "FEET"
    snap(w, "msc-body-scan-feet")
    page.go_next()  # the feet are too much: on to the legs
    assert page.outline.place == "legs"
    to_step(kind, session, 6)
    settled(qtbot, page)
    assert page.outline.place == "chest"
    snap(w, "msc-body-scan-chest")
    kind.clock.set(session.clock_time_of(session.practice.total_s))
    session.tick()
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [(r.practice, r.mode, r.outcome) for r in records] == [
        ("body-scan", "short", "finished")
    ]


def test_giving_and_receiving_names_whom_each_breath_is_for(kind, qtbot, snap) -> None:
    w = kind.window
    session = start(kind, lambda: giving_receiving_practice("short", "one-one"))
    page = w.page(Screen.PRACTICE)
    exchange = [s.id for s in session.practice.steps].index("exchange")
    to_step(kind, session, exchange, 2.5)  # the middle of the first in-breath
    settled(qtbot, page)
    assert page.pacer.isVisible() and page.for_whom.isVisible()
    assert page.for_whom.text() == "For me"
    assert page.step_title.text() == "ONE FOR ME, ONE FOR YOU"
    snap(w, "msc-giving-receiving-me")
    to_step(kind, session, exchange, 7.5)  # the out-breath
    qtbot.waitUntil(lambda: page.for_whom.text() == "For you", timeout=2000)
    page.set_breathing_for("Sam")
    assert page.for_whom.text() == "For Sam"
    snap(w, "msc-giving-receiving-you")
    to_step(kind, session, len(session.practice.steps) - 1)
    assert not page.for_whom.isVisible()  # the rest names nobody
    page.leave()
    records = Journal(kind.paths.journal_file, writer=False).practices()
    assert [(r.practice, r.outcome) for r in records] == [("giving-receiving", "stopped")]
    assert "Sam" not in repr(records)


@pytest.mark.parametrize(
    ("name", "build", "look_at"),
    [
        ("affectionate-breathing", lambda: affectionate_breathing("short"), 2),
        ("phrases", lambda: phrases_practice(["May I be safe", "You matter"], "short"), 2),
        ("soften", lambda: soften_practice("short", "Fear", "chest"), 3),
    ],
)
def test_each_guided_practice_shows_its_turns(kind, qtbot, snap, name, build, look_at) -> None:  # type: ignore[no-untyped-def]
    w = kind.window
    session = start(kind, build)
    page = w.page(Screen.PRACTICE)
    titles = []
    for i in range(len(session.practice.steps)):
        to_step(kind, session, i)
        settled(qtbot, page)
        titles.append(page.step_title.text())
        assert page.text.text().strip(), f"{name}: turn {i} shows no words"
        if i == look_at:
            snap(w, f"msc-{name}-{i}")
        if name == "phrases" and i == 1:  # the person's own words, as they wrote them
            assert page.text.text() == "May I be safe.\nYou matter."
        if name == "soften" and i == 3:  # soften, where the feeling sits
            assert page.outline.isVisible() and page.outline.place == "chest"
        if name == "affectionate-breathing" and i == 1:  # no pacing: the body breathes itself
            assert page.pacer.isVisible() and page.pacer.pattern is None
    assert len(set(titles)) >= len(titles) - 1


LOOKS = ("light", "dark", "contrast")


@pytest.fixture
def german_kind(make_kind, tmp_path, qapp):  # type: ignore[no-untyped-def]
    """A Kind that speaks German, chosen in its settings as a person would."""
    locale = QLocale()
    root = tmp_path / "de"
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "de"}))
    yield make_kind(root)
    for translator in qapp.findChildren(QTranslator):  # the next test speaks English again
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def marked_contrast(page) -> float:  # type: ignore[no-untyped-def]
    """The contrast, as grabbed, between the marked place and the paper around the body."""
    img = page.outline.grab().toImage()
    paper = background(img)
    found = colours(img, step=2)
    marked = max(found, key=lambda rgb: contrast(QColor(rgb), paper) if found[rgb] > 30 else 0)
    return contrast(QColor(marked), paper)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_guided_practices_in_every_look_and_both_languages(
    request, qtbot, snap, language
) -> None:  # type: ignore[no-untyped-def]
    kind = request.getfixturevalue("kind" if language == "en" else "german_kind")
    c, w = kind.controller, kind.window
    page = w.page(Screen.PRACTICE)
    session = start(kind, lambda: body_scan_practice("short"))
    to_step(kind, session, 6)  # the chest
    ratios = {}
    for look in LOOKS:
        c.set_look(look=look)
        settled(qtbot, page)
        ratios[look] = marked_contrast(page)
        snap(w, f"msc-{language}-{look}-body-scan")
    assert min(ratios.values()) >= 3.0, ratios
    if language == "de":
        assert page.step_title.text() == "BRUST"
        assert page.outline.accessibleName() == "Brust"
    page.leave()
    c.set_look(look="light")
    kind.controller.practice.start_guided("phrases", "short")  # Kind's example phrases
    page = w.page(Screen.PRACTICE)  # each practice has its screen (let go when it ends)
    session = kind.controller.practice.driver.session
    to_step(kind, session, 1)
    settled(qtbot, page)
    snap(w, f"msc-{language}-light-phrases")
    want = {
        "en": "I'm here.\nYou're doing the best you can.\nMay I be kind to myself.",
        "de": "Ich bin da.\nDu tust, was du kannst.\nMöge ich freundlich zu mir sein.",
    }
    assert page.text.text() == want[language]
    page.leave()
    session = start(kind, lambda: giving_receiving_practice("short", "two-one"))
    page = w.page(Screen.PRACTICE)
    to_step(kind, session, 3, 2.5)
    for look in LOOKS:
        c.set_look(look=look)
        settled(qtbot, page)
        snap(w, f"msc-{language}-{look}-giving-receiving")
    assert page.for_whom.text() == ("For me" if language == "en" else "Für mich")
    c.set_look(look="light")
    page.leave()


def test_start_guided_begins_each_by_name_with_the_persons_own_phrases(kind) -> None:  # type: ignore[no-untyped-def]
    flow = kind.controller.practice
    kind.controller.prefs.update(touch_own_phrases=("I'm here.", "You matter."))
    flow.start_guided("phrases", "short")
    session = flow.driver.session
    assert (session.practice.id, session.practice.mode) == ("phrases", "short")
    assert session.practice.steps[1].text == "I'm here.\nYou matter."
    flow.leave_practice()
    flow.start_guided("body-scan", None)
    assert flow.driver.session.practice.mode == "guided"
    assert flow.driver.session.practice.total_s == 20 * 60
    flow.leave_practice()


@pytest.mark.parametrize("language", ["en", "de"])
def test_home_offers_each_guided_practice_long_and_short(request, qtbot, snap, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    kind = request.getfixturevalue("kind" if language == "en" else "german_kind")
    c, w = kind.controller, kind.window
    home = w.home
    from PySide6.QtWidgets import QScrollArea

    area = home.findChild(QScrollArea)
    for look in ("light", "dark"):
        c.set_look(look=look)
        area.ensureWidgetVisible(home.buttons["body-scan.short"])  # the newer cards, below
        snap(w, f"msc-{language}-{look}-home")
    c.set_look(look="light")
    short = home.buttons["body-scan.short"]
    assert short.text() == ("Short" if language == "en" else "Kurz")
    assert home.buttons["affectionate-breathing.begin"].isEnabled()
    qtbot.mouseClick(short, Qt.MouseButton.LeftButton)
    assert w.current_screen() is Screen.CHECKIN  # offered first, as for every practice from home
    qtbot.keyClick(w.page(Screen.CHECKIN), Qt.Key.Key_S)
    session = kind.controller.practice.driver.session
    assert (session.practice.id, session.practice.mode) == ("body-scan", "short")
    kind.controller.practice.leave_practice()
