"""One Kind per person: a private local socket that a second `kindapp` hands its command to.

The first instance `listen()`s on a Unix socket only its user can reach: a path in
$XDG_RUNTIME_DIR (a 0700 directory of the user's own) when it is set, else a name with the user
id in Qt's temp directory, made with umask 077 and mode 0700 (what QLocalServer's
UserAccessOption did; the stdlib's socket now, so QtNetwork and its 3 MiB stay unloaded). A
later instance calls `try_send(message)`: the running one answers each message with one JSON
line, {"ok": true} or {"ok": false, "error": ...}, so True really means "the running instance
took it".

Who owns the name is settled by an flock on a lock file beside the socket (the kernel drops it
when a process dies, however it dies). A socket file left behind by a crash is then recovered:
the new owner finds nothing answering on it, removes it and listens.

The protocol is one JSON object per line (UTF-8), at most MAX_LINE bytes:
    {"cmd": "show", "token": "..."}
    {"cmd": "catch", "token": "..."}     (open the small window to catch a harsh thought)
    {"cmd": "practice", "name": "break"|"touch"|"breathe"|"letter"|"reframe", "mode": "quick",
     "token": "..."}
    {"cmd": "quit"}                      (the launcher menu's Quit)
("mode" and "token" are optional; "token" is the second launch's xdg-activation token, see
activation.py). Anything else is answered with an error and otherwise ignored.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import re
import socket
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from kindapp.core.practice_registry import PracticeRegistry, kind_practices
from kindapp.ui.desktop.activation import valid_token
from kindapp.ui.desktop.instance_probe import InstanceProbe, lock_path, socket_path
from kindapp.ui.desktop.single_instance_name import MAX_LINE, server_name

__all__ = ["MAX_LINE", "SingleInstance", "parse_line", "server_name", "validate"]

log = logging.getLogger(__name__)

_MODE = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def validate(message: Any, practices: PracticeRegistry | None = None) -> dict[str, Any]:
    """The message as a clean dict, or ValueError saying what is wrong with it. A practice is
    one `practices` (Kind's own unless given) can start by name, in one of its lengths."""
    if not isinstance(message, dict):
        raise ValueError("a message is a JSON object")
    cmd = message.get("cmd")
    token = message.get("token")
    if token is not None and not valid_token(token):
        raise ValueError("not an activation token")
    extra = {"token": token} if token is not None else {}
    if cmd in ("show", "catch"):
        if not set(message) <= {"cmd", "token"}:
            raise ValueError(f"{cmd} takes only an activation token")
        return {"cmd": cmd, **extra}
    if cmd == "practice":
        keys = {"cmd", "name", "mode", "token"}
        if not set(message) <= keys:
            raise ValueError(f"unknown keys: {sorted(set(message) - keys)}")
        name = message.get("name")
        practice = (
            (practices or kind_practices()).by_cli_name(name) if isinstance(name, str) else None
        )
        if practice is None:
            raise ValueError(f"no practice named {name!r}")
        mode = message.get("mode")
        if mode is not None and not (isinstance(mode, str) and _MODE.fullmatch(mode)):
            raise ValueError(f"not a mode: {mode!r}")
        if practice.durations and mode not in (None, *practice.durations):
            raise ValueError(f"the practice {name!r} has no mode {mode!r}")
        return {"cmd": "practice", "name": name, "mode": mode, **extra}
    if cmd == "quit":
        if set(message) != {"cmd"}:
            raise ValueError("quit takes nothing more")
        return {"cmd": "quit"}
    if cmd == "import":
        path = message.get("path")
        if (
            set(message) != {"cmd", "path"}
            or not isinstance(path, str)
            or not path.startswith("/")
            or len(path) > 4096
        ):
            raise ValueError("import takes one absolute path")
        return {"cmd": "import", "path": path}
    raise ValueError(f"unknown command {cmd!r}")


def parse_line(line: bytes, practices: PracticeRegistry | None = None) -> dict[str, Any]:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    return validate(data, practices)


class SingleInstance(QObject):
    """The running Kind's end of the socket: a Unix socket from the stdlib, watched by Qt's
    event loop (QSocketNotifier), so QtNetwork never loads; the second launch's end is the
    stdlib probe's (instance_probe.py)."""

    received = Signal(object)
    """A valid message (dict) from another instance."""

    def __init__(
        self,
        name: str | None = None,
        parent: QObject | None = None,
        practices: PracticeRegistry | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self._practices = practices
        self._server: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._clients: dict[socket.socket, tuple[QSocketNotifier, bytearray]] = {}
        # Notifiers are the Python objects' own (no Qt parent): one let go from inside its own
        # signal waits here, disabled, until the next connection or close.
        self._retired: list[QSocketNotifier] = []
        self._lock_fd: int | None = None

    # -- the second instance ---------------------------------------------------------------
    def try_send(self, message: dict[str, Any], timeout_ms: int = 2000) -> bool:
        """Hand `message` to a running instance; True if it took it (blocking, bounded)."""
        return InstanceProbe(self.name).try_send(message, timeout_ms / 1000)

    def is_running(self, timeout_ms: int = 500) -> bool:
        """Does something accept connections on our name (another instance, alive)?"""
        return InstanceProbe(self.name).is_running(timeout_ms / 1000)

    # -- the first instance ----------------------------------------------------------------
    def listen(self) -> bool:
        """Start serving; False when another live instance already holds the name.

        A lock file beside the socket (flock, released by the kernel when a process dies) makes
        two instances starting at the same moment agree on one; whoever holds it owns the name,
        so a socket file found then is stale (a crash) and is removed.
        """
        if not self._lock():
            return False
        if self.is_running():  # an older Kind without the lock, say: never steal its name
            self._unlock()
            return False
        path = socket_path(self.name)
        if os.path.lexists(path):
            log.info("removing a stale Kind socket at %s", path)
            with contextlib.suppress(OSError):
                os.unlink(path)
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        old = os.umask(0o077)  # private to the user from the start (only its owner connects)
        try:
            server.bind(path)
            os.chmod(path, 0o700)
            server.listen(8)
        except OSError as exc:
            log.warning("cannot listen on %s: %s", path, exc)
            server.close()
            self._unlock()
            return False
        finally:
            os.umask(old)
        server.setblocking(False)
        self._server = server
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read)
        self._notifier.activated.connect(lambda *_: self._on_new_connection())
        return True

    def adopt_lock(self, fd: int | None) -> None:
        """Keep the instance lock a start-up probe already took (instance_probe.py), so
        `listen()` needs no second one (an flock on a new descriptor would refuse us)."""
        if fd is not None and self._lock_fd is None:
            self._lock_fd = fd

    def lock_path(self) -> str:
        return lock_path(self.name)

    def _lock(self) -> bool:
        if self._lock_fd is not None:
            return True
        try:
            fd = os.open(self.lock_path(), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            log.warning("cannot open the instance lock %s: %s", self.lock_path(), exc)
            return not self.is_running()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing releases the flock
            self._lock_fd = None

    def close(self) -> None:
        """Stop serving: drop the clients, remove the socket file, release the lock."""
        for sock in list(self._clients):
            self._forget(sock)
        self._retired.clear()
        if self._server is not None:
            assert self._notifier is not None
            self._notifier.setEnabled(False)
            self._notifier = None
            self._server.close()
            self._server = None
            with contextlib.suppress(OSError):
                os.unlink(socket_path(self.name))
        self._unlock()

    @property
    def listening(self) -> bool:
        return self._server is not None

    def _on_new_connection(self) -> None:
        assert self._server is not None
        self._retired.clear()
        while True:
            try:
                sock, _ = self._server.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                log.warning("the instance socket could not accept: %s", exc)
                return
            sock.setblocking(False)
            notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read)
            self._clients[sock] = (notifier, bytearray())
            notifier.activated.connect(lambda *_, s=sock: self._on_ready_read(s))

    def _forget(self, sock: socket.socket) -> None:
        got = self._clients.pop(sock, None)
        if got is not None:
            got[0].setEnabled(False)
            self._retired.append(got[0])
        sock.close()

    def _on_ready_read(self, sock: socket.socket) -> None:
        got = self._clients.get(sock)
        if got is None:
            return
        buf = got[1]
        try:
            chunk = sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        if not chunk:  # the other end is gone
            self._forget(sock)
            return
        buf += chunk
        while (end := buf.find(b"\n")) >= 0:
            line = bytes(buf[:end])
            del buf[: end + 1]
            self._handle(sock, line)
        if len(buf) > MAX_LINE:
            log.warning("ignoring an over-long message on the instance socket")
            self._reply(sock, {"ok": False, "error": "message too long"})
            buf.clear()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            self._forget(sock)

    def _handle(self, sock: socket.socket, line: bytes) -> None:
        if len(line) > MAX_LINE:
            self._reply(sock, {"ok": False, "error": "message too long"})
            return
        try:
            message = parse_line(line, self._practices)
        except ValueError as exc:
            log.warning("ignoring a message on the instance socket: %s", exc)
            self._reply(sock, {"ok": False, "error": str(exc)})
            return
        self._reply(sock, {"ok": True})
        self.received.emit(message)

    @staticmethod
    def _reply(sock: socket.socket, answer: dict[str, Any]) -> None:
        data = json.dumps(answer).encode("utf-8") + b"\n"
        try:
            sock.setblocking(True)  # a short line: the kernel's buffer takes it at once
            sock.settimeout(1.0)
            sock.sendall(data)
        except OSError as exc:
            log.warning("could not answer on the instance socket: %s", exc)
        finally:
            with contextlib.suppress(OSError):
                sock.setblocking(False)
