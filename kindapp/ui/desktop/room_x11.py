"""The X server, read for the room (kindapp/ui/desktop/room.py): idle time from the
MIT-SCREEN-SAVER extension (libXss), the active window's _NET_WM_STATE_FULLSCREEN."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
from typing import Any

from kindapp.core.room import Reading

log = logging.getLogger("kindapp.ui.desktop.room")


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


SCREEN_SAVER_ON = 1
XA_ATOM = 4
XA_WINDOW = 33
XA_CARDINAL = 6


class X11Room:
    """The X server's own answers: idle time and the screen saver (MIT-SCREEN-SAVER, through
    libXss), and whether the active window is full screen (_NET_WM_STATE)."""

    name = "x11"

    def __init__(self, display: str | None, own_pid: int) -> None:
        self._display_name = display
        self._own_pid = own_pid
        self._why = ""
        self._x: Any = None
        self._xss: Any = None
        self._dpy: int | None = None
        self._opened = False

    @property
    def why(self) -> str:
        return self._why

    def _open(self) -> bool:
        if self._opened:
            return self._dpy is not None
        self._opened = True
        if not self._display_name:
            self._why = "no X display"
            return False
        x_name, xss_name = ctypes.util.find_library("X11"), ctypes.util.find_library("Xss")
        if x_name is None or xss_name is None:
            self._why = "libX11 or libXss (Debian: libxss1) is not installed"
            return False
        x, xss = ctypes.CDLL(x_name), ctypes.CDLL(xss_name)
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ctypes.c_ulong
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XInternAtom.restype = ctypes.c_ulong
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.c_ulong,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        x.XGetInputFocus.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_int),
        ]
        x.XQueryTree.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
            ctypes.POINTER(ctypes.c_uint),
        ]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        dpy = x.XOpenDisplay(self._display_name.encode())
        if not dpy:
            self._why = f"cannot open X display {self._display_name}"
            return False
        event, error = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(dpy, ctypes.byref(event), ctypes.byref(error)):
            self._why = "the X server has no MIT-SCREEN-SAVER extension"
            x.XCloseDisplay(dpy)
            return False
        self._x, self._xss, self._dpy = x, xss, dpy
        return True

    def read(self) -> Reading | None:
        if not self._open():
            return None
        x, dpy = self._x, self._dpy
        root = x.XDefaultRootWindow(dpy)
        info = _XScreenSaverInfo()
        if not self._xss.XScreenSaverQueryInfo(dpy, root, ctypes.byref(info)):
            self._why = "XScreenSaverQueryInfo failed"
            return None
        return Reading(
            idle_s=info.idle / 1000.0,
            locked=info.state == SCREEN_SAVER_ON,
            fullscreen=self._active_fullscreen(root),
        )

    def _property(self, window: int, name: bytes, kind: int) -> list[int]:
        x, dpy = self._x, self._dpy
        atom = x.XInternAtom(dpy, name, 0)
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = x.XGetWindowProperty(
            dpy,
            window,
            atom,
            0,
            1024,
            0,
            kind,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        if status != 0 or not data.value:
            return []
        try:
            if actual_type.value != kind or actual_format.value != 32:
                return []
            # Format-32 properties come back as an array of C longs.
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(values[i]) for i in range(count.value)]
        finally:
            x.XFree(data)

    def _top_level(self, window: int, root: int) -> int:
        """The child of the root that holds `window` (the input focus may be a child)."""
        x, dpy = self._x, self._dpy
        for _ in range(64):
            root_ret, parent = ctypes.c_ulong(), ctypes.c_ulong()
            children, count = ctypes.c_void_p(), ctypes.c_uint()
            if not x.XQueryTree(
                dpy,
                window,
                ctypes.byref(root_ret),
                ctypes.byref(parent),
                ctypes.byref(children),
                ctypes.byref(count),
            ):
                return window
            if children.value:
                x.XFree(children)
            if parent.value in (0, root):
                return window
            window = parent.value
        return window

    def _active_fullscreen(self, root: int) -> bool:
        active = self._property(root, b"_NET_ACTIVE_WINDOW", XA_WINDOW)
        window = active[0] if active else 0
        if not window:
            focus, revert = ctypes.c_ulong(), ctypes.c_int()
            self._x.XGetInputFocus(self._dpy, ctypes.byref(focus), ctypes.byref(revert))
            if focus.value in (0, 1, root):  # None, PointerRoot
                return False
            window = self._top_level(focus.value, root)
        if self._property(window, b"_NET_WM_PID", XA_CARDINAL) == [self._own_pid]:
            return False  # Kind's own window
        full = self._x.XInternAtom(self._dpy, b"_NET_WM_STATE_FULLSCREEN", 0)
        return full in self._property(window, b"_NET_WM_STATE", XA_ATOM)

    def close(self) -> None:
        if self._dpy is not None:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
