"""The practice registry's words and names, as a person meets them: every title, card text,
button, screen-reader name, tray line and history label of Kind's practices has a finished
German translation in the context the UI translates it in ("practices"), every screen a
practice names is one the navigation knows, and the registry refuses what would make two
practices collide.

Plain data and rules (no Qt): kindapp.core.practice_registry, read against
assets/translations/kind_de.ts as the app's translator reads it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kindapp.core.msc_entries import GUIDED_LENGTHS
from kindapp.core.navigation import Screen
from kindapp.core.practice_registry import (
    BEGIN,
    Command,
    HomeCard,
    Practice,
    PracticeRegistry,
    Shot,
    TrayEntry,
    kind_practices,
)
from kindapp.resources import data_dir


def _german() -> dict[str, str]:
    """Source → finished German translation of the "practices" context of kind_de.ts."""
    path = data_dir("assets") / "translations" / "kind_de.ts"
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "practices":
            continue
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if tr.text:
                out[msg.findtext("source") or ""] = tr.text
    return out


def _words(p: Practice) -> list[str]:
    """Every string of a practice that a person sees or hears read."""
    words = [p.title]
    for card in p.cards:
        words += [card.title, card.text]
        for c in card.buttons:
            words.append(c.text)
            if c.accessible:
                words.append(c.accessible)
            if c.under_way is not None:
                words += list(c.under_way)
    if p.tray is not None:
        words.append(p.tray.text)
    if p.history_label is not None:
        words.append(p.history_label)
    words += [label for _mode, label in p.history_labels_by_mode]
    return words


def test_every_word_of_every_practice_is_translated_into_german() -> None:
    # the registry is built inside the test (not at collection), so that what is checked is
    # what the app builds when it runs
    german = _german()
    practices = list(kind_practices())
    assert len(practices) >= 10
    for practice in practices:
        missing = [w for w in _words(practice) if w not in german]
        assert missing == [], f"{practice.id}: not translated in context 'practices': {missing}"
        # and the German is German, not the English copied over
        copied = [w for w in _words(practice) if german[w] == w and w != "Kind"]
        assert copied == [], copied


def test_begin_and_short_are_the_words_of_the_buttons() -> None:
    german = _german()
    assert german[BEGIN] != BEGIN
    registry = kind_practices()
    for name in registry.cli_names():
        p = registry.by_cli_name(name)
        assert p is not None
        if p.durations == GUIDED_LENGTHS:
            (card,) = p.cards
            begin, short = card.buttons[-2:]  # the phrases' card offers "Find them" first
            assert (begin.text, short.text) == (BEGIN, "Short")
            assert (begin.id, short.id) == (f"{p.id}.begin", f"{p.id}.short")
            assert short.style == "Quiet" and begin.style == ""
            # the screen reader hears which practice, and how long
            assert p.title.split()[0].lower() in (begin.accessible + short.accessible).lower()
            assert "about" in begin.accessible and "about" in short.accessible


def test_every_screen_a_practice_names_is_a_screen_of_the_navigation() -> None:
    pages = {p.page.screen for p in kind_practices().pages() if p.page is not None}
    screens = {s.value for s in Screen} | pages  # a practice's own page is a screen too
    shots = kind_practices().shots()
    assert shots, "the screenshot tests would have no practice screens"
    assert {s.screen for s in shots} <= screens
    commands = kind_practices().commands()
    assert all(s.command in commands for s in shots)


def test_the_practices_commands_and_their_menu_words() -> None:
    registry = kind_practices()
    commands = registry.commands()
    # each practice's commands are named after it, and each starts one of its own
    for p in registry:
        for c in p.commands():
            assert c.id.split(".")[0] == p.id, c.id
            assert c.style in ("", "Primary", "Quiet")
        if p.start is not None:
            assert p.start.startswith(f"{p.id}.")
            assert p.start in commands
    # the tray's words win over the home button's; a start command without either is named
    # by the practice's title
    assert commands["break.start"] == "Quick break"
    assert commands["break.quick"] == BEGIN
    assert commands["letter.open"] == "Write a letter"
    assert commands["letter.library"] == "Your letters"
    assert commands["reframe.open"] == BEGIN
    assert "reframe.start" not in commands
    # the primary buttons: the quick break's (the first thing to press on home) and finding
    # your phrases' (the way into the phrase meditation)
    primaries = [c.id for p in registry for c in p.commands() if c.style == "Primary"]
    assert primaries == ["break.quick", "phrases.find"]


def test_history_labels_by_practice_and_length() -> None:
    registry = kind_practices()
    assert registry.history_label("break") == "Self-Compassion Break"
    assert registry.history_label("break", "quick") == "Self-Compassion Break"
    assert registry.history_label("break", "guided") == "Guided Self-Compassion Break"
    assert registry.history_label("ground") == "Grounding"
    assert registry.history_label("catch") is None  # keeps no moments
    assert registry.history_label("nothing") is None
    assert registry.untimed() == frozenset({"kind_day", "past-self"})
    assert registry.durations() == ("quick", "guided", "short")


def test_what_home_and_the_tray_show_in_order() -> None:
    registry = kind_practices()
    ids = [p.id for p in registry]
    assert ids[:3] == ["break", "touch", "breathe"]
    assert ids.index("catch") < ids.index("affectionate-breathing")
    cards = registry.cards()
    assert [c.title for c in cards[:2]] == [
        "Self-Compassion Break",
        "Guided Self-Compassion Break",
    ]
    wide = [c.title for c in cards if c.wide]
    assert wide == ["Catch a harsh thought"]
    tray = [t.command for t in registry.tray_entries()]
    assert tray[:3] == ["break.start", "touch.start", "breathe.start"]
    assert "way.open" not in tray and "reframe.open" not in tray
    # the grounding practice is started from within others: no card, tray line or name
    ground = registry.get("ground")
    assert ground is not None and ground.guided_by_sound
    assert (ground.cards, ground.tray, ground.cli_name) == ((), None, None)
    # guided by sound: they run on the practice screen; the writing ones are pages
    by_sound = {p.id for p in registry if p.guided_by_sound}
    assert {"break", "touch", "breathe", "body-scan"} <= by_sound
    assert not by_sound & {"letter", "reframe", "way", "kind_day", "catch"}


def test_a_kind_day_offers_to_look_back_while_it_is_under_way() -> None:
    day = kind_practices().get("kind_day")
    assert day is not None and not day.timed
    (button,) = day.commands()
    assert button.under_way == ("Look back", "Look back on your kind day")


def _one(pid: str, cli: str | None = None, *commands: str, start: str | None = None) -> Practice:
    card = HomeCard("t", "x", tuple(Command(c, "b") for c in commands))
    return Practice(pid, pid, cards=(card,) if commands else (), cli_name=cli, start=start)


def test_the_registry_refuses_what_would_collide() -> None:
    registry = PracticeRegistry([_one("a", "a", "a.open", start="a.open")])
    with pytest.raises(ValueError, match="'a' is registered already"):
        registry.register(_one("a"))
    with pytest.raises(ValueError, match="command-line name 'a' is taken"):
        registry.register(_one("b", "a", start="b.open"))
    with pytest.raises(ValueError, match="has a command twice"):
        registry.register(_one("b", None, "b.open", "b.open"))
    with pytest.raises(ValueError, match=r"commands taken: \['a.open'\]"):
        registry.register(_one("b", None, "a.open"))
    with pytest.raises(ValueError, match="command-line name but no start command"):
        registry.register(_one("b", "b"))
    # nothing refused was added; a practice without a name or commands is welcome
    registry.register(_one("c"))
    assert [p.id for p in registry] == ["a", "c"]
    assert registry.cli_names() == ("a",)
    assert registry.by_cli_name("a") is registry.get("a")
    assert registry.by_cli_name("c") is None


def test_a_new_registry_holds_its_own_practices() -> None:
    one, two = kind_practices(), kind_practices()
    one.register(Practice("extra", "Extra", tray=TrayEntry("Extra", "extra.go")))
    assert one.get("extra") is not None and two.get("extra") is None
    assert one.commands()["extra.go"] == "Extra"
    assert PracticeRegistry().practices == []
    assert Shot("letter", "letter.open") in one.shots()
