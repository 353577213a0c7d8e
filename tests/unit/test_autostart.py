"""The XDG autostart entry: where it lives, what it runs, on and off."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kindapp.core import autostart
from kindapp.core.autostart import (
    autostart_path,
    entry_text,
    is_autostart_enabled,
    set_autostart,
)


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


def test_path_honours_xdg_config_home(config_home: Path) -> None:
    assert autostart_path() == config_home / "autostart" / "org.kindapp.Kind.desktop"


def test_path_falls_back_to_dot_config(tmp_path: Path) -> None:
    for value in ({}, {"XDG_CONFIG_HOME": ""}, {"XDG_CONFIG_HOME": "relative/dir"}):
        assert autostart_path(value) == Path.home() / ".config/autostart/org.kindapp.Kind.desktop"


def test_enable_writes_an_entry_that_starts_minimized(config_home: Path) -> None:
    assert not is_autostart_enabled()
    path = set_autostart(True, "/opt/kind/bin/kindapp")
    assert path == autostart_path() and path.is_file()
    text = path.read_text()
    assert "Exec=/opt/kind/bin/kindapp --minimized\n" in text
    assert "Type=Application\n" in text and "Icon=org.kindapp.Kind\n" in text
    assert path.stat().st_mode & 0o777 == 0o644
    assert is_autostart_enabled()
    # No temporary files are left beside it.
    assert sorted(p.name for p in path.parent.iterdir()) == ["org.kindapp.Kind.desktop"]


def test_enable_twice_then_disable_twice(config_home: Path) -> None:
    set_autostart(True, "/usr/bin/kindapp")
    set_autostart(True, "/usr/local/bin/kindapp")
    assert "Exec=/usr/local/bin/kindapp --minimized" in autostart_path().read_text()
    set_autostart(False)
    assert not autostart_path().exists() and not is_autostart_enabled()
    set_autostart(False)  # removing what is not there is fine
    assert not is_autostart_enabled()


def test_default_command_is_the_installed_script(
    config_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    script = bindir / "kindapp"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    monkeypatch.setattr(autostart.sys, "executable", str(bindir / "python"))
    set_autostart(True)
    assert f"Exec={script} --minimized\n" in autostart_path().read_text()


def test_a_hidden_or_disabled_entry_counts_as_off(config_home: Path) -> None:
    path = set_autostart(True, "/usr/bin/kindapp")
    path.write_text(path.read_text() + "Hidden=true\n")
    assert not is_autostart_enabled()
    path.write_text(
        entry_text("/usr/bin/kindapp").replace(
            "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"
        )
    )
    assert not is_autostart_enabled()


def test_paths_with_spaces_and_specials_are_quoted(config_home: Path) -> None:
    text = entry_text('/home/a b/My "Apps"/100%/kindapp')
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == 'Exec="/home/a b/My \\\\"Apps\\\\"/100%%/kindapp" --minimized'
    assert entry_text("kindapp").count("Exec=kindapp --minimized\n") == 1


def test_unwritable_config_raises_oserror(config_home: Path) -> None:
    config_home.mkdir()
    (config_home / "autostart").write_text("a file, not a directory")
    with pytest.raises(OSError):
        set_autostart(True, "/usr/bin/kindapp")


@pytest.mark.parametrize("cmd", ["/usr/bin/kindapp", '/home/a b/My "Apps"/100%/kindapp'])
def test_the_entry_passes_desktop_file_validate(config_home: Path, cmd: str) -> None:
    path = set_autostart(True, cmd)
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
