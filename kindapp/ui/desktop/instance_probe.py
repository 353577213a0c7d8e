"""Is Kind already running? Answered with the stdlib alone, before Qt's network module loads.

The same rules as single_instance.py (the lock file beside the socket settles who owns the name;
the socket is a Unix socket at the name's path, or in Qt's temp directory for a bare name), so
a launch can take the lock, or hand its command to the running Kind, without importing
QtNetwork. The first instance hands the lock it took to `SingleInstance.adopt_lock` once its
window is up, and listens then.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import socket

from kindapp.ui.desktop.single_instance_name import MAX_LINE, server_name

log = logging.getLogger(__name__)


def qt_temp_dir() -> str:
    """QDir.tempPath() on Unix: $TMPDIR if set, else /tmp, without a trailing slash."""
    tmp = os.environ.get("TMPDIR", "") or "/tmp"
    return tmp.rstrip("/") or "/"


def socket_path(name: str) -> str:
    return name if os.path.isabs(name) else os.path.join(qt_temp_dir(), name)


def lock_path(name: str) -> str:
    return socket_path(name) + ".lock"


class InstanceProbe:
    """Takes the instance lock, or talks to the Kind that holds it (blocking, bounded)."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or server_name()
        self._lock_fd: int | None = None

    def take_lock(self) -> bool:
        """True when this process now owns the name (no other live Kind holds it)."""
        if self._lock_fd is not None:
            return True
        try:
            fd = os.open(lock_path(self.name), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            log.warning("cannot open the instance lock %s: %s", lock_path(self.name), exc)
            return not self.is_running()
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._lock_fd = fd
        return True

    def hand_over_lock(self) -> int | None:
        """The lock's descriptor, for SingleInstance to keep (this probe forgets it)."""
        fd, self._lock_fd = self._lock_fd, None
        return fd

    def release(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def _connect(self, timeout_s: float) -> socket.socket | None:
        # Imported only when another Kind holds the lock: socket's enums cost a few ms, and a
        # first launch never needs it.
        import socket

        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout_s)
        try:
            sock.connect(socket_path(self.name))
        except OSError:
            sock.close()
            return None
        return sock

    def is_running(self, timeout_s: float = 0.5) -> bool:
        sock = self._connect(timeout_s)
        if sock is None:
            return False
        sock.close()
        return True

    def wait_for_the_running(self, timeout_s: float = 10.0, poll_s: float = 0.05) -> bool:
        """Another Kind holds the lock; it may still be starting (its window shows before it
        listens, issue 29's window-first start). True once it answers on its socket; False when
        it is gone first (this process then holds the lock and is the one Kind) or after
        `timeout_s` with neither."""
        import time

        deadline = time.monotonic() + timeout_s
        while True:
            if self.is_running():
                return True
            if self.take_lock():
                return False
            if time.monotonic() >= deadline:
                return False
            time.sleep(poll_s)  # another process's start-up: nothing here to wait on instead

    def try_send(self, message: dict[str, Any], timeout_s: float = 2.0) -> bool:
        """Hand `message` to the running Kind; True if it answered {"ok": true}."""
        import json

        sock = self._connect(timeout_s)
        if sock is None:
            return False
        with contextlib.closing(sock):
            try:
                sock.sendall(json.dumps(message).encode("utf-8") + b"\n")
                reply = b""
                while not reply.endswith(b"\n"):
                    chunk = sock.recv(MAX_LINE)
                    if not chunk:
                        return False
                    reply += chunk
                    if len(reply) > MAX_LINE:
                        return False
            except OSError as exc:
                log.warning("the running Kind did not answer on %s: %s", self.name, exc)
                return False
        try:
            answer = json.loads(reply.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            return False
        if isinstance(answer, dict) and answer.get("ok") is True:
            return True
        log.warning("the running Kind declined %r: %s", message, answer)
        return False
