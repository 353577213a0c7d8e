"""Fixtures for system tests: a real desktop (Xvfb + trayer + PulseAudio, or the Wayland one:
sway + waybar + mako + PipeWire, see wayland_desktop.py) and the real app.

The desktop is started once per test run, on a display number and a sound-server socket of its
own, so two runs (or a developer's own session) never share anything. Each test gets fresh
XDG directories and a clean environment through `kind_env`.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import desktop
import wayland_desktop


@pytest.fixture(scope="session")
def desktop_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = desktop.missing_tools()
    if missing:
        pytest.fail(
            "system tests need these tools (`make system-deps` installs them as root): "
            + ", ".join(missing),
            pytrace=False,
        )
    return tmp_path_factory.mktemp("desktop")


@pytest.fixture(scope="session")
def xvfb(desktop_dir: Path) -> Iterator[desktop.Xvfb]:
    server = desktop.Xvfb(desktop_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def trayer(xvfb: desktop.Xvfb, desktop_dir: Path) -> Iterator[desktop.Trayer]:
    tray = desktop.Trayer(xvfb, desktop_dir)
    try:
        tray.start()
        yield tray
    finally:
        tray.stop()


@pytest.fixture(scope="session")
def pulse(desktop_dir: Path) -> Iterator[desktop.PulseServer]:
    server = desktop.PulseServer(desktop_dir)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def kind_env(
    tmp_path: Path, xvfb: desktop.Xvfb, trayer: desktop.Trayer, pulse: desktop.PulseServer
) -> Iterator[desktop.KindEnv]:
    """A clean environment for one test's app: its own XDG dirs, the test desktop, no session
    bus. Every kindapp launched with it is stopped when the test ends."""
    env = desktop.make_kind_env(tmp_path / "kind", xvfb.display, pulse.server, pulse.client_conf)
    yield env
    for proc in env.launched:
        proc.stop()
    shutil.rmtree(env.runtime_dir, ignore_errors=True)  # a short directory of its own in /tmp


@pytest.fixture
def launch_kind(kind_env: desktop.KindEnv) -> Callable[..., desktop.KindProcess]:
    """launch_kind(*args, env=kind_env) -> KindProcess: start the installed `kindapp`.

    stdout/stderr go to files beside the test's data; the process is terminated at teardown
    (SIGTERM, then SIGKILL) by kind_env.
    """

    def launch(*args: str, env: desktop.KindEnv | None = None) -> desktop.KindProcess:
        return desktop.launch(env if env is not None else kind_env, *args)

    return launch


@pytest.fixture
def recorder(tmp_path: Path, pulse: desktop.PulseServer) -> Iterator[desktop.Recorder]:
    """Records the null sink's monitor from before the app starts (call .start()) until
    .stop(); stopped at teardown if the test did not."""
    rec = desktop.Recorder(pulse, tmp_path / "recording.wav")
    yield rec
    if rec.proc is not None:
        desktop.stop_process(rec.proc, desktop.signal.SIGINT)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    desktop.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return desktop.ARTIFACTS


# --------------------------------------------------------------------------- the Wayland desktop


@pytest.fixture(scope="session")
def wayland() -> Iterator[wayland_desktop.WaylandDesktop]:
    """The second test desktop, once per run: a private session bus, sway (headless), waybar
    (the StatusNotifier tray), mako (notifications) and PipeWire with the null sink.

    As root (CI) it all runs as the unprivileged user `kindtest` (sway refuses root), and so
    does the app; that user is given search permission (o+x) on the directories above the venv
    and the probes that lack it, and the old modes are put back at the end.
    """
    missing = wayland_desktop.missing_tools()
    if missing:
        pytest.fail(
            "the Wayland system tests need these tools (`make system-deps` installs them as "
            "root): " + ", ".join(missing),
            pytrace=False,
        )
    user = wayland_desktop.DesktopUser.for_tests()
    # The venv, the Python it links to (and that Python's stdlib), and the probes.
    user.grant_traverse(
        [
            Path(sys.executable).parent,
            Path(sys.executable).resolve().parent,
            Path(sys.base_prefix),
            desktop.PROBES,
        ]
    )
    try:
        reach = user.run(
            [sys.executable, "-c", "import kindapp, PySide6.QtWidgets"],
            desktop.base_env(),
            cwd="/",
        )
        if reach.returncode != 0:
            pytest.fail(
                f"the desktop's user {user.name} cannot run this venv's Python and kindapp:\n"
                + reach.stderr,
                pytrace=False,
            )
        wl = wayland_desktop.WaylandDesktop(user)
        try:
            wl.start()
            yield wl
        finally:
            wl.stop()
    finally:
        user.restore()


@pytest.fixture
def wayland_kind_env(
    request: pytest.FixtureRequest, wayland: wayland_desktop.WaylandDesktop
) -> Iterator[desktop.KindEnv]:
    """kind_env for the Wayland desktop: fresh XDG dirs owned by the desktop's user, the
    desktop's display, runtime dir, bus and PipeWire. Apps launched with it stop at teardown."""
    env = wayland_desktop.make_kind_env(wayland, wayland.new_app_root(request.node.name))
    yield env
    for proc in env.launched:
        proc.stop()


@pytest.fixture
def launch_wayland_kind(
    wayland: wayland_desktop.WaylandDesktop, wayland_kind_env: desktop.KindEnv
) -> Callable[..., desktop.KindProcess]:
    """launch_wayland_kind(*args) -> KindProcess: the installed kindapp on the Wayland desktop,
    as the desktop's user."""

    def launch(*args: str) -> desktop.KindProcess:
        return wayland_desktop.launch(wayland, wayland_kind_env, *args)

    return launch


@pytest.fixture
def wayland_recorder(
    tmp_path: Path, wayland: wayland_desktop.WaylandDesktop
) -> Iterator[desktop.Recorder]:
    """desktop.Recorder on the PipeWire null sink's monitor."""
    rec = desktop.Recorder(wayland.sound, tmp_path / "recording.wav")  # type: ignore[arg-type]
    yield rec
    if rec.proc is not None:
        desktop.stop_process(rec.proc, desktop.signal.SIGINT)
