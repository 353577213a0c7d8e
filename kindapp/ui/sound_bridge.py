"""Carries the player's callbacks (from its worker thread) onto the Qt thread as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SoundBridge(QObject):
    ready = Signal()
    fault = Signal(object)  # kindapp.sound.player.SoundFault

    def on_ready(self) -> None:
        self.ready.emit()

    def on_fault(self, fault: object) -> None:
        self.fault.emit(fault)
