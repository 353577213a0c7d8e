"""An unwritable config or data directory gets a clear notice, not a traceback."""

from __future__ import annotations

from collections.abc import Callable

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system


@pytest.mark.parametrize(
    ("variable", "notice"),
    [("XDG_CONFIG_HOME", "settings-unwritable"), ("XDG_DATA_HOME", "journal-unavailable")],
)
def test_unwritable_directory_gives_a_notice_and_a_running_app(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    variable: str,
    notice: str,
) -> None:
    # A regular file where the directory should be: it cannot be created, even by root.
    blocker = kind_env.root / f"{variable.lower()}-is-a-file"
    blocker.write_text("not a directory\n")
    kind_env[variable] = str(blocker)
    app = launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    desktop.wait_for_window(kind_env)
    wait_for_log(kind_env, rf"notice kind={notice}\b", 10)
    assert app.running(), kind_env.diagnostics()
    assert "Traceback" not in app.stderr(), app.stderr()
    assert blocker.read_text() == "not a directory\n"
