"""One Kind per person: a second launch hands its command to the running one and exits."""

from __future__ import annotations

from collections.abc import Callable

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system


def kind_processes(env: desktop.KindEnv) -> list[desktop.KindProcess]:
    return [p for p in env.launched if p.running()]


def test_second_launch_shows_the_first_and_exits(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    first = launch_kind("--minimized")
    wait_for_log(kind_env, r"tray available=1", 30)
    assert not desktop.visible_windows(kind_env)
    second = launch_kind()
    assert second.proc.wait(20) == 0, second.stderr()
    window = desktop.wait_for_window(kind_env, 20)
    assert window in desktop.windows_of(kind_env, first.pid)
    assert kind_processes(kind_env) == [first]
    assert len(desktop.log_lines(kind_env, r"window-shown")) == 1


def test_second_break_starts_a_break_in_the_first(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    first = launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    second = launch_kind("--break")
    assert second.proc.wait(20) == 0, second.stderr()
    wait_for_log(kind_env, r"practice-start practice=break mode=quick", 20)
    wait_for_log(kind_env, r"step-start index=0 ", 10)
    assert kind_processes(kind_env) == [first]
    window = desktop.wait_for_window(kind_env)
    desktop.focus_and_press(kind_env, window, "Escape")
    wait_for_log(kind_env, r"practice-end outcome=stopped", 10)
    # --export still runs on its own, beside the running Kind.
    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [(p["practice"], p["outcome"]) for p in data["practices"]] == [("break", "stopped")]
    assert kind_processes(kind_env) == [first]


def test_a_killed_kind_leaves_nothing_in_the_way(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    first = launch_kind("--minimized")
    wait_for_log(kind_env, r"tray available=1", 30)
    first.proc.kill()
    first.proc.wait(10)
    assert list(kind_env.runtime_dir.glob("org.kindapp.Kind-*.sock")), "no socket was left"
    again = launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    assert again.running()


def test_sigterm_quits_cleanly(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    kind = launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    kind.proc.terminate()
    assert kind.proc.wait(10) == 0, kind.stderr()
    assert not list(kind_env.runtime_dir.glob("org.kindapp.Kind-*.sock"))
