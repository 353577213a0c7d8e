"""Helpers for GUI tests that build one screen on its own (not through the app's wiring)."""

from __future__ import annotations

from typing import Any


def show(qtbot: Any, widget: Any, w: int = 860, h: int = 600) -> Any:
    """Show `widget` as its own active window on the test X server, and wait until it is."""
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    return widget
