"""A practice is one entry: registered once, it is on the home screen, in the tray's menu,
among the command line's choices (and what a second launch may ask for) and in the
screenshot tests; Kind's own practices' commands are all bound to something."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from test_looks import screenshot_openers

from kindapp import app, cli
from kindapp.core.navigation import Screen
from kindapp.core.practice_registry import (
    Command,
    HomeCard,
    Practice,
    PracticeRegistry,
    Shot,
    TrayEntry,
    kind_practices,
)
from kindapp.ui.desktop.single_instance import validate


def with_a_new_practice() -> PracticeRegistry:
    practices = kind_practices()
    practices.register(
        Practice(
            id="pebble",
            title="Hold a pebble",
            cards=(
                HomeCard(
                    "Hold a pebble",
                    "A smooth stone in the hand, and three slow breaths.",
                    (Command("pebble.open", "Hold it", "Hold a pebble for a moment"),),
                ),
            ),
            tray=TrayEntry("Hold a pebble", "pebble.open"),
            cli_name="pebble",
            start="pebble.open",
            history_label="Hold a pebble",
            shots=(Shot("pebble", "pebble.open"),),
        )
    )
    return practices


def test_a_new_practice_is_on_home_in_the_tray_on_the_command_line_and_in_the_screenshots(
    make_kind, qtbot
) -> None:  # type: ignore[no-untyped-def]
    practices = with_a_new_practice()
    kind = make_kind(practices=practices)
    ran: list[str | None] = []
    kind.controller.actions.bind("pebble.open", ran.append)  # its screen, in a real practice

    # Home: its card, after Kind's own, and its button runs it.
    home = kind.window.home
    titles = [c.findChildren(QLabel)[0].text() for c in home.cards]
    assert titles[-1] == "Hold a pebble" and titles[:-1] == [
        c.title for c in kind_practices().cards()
    ]
    qtbot.mouseClick(home.buttons["pebble.open"], Qt.MouseButton.LeftButton)
    assert ran == [None]

    # The tray: its entry after Kind's own, before Open Kind; the same action as home's.
    menu = kind.controller.tray.menu
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[texts.index("Open Kind") - 1] == "Hold a pebble"
    entry = next(a for a in menu.actions() if a.text() == "Hold a pebble")
    assert entry is kind.controller.actions.action("pebble.open")
    entry.trigger()
    assert ran == [None, None]

    # The command line, and a second launch asking the running Kind for it.
    args = cli.parse_args(["--practice", "pebble"], practices)
    assert app.practice_asked(args) == "pebble"
    message = validate(app.instance_message(args), practices)
    app.obey(kind.controller, message)
    assert ran == [None, None, None]
    with pytest.raises(SystemExit):
        cli.parse_args(["--practice", "pebble"])  # not one of Kind's own
    with pytest.raises(ValueError, match="no practice named"):
        validate(message)

    # The screenshot tests: its own screen, opened by its command.
    assert screenshot_openers(practices)["pebble"] == ["run:pebble.open"]
    assert "pebble" not in screenshot_openers(kind_practices())

    # The history names its moments.
    assert practices.history_label("pebble") == "Hold a pebble"


def test_every_command_of_kinds_practices_does_something(kind) -> None:  # type: ignore[no-untyped-def]
    actions = kind.controller.actions
    assert actions.unbound() == []
    assert set(actions.commands()) == set(kind_practices().commands())


def test_a_launched_break_has_the_length_chosen_last_time(make_kind) -> None:  # type: ignore[no-untyped-def]
    kind = make_kind()
    c = kind.controller
    c.prefs.update(break_mode="guided")
    app.start_practice(c.actions, "break")
    assert kind.window.current_screen() is Screen.PRACTICE
    assert c.practice.driver is not None
    assert c.practice.driver.session.practice.mode == "guided"  # the mode chosen last time


def test_a_registry_refuses_a_second_practice_of_the_same_name() -> None:
    practices = kind_practices()
    with pytest.raises(ValueError, match="registered already"):
        practices.register(Practice(id="touch", title="Again"))
    with pytest.raises(ValueError, match="taken"):
        practices.register(Practice(id="other", title="Other", cli_name="touch", start="x"))
    with pytest.raises(ValueError, match="commands taken"):
        practices.register(
            Practice(
                id="other",
                title="Other",
                cards=(HomeCard("Other", "", (Command("touch.open", "Choose"),)),),
            )
        )
