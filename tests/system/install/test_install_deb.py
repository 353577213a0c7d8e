"""Kind installed as a person installs it: `apt-get install ./kindapp_*.deb` on this machine,
then started from /usr/bin on the X11 test desktop, a quick break run to the end, the installed
desktop entry and metainfo validated, and `apt-get remove` taking the program but leaving the
person's journal, settings and voice recordings where they were.

This installs system-wide, so it runs only where that is meant: as root with
KIND_PACKAGE_TEST=1 (`make package-test`, which CI runs in its brand-new Debian 12 root after
`make test`). Anywhere else the module fails at once rather than touch the machine or skip.
The .deb is $KIND_DEB (default: the one `make deb` put in dist/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from datetime import datetime
from pathlib import Path

import desktop
import pytest
from desktop import REPO, wait_for_log

pytestmark = pytest.mark.system

APP_ID = "org.kindapp.Kind"

if os.environ.get("KIND_PACKAGE_TEST") != "1" or os.geteuid() != 0:
    pytest.fail(
        "this test installs Kind system-wide: run it with `make package-test` as root in a "
        "throwaway Debian root (CI does, with KIND_PACKAGE_TEST=1)",
        pytrace=False,
    )


def sh(*cmd: str, timeout: float = 600, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        list(cmd),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, (
        f"{' '.join(cmd)} exited {done.returncode}\n{done.stdout[-4000:]}{done.stderr[-4000:]}"
    )
    return done.stdout


def the_deb() -> Path:
    given = os.environ.get("KIND_DEB")
    if given:
        return Path(given).resolve()
    debs = sorted((REPO / "dist").glob("kindapp_*.deb"))
    assert len(debs) == 1, f"expected one .deb from `make deb` in dist/, found {debs}"
    return debs[0]


def installed(package: str) -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return done.returncode == 0 and "ok installed" in done.stdout


def test_deb_installs_runs_a_break_and_removes_cleanly(
    kind_env: desktop.KindEnv, artifacts: Path
) -> None:
    deb = the_deb()
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    control = sh("dpkg-deb", "--field", str(deb), "Depends")
    installed_kib = sh("dpkg-deb", "--field", str(deb), "Installed-Size").strip()
    sh("apt-get", "install", "-y", "-q", "--no-install-recommends", str(deb), env=apt_env)
    try:
        assert installed("kindapp")
        # Every package it depends on came with it.
        for alternative in control.replace("\n", " ").split(","):
            names = [a.strip().split()[0] for a in alternative.split("|")]
            assert any(installed(n) for n in names), f"{alternative.strip()} was not installed"

        exe = shutil.which("kindapp", path="/usr/bin")
        assert exe == "/usr/bin/kindapp"
        assert Path(exe).resolve() == Path("/opt/kindapp/kindapp")
        version = sh(exe, "--version", env=dict(kind_env)).strip()
        assert version == f"kindapp {project_version()}", version

        # The installed launcher files validate, and the launcher runs the installed program.
        entry = Path("/usr/share/applications") / f"{APP_ID}.desktop"
        out = sh("desktop-file-validate", str(entry))
        assert not out.strip(), out
        assert "\nExec=kindapp\n" in entry.read_text()
        sh("appstreamcli", "validate", "--no-net", f"/usr/share/metainfo/{APP_ID}.metainfo.xml")
        for size in (16, 22, 24, 32, 48, 64, 128, 256):
            assert Path(f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
        assert Path(f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()

        # Started from the installed program on the X11 test desktop: its window, timed from
        # the launch to the window-shown log line (README's Performance section)...
        wall0 = time.time()
        with (
            (kind_env.root / "start.out").open("wb") as so,
            (kind_env.root / "start.err").open("wb") as se,
        ):
            first = desktop.popen([exe], env=dict(kind_env), stdout=so, stderr=se)
        starting = desktop.KindProcess(
            ("/usr/bin/kindapp",), first, kind_env.root / "start.out", kind_env.root / "start.err"
        )
        kind_env.launched.append(starting)
        shown = wait_for_log(kind_env, r"^(\S+ \S+) kindapp\.events window-shown", 60)
        logged = datetime.strptime(shown.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
        start_to_window_s = round(logged - wall0, 3)
        starting.stop()

        # ...then a quick break to its end.
        # The person has used Kind before (settings of their own).
        from kindapp.core.practices import BREAK_QUICK

        kind_env.settings_path.parent.mkdir(parents=True, exist_ok=True)
        kind_env.settings_path.write_text(json.dumps({"schema_version": 1, "first_run_done": True}))

        out_path, err_path = kind_env.root / "deb.stdout", kind_env.root / "deb.stderr"
        with out_path.open("wb") as so, err_path.open("wb") as se:
            proc = desktop.popen(
                [exe, "--break"], env=dict(kind_env), stdout=so, stderr=se, cwd=kind_env.root
            )
        app = desktop.KindProcess(("/usr/bin/kindapp", "--break"), proc, out_path, err_path)
        kind_env.launched.append(app)
        wait_for_log(kind_env, r"practice-start practice=break mode=quick", 60)
        ended = wait_for_log(kind_env, r"practice-end outcome=(\w+)", BREAK_QUICK.total_s + 30)
        assert ended.group(1) == "finished", kind_env.diagnostics()
        assert not desktop.log_lines(kind_env, r"sound-fault"), kind_env.diagnostics()
        app.stop()
        assert "Traceback" not in app.stderr(), app.stderr()

        export = kind_env.root / "export.json"
        env = dict(kind_env)
        del env["DISPLAY"]
        sh(exe, "--export", str(export), env=env)
        practices = json.loads(export.read_text())["practices"]
        assert [(p["practice"], p["mode"], p["outcome"]) for p in practices] == [
            ("break", "quick", "finished")
        ]

        # The person's own files, and a voice recording among them.
        voice = kind_env.data_dir / "voice" / "mine.wav"
        voice.parent.mkdir(parents=True, exist_ok=True)
        voice.write_bytes(b"RIFF....WAVE")
        kept = {
            p: p.read_bytes()
            for p in (kind_env.journal_path, kind_env.settings_path, voice)
            if p.is_file()
        }
        assert kind_env.journal_path in kept and kind_env.settings_path in kept, kept.keys()
    finally:
        removal = subprocess.run(
            ["apt-get", "remove", "-y", "-q", "kindapp"],
            capture_output=True,
            text=True,
            timeout=300,
            env=apt_env,
        )
    assert removal.returncode == 0, removal.stdout + removal.stderr
    assert not installed("kindapp")
    assert not Path("/usr/bin/kindapp").exists() and not Path("/opt/kindapp").exists()
    assert not Path(f"/usr/share/applications/{APP_ID}.desktop").exists()
    for path, data in kept.items():
        assert path.read_bytes() == data, f"{path} changed or went with the package"
    (artifacts / "deb.json").write_text(
        json.dumps(
            {
                "deb": deb.name,
                "size_mb": round(deb.stat().st_size / 1e6, 1),
                "installed_size_mb": round(int(installed_kib) / 1024, 1),
                "start_to_window_s": start_to_window_s,
            }
        )
        + "\n"
    )


def project_version() -> str:
    import tomllib

    return str(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"])
