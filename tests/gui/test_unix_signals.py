"""SIGTERM wakes the idle Qt event loop and quits through the app's own path."""

from __future__ import annotations

import os
import signal

from kindapp.ui.desktop.unix_signals import QuitOnSignals


def test_sigterm_calls_quit_once_from_the_event_loop(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    q = QuitOnSignals(lambda: calls.append("quit"))
    try:
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: calls == ["quit"], timeout=3000)
        # Other signals written to the wakeup fd (SIGCHLD, say) do not quit.
        os.kill(os.getpid(), signal.SIGCHLD)
        qtbot.wait(100)
        assert calls == ["quit"]
    finally:
        q.close()
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # as it was before
