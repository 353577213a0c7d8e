"""Watch an X display from outside: when does a process's first top-level window get mapped?

An X client of its own selects SubstructureNotify on the root window, so the server sends it a
MapNotify the moment any top-level window is mapped (there is no window manager on the test
desktop, so top-level windows are children of the root and nothing redirects the map). A thread
waits on the connection's socket with select() and stamps each batch of events with
time.monotonic() as soon as the socket turns readable, before parsing, so the stamp is within
about a millisecond of the server's send (local unix socket, one idle reader thread).

Each mapped window is then asked for its _NET_WM_PID and WM_NAME (Qt sets both before it maps
a window), so a map can be matched to the process that was launched and to its title.
"""

from __future__ import annotations

import contextlib
import select
import threading
import time
from dataclasses import dataclass

from Xlib import X, Xatom, error
from Xlib import display as xdisplay


@dataclass(frozen=True)
class Mapped:
    at: float  # time.monotonic() when the MapNotify reached us
    window: int
    pid: int | None
    title: str


class MapWatcher:
    """Collects every top-level MapNotify on `display_name` until `close()`."""

    def __init__(self, display_name: str) -> None:
        self._d = xdisplay.Display(display_name)
        self._root = self._d.screen().root
        self._root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._d.sync()
        self._pid_atom = self._d.intern_atom("_NET_WM_PID")
        self._name_atom = self._d.intern_atom("_NET_WM_NAME")
        self._utf8 = self._d.intern_atom("UTF8_STRING")
        self._maps: list[Mapped] = []
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="map-watcher", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        fd = self._d.fileno()
        while not self._stop.is_set():
            readable, _, _ = select.select([fd], [], [], 0.1)
            if not readable:
                continue
            stamp = time.monotonic()
            for _ in range(self._d.pending_events()):
                event = self._d.next_event()
                if event.type != X.MapNotify or event.override:
                    continue
                pid, title = self._describe(event.window)
                with self._cond:
                    self._maps.append(Mapped(stamp, event.window.id, pid, title))
                    self._cond.notify_all()

    def _describe(self, window: object) -> tuple[int | None, str]:
        pid: int | None = None
        title = ""
        with contextlib.suppress(error.XError):
            prop = window.get_full_property(self._pid_atom, Xatom.CARDINAL)  # type: ignore[attr-defined]
            if prop is not None and len(prop.value):
                pid = int(prop.value[0])
            name = window.get_full_property(self._name_atom, self._utf8)  # type: ignore[attr-defined]
            if name is not None:
                value = name.value
                title = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
            else:
                title = str(window.get_wm_name() or "")  # type: ignore[attr-defined]
        return pid, title

    def first_map(self, pid: int, title: str, timeout: float, since: float = 0.0) -> Mapped:
        """The first map of a window of `pid` titled `title` (after `since`); waits for it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for m in self._maps:
                    if m.pid == pid and m.title == title and m.at >= since:
                        return m
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [m for m in self._maps if m.at >= since]
                    raise TimeoutError(
                        f"no window {title!r} of pid {pid} mapped in {timeout} s; maps seen: {seen}"
                    )
                self._cond.wait(left)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2.0)
        with contextlib.suppress(Exception):
            self._d.close()
