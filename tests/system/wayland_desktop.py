"""The second test desktop: Wayland (sway, headless), a StatusNotifier tray (waybar), real
notifications (mako) and PipeWire as the sound server, all on a private D-Bus session bus.

Like desktop.py, every piece is a small class that starts real processes and stops them again;
every wait is a bounded wait on a condition (a socket that exists, a bus name that is owned, a
sink that answers). sway refuses to run as root, so when the tests run as root (CI does) the
desktop *and* the app run as an unprivileged user (`DesktopUser`, created with useradd when
missing); otherwise everything runs as the caller. The test process itself stays root and
reaches the desktop through the same sockets (the private bus lets both users in).
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import re
import shutil
import stat
import subprocess
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import desktop
from desktop import DesktopError, base_env, popen, stop_process, tail, wait_until

SINK = desktop.SINK
RATE = desktop.RATE
OUTPUT = "HEADLESS-1"
RESOLUTION = "1280x800"
WATCHER = "org.kde.StatusNotifierWatcher"
NOTIFICATIONS = "org.freedesktop.Notifications"
USER_NAME = "kindtest"

# Tools the Wayland desktop needs, by Debian package (named when one is missing).
TOOLS = {
    "sway": "sway",
    "waybar": "waybar",
    "mako": "mako-notifier",
    "makoctl": "mako-notifier",
    "grim": "grim",
    "pipewire": "pipewire-bin",
    "pipewire-pulse": "pipewire-pulse",
    "wireplumber": "wireplumber",
    "dbus-daemon": "dbus-daemon",
    "busctl": "systemd",
    "notify-send": "libnotify-bin",
    "wtype": "wtype",
    "swaymsg": "sway",
    "pactl": "pulseaudio-utils",
    "parecord": "pulseaudio-utils",
    "paplay": "pulseaudio-utils",
}
ROOT_TOOLS = {"useradd": "passwd"}


def missing_tools() -> list[str]:
    tools = dict(TOOLS)
    if os.geteuid() == 0:
        tools.update(ROOT_TOOLS)
    return [
        f"{tool} (Debian package {pkg})" for tool, pkg in tools.items() if not shutil.which(tool)
    ]


# --------------------------------------------------------------------------- the desktop's user


@dataclass
class DesktopUser:
    """Who runs the desktop and the app: an unprivileged user when we are root, else ourselves."""

    name: str
    uid: int
    gid: int
    is_self: bool
    _granted: list[tuple[Path, int]] = field(default_factory=list)

    @classmethod
    def for_tests(cls, name: str = USER_NAME) -> DesktopUser:
        if os.geteuid() != 0:
            entry = pwd.getpwuid(os.geteuid())
            return cls(entry.pw_name, entry.pw_uid, entry.pw_gid, is_self=True)
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            result = subprocess.run(
                [
                    "useradd",
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--home-dir",
                    "/nonexistent",
                    "--shell",
                    "/usr/sbin/nologin",
                    name,
                ],
                capture_output=True,
                text=True,
                timeout=30,
            )
            if result.returncode != 0:
                raise DesktopError(f"useradd {name} failed: {result.stderr}") from None
            entry = pwd.getpwnam(name)
        return cls(entry.pw_name, entry.pw_uid, entry.pw_gid, is_self=False)

    def popen_kwargs(self) -> dict[str, Any]:
        """subprocess arguments that run a child as this user (nothing when it is ourselves)."""
        if self.is_self:
            return {}
        return {"user": self.uid, "group": self.gid, "extra_groups": []}

    def own(self, path: Path) -> Path:
        """Hand `path` (and everything below it) to this user."""
        if not self.is_self:
            for p in [path, *path.rglob("*")]:
                os.chown(p, self.uid, self.gid, follow_symlinks=False)
        return path

    def private_dir(self, path: Path) -> Path:
        desktop.private_dir(path)
        return self.own(path)

    def grant_traverse(self, paths: Sequence[Path]) -> list[Path]:
        """Let this user reach `paths` (the venv, the checkout): every ancestor directory that
        others cannot search gets o+x (search only: nobody can list it), remembered so that
        `restore()` puts the old modes back. Returns the directories changed."""
        changed: list[Path] = []
        if self.is_self:
            return changed
        for target in paths:
            resolved = target.resolve()
            for directory in [*reversed(resolved.parents), resolved]:
                mode = directory.stat().st_mode
                if not mode & stat.S_IXOTH:
                    directory.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)
                    self._granted.append((directory, stat.S_IMODE(mode)))
                    changed.append(directory)
        return changed

    def grant_traverse_modes(self, paths: Sequence[Path]) -> list[tuple[Path, int]]:
        """grant_traverse, handing the old modes to the caller (who puts them back) instead of
        remembering them."""
        self.grant_traverse(paths)
        granted, self._granted = self._granted, []
        return granted

    def restore(self) -> None:
        while self._granted:
            directory, mode = self._granted.pop()
            with contextlib.suppress(OSError):
                directory.chmod(mode)

    def run(
        self, args: Sequence[str], env: Mapping[str, str], timeout: float = 30.0, **kwargs: Any
    ) -> subprocess.CompletedProcess[str]:
        """Run a short command as this user (stdin closed, output captured as text)."""
        return subprocess.run(
            list(args),
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            **self.popen_kwargs(),
            **kwargs,
        )


# --------------------------------------------------------------------------- pieces


class SessionBus:
    """A private dbus-daemon (session bus type, unless told) on a unix socket in the desktop's
    directory.

    Its policy lets both the desktop's user and the test process (root in CI) connect.
    """

    def __init__(
        self,
        user: DesktopUser,
        workdir: Path,
        *,
        name: str = "bus",
        bus_type: str = "session",
        service_dir: Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.user = user
        self.workdir = workdir
        self.socket = workdir / name
        self.address = f"unix:path={self.socket}"
        self.config = workdir / f"{name}.conf"
        self.log = workdir / ("dbus-daemon.log" if name == "bus" else f"dbus-daemon-{name}.log")
        self.bus_type = bus_type
        # Where the bus finds services to start on demand (none when None: nothing is activated).
        self.service_dir = service_dir
        # The environment of the bus, and so of every service it activates.
        self.env = dict(env) if env is not None else base_env()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 15.0) -> None:
        users = sorted({self.user.name, pwd.getpwuid(os.geteuid()).pw_name})
        allow = "\n".join(f'    <allow user="{name}"/>' for name in users)
        services = f"  <servicedir>{self.service_dir}</servicedir>\n" if self.service_dir else ""
        self.config.write_text(
            f"""<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>{self.bus_type}</type>
  <listen>{self.address}</listen>
{services}  <auth>EXTERNAL</auth>
  <policy context="default">
{allow}
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
        )
        with self.log.open("wb") as log:
            self.proc = popen(
                ["dbus-daemon", f"--config-file={self.config}", "--nofork", "--nopidfile"],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                **self.user.popen_kwargs(),
            )
        wait_until(self.answers, timeout, f"the session bus at {self.socket}", details=self.details)

    def details(self) -> str:
        return tail(self.log)

    def answers(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"dbus-daemon exited with {self.proc.returncode}:\n{tail(self.log)}")
        if not self.socket.exists():
            return False
        return self.busctl("list").returncode == 0

    def busctl(self, *args: str, timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["busctl", f"--address={self.address}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )

    def busctl_json(self, *args: str) -> Any:
        result = self.busctl("--json=short", *args)
        if result.returncode != 0:
            raise AssertionError(f"busctl {' '.join(args)} failed: {result.stderr.strip()}")
        return json.loads(result.stdout)

    def owner(self, name: str) -> str:
        """The unique name owning `name`, or '' when nobody does."""
        result = self.busctl(
            "--json=short",
            "call",
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "NameHasOwner",
            "s",
            name,
        )
        if result.returncode != 0 or not json.loads(result.stdout)["data"][0]:
            return ""
        got = self.busctl_json(
            "call",
            "org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus",
            "GetNameOwner",
            "s",
            name,
        )
        return str(got["data"][0])

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class Sway:
    """sway on the headless wlroots backend, one 1280x800 output, software rendering."""

    def __init__(self, user: DesktopUser, workdir: Path, runtime: Path, bus: SessionBus) -> None:
        self.user = user
        self.workdir = workdir
        self.runtime = runtime
        self.bus = bus
        self.config = workdir / "sway.conf"
        self.log = workdir / "sway.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.wayland_display = ""
        self.ipc_socket = ""

    def start(self, home: Path, timeout: float = 30.0) -> None:
        self.config.write_text(
            f"output {OUTPUT} resolution {RESOLUTION} position 0 0\n"
            f"output {OUTPUT} bg #dfe7e0 solid_color\n"
            "xwayland disable\n"
            "default_border normal 2\n"
            "focus_follows_mouse no\n"
            # sway's default answers an xdg-activation request only by marking the window
            # urgent; "smart" focuses it when its workspace is showing (as GNOME and KDE do for a
            # valid token), so a second launch can bring Kind's window to the front.
            "focus_on_window_activation smart\n"
            "seat * hide_cursor 1000\n"
        )
        env = {
            **base_env(),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "WLR_BACKENDS": "headless",
            "WLR_LIBINPUT_NO_DEVICES": "1",
            "WLR_RENDERER": "pixman",
            "WLR_HEADLESS_OUTPUTS": "1",
        }
        with self.log.open("wb") as log:
            self.proc = popen(
                ["sway", "--config", str(self.config)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                **self.user.popen_kwargs(),
            )
        self.wayland_display, self.ipc_socket = wait_until(
            self._sockets, timeout, "sway's Wayland and IPC sockets", details=lambda: tail(self.log)
        )
        wait_until(
            self.has_output, timeout, f"sway's output {OUTPUT}", details=lambda: tail(self.log)
        )

    def _sockets(self) -> tuple[str, str] | None:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"sway exited with {self.proc.returncode}:\n{tail(self.log)}")
        displays = sorted(
            p.name for p in self.runtime.glob("wayland-*") if not p.name.endswith(".lock")
        )
        assert self.proc is not None
        ipc = list(self.runtime.glob(f"sway-ipc.*.{self.proc.pid}.sock"))
        if displays and ipc:
            return displays[0], str(ipc[0])
        return None

    def env(self) -> dict[str, str]:
        return {
            "WAYLAND_DISPLAY": self.wayland_display,
            "SWAYSOCK": self.ipc_socket,
            "XDG_RUNTIME_DIR": str(self.runtime),
        }

    def msg(self, *args: str, timeout: float = 15.0) -> Any:
        """swaymsg -r (JSON) as the desktop's user."""
        result = self.user.run(
            ["swaymsg", "-r", *args], {**base_env(), **self.env()}, timeout=timeout
        )
        if result.returncode != 0:
            raise DesktopError(f"swaymsg {' '.join(args)} failed: {result.stderr}{result.stdout}")
        return json.loads(result.stdout)

    def has_output(self) -> bool:
        outputs = self.msg("-t", "get_outputs")
        return any(o.get("name") == OUTPUT and o.get("active") for o in outputs)

    def windows(self) -> list[dict[str, Any]]:
        """Every application window in sway's tree (app_id, name, pid, rect, visible, ...)."""
        found: list[dict[str, Any]] = []

        def walk(node: dict[str, Any]) -> None:
            if node.get("type") in ("con", "floating_con") and node.get("pid"):
                found.append(node)
            for child in node.get("nodes", []) + node.get("floating_nodes", []):
                walk(child)

        walk(self.msg("-t", "get_tree"))
        return found

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class Waybar:
    """waybar with a tray module: the StatusNotifierWatcher and a StatusNotifierHost."""

    CONFIG: ClassVar[dict[str, Any]] = {
        "layer": "top",
        "position": "top",
        "height": 30,
        "modules-left": ["sway/workspaces"],
        "modules-center": ["sway/window"],
        "modules-right": ["tray"],
        "tray": {"icon-size": 20, "spacing": 8},
    }
    STYLE = (
        "* { font-family: 'DejaVu Sans', sans-serif; font-size: 13px; }\n"
        "window#waybar { background: #2f3b33; color: #f2f5f2; }\n"
        "#tray, #window, #workspaces button { padding: 0 8px; color: #f2f5f2; }\n"
    )

    def __init__(self, user: DesktopUser, workdir: Path, bus: SessionBus, sway: Sway) -> None:
        self.user = user
        self.workdir = workdir
        self.bus = bus
        self.sway = sway
        self.log = workdir / "waybar.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, home: Path, timeout: float = 30.0) -> None:
        config = self.workdir / "waybar.json"
        style = self.workdir / "waybar.css"
        config.write_text(json.dumps(self.CONFIG))
        style.write_text(self.STYLE)
        env = {
            **base_env(),
            **self.sway.env(),
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "GDK_BACKEND": "wayland",
            "NO_AT_BRIDGE": "1",
            "GTK_A11Y": "none",
        }
        with self.log.open("wb") as log:
            self.proc = popen(
                ["waybar", "--config", str(config), "--style", str(style)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                **self.user.popen_kwargs(),
            )
        wait_until(
            lambda: self._alive() and self.bus.owner(WATCHER),
            timeout,
            f"waybar to own {WATCHER}",
            interval=0.05,
            details=lambda: tail(self.log),
        )
        wait_until(
            lambda: self._alive() and self.host_registered(),
            timeout,
            "a StatusNotifierHost registered with the watcher",
            interval=0.05,
            details=lambda: tail(self.log),
        )

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"waybar exited with {self.proc.returncode}:\n{tail(self.log)}")
        return True

    def _watcher_property(self, name: str) -> Any:
        got = self.bus.busctl_json("get-property", WATCHER, "/StatusNotifierWatcher", WATCHER, name)
        return got["data"]

    def host_registered(self) -> bool:
        return bool(self._watcher_property("IsStatusNotifierHostRegistered"))

    def items(self) -> list[str]:
        """RegisteredStatusNotifierItems: 'SERVICE/PATH' (or a bus name) per tray icon."""
        return [str(item) for item in self._watcher_property("RegisteredStatusNotifierItems")]

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class Mako:
    """mako as the notification server; notifications stay until dismissed (no timeout)."""

    def __init__(self, user: DesktopUser, workdir: Path, bus: SessionBus, sway: Sway) -> None:
        self.user = user
        self.workdir = workdir
        self.bus = bus
        self.sway = sway
        self.log = workdir / "mako.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, home: Path, timeout: float = 30.0) -> None:
        config = self.workdir / "mako.ini"
        config.write_text(
            "font=DejaVu Sans 11\n"
            "default-timeout=0\n"
            "ignore-timeout=1\n"
            "max-visible=5\n"
            "background-color=#fbfaf7\n"
            "text-color=#2f3b33\n"
            "border-color=#7a9e7e\n"
        )
        env = {
            **base_env(),
            **self.sway.env(),
            "HOME": str(home),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
        }
        with self.log.open("wb") as log:
            self.proc = popen(
                ["mako", "--config", str(config)],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                **self.user.popen_kwargs(),
            )
        wait_until(
            lambda: self._alive() and self.bus.owner(NOTIFICATIONS),
            timeout,
            f"mako to own {NOTIFICATIONS}",
            interval=0.05,
            details=lambda: tail(self.log),
        )

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"mako exited with {self.proc.returncode}:\n{tail(self.log)}")
        return True

    def makoctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {**base_env(), "DBUS_SESSION_BUS_ADDRESS": self.bus.address}
        return self.user.run(["makoctl", *args], env)

    def notifications(self) -> list[dict[str, Any]]:
        """`makoctl list`, flattened: [{"id": 1, "summary": ..., "actions": {...}, ...}]."""
        result = self.makoctl("list")
        if result.returncode != 0:
            raise AssertionError(f"makoctl list failed: {result.stderr}")
        data = json.loads(result.stdout)
        return [
            {key: value.get("data") for key, value in entry.items()} for entry in data["data"][0]
        ]

    def invoke(self, notification_id: int, action: str = "default") -> None:
        result = self.makoctl("invoke", "-n", str(notification_id), action)
        if result.returncode != 0:
            raise AssertionError(f"makoctl invoke failed: {result.stderr}")

    def dismiss_all(self) -> None:
        self.makoctl("dismiss", "--all")

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


class PipeWireServer:
    """PipeWire + WirePlumber + pipewire-pulse with a null sink `kind_sink` as the sound card.

    Same interface as desktop.PulseServer (server, client_conf, client_env(), pactl()), so
    desktop.Recorder and desktop.play_file work against it unchanged.
    """

    def __init__(self, user: DesktopUser, workdir: Path, runtime: Path, bus: SessionBus) -> None:
        self.user = user
        self.workdir = workdir
        self.runtime = runtime
        self.bus = bus
        self.socket = runtime / "pulse" / "native"
        self.server = f"unix:{self.socket}"
        self.client_conf = workdir / "pulse-client.conf"
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Path] = []

    def client_env(self) -> dict[str, str]:
        return {
            **base_env(),
            "PULSE_SERVER": self.server,
            "PULSE_CLIENTCONFIG": str(self.client_conf),
        }

    def details(self) -> str:
        return "\n".join(f"--- {log.name} ---\n{tail(log, 20)}" for log in self.logs)

    def start(self, home: Path, timeout: float = 30.0) -> None:
        self.client_conf.write_text("autospawn = no\n")
        env = {
            **base_env(),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_STATE_HOME": str(home / ".local" / "state"),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "PIPEWIRE_RUNTIME_DIR": str(self.runtime),
            "DISABLE_RTKIT": "1",
        }
        self._spawn("pipewire", env)
        wait_until(
            lambda: self._alive() and (self.runtime / "pipewire-0").exists(),
            timeout,
            "pipewire's socket",
            details=self.details,
        )
        self._spawn("wireplumber", env)
        self._spawn("pipewire-pulse", env)
        wait_until(
            lambda: self._alive() and self.answers(),
            timeout,
            "pipewire-pulse to answer pactl info",
            interval=0.05,
            details=self.details,
        )
        self.pactl(
            "load-module",
            "module-null-sink",
            f"sink_name={SINK}",
            f"rate={RATE}",
            "channels=2",
            "sink_properties=device.description=Kind_test_sink",
        )
        wait_until(
            lambda: self._alive() and self._set_default(),
            timeout,
            f"{SINK} as the default sink",
            interval=0.05,
            details=self.details,
        )

    def _set_default(self) -> bool:
        if SINK not in self.pactl("list", "short", "sinks"):
            return False
        self.pactl("set-default-sink", SINK)
        return f"Default Sink: {SINK}" in self.pactl("info")

    def _spawn(self, name: str, env: Mapping[str, str]) -> None:
        log_path = self.workdir / f"{name}.log"
        self.logs.append(log_path)
        with log_path.open("wb") as log:
            self.procs.append(
                popen(
                    [name],
                    env=dict(env),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    **self.user.popen_kwargs(),
                )
            )

    def _alive(self) -> bool:
        for proc, log in zip(self.procs, self.logs, strict=True):
            if proc.poll() is not None:
                raise DesktopError(f"{log.stem} exited with {proc.returncode}:\n{tail(log)}")
        return True

    def answers(self) -> bool:
        if not self.socket.exists():
            return False
        result = subprocess.run(
            ["pactl", "info"], env=self.client_env(), capture_output=True, timeout=10
        )
        return result.returncode == 0

    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args], env=self.client_env(), capture_output=True, text=True, timeout=10
        )
        if result.returncode != 0:
            raise DesktopError(f"pactl {' '.join(args)} failed: {result.stderr}")
        return result.stdout

    def stop(self) -> None:
        for proc in reversed(self.procs):
            stop_process(proc)


# --------------------------------------------------------------------------- the whole desktop


class WaylandDesktop:
    """Bus, sway, waybar (tray), mako (notifications) and PipeWire (sound), in that order."""

    def __init__(self, user: DesktopUser) -> None:
        self.user = user
        # A short path of its own (unix socket paths are limited to 108 bytes), owned by the
        # desktop's user so that it can create its sockets there.
        self.workdir = user.private_dir(Path(tempfile.mkdtemp(prefix="kind-wl-")))
        self.home = user.private_dir(self.workdir / "home")
        self.runtime = user.private_dir(self.workdir / "runtime")
        self.apps = user.private_dir(self.workdir / "apps")
        self.bus = SessionBus(user, self.workdir)
        self.sway = Sway(user, self.workdir, self.runtime, self.bus)
        self.waybar = Waybar(user, self.workdir, self.bus, self.sway)
        self.mako = Mako(user, self.workdir, self.bus, self.sway)
        self.sound = PipeWireServer(user, self.workdir, self.runtime, self.bus)
        self._started: list[Any] = []

    def start(self) -> None:
        self.bus.start()
        self._started.append(self.bus)
        self.sway.start(self.home)
        self._started.append(self.sway)
        self.waybar.start(self.home)
        self._started.append(self.waybar)
        self.mako.start(self.home)
        self._started.append(self.mako)
        self.sound.start(self.home)
        self._started.append(self.sound)

    def stop(self) -> None:
        while self._started:
            self._started.pop().stop()
        shutil.rmtree(self.workdir, ignore_errors=True)

    def logs(self) -> str:
        parts = []
        for log in sorted(self.workdir.glob("*.log")):
            parts += [f"--- {log.name} (tail) ---", tail(log, 15)]
        return "\n".join(parts)

    def client_env(self) -> dict[str, str]:
        """What a client on this desktop sees: its display, runtime dir, bus and sound server."""
        return {
            **base_env(),
            **self.sway.env(),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "PULSE_SERVER": self.sound.server,
            "PULSE_CLIENTCONFIG": str(self.sound.client_conf),
            "QT_QPA_PLATFORM": "wayland",
            "NO_AT_BRIDGE": "1",
        }

    def run(self, args: Sequence[str], env: Mapping[str, str] | None = None, **kw: Any) -> Any:
        """Run a client command on the desktop as its user (captured, bounded)."""
        return self.user.run(args, {**self.client_env(), **(env or {})}, **kw)

    def screenshot(self, path: Path) -> Path:
        """The whole output, with grim (wlr-screencopy), as a PNG at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        shot = self.workdir / f"shot-{os.getpid()}.png"
        result = self.run(["grim", "-t", "png", str(shot)])
        if result.returncode != 0 or not shot.exists():
            raise AssertionError(f"grim failed ({result.returncode}): {result.stderr}")
        shutil.move(shot, path)
        return path

    def new_app_root(self, name: str) -> Path:
        """A fresh directory, owned by the desktop's user, for one test's app files."""
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name)[:60]
        return self.user.private_dir(Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=self.apps)))


# --------------------------------------------------------------------------- the app on it


def make_kind_env(wayland: WaylandDesktop, root: Path) -> desktop.KindEnv:
    """desktop.make_kind_env for the Wayland desktop: Kind's own XDG dirs under `root` (owned
    by the desktop's user), the desktop's display, runtime dir, bus and PipeWire."""
    env = desktop.make_kind_env(root, None, wayland.sound.server, wayland.sound.client_conf)
    env.update(
        {
            **wayland.sway.env(),
            "DBUS_SESSION_BUS_ADDRESS": wayland.bus.address,
            "QT_QPA_PLATFORM": "wayland",
        }
    )
    # The app's XDG_RUNTIME_DIR is the desktop user's, as in a real session.
    env.runtime_dir = wayland.runtime
    wayland.user.own(root)
    return env


def launch(
    wayland: WaylandDesktop, env: desktop.KindEnv, *args: str, name: str | None = None
) -> desktop.KindProcess:
    """desktop.launch, as the desktop's user."""
    script = desktop.kindapp_script()
    if not script.exists():
        raise DesktopError(f"no installed kindapp script at {script}: pip install the package")
    stem = name or f"kindapp-{len(env.launched)}"
    out_path, err_path = env.root / f"{stem}.stdout", env.root / f"{stem}.stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        proc = popen(
            [str(script), *args],
            env=dict(env),
            stdout=out,
            stderr=err,
            cwd=env.root,
            **wayland.user.popen_kwargs(),
        )
    kind = desktop.KindProcess(tuple(args), proc, out_path, err_path)
    env.launched.append(kind)
    return kind


def run_kind(
    wayland: WaylandDesktop, env: Mapping[str, str], *args: str, timeout: float = 30.0
) -> subprocess.CompletedProcess[str]:
    """desktop.run_kind, as the desktop's user."""
    return wayland.user.run([str(desktop.kindapp_script()), *args], env, timeout=timeout)


def export(wayland: WaylandDesktop, env: desktop.KindEnv, name: str) -> dict[str, Any]:
    """`kindapp --export` (as the desktop's user) into the test's directory, parsed and
    checked as desktop.export checks it."""
    path = env.root / name
    result = run_kind(wayland, env, "--export", str(path))
    assert result.returncode == 0, (
        f"kindapp --export exited {result.returncode}\nstdout: {result.stdout}\n"
        f"stderr: {result.stderr}"
    )
    data: dict[str, Any] = json.loads(path.read_text())
    assert data.get("format") == "kindapp-journal", data
    assert isinstance(data.get("practices"), list), data
    return data


# --------------------------------------------------------------------------- the tray (SNI)


@dataclass(frozen=True)
class TrayItem:
    """One StatusNotifierItem as the watcher lists it: its bus service and object path."""

    service: str
    path: str

    @classmethod
    def parse(cls, entry: str) -> TrayItem:
        # The watcher lists "SERVICE/PATH" (Qt registers its unique name and a path) or a bare
        # service name (then the path is the spec's default).
        if "/" in entry:
            service, _, path = entry.partition("/")
            return cls(service, "/" + path)
        return cls(entry, "/StatusNotifierItem")


def sni_property(bus: SessionBus, item: TrayItem, name: str) -> Any:
    got = bus.busctl_json(
        "get-property", item.service, item.path, "org.kde.StatusNotifierItem", name
    )
    return got["data"]


def items_of_pid(bus: SessionBus, items: Sequence[str], pid: int) -> list[TrayItem]:
    """The registered tray items whose bus connection belongs to process `pid`."""
    found = []
    for entry in items:
        item = TrayItem.parse(entry)
        with contextlib.suppress(AssertionError, KeyError, IndexError):
            got = bus.busctl_json(
                "call",
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "GetConnectionUnixProcessID",
                "s",
                item.service,
            )
            if int(got["data"][0]) == pid:
                found.append(item)
    return found


def menu_layout(bus: SessionBus, service: str, menu_path: str) -> dict[str, Any]:
    """com.canonical.dbusmenu GetLayout(0, -1, []) as nested {"id", "props", "children"}."""
    got = bus.busctl_json(
        "call",
        service,
        menu_path,
        "com.canonical.dbusmenu",
        "GetLayout",
        "iias",
        "--",
        "0",
        "-1",
        "0",
    )
    _revision, root = got["data"]

    def node(raw: list[Any]) -> dict[str, Any]:
        ident, props, children = raw
        return {
            "id": int(ident),
            "props": {key: value.get("data") for key, value in props.items()},
            "children": [node(child["data"]) for child in children],
        }

    return node(root)


def menu_entries(layout: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every entry below the root, depth first."""
    for child in layout["children"]:
        yield child
        yield from menu_entries(child)


def menu_label(entry: dict[str, Any]) -> str:
    return str(entry["props"].get("label", "")).replace("&", "")


def click_menu_entry(bus: SessionBus, service: str, menu_path: str, entry_id: int) -> None:
    """The tray host's click: com.canonical.dbusmenu Event(id, "clicked", "", 0)."""
    result = bus.busctl(
        "call",
        service,
        menu_path,
        "com.canonical.dbusmenu",
        "Event",
        "isvu",
        "--",
        str(entry_id),
        "clicked",
        "s",
        "",
        "0",
    )
    if result.returncode != 0:
        raise AssertionError(f"dbusmenu Event failed: {result.stderr}")


def start_probe(
    wayland: WaylandDesktop, env: Mapping[str, str], script: str, log: Path
) -> subprocess.Popen[bytes]:
    """Start probes/`script` with this venv's Python on the desktop, as the desktop's user."""
    with log.open("wb") as out:
        return popen(
            [desktop.sys.executable, str(desktop.PROBES / script)],
            env=dict(env),
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd="/",
            **wayland.user.popen_kwargs(),
        )


# --------------------------------------------------------------------------- Kind's windows


def windows_of(wayland: WaylandDesktop, pid: int) -> list[dict[str, Any]]:
    """The application windows process `pid` has in sway's tree."""
    return [w for w in wayland.sway.windows() if w.get("pid") == pid]


def wait_for_window(
    wayland: WaylandDesktop, env: desktop.KindEnv, pid: int, timeout: float = 20.0
) -> dict[str, Any]:
    """Wait until process `pid` has a visible window titled Kind in sway's tree; returns it."""

    def found() -> dict[str, Any] | None:
        for window in windows_of(wayland, pid):
            if window.get("name") == "Kind" and window.get("visible"):
                return window
        return None

    return wait_until(
        found,
        timeout,
        f"a visible Kind window of pid {pid} in sway's tree",
        interval=0.05,
        details=env.diagnostics,
    )


def press_until(
    wayland: WaylandDesktop,
    key: str,
    done: Callable[[], object],
    what: str,
    *,
    attempts: int = 3,
    timeout: float = 3.0,
) -> None:
    """Press `key` in the focused window (wtype, through sway's virtual keyboard) until `done()`.

    wtype makes a new virtual keyboard for every call; the first key after the keyboard appears
    is sometimes lost before the client has it (seen with Qt right after a tray-menu click), so
    the press is repeated, each time only after `done()` stayed false for `timeout` s.
    """
    for attempt in range(attempts):
        result = wayland.run(["wtype", "-s", "100", "-k", key])
        if result.returncode != 0:
            raise AssertionError(f"wtype failed: {result.stderr}")
        try:
            wait_until(done, timeout, what)
            return
        except TimeoutError:
            if attempt == attempts - 1:
                raise


# --------------------------------------------------------------------------- the bus, watched


class BusMonitor:
    """`busctl monitor --json=short NAME` on the desktop's bus: every message to and from NAME,
    as parsed JSON objects, from the moment `start()` returns."""

    def __init__(self, bus: SessionBus, name: str, out: Path) -> None:
        self.bus = bus
        self.name = name
        self.out = out
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> None:
        with self.out.open("wb") as out:
            self.proc = popen(
                ["busctl", f"--address={self.bus.address}", "monitor", "--json=short", self.name],
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        # busctl prints this once it has become a monitor.
        wait_until(
            lambda: "Monitoring bus message stream" in self.out.read_text(errors="replace"),
            timeout,
            "busctl monitor to start",
            details=lambda: tail(self.out),
        )

    def messages(self) -> list[dict[str, Any]]:
        found = []
        for line in self.out.read_text(errors="replace").splitlines():
            if line.startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    found.append(json.loads(line))
        return found

    def calls(self, member: str) -> list[dict[str, Any]]:
        return [
            m for m in self.messages() if m["type"] == "method_call" and m.get("member") == member
        ]

    def reply_to(self, call: dict[str, Any]) -> dict[str, Any] | None:
        for m in self.messages():
            if m.get("reply_cookie") == call["cookie"] and m.get("destination") == call["sender"]:
                return m
        return None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)
