"""Without a sound server the break still runs to the end, silently, and says so once."""

from __future__ import annotations

from collections.abc import Callable

import desktop
import pytest
from desktop import log_lines, wait_for_log

pytestmark = pytest.mark.system


def test_break_finishes_without_a_sound_server(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    from kindapp.core.practices import BREAK_QUICK

    kind_env["PULSE_SERVER"] = f"unix:{kind_env.runtime_dir / 'nothing-here' / 'pulse.sock'}"
    # What matters is that it ends, not its minute: the break runs at a tenth of its length.
    kind_env["KIND_TEST_STEP_SCALE"] = "0.1"
    app = launch_kind("--break")
    wait_for_log(kind_env, r"practice-start practice=break mode=quick", 30)
    fault = wait_for_log(kind_env, r"sound-fault kind=(\w+)", 30)
    # No server to reach: the stream cannot be opened (PortAudio itself is there).
    assert fault.group(1) == "no_device", fault.group(0)
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+)", BREAK_QUICK.total_s + 30)
    assert ended.group(1) == "finished", kind_env.diagnostics()
    assert app.running(), kind_env.diagnostics()
    faults = log_lines(kind_env, r"sound-fault kind=")
    assert len(faults) == 1, [m.string for m in faults]

    data = desktop.export(kind_env, kind_env.root / "export.json")
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("break", "quick", "finished")
    ], data
    assert "Traceback" not in app.stderr(), app.stderr()
