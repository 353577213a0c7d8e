"""The third test desktop: GNOME Shell (headless, Wayland), the desktop most Linux users have and
the one with no system tray. Its notifications come from the shell itself (through the small gjs
service `org.gnome.Shell.Notifications`), its launcher is the shell's app system, PipeWire is
the sound server, all on a private session bus and a private system bus.

Facts this rests on (../../shared/DESIGN.md, verified on Debian 12, gnome-shell 43.9):

- `gnome-shell --headless --wayland --no-x11 --virtual-monitor 1280x800` runs as an unprivileged
  user with no GPU, no systemd and no logind, given its own session and system buses. Where
  systemd's runtime files exist it goes looking for a logind session, so as root it starts in a
  mount namespace of its own with a tmpfs over /run/systemd, then drops to the desktop's user.
- `org.gnome.Shell.Eval` answers only in unsafe mode, and GNOME 43 has no flag for it: a small
  test extension (enabled in the user's dconf before the shell starts) turns it on. Through Eval
  the tests see what a person sees (windows, notifications) and act as a person would (close a
  window, click a banner, pick an action from the launcher's menu).
- Only the shell's own services may be activated on the session bus (dconf for settings, the
  notification service): another notification daemon's activation file would answer instead.

Like the other desktops, every piece starts real processes and every wait is a bounded wait on a
condition. As root (CI) the desktop and the app run as the unprivileged user `kindtest`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import desktop
import wayland_desktop
from desktop import DesktopError, base_env, popen, stop_process, tail, wait_until
from wayland_desktop import DesktopUser, PipeWireServer, SessionBus

RESOLUTION = "1280x800"
SHELL = "org.gnome.Shell"
NOTIFICATIONS = "org.freedesktop.Notifications"
EXTENSION_UUID = "kind-test@kindapp.org"
APP_ID = "org.kindapp.Kind"
DESKTOP_FILE = f"{APP_ID}.desktop"

# Tools the GNOME desktop needs, by Debian package (named when one is missing).
TOOLS = {
    "gnome-shell": "gnome-shell",
    "gjs": "gjs",
    "gsettings": "libglib2.0-bin",
    "dbus-daemon": "dbus-daemon",
    "busctl": "systemd",
    "pipewire": "pipewire-bin",
    "pipewire-pulse": "pipewire-pulse",
    "wireplumber": "wireplumber",
    "pactl": "pulseaudio-utils",
}
ROOT_TOOLS = {"useradd": "passwd", "unshare": "util-linux", "setpriv": "util-linux"}
# The session bus may start these (and nothing else: no other notification daemon).
ACTIVATABLE = ("ca.desrt.dconf", "org.gnome.Shell.Notifications")
SERVICE_FILES = Path("/usr/share/dbus-1/services")

EXTENSION_JS = """\
// Kind's test desktop: org.gnome.Shell.Eval (and the screenshot service) answer in unsafe mode.
// A banner stays up 30 s instead of 4, so that a test on a busy machine still finds it to click
// (a person has the message list under the clock for that; the tests click the banner).
const MessageTray = imports.ui.messageTray;
const proto = MessageTray.MessageTray.prototype;

class Extension {
    enable() {
        global.context.unsafe_mode = true;
        this._shown = proto._showNotificationCompleted;
        proto._showNotificationCompleted = function () {
            if (this._notification.urgency !== MessageTray.Urgency.CRITICAL)
                this._updateNotificationTimeout(30000);
        };
    }

    disable() {
        global.context.unsafe_mode = false;
        proto._showNotificationCompleted = this._shown;
    }
}

function init() { return new Extension(); }
"""


def missing_tools() -> list[str]:
    tools = dict(TOOLS)
    if os.geteuid() == 0:
        tools.update(ROOT_TOOLS)
    missing = [
        f"{tool} (Debian package {pkg})" for tool, pkg in tools.items() if not shutil.which(tool)
    ]
    missing += [
        f"{SERVICE_FILES / name}.service (Debian package gnome-shell / dconf-service)"
        for name in ACTIVATABLE
        if not (SERVICE_FILES / f"{name}.service").exists()
    ]
    return missing


class ShellError(AssertionError):
    """org.gnome.Shell.Eval failed (the code threw, or unsafe mode is off)."""


class GnomeShell:
    """gnome-shell, headless on one virtual monitor, as the desktop's user."""

    def __init__(
        self,
        user: DesktopUser,
        workdir: Path,
        runtime: Path,
        bus: SessionBus,
        system_bus: SessionBus,
    ) -> None:
        self.user = user
        self.workdir = workdir
        self.runtime = runtime
        self.bus = bus
        self.system_bus = system_bus
        self.log = workdir / "gnome-shell.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.wayland_display = "wayland-0"

    def env(self, home: Path) -> dict[str, str]:
        return {
            **base_env(),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
            "DBUS_SYSTEM_BUS_ADDRESS": self.system_bus.address,
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "GNOME",
            "XDG_SESSION_DESKTOP": "gnome",
            "NO_AT_BRIDGE": "1",
            "GTK_A11Y": "none",
        }

    def start(self, home: Path, timeout: float = 60.0) -> None:
        command = [
            "gnome-shell",
            "--headless",
            "--wayland",
            "--no-x11",
            "--virtual-monitor",
            RESOLUTION,
            "--wayland-display",
            self.wayland_display,
        ]
        if not self.user.is_self:
            # As root: a mount namespace of its own where /run/systemd is empty (no logind to
            # look for), then the desktop's user (setpriv), gnome-shell exec'd last. A change of
            # user clears the parent-death signal popen set, so setpriv sets it again.
            script = (
                "mount -t tmpfs -o size=64k,mode=755 tmpfs /run/systemd && exec setpriv "
                f"--reuid={self.user.uid} --regid={self.user.gid} --clear-groups "
                "--pdeathsig=TERM -- " + " ".join(command)
            )
            command = ["unshare", "--mount", "--propagation", "private", "--", "sh", "-c", script]
        with self.log.open("wb") as log:
            self.proc = popen(command, env=self.env(home), stdout=log, stderr=subprocess.STDOUT)
        socket = self.runtime / self.wayland_display
        wait_until(
            lambda: self._alive() and socket.exists(),
            timeout,
            f"gnome-shell's Wayland socket {socket}",
            details=self.details,
        )
        wait_until(
            lambda: self._alive() and self.bus.owner(SHELL),
            timeout,
            f"{SHELL} on the session bus",
            details=self.details,
        )
        # The test extension is enabled once the shell has started up: then Eval answers.
        wait_until(
            lambda: self._alive() and self._eval_answers(),
            timeout,
            "org.gnome.Shell.Eval (the test extension's unsafe mode)",
            interval=0.1,
            details=self.details,
        )
        # The session starts in the overview (as after a login); a person's desktop shows its
        # windows.
        wait_until(
            lambda: self.eval(
                "(() => { if (Main.layoutManager._startingUp) return false;"
                " if (Main.overview.visible) Main.overview.hide();"
                " return !Main.overview.visible; })()"
            ),
            timeout,
            "the overview to close",
            interval=0.1,
            details=lambda: (
                self.details()
                + "\n"
                + json.dumps(
                    self.eval(
                        "({startingUp: Main.layoutManager._startingUp,"
                        " visible: Main.overview.visible,"
                        " animating: Main.overview.animationInProgress})"
                    )
                )
            ),
        )

    def details(self) -> str:
        return tail(self.log)

    def _alive(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise DesktopError(f"gnome-shell exited with {self.proc.returncode}:\n{tail(self.log)}")
        return True

    def _eval_answers(self) -> bool:
        try:
            ok, _ = self._eval_raw("1")
        except ShellError:  # the name is owned before the shell's object is exported
            return False
        return ok

    def _eval_raw(self, code: str) -> tuple[bool, str]:
        result = self.bus.busctl(
            "--json=short", "call", SHELL, "/org/gnome/Shell", SHELL, "Eval", "s", code
        )
        if result.returncode != 0:
            raise ShellError(f"Eval call failed: {result.stderr.strip()}")
        ok, value = json.loads(result.stdout)["data"]
        return bool(ok), str(value)

    def eval(self, code: str) -> Any:
        """Run JavaScript in the shell; returns its value (JSON-decoded; None for undefined)."""
        ok, value = self._eval_raw(code)
        if not ok:
            raise ShellError(f"Eval failed: {value or '(unsafe mode off?)'}\ncode: {code}")
        return json.loads(value) if value else None

    def stop(self) -> None:
        if self.proc is not None:
            stop_process(self.proc)


# --------------------------------------------------------------------------- the whole desktop


class GnomeDesktop:
    """Buses, dconf settings, the test extension, gnome-shell and PipeWire, in that order."""

    def __init__(self, user: DesktopUser) -> None:
        self.user = user
        self.workdir = user.private_dir(Path(tempfile.mkdtemp(prefix="kind-gn-")))
        self.home = user.private_dir(self.workdir / "home")
        self.runtime = user.private_dir(self.workdir / "runtime")
        self.apps = user.private_dir(self.workdir / "apps")
        self.services = self.workdir / "services"
        self.services.mkdir()
        for name in ACTIVATABLE:
            shutil.copy(SERVICE_FILES / f"{name}.service", self.services)
        self.services.chmod(0o755)
        # Services the bus starts (dconf, the notification service) live in the session.
        bus_env = {
            **base_env(),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
        }
        self.bus = SessionBus(user, self.workdir, service_dir=self.services, env=bus_env)
        self.system_bus = SessionBus(user, self.workdir, name="system_bus", bus_type="system")
        self.shell = GnomeShell(user, self.workdir, self.runtime, self.bus, self.system_bus)
        self.sound = PipeWireServer(user, self.workdir, self.runtime, self.bus)
        self._started: list[Any] = []

    def start(self) -> None:
        # Each piece is listed before it starts, so that one which fails half-way is stopped too.
        self._started.append(self.bus)
        self.bus.start()
        self._started.append(self.system_bus)
        self.system_bus.start()
        self._prepare_session()
        self._started.append(self.shell)
        self.shell.start(self.home)
        self.clear_notifications()  # the shell's own "System was put in unsafe mode"
        self._started.append(self.sound)
        self.sound.start(self.home)

    def _prepare_session(self) -> None:
        """The user's settings and files as a first login would leave them, before the shell:
        the test extension installed and enabled, no welcome tour, no animations to wait out,
        and Kind's launcher (desktop entry and icons) installed the way a person installs it."""
        extension = self.home / ".local/share/gnome-shell/extensions" / EXTENSION_UUID
        extension.mkdir(parents=True)
        (extension / "extension.js").write_text(EXTENSION_JS)
        (extension / "metadata.json").write_text(
            json.dumps(
                {
                    "uuid": EXTENSION_UUID,
                    "name": "Kind test hooks",
                    "description": "Unsafe mode for Kind's system tests",
                    "shell-version": ["43"],
                }
            )
        )
        self.user.own(self.home)
        self.gsettings("set", "org.gnome.shell", "enabled-extensions", f"['{EXTENSION_UUID}']")
        self.gsettings("set", "org.gnome.shell", "welcome-dialog-last-shown-version", "'999'")
        self.gsettings("set", "org.gnome.desktop.interface", "enable-animations", "false")
        result = self.user.run(
            [str(desktop.kindapp_script()), "--install-desktop"],
            {**self.session_env(), "XDG_CONFIG_HOME": str(self.home / ".config")},
            cwd="/",
        )
        if result.returncode != 0:
            raise DesktopError(f"kindapp --install-desktop failed: {result.stderr}{result.stdout}")

    def session_env(self) -> dict[str, str]:
        return {
            **base_env(),
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "DBUS_SESSION_BUS_ADDRESS": self.bus.address,
        }

    def gsettings(self, *args: str) -> str:
        """gsettings as the desktop's user, through its dconf (changes reach the shell live)."""
        result = self.user.run(["gsettings", *args], self.session_env(), cwd="/")
        if result.returncode != 0:
            raise DesktopError(f"gsettings {' '.join(args)} failed: {result.stderr}")
        return result.stdout.strip()

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
            **self.session_env(),
            "WAYLAND_DISPLAY": self.shell.wayland_display,
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "GNOME",
            "PULSE_SERVER": self.sound.server,
            "PULSE_CLIENTCONFIG": str(self.sound.client_conf),
            "QT_QPA_PLATFORM": "wayland",
            "NO_AT_BRIDGE": "1",
        }

    def new_app_root(self, name: str) -> Path:
        """A fresh directory, owned by the desktop's user, for one test's app files."""
        safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", name)[:60]
        return self.user.private_dir(Path(tempfile.mkdtemp(prefix=f"{safe}-", dir=self.apps)))

    # -- what a person sees and does, through the shell

    def eval(self, code: str) -> Any:
        return self.shell.eval(code)

    def windows(self) -> list[dict[str, Any]]:
        """Every mapped window: title, pid, app id (wm class), focus."""
        return list(
            self.eval(
                "global.get_window_actors().map(a => a.meta_window).map(w => ({"
                "title: w.get_title(), pid: w.get_pid(), app: w.get_wm_class(),"
                "focus: w.has_focus(), hidden: w.is_hidden()}))"
            )
        )

    def close_window(self, pid: int) -> None:
        """What the window's close button (or Alt+F4) does: the shell asks the window to close."""
        closed = self.eval(
            "(() => { const ws = global.get_window_actors().map(a => a.meta_window)"
            f".filter(w => w.get_pid() === {pid});"
            " ws.forEach(w => w.delete(global.get_current_time())); return ws.length; })()"
        )
        if not closed:
            raise AssertionError(f"no window of pid {pid} to close: {self.windows()}")

    def clear_notifications(self) -> None:
        """Every notification gone from the tray (as "Clear" in the shell's message list)."""
        self.eval("Main.messageTray.getSources().forEach(s => s.destroy()); true")
        wait_until(lambda: not self.notifications(), 10, "the message tray to be empty")

    def notifications(self) -> list[dict[str, Any]]:
        """Every notification in the shell's message tray: its source, title, body, actions."""
        return list(
            self.eval(
                "Main.messageTray.getSources().flatMap(s => s.notifications.map(n => ({"
                "source: s.title, title: n.title, body: n.bannerBodyText,"
                "actions: (n.actions || []).map(a => a.label),"
                "icon: n.gicon ? n.gicon.to_string() : null,"
                "appId: s.app ? s.app.get_id() : null})))"
            )
        )

    def dismiss(self, title: str) -> None:
        """Close the notifications titled `title` (as the X on one in the message list)."""
        self.eval(
            "Main.messageTray.getSources().forEach(s => s.notifications"
            f".filter(n => n.title === {json.dumps(title)}).forEach(n => n.destroy())); true"
        )
        wait_until(
            lambda: not [n for n in self.notifications() if n["title"] == title],
            10,
            f"the notification {title!r} to go",
        )

    def banner_showing(self) -> dict[str, Any] | None:
        """The notification on screen now (the banner), or None."""
        got = self.eval(
            "Main.messageTray._banner ? ({title: Main.messageTray._banner.notification.title,"
            "body: Main.messageTray._banner.notification.bannerBodyText}) : null"
        )
        return dict(got) if got else None

    def click_banner(self) -> None:
        """A click (primary button) on the banner's body, as a person clicks it."""
        if not self.eval(
            "(() => { const b = Main.messageTray._banner; if (!b) return false;"
            " b.emit('clicked', 1); return true; })()"
        ):
            raise AssertionError("no banner showing to click")

    def person_moves(self) -> None:
        """A person's mouse moves: a virtual pointer device of the shell's seat, real input for
        Mutter, whose idle time (which Kind reads: a reminder waits while the person is away)
        starts again."""
        if not self.eval(
            "(() => { const { Clutter, GLib } = imports.gi;"
            " const seat = Clutter.get_default_backend().get_default_seat();"
            " const d = seat.create_virtual_device(Clutter.InputDeviceType.POINTER_DEVICE);"
            " const t = GLib.get_monotonic_time();"
            " d.notify_relative_motion(t, 7, 3); d.notify_relative_motion(t + 1000, -7, -3);"
            " return true; })()"
        ):
            raise AssertionError("the virtual pointer did not move")

    def launch_action(self, action: str) -> None:
        """Pick `action` from Kind's launcher menu (the dash icon's right-click menu)."""
        if not self.eval(
            f"(() => {{ const app = Shell.AppSystem.get_default().lookup_app('{DESKTOP_FILE}');"
            " if (!app) return false;"
            f" app.launch_action('{action}', global.get_current_time(), -1); return true; }})()"
        ):
            raise AssertionError(f"the shell knows no {DESKTOP_FILE} (is the launcher installed?)")

    def activate_launcher(self) -> None:
        """A click on Kind's icon in the dash (or the app grid)."""
        if not self.eval(
            f"(() => {{ const app = Shell.AppSystem.get_default().lookup_app('{DESKTOP_FILE}');"
            " if (!app) return false; app.activate(); return true; })()"
        ):
            raise AssertionError(f"the shell knows no {DESKTOP_FILE} (is the launcher installed?)")

    def launcher_actions(self) -> list[str]:
        """The actions the shell offers on Kind's launcher menu, as (id) names."""
        return list(
            self.eval(
                f"Shell.AppSystem.get_default().lookup_app('{DESKTOP_FILE}')"
                ".get_app_info().list_actions()"
            )
        )

    def screenshot(self, path: Path) -> Path:
        """The whole screen, through org.gnome.Shell.Screenshot, as a PNG at `path`."""
        path.parent.mkdir(parents=True, exist_ok=True)
        shot = self.workdir / f"shot-{os.getpid()}.png"
        result = self.bus.busctl(
            "--json=short",
            "call",
            SHELL,
            "/org/gnome/Shell/Screenshot",
            f"{SHELL}.Screenshot",
            "Screenshot",
            "bbs",
            "false",
            "false",
            str(shot),
        )
        if result.returncode != 0 or not shot.exists():
            raise AssertionError(f"Screenshot failed: {result.stderr}{result.stdout}")
        shutil.move(shot, path)
        return path


# --------------------------------------------------------------------------- the app on it


def make_kind_env(gnome: GnomeDesktop, root: Path) -> desktop.KindEnv:
    """desktop.make_kind_env for GNOME: Kind's own XDG dirs under `root` (owned by the desktop's
    user), the desktop's display, runtime dir, bus and PipeWire."""
    env = desktop.make_kind_env(root, None, gnome.sound.server, gnome.sound.client_conf)
    env.update(
        {
            "WAYLAND_DISPLAY": gnome.shell.wayland_display,
            "XDG_RUNTIME_DIR": str(gnome.runtime),
            "XDG_SESSION_TYPE": "wayland",
            "XDG_CURRENT_DESKTOP": "GNOME",
            "DBUS_SESSION_BUS_ADDRESS": gnome.bus.address,
            "QT_QPA_PLATFORM": "wayland",
        }
    )
    # The app's XDG_RUNTIME_DIR is the desktop user's, as in a real session (the launcher's
    # second launch finds the running Kind there).
    env.runtime_dir = gnome.runtime
    gnome.user.own(root)
    return env


def launch(gnome: GnomeDesktop, env: desktop.KindEnv, *args: str) -> desktop.KindProcess:
    """desktop.launch, as the desktop's user."""
    return wayland_desktop.launch(gnome, env, *args)  # type: ignore[arg-type]


def kind_window(gnome: GnomeDesktop, pid: int) -> dict[str, Any] | None:
    for window in gnome.windows():
        if window.get("pid") == pid and window.get("title") == "Kind":
            return window
    return None


def wait_for_window(
    gnome: GnomeDesktop, env: desktop.KindEnv, pid: int, timeout: float = 20.0
) -> dict[str, Any]:
    """Wait until process `pid` shows its window titled Kind on the shell; returns it."""
    return wait_until(
        lambda: kind_window(gnome, pid),
        timeout,
        f"a Kind window of pid {pid} on GNOME Shell",
        interval=0.05,
        details=lambda: env.diagnostics() + "\n" + gnome.logs(),
    )


def run_kind(
    gnome: GnomeDesktop, env: Mapping[str, str], *args: str, timeout: float = 30.0
) -> subprocess.CompletedProcess[str]:
    return gnome.user.run([str(desktop.kindapp_script()), *args], env, timeout=timeout)
