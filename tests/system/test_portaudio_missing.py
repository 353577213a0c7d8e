"""PortAudio missing for real: the library is hidden from the app in a private mount namespace.

`unshare --mount` gives the app its own view of the filesystem in which libportaudio is
/dev/null, so `import sounddevice` fails exactly as on a machine without PortAudio.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
from pathlib import Path

import desktop
import pytest
from desktop import log_lines, wait_for_log

pytestmark = pytest.mark.system


def _portaudio_path() -> Path:
    for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"):
        p = Path(d) / "libportaudio.so.2"
        if p.exists():
            return p.resolve()
    found = ctypes.util.find_library("portaudio")
    raise AssertionError(f"libportaudio not found where expected (find_library: {found})")


def test_break_runs_quietly_when_portaudio_is_missing(kind_env: desktop.KindEnv) -> None:
    assert os.geteuid() == 0 and shutil.which("unshare"), "needs root and unshare (as in CI)"
    lib = _portaudio_path()
    script = desktop.kindapp_script()
    command = f"mount --bind /dev/null {lib} && exec {script} --break"
    out, err = kind_env.root / "pa.stdout", kind_env.root / "pa.stderr"
    with out.open("wb") as o, err.open("wb") as e:
        proc = desktop.popen(
            ["unshare", "--mount", "--propagation", "private", "sh", "-c", command],
            env=dict(kind_env),
            stdout=o,
            stderr=e,
        )
    app = desktop.KindProcess(("--break",), proc, out, err)
    kind_env.launched.append(app)

    fault = wait_for_log(kind_env, r"sound-fault kind=(\w+)", 30)
    assert fault.group(1) == "portaudio_missing", kind_env.diagnostics()
    # The practice goes on, on the screen: the next step arrives on time without sound.
    wait_for_log(kind_env, r"step-start index=1 id=settle", 30)
    assert app.running(), kind_env.diagnostics()
    assert len(log_lines(kind_env, r"notice kind=sound-unavailable")) == 1
    assert "Traceback" not in app.stderr(), app.stderr()
