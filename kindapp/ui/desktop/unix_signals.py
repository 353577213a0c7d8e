"""Quit through Qt on SIGTERM/SIGINT, so a `kill` or a logout ends Kind like its Quit item does
(aboutToQuit runs: the practice ends, the journal closes, exit status 0).

Python runs signal handlers only between bytecodes, and Qt's event loop sits in C while idle, so
the handler alone would not run until some event arrived. signal.set_wakeup_fd writes the signal
number to a socket pair; a QSocketNotifier on the other end wakes the event loop. No timer, no
polling.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


class QuitOnSignals(QObject):
    def __init__(
        self,
        quit_app: Callable[[], None],
        signals: Iterable[int] = (signal.SIGTERM, signal.SIGINT),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._quit = quit_app
        self._rsock, self._wsock = socket.socketpair()
        for s in (self._rsock, self._wsock):
            s.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._wsock.fileno(), warn_on_full_buffer=False)
        self._signals = tuple(signals)
        self._old = {
            sig: signal.signal(sig, lambda *_: None)  # the wakeup fd does the work
            for sig in self._signals
        }
        self._notifier = QSocketNotifier(self._rsock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)

    def _on_wakeup(self) -> None:
        with contextlib.suppress(OSError):
            data = self._rsock.recv(64)
            if any(b in self._signals for b in data):
                log.info("quitting on signal %s", ",".join(str(b) for b in data))
                self._quit()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_fd)
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._rsock.close()
        self._wsock.close()
