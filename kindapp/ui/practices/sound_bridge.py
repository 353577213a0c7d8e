"""Carries the player's callbacks (from its worker thread) onto the Qt thread as signals."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal

from kindapp.ui.common.background import Worker


class SoundBridge(QObject):
    ready = Signal()
    fault = Signal(object)  # kindapp.sound.player.SoundFault

    def on_ready(self) -> None:
        self.ready.emit()

    def on_fault(self, fault: object) -> None:
        self.fault.emit(fault)


class DeviceLister(QObject):
    """Lists output devices on a short-lived thread (a short-lived sound process asks
    PortAudio: a moment, up to a second)."""

    listed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        Worker(self._work, name="kind-devices")

    def _work(self) -> None:
        # In a short-lived process: PortAudio stays out of the window's (issue 29).
        from kindapp.sound.process_player import list_output_devices_apart

        names = list_output_devices_apart()
        self._busy = False
        # Kind (and this lister) may have gone while the sound process listed: nobody to tell.
        with contextlib.suppress(RuntimeError):
            self.listed.emit(names)
