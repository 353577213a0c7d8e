"""Fixtures for system tests: a real desktop (Xvfb + trayer + PulseAudio, or the Wayland one:
sway + waybar + mako + PipeWire, see wayland_desktop.py) and the real app.

The desktop is started once per test run, on a display number and a sound-server socket of its
own, so two runs (or a developer's own session) never share anything. Each test gets fresh
XDG directories and a clean environment through `kind_env`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import desktop
import gnome_desktop
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


@pytest.fixture
def pipe_recorder(tmp_path: Path, pulse: desktop.PulseServer) -> Iterator[desktop.PipeRecorder]:
    """The sink's monitor recorded into memory, each chunk stamped on arrival (call .start());
    stopped at teardown. A test using it joins the "sound-timing" group (tests/conftest.py)."""
    rec = desktop.PipeRecorder(pulse, tmp_path / "parec.log")
    yield rec
    rec.stop()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    desktop.ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return desktop.ARTIFACTS


# --------------------------------------------------------------------------- the Wayland desktop


@contextlib.contextmanager
def desktop_user() -> Iterator[wayland_desktop.DesktopUser]:
    """The user who runs the Wayland and GNOME desktops and their apps (`kindtest` as root),
    given search permission (o+x) on the directories above the venv, the Python it links to and
    the probes that lack it; the old modes are put back when the last one using them is done.

    On a parallel run two workers may hold desktops at once (the "wayland" and "gnome" groups):
    the user is made and the grants given under a lock file, with a count of holders beside it
    (in KIND_TEST_LOCKS), so that one worker's end never takes them from under another.
    """
    paths = [
        Path(sys.executable).parent,
        Path(sys.executable).resolve().parent,
        Path(sys.base_prefix),
        desktop.PROBES,
    ]
    locks = os.environ.get("KIND_TEST_LOCKS")
    if not locks:
        user = wayland_desktop.DesktopUser.for_tests()
        user.grant_traverse(paths)
        try:
            yield _reachable(user)
        finally:
            user.restore()
        return
    state = Path(locks) / "desktop-user.json"
    with _locked(Path(locks) / "desktop-user.lock"):
        user = wayland_desktop.DesktopUser.for_tests()
        held: dict[str, Any] = (
            json.loads(state.read_text()) if state.exists() else {"holders": 0, "modes": []}
        )
        if held["holders"] == 0:
            held["modes"] = [[str(d), mode] for d, mode in user.grant_traverse_modes(paths)]
        held["holders"] += 1
        state.write_text(json.dumps(held))
    try:
        yield _reachable(user)
    finally:
        with _locked(Path(locks) / "desktop-user.lock"):
            held = json.loads(state.read_text())
            held["holders"] -= 1
            if held["holders"] == 0:
                for directory, mode in reversed(held["modes"]):
                    with contextlib.suppress(OSError):
                        Path(directory).chmod(mode)
                held["modes"] = []
            state.write_text(json.dumps(held))


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _reachable(user: wayland_desktop.DesktopUser) -> wayland_desktop.DesktopUser:
    reach = user.run(
        [sys.executable, "-c", "import kindapp, PySide6.QtWidgets"], desktop.base_env(), cwd="/"
    )
    if reach.returncode != 0:
        pytest.fail(
            f"the desktop's user {user.name} cannot run this venv's Python and kindapp:\n"
            + reach.stderr,
            pytrace=False,
        )
    return user


class _UserDesktop(Protocol):
    def start(self) -> None: ...

    def stop(self) -> None: ...


_D = TypeVar("_D", bound=_UserDesktop)


def _run_as_desktop_user(
    name: str, missing: list[str], make: Callable[[wayland_desktop.DesktopUser], _D]
) -> Iterator[_D]:
    """A desktop run by `desktop_user` (Wayland, GNOME): started, yielded, stopped; the run
    fails (never skips) when a tool it needs is not installed."""
    if missing:
        pytest.fail(
            f"the {name} system tests need these tools (`make system-deps` installs them as "
            "root): " + ", ".join(missing),
            pytrace=False,
        )
    with desktop_user() as user:
        made = make(user)
        try:
            made.start()
            yield made
        finally:
            made.stop()


@pytest.fixture(scope="session")
def wayland() -> Iterator[wayland_desktop.WaylandDesktop]:
    """The second test desktop, once per run: a private session bus, sway (headless), waybar
    (the StatusNotifier tray), mako (notifications) and PipeWire with the null sink.

    As root (CI) it all runs as the unprivileged user `kindtest` (sway refuses root), and so
    does the app (see `desktop_user`).
    """
    yield from _run_as_desktop_user(
        "Wayland", wayland_desktop.missing_tools(), wayland_desktop.WaylandDesktop
    )


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


# --------------------------------------------------------------------------- the GNOME desktop


@pytest.fixture(scope="session")
def gnome() -> Iterator[gnome_desktop.GnomeDesktop]:
    """The third test desktop, once per worker that runs the "gnome" group: GNOME Shell
    (headless, Wayland, no tray), its notifications, Kind's launcher installed, PipeWire.

    As root (CI) it runs as the unprivileged user `kindtest`, and so does the app (see
    `desktop_user`).
    """
    yield from _run_as_desktop_user(
        "GNOME", gnome_desktop.missing_tools(), gnome_desktop.GnomeDesktop
    )


@pytest.fixture
def gnome_kind_env(
    request: pytest.FixtureRequest, gnome: gnome_desktop.GnomeDesktop
) -> Iterator[desktop.KindEnv]:
    """kind_env for GNOME: fresh XDG dirs owned by the desktop's user, the shell's display,
    the desktop's runtime dir, bus and PipeWire. Apps launched with it stop at teardown, and
    the shell's notifications are cleared for the next test."""
    gnome.clear_notifications()
    env = gnome_desktop.make_kind_env(gnome, gnome.new_app_root(request.node.name))
    yield env
    for proc in env.launched:
        proc.stop()
    gnome.clear_notifications()


@pytest.fixture
def launch_gnome_kind(
    gnome: gnome_desktop.GnomeDesktop, gnome_kind_env: desktop.KindEnv
) -> Callable[..., desktop.KindProcess]:
    """launch_gnome_kind(*args) -> KindProcess: the installed kindapp on GNOME Shell, as the
    desktop's user."""

    def launch(*args: str) -> desktop.KindProcess:
        return gnome_desktop.launch(gnome, gnome_kind_env, *args)

    return launch
