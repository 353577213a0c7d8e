"""Kind in the app launcher: offered once in the welcome (only when it is not there yet, with
starting at login), and added or taken away again from Settings. Each test has its own
XDG_DATA_HOME, XDG_DATA_DIRS and XDG_CONFIG_HOME: the files written are looked at there."""

from __future__ import annotations

import json
import os
import shlex
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from kindapp.core.catalog import DESKTOP_ID
from kindapp.core.navigation import Nav, Screen


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    dirs = {
        "home": tmp_path / "xdg-data",
        "system": tmp_path / "xdg-system",
        "config": tmp_path / "xdg-config",
    }
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["home"]))
    monkeypatch.setenv("XDG_DATA_DIRS", str(dirs["system"]))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    return dirs


def _entry(base: Path) -> Path:
    return base / "applications" / f"{DESKTOP_ID}.desktop"


def _execs(entry: Path) -> list[str]:
    lines = entry.read_text(encoding="utf-8").splitlines()
    return [line.removeprefix("Exec=") for line in lines if line.startswith("Exec=")]


def _welcome_end(kind):  # type: ignore[no-untyped-def]
    kind.controller.show_first_run()
    page = kind.window.page(Screen.FIRST_RUN)
    page.set_page(page.pages.count() - 1)
    return page


def _german(tmp_path: Path) -> Path:
    root = tmp_path / "de"
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"schema_version": 1, "language": "de"}))
    return root


@pytest.fixture
def forget_german(qapp):  # type: ignore[no-untyped-def]
    locale = QLocale()
    yield
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):  # the next test speaks English again
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def test_the_welcome_adds_kind_to_the_launcher_and_to_login(make_kind, xdg, qtbot, snap):
    kind = make_kind()
    page = _welcome_end(kind)
    assert page.launcher.isVisible() and page.launcher.isChecked()  # a calm default: on
    assert page.autostart.isVisible() and not page.autostart.isChecked()
    assert page.launcher.accessibleName().startswith(page.launcher.text())
    assert page.autostart.accessibleName().startswith(page.autostart.text())
    snap(kind.window, "launcher-welcome-light")
    kind.controller.set_look(look="dark")
    snap(kind.window, "launcher-welcome-dark")
    qtbot.mouseClick(page.autostart, Qt.MouseButton.LeftButton, pos=page.autostart.rect().center())
    assert page.autostart.isChecked()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # Begin

    assert kind.controller.nav.screen == Screen.HOME
    assert kind.controller.settings.first_run_done
    entry = _entry(xdg["home"])
    execs = _execs(entry)
    # The app and its actions (the dash icon's menu on GNOME, the launcher's on KDE).
    assert [shlex.split(e)[1:] for e in execs] == [
        [],
        ["--break", "--mode", "quick"],
        ["--catch"],
        ["--practice", "touch"],
        ["--practice", "breathe"],
        ["--quit"],
    ], execs
    program = Path(shlex.split(execs[0])[0])
    # The installed kindapp beside this Python (the venv's, as pipx's would be): never a build
    # or checkout folder.
    assert program == Path(sys.executable).parent / "kindapp"
    assert program.is_file() and os.access(program, os.X_OK)
    assert not {"build", "dist", "kindapp.egg-info"} & set(program.parts)
    assert all(shlex.split(e)[0] == str(program) for e in execs)
    icon = xdg["home"] / "icons/hicolor/256x256/apps" / f"{DESKTOP_ID}.png"
    assert icon.read_bytes()[:4] == b"\x89PNG"
    auto = xdg["config"] / "autostart" / f"{DESKTOP_ID}.desktop"
    assert f"Exec={program} --minimized" in auto.read_text(encoding="utf-8").splitlines()


def test_the_welcome_offers_nothing_that_is_there_and_a_skip_adds_nothing(
    make_kind, xdg, tmp_path, qtbot
):
    system_entry = _entry(xdg["system"])  # as a .deb puts it in /usr/share/applications
    system_entry.parent.mkdir(parents=True)
    system_entry.write_text("[Desktop Entry]\nType=Application\nName=Kind\nExec=kindapp\n")
    kind = make_kind(tmp_path / "one")
    page = _welcome_end(kind)
    assert not page.launcher.isVisible()  # already in the launcher: not offered
    assert page.autostart.isVisible()
    assert page.offers_note.text() == "You can change this any time in Settings."
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    assert kind.controller.nav.screen == Screen.HOME
    assert not _entry(xdg["home"]).exists()
    assert not (xdg["config"] / "autostart").exists()  # not chosen: not written

    system_entry.unlink()
    again = make_kind(tmp_path / "two")
    again.controller.show_first_run()
    welcome = again.window.page(Screen.FIRST_RUN)
    assert welcome.launcher.isChecked()
    qtbot.keyClick(welcome.next_button, Qt.Key.Key_Escape)  # skipped before the choice was seen
    assert again.controller.nav.screen == Screen.HOME
    assert not _entry(xdg["home"]).exists()

    third = make_kind(tmp_path / "three")
    ended = _welcome_end(third)
    assert ended.launcher.isChecked()
    qtbot.keyClick(ended.next_button, Qt.Key.Key_Escape)  # seen, but Esc skips: nothing done
    assert third.controller.nav.screen == Screen.HOME
    assert not _entry(xdg["home"]).exists()


def test_settings_adds_kind_to_the_launcher_and_takes_it_away(make_kind, xdg, qtbot, snap):
    kind = make_kind()
    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    page = kind.controller.settings_flow.page()
    b, row = page.launcher_button, page.launcher_row
    assert b.isVisible() and b.text() == "Add Kind to my app launcher"
    assert b.accessibleName().startswith(b.text())
    _scroll_to(page, row)
    snap(kind.window, "launcher-settings-add-light")
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    entry = _entry(xdg["home"])
    assert entry.is_file()
    assert shlex.split(_execs(entry)[0])[0] == str(Path(sys.executable).parent / "kindapp")
    assert row.subtitle.text() == "Kind is in your app launcher now."
    assert b.text() == "Remove Kind from the launcher"
    assert b.accessibleName().startswith(b.text())
    _scroll_to(page, row)
    # The longer words get the room they need (the button is not left at the old width).
    qtbot.waitUntil(lambda: b.width() >= b.sizeHint().width(), timeout=2000)
    snap(kind.window, "launcher-settings-light")
    kind.controller.set_look(look="dark")
    snap(kind.window, "launcher-settings-dark")

    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    assert not entry.exists()
    assert not [p for p in xdg["home"].rglob("*") if p.is_file() and DESKTOP_ID in p.name]
    assert row.subtitle.text() == "Kind is no longer in your app launcher."
    assert b.text() == "Add Kind to my app launcher"

    # Installed with the system (a .deb): nothing for Settings to add or take away.
    system_entry = _entry(xdg["system"])
    system_entry.parent.mkdir(parents=True)
    system_entry.write_text("[Desktop Entry]\nType=Application\nName=Kind\nExec=kindapp\n")
    kind.controller.nav.go(Nav.HOME)
    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    assert not b.isVisible()
    assert row.subtitle.text() == "Kind is in your app launcher, installed with your system."


def _scroll_to(page, row) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    for area in page.findChildren(QScrollArea):
        area.ensureWidgetVisible(row, 0, 40)


def test_the_launcher_choice_in_german(make_kind, xdg, tmp_path, qtbot, snap, forget_german):
    kind = make_kind(_german(tmp_path))
    page = _welcome_end(kind)
    assert page.launcher.text() == "Kind zu meinen Programmen hinzufügen"
    assert page.launcher.isVisible()
    snap(kind.window, "launcher-welcome-de-light")
    kind.controller.set_look(look="dark")
    snap(kind.window, "launcher-welcome-de-dark")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert _entry(xdg["home"]).is_file()

    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    settings = kind.controller.settings_flow.page()
    assert settings.launcher_button.text() == "Kind aus den Programmen entfernen"
    _scroll_to(settings, settings.launcher_row)
    snap(kind.window, "launcher-settings-de-dark")
    kind.controller.set_look(look="light")
    snap(kind.window, "launcher-settings-de-light")
    qtbot.mouseClick(settings.launcher_button, Qt.MouseButton.LeftButton)
    assert not _entry(xdg["home"]).exists()
    assert settings.launcher_row.subtitle.text() == "Kind ist nicht mehr in deinen Programmen."


def test_the_launcher_choice_fits_in_high_contrast_at_150_percent(make_kind, xdg, qtbot, snap):
    kind = make_kind()
    kind.controller.set_look(look="contrast", scale=1.5)
    page = _welcome_end(kind)
    qtbot.waitUntil(page.launcher.isVisible)
    snap(kind.window, "launcher-welcome-contrast-150")
    for box in (page.launcher, page.autostart):
        assert box.width() >= box.sizeHint().width(), box.text()
    kind.controller.nav.go(Nav.HOME)
    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    settings = kind.controller.settings_flow.page()
    _scroll_to(settings, settings.launcher_row)
    snap(kind.window, "launcher-settings-contrast-150")
    b = settings.launcher_button
    assert b.isVisible() and b.width() >= b.sizeHint().width()


def test_a_launcher_that_cannot_be_written_is_a_calm_word_not_a_crash(
    make_kind, xdg, tmp_path, qtbot
):
    xdg["home"].write_text("not a folder")  # XDG_DATA_HOME is a file: nothing can go under it
    kind = make_kind()
    page = _welcome_end(kind)
    assert page.launcher.isChecked()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert kind.controller.nav.screen == Screen.HOME
    banner = kind.window.banner
    assert banner.isVisible()
    assert "couldn't add itself to your app launcher" in banner.text.text()

    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    settings = kind.controller.settings_flow.page()
    qtbot.mouseClick(settings.launcher_button, Qt.MouseButton.LeftButton)
    assert settings.launcher_row.subtitle.text() == (
        "Kind could not change the launcher; nothing has changed."
    )
    assert settings.launcher_button.text() == "Add Kind to my app launcher"
