"""What the person set survives a real restart, `--mode guided` starts the guided break, and
`--import FILE` merges an export both with Kind closed and handed to a running Kind."""

from __future__ import annotations

import json
import signal
from collections.abc import Callable

import desktop
import pytest
from desktop import log_lines, wait_for_log

from kindapp.core.journal import Journal

pytestmark = pytest.mark.system


def quit_kind(app: desktop.KindProcess) -> None:
    app.proc.send_signal(signal.SIGTERM)
    assert app.proc.wait(20) == 0, app.describe() + "\n" + app.stderr()


def test_the_welcome_once_survives_a_real_restart(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    first = launch_kind()
    wait_for_log(kind_env, r"screen name=first_run", 30)
    window = desktop.wait_for_window(kind_env)
    desktop.focus_and_press(kind_env, window, "Escape")  # "Esc skips" the welcome
    wait_for_log(kind_env, r"screen name=home", 10)

    def saved() -> dict[str, object]:  # settings are written 300 ms after a change
        path = kind_env.settings_path
        return json.loads(path.read_text()) if path.exists() else {}

    desktop.wait_until(
        lambda: saved().get("first_run_done") is True,
        10,
        "settings.json to keep that the welcome was seen",
    )
    quit_kind(first)
    seen = len(log_lines(kind_env, r"screen name=first_run"))

    # A new process reads it back: the welcome does not come again, the settings are intact.
    again = launch_kind()
    desktop.wait_for_window(kind_env)
    wait_for_log(kind_env, r"window-shown", 30)
    quit_kind(again)
    assert len(log_lines(kind_env, r"screen name=first_run")) == seen, kind_env.diagnostics()
    assert json.loads(kind_env.settings_path.read_text())["first_run_done"] is True
    assert not list(kind_env.config_dir.glob("settings.json.corrupt-*"))


def test_mode_guided_starts_the_guided_break(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    launch_kind("--break", "--mode", "guided")
    wait_for_log(kind_env, r"practice-start practice=break mode=guided", 30)
    wait_for_log(kind_env, r"step-start index=0 ", 10)
    window = desktop.wait_for_window(kind_env)
    desktop.focus_and_press(kind_env, window, "Escape")
    assert wait_for_log(kind_env, r"practice-end outcome=(\w+)", 10).group(1) == "stopped"
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("break", "guided", "stopped")
    ], data


def an_export(kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]):
    """A real export of a journal holding one letter and one stopped break."""
    with Journal(kind_env.journal_path) as journal:
        journal.create_letter("To me, on a hard day", "You are allowed to rest. Truly.")
    launch_kind("--break")
    wait_for_log(kind_env, r"step-start index=0 ", 30)
    desktop.focus_and_press(kind_env, desktop.wait_for_window(kind_env), "Escape")
    wait_for_log(kind_env, r"practice-end outcome=stopped", 10)
    for app in kind_env.launched:
        quit_kind(app)
    path = kind_env.root / "source-export.json"
    data = desktop.export(kind_env, path)
    assert len(data["letters"]) == 1 and len(data["practices"]) == 1, data
    return path


def contents(data: dict) -> tuple[list[str], list[tuple[str, str]]]:
    return (
        [letter["body"] for letter in data["letters"]],
        [(p["practice"], p["outcome"]) for p in data["practices"]],
    )


def test_import_from_the_command_line_and_into_a_running_kind(
    tmp_path, xvfb, pulse, kind_env: desktop.KindEnv, launch_kind
) -> None:
    source = an_export(kind_env, launch_kind)
    want = (["You are allowed to rest. Truly."], [("break", "stopped")])

    # Kind closed: the command line merges it itself, and a second import adds nothing.
    closed = desktop.make_kind_env(
        tmp_path / "closed", xvfb.display, pulse.server, pulse.client_conf
    )
    done = desktop.run_kind(closed, "--import", str(source))
    assert done.returncode == 0, done.stderr
    assert "Imported 1 letter(s), 0 reframe(s) and 1 practice(s)" in done.stdout, done.stdout
    assert contents(desktop.export(closed, closed.root / "a.json")) == want
    twice = desktop.run_kind(closed, "--import", str(source))
    assert twice.returncode == 0 and "2 were already there" in twice.stdout, twice.stdout
    assert contents(desktop.export(closed, closed.root / "b.json")) == want

    # Kind running with the journal open (writing a letter): the request is handed to it,
    # and its journal gets the entries.
    running = desktop.make_kind_env(
        tmp_path / "running", xvfb.display, pulse.server, pulse.client_conf
    )
    try:
        desktop.launch(running, "--practice", "letter")
        wait_for_log(running, r"window-shown", 30)
        desktop.wait_until(running.journal_path.exists, 15, "the running Kind's journal")
        handed = desktop.run_kind(running, "--import", str(source))
        assert handed.returncode == 0, handed.stderr
        assert "Kind is running; it is importing" in handed.stdout, handed.stdout
        desktop.wait_until(
            lambda: contents(desktop.export(running, running.root / "c.json")) == want,
            15,
            "the running Kind to import the file",
            interval=0.2,
            details=running.diagnostics,
        )
    finally:
        for app in running.launched:
            app.stop()
