"""A corrupt settings file still gives a running app, and the original bytes are kept."""

from __future__ import annotations

import re
from collections.abc import Callable

import desktop
import pytest
from desktop import wait_for_log

pytestmark = pytest.mark.system

GARBAGE = b'{"schema_version": 1, "volume": \x00\xff not json at all\n'


def test_corrupt_settings_are_moved_aside_and_the_app_runs(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess]
) -> None:
    desktop.private_dir(kind_env.config_dir)
    kind_env.settings_path.write_bytes(GARBAGE)
    app = launch_kind()
    wait_for_log(kind_env, r"window-shown", 30)
    desktop.wait_for_window(kind_env)
    notice = wait_for_log(kind_env, r"notice kind=settings-moved-aside\b.*", 10)
    assert app.running(), kind_env.diagnostics()

    aside = sorted(kind_env.config_dir.glob("settings.json.corrupt-*"))
    assert len(aside) == 1, (sorted(p.name for p in kind_env.config_dir.iterdir()), notice.group(0))
    assert re.fullmatch(r"settings\.json\.corrupt-\d{8}T\d{6}.*", aside[0].name), aside[0].name
    assert aside[0].read_bytes() == GARBAGE
    assert "Traceback" not in app.stderr(), app.stderr()
