"""Packaging: the desktop entry and AppStream metainfo validate, the icons are all there, the
per-user install works, and the PyInstaller bundle starts on the test desktop, shows its window
and quits on SIGTERM.

The bundle test uses $KIND_BUNDLE (the executable `make package` built, dist/bundle/kindapp/kindapp)
when set; otherwise it builds a bundle itself with this interpreter's PyInstaller, which takes
about 20-60 s (pip install '.[package]').
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import desktop
import pytest
from desktop import REPO, log_lines, wait_for_log

pytestmark = pytest.mark.system

PACKAGING = REPO / "packaging"
APP_ID = "org.kindapp.Kind"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"{tool} is missing: install the Debian package {package} "
            "(`make system-deps` does, as root)",
            pytrace=False,
        )
    return path


def validate_desktop(path: Path) -> None:
    result = subprocess.run(
        [need("desktop-file-validate", "desktop-file-utils"), str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    # It prints hints and errors on stdout; a clean file gives no output at all.
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


# -- metadata -------------------------------------------------------------------------------


def test_desktop_entry_validates_and_names_the_app() -> None:
    path = PACKAGING / f"{APP_ID}.desktop"
    validate_desktop(path)
    text = path.read_text()
    assert re.search(r"^Exec=kindapp$", text, re.M)
    assert re.search(rf"^Icon={APP_ID}$", text, re.M)
    # The launcher's menu (GNOME's dash icon, KDE's launcher): a quick break, catching a
    # thought, and Quit, which a desktop with no tray needs.
    assert re.search(r"^Actions=quick-break;catch;touch;breathe;quit;$", text, re.M)
    assert re.search(r"^Exec=kindapp --break --mode quick$", text, re.M)
    assert re.search(r"^Exec=kindapp --catch$", text, re.M)
    assert re.search(r"^Exec=kindapp --quit$", text, re.M)


def test_metainfo_validates_and_points_at_the_desktop_entry() -> None:
    path = PACKAGING / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [need("appstreamcli", "appstream"), "validate", "--no-net", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = path.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text


def test_app_id_matches_the_one_qt_is_given() -> None:
    from kindapp import app

    assert app.DESKTOP_ID == APP_ID


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_icons_svg_and_every_png_size() -> None:
    icons = PACKAGING / "icons" / "hicolor"
    svg = icons / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (REPO / "assets" / "icons" / "kind.svg").read_bytes(), (
        "run packaging/render_icons.py after changing assets/icons/kind.svg"
    )
    for size in SIZES:
        png = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)
        assert png.stat().st_size < 64_000, png
        app_png = REPO / "assets" / "icons" / "png" / f"kind-{size}.png"  # the app's own copy
        assert app_png.read_bytes() == png.read_bytes(), "run packaging/render_icons.py"


def test_render_icons_renders_fresh_pngs(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "render_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    for size in SIZES:
        assert png_size(tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (
            size,
            size,
        )


def test_install_desktop_for_the_current_user(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    script = PACKAGING / "install_desktop.py"
    result = subprocess.run(
        [sys.executable, str(script), "--exec", "/opt/kind app/kindapp"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    validate_desktop(entry)
    assert "Exec='/opt/kind app/kindapp'\n" in entry.read_text() or (
        'Exec="/opt/kind app/kindapp"\n' in entry.read_text()
    ), entry.read_text()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for size in SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    result = subprocess.run(
        [sys.executable, str(script), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not entry.exists()
    assert not list(share.rglob(f"{APP_ID}.*"))


def test_kindapp_installs_and_removes_its_own_launcher(tmp_path: Path) -> None:
    """`kindapp --install-desktop` from the installed package (no checkout needed): the entry
    runs this installed kindapp by its path; `--uninstall-desktop` takes the launcher and the
    autostart entry away and leaves the person's data alone."""
    exe = desktop.kindapp_script()
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [str(exe), "--install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    share = tmp_path / "share"
    entry = share / "applications" / f"{APP_ID}.desktop"
    validate_desktop(entry)
    text = entry.read_text()
    assert f"\nExec={exe}\n" in text and f"\nExec={exe} --break --mode quick\n" in text, text
    assert f"\nExec={exe} --quit\n" in text, text  # the launcher menu's Quit
    assert "/build/" not in text and "/dist/" not in text
    for size in SIZES:
        assert png_size(share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png") == (size, size)
    autostart = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    autostart.parent.mkdir(parents=True)
    autostart.write_text("[Desktop Entry]\nType=Application\nExec=kindapp --minimized\n")
    mine = tmp_path / "share" / "kindapp" / "journal.sqlite3"
    mine.parent.mkdir(parents=True)
    mine.write_bytes(b"the person's journal")

    result = subprocess.run(
        [str(exe), "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert not entry.exists() and not autostart.exists()
    assert not [p for p in share.rglob(f"{APP_ID}.*")]
    assert mine.read_bytes() == b"the person's journal"


# -- the bundle -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("KIND_BUNDLE")
    if given:
        exe = Path(given).resolve()
        assert exe.is_file() and os.access(exe, os.X_OK), f"KIND_BUNDLE={given} is not a program"
        return exe
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail(
            "no bundle to test: run `make package` and set KIND_BUNDLE, or "
            "pip install '.[package]' so this test can build one",
            pytrace=False,
        )
    root = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build_bundle.py"),
            "--dist",
            str(root / "dist"),
            "--work",
            str(root / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=root,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "dist" / "kindapp" / "kindapp"


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def test_bundle_carries_assets_and_audio(bundle: Path) -> None:
    internal = bundle.parent / "_internal" / "kindapp"
    assert (internal / "assets" / "style.qss").is_file()
    assert (internal / "assets" / "icons" / "kind.svg").is_file()
    assert (internal / "assets" / "icons" / "png" / "kind-22.png").is_file()
    # The compiled translation (the wheel's build hook makes it) travels with the .ts.
    qm = internal / "assets" / "translations" / "kind_de.qm"
    assert qm.is_file() and qm.read_bytes()[:16] == bytes.fromhex(
        "3cb86418caef9c95cd211cbf60a1bddd"
    )
    assert list((internal / "audio").rglob("*")), "audio recipes are missing"
    assert (internal / "audio").joinpath("README.md").is_file() or any(
        p.is_file() for p in (internal / "audio").rglob("*")
    )


def test_bundle_cli_version_and_export(bundle: Path, kind_env: desktop.KindEnv) -> None:
    result = subprocess.run(
        [str(bundle), "--version"],
        env=dict(kind_env),
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0 and result.stdout.strip() == "kindapp 0.1.0", result
    out = kind_env.root / "export.json"
    env = dict(kind_env)
    del env["DISPLAY"]
    result = subprocess.run(
        [str(bundle), "--export", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["format"] == "kindapp-journal"


def _map_watcher(display: str):  # type: ignore[no-untyped-def]
    try:
        sys.path.insert(0, str(REPO / "bench"))
        from xmap import MapWatcher
    except ImportError:  # python-xlib is in the dev extra; fall back to the log's clock
        return None
    finally:
        sys.path.pop(0)
    return MapWatcher(display)


def test_bundle_shows_its_window_and_quits_on_sigterm(
    bundle: Path, kind_env: desktop.KindEnv, artifacts: Path
) -> None:
    watcher = _map_watcher(kind_env["DISPLAY"])
    out_path, err_path = kind_env.root / "bundle.stdout", kind_env.root / "bundle.stderr"
    try:
        wall0, t0 = time.time(), time.monotonic()
        with out_path.open("wb") as out, err_path.open("wb") as err:
            proc = desktop.popen(
                [str(bundle)], env=dict(kind_env), stdout=out, stderr=err, cwd=kind_env.root
            )
        kind = desktop.KindProcess(("<bundle>",), proc, out_path, err_path)
        kind_env.launched.append(kind)
        shown = wait_for_log(kind_env, r"^(\S+ \S+) kindapp\.events window-shown", 60)
        window = desktop.wait_for_window(kind_env)
        assert desktop.windows_of(kind_env, proc.pid), "the window is not the bundle's"
        wait_for_log(kind_env, r"tray available=1 geometry=", 20)
        if watcher is not None:
            start_s = watcher.first_map(proc.pid, "Kind", 10).at - t0
            how = "window mapped (X MapNotify)"
        else:
            logged = datetime.strptime(shown.group(1), "%Y-%m-%d %H:%M:%S,%f").timestamp()
            start_s = logged - wall0
            how = "window-shown log line"
        assert window
    finally:
        if watcher is not None:
            watcher.close()

    proc.send_signal(signal.SIGTERM)
    try:
        rc = proc.wait(10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the bundle did not quit within 10 s of SIGTERM\n{kind_env.diagnostics()}")
    stderr = err_path.read_text(errors="replace")
    # 0 once the app quits through Qt on SIGTERM; -SIGTERM is Python's default (no handler).
    assert rc in (0, -signal.SIGTERM), (rc, stderr)
    assert "Traceback" not in stderr and "Fatal" not in stderr, stderr

    size = dir_size(bundle.parent)
    report = {
        "bundle": str(bundle),
        "size_mb": round(size / 1e6, 1),
        "start_to_window_s": round(start_s, 3),
        "measured_by": how,
        "sigterm_rc": rc,
    }
    (artifacts / "bundle.json").write_text(json.dumps(report, indent=2) + "\n")
    print(report)
    assert 0 < start_s < 30


def test_bundle_plays_a_break_at_the_sink(
    bundle: Path, kind_env: desktop.KindEnv, recorder: desktop.Recorder
) -> None:
    """The bundle carries the sound engine, PortAudio and the cue recipes: a break started from
    it plays its first two cues at the sink, one step duration apart."""
    from kindapp.core.practices import BREAK_QUICK

    out_path, err_path = kind_env.root / "bundle.stdout", kind_env.root / "bundle.stderr"
    recorder.start()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = desktop.popen(
            [str(bundle), "--break"], env=dict(kind_env), stdout=out, stderr=err, cwd=kind_env.root
        )
    kind = desktop.KindProcess(("<bundle>", "--break"), proc, out_path, err_path)
    kind_env.launched.append(kind)
    wait_for_log(kind_env, r"step-start index=1 ", 60)
    onsets = recorder.wait_for_onsets(2, timeout=15.0, ring_s=0.3)
    recorder.stop()
    assert len(onsets) >= 2, f"cue onsets at the sink: {onsets}\n{kind_env.diagnostics()}"
    step = BREAK_QUICK.steps[0].duration_s
    assert abs((onsets[1] - onsets[0]) - step) <= desktop.HEARD_WITHIN_S, (onsets, step)
    assert not log_lines(kind_env, r"sound-fault"), kind_env.diagnostics()
    kind.stop()
    assert "Traceback" not in kind.stderr(), kind.stderr()


def test_bundle_opens_a_locked_journal(bundle: Path, tmp_path: Path) -> None:
    """SQLCipher travels in the bundle: its --export reads a journal with the lock on."""
    from kindapp.core.journal import Journal
    from kindapp.core.journal.cipher import Kdf, LockState

    env = desktop.make_kind_env(tmp_path / "kind", None, None, None)
    with Journal(env.journal_path) as journal:
        journal.create_letter("Locked", "words only the passphrase opens")
        kdf = Kdf.fresh(n=2**12)
        journal.change_lock(LockState(kdf), kdf.derive("harbour"))
    out = tmp_path / "export.json"
    result = subprocess.run(
        [str(bundle), "--export", str(out)],
        env={**env, "KIND_PASSPHRASE": "harbour"},
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    letters = json.loads(out.read_text())["letters"]
    assert [x["body"] for x in letters] == ["words only the passphrase opens"]


def test_bundle_runs_its_own_sound_process(bundle: Path, kind_env: desktop.KindEnv) -> None:
    """In a bundle there is no `python -m`: the sound process is the bundle itself, started
    with the hidden argument; it opens a stream on the test desktop's sound server."""
    from kindapp.sound.engine import ENGINE_ARG

    commands = [
        {"cmd": "init", "theme": "bowl", "volume": 1.0, "muted": False, "latency": 0.1},
        {"cmd": "start", "cues": ["soft_bell"]},
    ]
    proc = subprocess.Popen(
        [str(bundle), ENGINE_ARG],
        env=dict(kind_env),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(b"".join(json.dumps(c).encode() + b"\n" for c in commands))
    proc.stdin.flush()
    events = []
    for raw in proc.stdout:
        events.append(json.loads(raw))
        if events[-1].get("ev") == "ready":
            break
    proc.stdin.write(b'{"cmd": "end"}\n')
    proc.stdin.close()
    assert proc.wait(30) == 0
    assert events[-1] == {"ev": "ready", "open": True}, events


def test_bundle_lists_the_output_devices_as_the_installed_app_does(
    bundle: Path, kind_env: desktop.KindEnv
) -> None:
    """Settings' "Play through" list is made by a short-lived sound process (issue 29: PortAudio
    never loads into the window's process). In a bundle that process is the bundle itself: it
    names the same devices as the installed app's does, on the same desktop, and at least one."""
    from kindapp.sound.engine import DEVICES_ARG, ENGINE_ARG

    def listed(command: list[str]) -> list[str]:
        done = subprocess.run(
            [*command, DEVICES_ARG],
            env=dict(kind_env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        names = json.loads(done.stdout.strip().splitlines()[-1])
        assert isinstance(names, list), done.stdout
        return names

    from_bundle = listed([str(bundle), ENGINE_ARG])
    installed = listed([sys.executable, "-m", "kindapp.sound.engine"])
    assert from_bundle, "the bundle's sound process named no output device"
    assert from_bundle == installed
