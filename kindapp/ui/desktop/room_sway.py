"""Sway's tree, read over its IPC socket for the room (kindapp/ui/desktop/room.py): a view that
inhibits idle, or the focused view full-screen, means busy."""

from __future__ import annotations

import json
import logging
import socket
import struct
from collections.abc import Iterator
from typing import Any

from kindapp.core.room import Reading
from kindapp.ui.desktop.room_probe import CALL_TIMEOUT_MS

log = logging.getLogger("kindapp.ui.desktop.room")


class SwayTree:
    """sway's IPC (GET_TREE): a view inhibiting idle, the focused view full screen."""

    name = "sway"
    GET_TREE = 4
    MAGIC = b"i3-ipc"

    def __init__(self, socket_path: str | None, own_pid: int) -> None:
        self._path = socket_path
        self._own_pid = own_pid
        self._why = ""

    @property
    def why(self) -> str:
        return self._why

    def read(self) -> Reading | None:
        if not self._path:
            self._why = "no SWAYSOCK"
            return None
        try:
            tree = self._tree()
        except (OSError, ValueError) as exc:
            self._why = f"sway's IPC did not answer: {exc}"
            return None
        inhibited = fullscreen = False
        for node in _nodes(tree):
            if "pid" not in node or node.get("pid") == self._own_pid:
                continue
            inhibited = inhibited or bool(node.get("inhibit_idle"))
            if node.get("focused") and node.get("fullscreen_mode", 0) in (1, 2):
                fullscreen = True
        return Reading(inhibited=inhibited, fullscreen=fullscreen)

    def _tree(self) -> dict[str, Any]:
        assert self._path is not None
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(CALL_TIMEOUT_MS / 1000)
            conn.connect(self._path)
            conn.sendall(self.MAGIC + struct.pack("=II", 0, self.GET_TREE))
            header = _recv(conn, len(self.MAGIC) + 8)
            length, _kind = struct.unpack("=II", header[len(self.MAGIC) :])
            tree = json.loads(_recv(conn, length))
        if not isinstance(tree, dict):
            raise ValueError("the tree is not an object")
        return tree


def _recv(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ValueError("sway closed the socket")
        data += chunk
    return data


def _nodes(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for key in ("nodes", "floating_nodes"):
        for child in node.get(key, []):
            if isinstance(child, dict):
                yield from _nodes(child)
