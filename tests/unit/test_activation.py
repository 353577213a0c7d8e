"""The launcher's xdg-activation token travels from a second launch to the running Kind, is in
the environment (where Qt's wayland plugin reads it) only while the command runs, and is never
left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from kindapp import app, cli
from kindapp.ui.desktop import activation
from kindapp.ui.desktop.activation import TOKEN_VARIABLE


@pytest.fixture(autouse=True)
def no_token() -> Iterator[None]:
    old = os.environ.pop(TOKEN_VARIABLE, None)
    yield
    os.environ.pop(TOKEN_VARIABLE, None)
    if old is not None:
        os.environ[TOKEN_VARIABLE] = old


def test_a_second_launch_passes_its_token_on() -> None:
    token = activation.launch_token({TOKEN_VARIABLE: "gnome-shell/Kind/2304-4-host_TIME41"})
    assert token == "gnome-shell/Kind/2304-4-host_TIME41"
    assert app.instance_message(cli.parse_args([]), token) == {"cmd": "show", "token": token}
    message = app.instance_message(cli.parse_args(["--break"]), token)
    assert message["token"] == token and message["name"] == "break"
    assert app.instance_message(cli.parse_args([]), None) == {"cmd": "show"}


@pytest.mark.parametrize("bad", ["", "two words", "x" * 513, "tab\there", "nl\n"])
def test_no_token_is_passed_when_there_is_none_or_it_is_not_one(bad: str) -> None:
    assert activation.launch_token({TOKEN_VARIABLE: bad}) is None
    assert activation.launch_token({}) is None


class Controller:
    def __init__(self) -> None:
        self.seen: list[str | None] = []

    def open_window(self) -> None:
        self.seen.append(os.environ.get(TOKEN_VARIABLE))


def test_the_running_kind_has_the_token_while_it_shows_its_window_and_not_after() -> None:
    c = Controller()
    app.obey(c, {"cmd": "show", "token": "kwin-42_ab.c"})  # type: ignore[arg-type]
    assert c.seen == ["kwin-42_ab.c"]
    assert TOKEN_VARIABLE not in os.environ
    app.obey(c, {"cmd": "show"})  # type: ignore[arg-type]
    assert c.seen == ["kwin-42_ab.c", None]


def test_an_earlier_value_is_put_back() -> None:
    os.environ[TOKEN_VARIABLE] = "own-launch"
    seen: list[str | None] = []
    activation.with_token("second", lambda: seen.append(os.environ.get(TOKEN_VARIABLE)))
    assert seen == ["second"] and os.environ[TOKEN_VARIABLE] == "own-launch"


def test_the_token_goes_even_when_the_command_fails() -> None:
    def fail() -> None:
        raise RuntimeError("no window")

    with pytest.raises(RuntimeError):
        activation.with_token("tok", fail)
    assert TOKEN_VARIABLE not in os.environ


def test_the_launchers_quit_asks_the_running_kind_to_quit_and_nothing_else() -> None:
    assert app.instance_message(cli.parse_args(["--quit"]), "tok") == {"cmd": "quit"}
