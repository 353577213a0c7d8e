"""The command line: version, bad arguments, export without a display, and a stopped break
that is journaled in private files."""

from __future__ import annotations

from collections.abc import Callable

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system


def test_version(kind_env: desktop.KindEnv) -> None:
    result = desktop.run_kind(kind_env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "kindapp 0.1.0"


def test_unknown_argument_prints_usage_and_exits_2(kind_env: desktop.KindEnv) -> None:
    result = desktop.run_kind(kind_env, "--no-such-option")
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "usage" in result.stderr.lower(), result.stderr
    assert "--no-such-option" in result.stderr, result.stderr


def test_export_needs_no_display_and_works_on_an_empty_journal(
    kind_env: desktop.KindEnv,
) -> None:
    env = dict(kind_env)
    del env["DISPLAY"]
    out = kind_env.root / "export.json"
    data = desktop.export(env, out)
    assert data["practices"] == []
    assert isinstance(data["exported_at"], str) and data["exported_at"]
    assert out.stat().st_mode & 0o077 == 0, oct(out.stat().st_mode)


def test_stopped_break_is_journaled_privately(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    launch_kind("--break")
    wait_for_log(kind_env, r"practice-start practice=break mode=quick", 30)
    wait_for_log(kind_env, r"step-start index=0 ", 10)
    window = desktop.wait_for_window(kind_env)
    desktop.focus_and_press(kind_env, window, "Escape")
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+)", 10)
    assert ended.group(1) == "stopped", ended.group(0)

    assert kind_env.journal_path.exists(), sorted(kind_env.data_dir.iterdir())
    assert desktop.private_files(kind_env.data_dir) == {}
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("break", "quick", "stopped")
    ], data
    assert float(data["practices"][0]["duration_s"]) < 30.0, data
