"""The ids Kind is known by are defined once, in kindapp.core.catalog, and everything agrees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kindapp import app, cli
from kindapp.core import autostart, catalog, settings
from kindapp.core.catalog import PracticeName
from kindapp.core.practice_registry import kind_practices

REPO = Path(__file__).resolve().parents[2]


def test_the_desktop_id_names_the_packaging_files() -> None:
    assert (REPO / "packaging" / f"{catalog.DESKTOP_ID}.desktop").is_file()
    assert (REPO / "packaging" / f"{catalog.DESKTOP_ID}.metainfo.xml").is_file()
    assert autostart.autostart_path({"XDG_CONFIG_HOME": "/x"}).name == "org.kindapp.Kind.desktop"
    assert app.DESKTOP_ID == "org.kindapp.Kind"


def test_settings_accept_exactly_the_catalog_choices() -> None:
    for look in catalog.LOOKS:
        assert settings.from_dict({"look": look})[0].look == look
    for language in catalog.LANGUAGE_CHOICES:
        assert settings.from_dict({"language": language})[0].language == language
    for scale in catalog.TEXT_SCALES:
        assert settings.from_dict({"text_scale": scale})[0].text_scale == scale
    s, invalid = settings.from_dict({"look": "neon", "language": "fr", "text_scale": 2.5})
    assert set(invalid) == {"look", "language", "text_scale"}
    assert (s.look, s.language, s.text_scale) == ("system", "system", 1.0)


LAUNCHABLE = kind_practices().cli_names()


@pytest.mark.parametrize("name", LAUNCHABLE)
def test_every_launchable_practice_is_a_command_line_choice(name: str) -> None:
    args = cli.parse_args(["--practice", name])
    assert app.instance_message(args)["name"] == name


def test_the_command_line_refuses_a_practice_outside_the_catalog() -> None:
    with pytest.raises(SystemExit):
        cli.parse_args(["--practice", PracticeName.GROUND.value])


def test_the_launchable_practices_are_the_ones_a_launch_could_always_start() -> None:
    older = ("break", "touch", "breathe", "letter", "reframe")
    msc = ("affectionate-breathing", "phrases", "soften-soothe-allow", "giving-receiving")
    journal = "self-compassion-journal"
    assert tuple(LAUNCHABLE) == (*older, journal, *msc, "body-scan", "past-self")


class FakeActions:
    """The practices' commands (PracticeActions), recording what is run."""

    def __init__(self, calls: list[tuple[str, ...]]) -> None:
        self.practices = kind_practices()
        self.calls = calls

    def run(self, command: str, mode: str | None = None) -> None:
        self.calls.append((command, mode or ""))


class FakeController:
    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.actions = FakeActions(self.calls)

    def open_window(self) -> None:
        self.calls.append(("show",))


def test_a_launch_and_a_second_launch_start_the_same_practice() -> None:
    for argv in (
        ["--break"],
        ["--break", "--mode", "quick"],
        *[["--practice", n] for n in LAUNCHABLE],
    ):
        args = cli.parse_args(argv)
        first, second = FakeController(), FakeController()
        name = app.practice_asked(args)
        assert name is not None
        app.start_practice(first.actions, name, args.mode)
        app.obey(second, app.instance_message(args))  # type: ignore[arg-type]
        assert first.calls == second.calls and len(first.calls) == 1
        practice = kind_practices().by_cli_name(name)
        assert practice is not None and first.calls[0] == (practice.start, args.mode or "")


def test_a_plain_launch_asks_only_to_show_the_window() -> None:
    args = cli.parse_args([])
    assert app.practice_asked(args) is None
    c = FakeController()
    app.obey(c, app.instance_message(args))  # type: ignore[arg-type]
    assert c.calls == [("show",)]


def test_the_catalog_loads_without_qt() -> None:
    code = "import sys, kindapp.core.catalog; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
