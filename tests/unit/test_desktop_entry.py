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
    assert len(execs) == 4, execs  # the app and its three actions
    assert all(line.startswith('Exec="/home/a b/.local/bin/kindapp"') for line in execs), execs
    assert 'Exec="/home/a b/.local/bin/kindapp" --break' in execs
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
