"""Test hooks read from the environment (never set in ordinary use): a busy GUI thread and
practices run short."""

from __future__ import annotations

import logging
import os
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def busy_ui_every_second(app: QApplication, stall_ms: int) -> None:
    """A test hook (KIND_TEST_UI_STALL_MS): keep the GUI thread busy, holding the GIL, for
    `stall_ms` of every second, as a slow machine or a long layout would."""
    from PySide6.QtCore import QTimer

    def stall() -> None:
        end = time.perf_counter() + stall_ms / 1000.0
        n = 0
        while time.perf_counter() < end:
            n += 1  # pure Python: holds the GIL throughout

    timer = QTimer(app)
    timer.setInterval(1000)
    timer.timeout.connect(stall)
    timer.start()
    log.warning("test hook: the GUI thread is kept busy %d ms of every second", stall_ms)


def step_scale_for_tests() -> float:
    """A test hook (KIND_TEST_STEP_SCALE, a factor in (0, 1]): every practice's steps run that
    many times as long, on the real clock. System tests that need a practice to *end* (not its
    minutes) use it; the tests of when sound arrives run at full length. Unset: 1."""
    raw = os.environ.get("KIND_TEST_STEP_SCALE", "")
    if not raw:
        return 1.0
    factor = float(raw)
    if not 0 < factor <= 1:
        raise ValueError(f"KIND_TEST_STEP_SCALE is a factor in (0, 1], not {raw!r}")
    log.warning("test hook: every practice runs at %g of its length", factor)
    return factor
