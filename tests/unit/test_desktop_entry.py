"""The launcher's rules (kindapp/core/desktop_entry.py): Exec= points at the installed program,
in the main entry and every action; install and uninstall leave nothing behind."""

from __future__ import annotations

from pathlib import Path

from kindapp.commands import desktop_sources
from kindapp.core import desktop_entry
from kindapp.core.catalog import DESKTOP_ID


def test_every_exec_points_at_the_installed_program() -> None:
    template = desktop_sources().desktop.read_text(encoding="utf-8")
    text = desktop_entry.desktop_text(template, "/home/a b/.local/bin/kindapp")
    execs = [line for line in text.splitlines() if line.startswith("Exec=")]
    assert len(execs) == 6, execs  # the app and its five actions
    assert all(line.startswith('Exec="/home/a b/.local/bin/kindapp"') for line in execs), execs
    assert 'Exec="/home/a b/.local/bin/kindapp" --break --mode quick' in execs
    assert 'Exec="/home/a b/.local/bin/kindapp" --quit' in execs
    assert "TryExec=/home/a b/.local/bin/kindapp" in text.splitlines()
    assert desktop_entry.desktop_text(template, None) == template


def test_install_then_uninstall_leaves_nothing(tmp_path: Path) -> None:
    base = tmp_path / "share"
    written = desktop_entry.install(desktop_sources(), "/opt/kindapp/kindapp", base)
    assert len(written) == 3 + len(desktop_entry.ICON_SIZES)
    assert sorted(written) == sorted(desktop_entry.installed_paths(base))
    entry = base / "applications" / f"{DESKTOP_ID}.desktop"
    assert "Exec=/opt/kindapp/kindapp\n" in entry.read_text(encoding="utf-8")
    for size in desktop_entry.ICON_SIZES:
        png = base / f"icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png"
        assert png.read_bytes()[:4] == b"\x89PNG"
    assert sorted(desktop_entry.uninstall(base)) == sorted(written)
    assert not [p for p in base.rglob("*") if p.is_file() and DESKTOP_ID in p.name]


def test_data_home_ignores_a_relative_xdg_data_home(tmp_path: Path) -> None:
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop_entry.data_home({"XDG_DATA_HOME": "rel"}) == Path.home() / ".local/share"


def _entry(base: Path, text: str = "[Desktop Entry]\nName=Kind\n") -> Path:
    path = base / "applications" / f"{DESKTOP_ID}.desktop"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_launcher_state_looks_in_the_persons_and_the_systems_data_dirs(tmp_path: Path) -> None:
    home, local, usr = tmp_path / "home", tmp_path / "local", tmp_path / "usr"
    env = {"XDG_DATA_HOME": str(home), "XDG_DATA_DIRS": f"{local}:relative:{usr}"}
    assert desktop_entry.launcher_state(env) == "none"
    _entry(usr)  # a .deb's /usr/share/applications entry
    assert desktop_entry.launcher_state(env) == "system"
    written = desktop_entry.install(desktop_sources(), "/opt/kindapp/kindapp", home)
    assert desktop_entry.launcher_state(env) == "user"  # the person's own one, Kind's to remove
    desktop_entry.uninstall(home)
    assert desktop_entry.launcher_state(env) == "system"
    assert written
    # A person's Hidden=true entry deletes the system's one from their menu.
    _entry(home, "[Desktop Entry]\nName=Kind\nHidden = true\n")
    assert desktop_entry.launcher_state(env) == "none"


def test_launcher_state_uses_the_specs_default_data_dirs(tmp_path: Path) -> None:
    assert desktop_entry.data_dirs({}) == [Path("/usr/local/share"), Path("/usr/share")]
    assert desktop_entry.data_dirs({"XDG_DATA_DIRS": ""}) == desktop_entry.data_dirs({})
    env = {"XDG_DATA_HOME": str(tmp_path / "h"), "XDG_DATA_DIRS": str(tmp_path / "none")}
    assert desktop_entry.launcher_state(env) == "none"
