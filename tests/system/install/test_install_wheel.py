"""Kind from its wheel, installed as a person installs it: `pipx install kindapp-*.whl` (pipx from
Debian's package), `kindapp --version`, `kindapp --install-desktop` adding the launcher that runs
the pipx-installed program (never a build folder), a quick break to its end on the X11 test
desktop, then `kindapp --uninstall-desktop` and `pipx uninstall` leaving the person's journal.

pipx puts its venvs in a folder of the test's own (PIPX_HOME, PIPX_BIN_DIR), so nothing outside
the test changes; like the .deb test it runs under `make package-test` (KIND_PACKAGE_TEST=1).
The wheel is $KIND_WHEEL (default: the one `make dist` put in dist/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import desktop
import pytest
from desktop import REPO, wait_for_log

pytestmark = pytest.mark.system

APP_ID = "org.kindapp.Kind"

if os.environ.get("KIND_PACKAGE_TEST") != "1":
    pytest.fail(
        "this test installs Kind with pipx (several minutes, PyPI): run it with "
        "`make package-test` (KIND_PACKAGE_TEST=1)",
        pytrace=False,
    )


def the_wheel() -> Path:
    given = os.environ.get("KIND_WHEEL")
    if given:
        return Path(given).resolve()
    wheels = sorted((REPO / "dist").glob("kindapp-*.whl"))
    assert len(wheels) == 1, f"expected one wheel from `make dist` in dist/, found {wheels}"
    return wheels[0]


def run(cmd: list[str], env: dict[str, str], timeout: float = 900) -> str:
    done = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, (
        f"{cmd} exited {done.returncode}\n{done.stdout[-3000:]}" + (done.stderr[-3000:])
    )
    return done.stdout


def test_pipx_install_runs_a_break_and_uninstalls(kind_env: desktop.KindEnv) -> None:
    pipx = shutil.which("pipx")
    assert pipx, "pipx is missing: install the Debian package pipx (`make system-deps`)"
    wheel = the_wheel()
    env = dict(kind_env)
    env["PIPX_HOME"] = str(kind_env.root / "pipx")
    env["PIPX_BIN_DIR"] = str(kind_env.home / ".local" / "bin")
    run([pipx, "install", str(wheel)], env)
    exe = Path(env["PIPX_BIN_DIR"]) / "kindapp"
    assert exe.is_file(), run([pipx, "list"], env)
    version = run([str(exe), "--version"], env).strip()
    assert version.startswith("kindapp ") and version.split()[1] in wheel.name, version

    # The launcher, from the wheel's own package data, runs the pipx-installed kindapp.
    run([str(exe), "--install-desktop"], env)
    entry = kind_env.data_home / "applications" / f"{APP_ID}.desktop"
    out = run(["desktop-file-validate", str(entry)], env)
    assert not out.strip(), out
    text = entry.read_text()
    main_exec = next(line for line in text.splitlines() if line.startswith("Exec="))
    # pipx's own copy of the script (~/.local/bin/kindapp is a symlink to it).
    assert Path(main_exec[len("Exec=") :]).resolve() == exe.resolve(), text
    assert str(REPO) not in text
    run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(entry.parent.parent / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
        env,
    )

    from kindapp.core.practices import BREAK_QUICK

    kind_env.settings_path.parent.mkdir(parents=True, exist_ok=True)
    kind_env.settings_path.write_text(json.dumps({"schema_version": 1, "first_run_done": True}))
    out_path, err_path = kind_env.root / "pipx.stdout", kind_env.root / "pipx.stderr"
    with out_path.open("wb") as so, err_path.open("wb") as se:
        proc = desktop.popen(
            [str(exe), "--break"], env=env, stdout=so, stderr=se, cwd=kind_env.root
        )
    app = desktop.KindProcess((str(exe), "--break"), proc, out_path, err_path)
    kind_env.launched.append(app)
    wait_for_log(kind_env, r"practice-start practice=break mode=quick", 60)
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+)", BREAK_QUICK.total_s + 30)
    assert ended.group(1) == "finished", kind_env.diagnostics()
    assert not desktop.log_lines(kind_env, r"sound-fault"), kind_env.diagnostics()
    app.stop()
    assert "Traceback" not in app.stderr(), app.stderr()
    journal = kind_env.journal_path.read_bytes()

    run([str(exe), "--uninstall-desktop"], env)
    assert not entry.exists()
    run([pipx, "uninstall", "kindapp"], env)
    assert not exe.exists()
    assert kind_env.journal_path.read_bytes() == journal
    assert kind_env.settings_path.is_file()
