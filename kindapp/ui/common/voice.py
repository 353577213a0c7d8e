"""Recording the person's voice: one `VoiceDesk` (the microphone, the store, listening) shared by
small `VoiceRow`s (record, stop, listen, record again, delete, with a level meter).

The microphone is read on a worker (kindapp.sound.recording); its level and its take reach the
UI thread through the desk's signals. A take is trimmed and levelled to the cues' loudness
(kindapp.sound.voice_dsp) and kept in the voice folder (kindapp.core.voice_store).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from kindapp.core.voice_store import Take, VoiceStore
from kindapp.sound.recording import MicFault, VoiceRecorder
from kindapp.ui.common.text import with_args
from kindapp.ui.common.widgets import button, label

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)
events = logging.getLogger("kindapp.events")

METER_FLOOR_DB = -60.0
Listen = Callable[[str], None]
"""Plays the take kept under a voice key."""


class VoiceDesk(QObject):
    """One microphone for all the rows of a screen: at most one take at a time."""

    level = Signal(float)  # dBFS, while recording
    changed = Signal(str)  # a key started or stopped recording, or its take was kept or deleted
    problem = Signal(str, str)  # key, a kind sentence for the person

    _taken = Signal(str, float)  # worker -> UI: key, seconds kept (0: nothing was heard)
    _faulted = Signal(str, object)  # worker -> UI: key, MicFault | OSError

    def __init__(self, store: VoiceStore, listen: Listen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._listen = listen
        self.recording_key: str | None = None
        self._target_db: float | None = None
        self._recorder = VoiceRecorder(self.level.emit, self._on_take, self._on_fault)
        self._taken.connect(self._kept)
        self._faulted.connect(self._fault)

    def has(self, key: str) -> bool:
        return self.store.has(key)

    def seconds(self, key: str) -> float:
        return self.store.seconds(key)

    def record(self, key: str) -> None:
        if self.recording_key is not None:
            return
        self.recording_key = key
        events.info("voice-record key=%s", key)
        self._recorder.start()
        self.changed.emit(key)

    def stop(self) -> None:
        self._recorder.stop()

    def listen(self, key: str) -> None:
        if self.store.has(key):
            events.info("voice-listen key=%s", key)
            self._listen(key)

    def delete(self, key: str) -> None:
        try:
            self.store.delete(key)
        except OSError as exc:
            self._fault(key, exc)
            return
        events.info("voice-delete key=%s", key)
        self.changed.emit(key)

    def close(self) -> None:
        """The screen is going: a take in progress is let go."""
        self._recorder.cancel()
        self.recording_key = None

    # -- worker thread

    def _on_take(self, samples: npt.NDArray[np.float32], rate: int) -> None:
        key = self.recording_key
        if key is None:
            return
        from kindapp.sound.voice_dsp import prepare_take, to_pcm16

        kept = prepare_take(samples, rate, self._cue_level(rate))
        try:
            if len(kept):
                self.store.save(key, Take(to_pcm16(kept), rate))
        except OSError as exc:
            self._faulted.emit(key, exc)
            return
        self._taken.emit(key, len(kept) / rate)

    def _on_fault(self, fault: MicFault, detail: str) -> None:
        log.warning("microphone: %s (%s)", fault.value, detail)
        self._faulted.emit(self.recording_key or "", fault)

    def _cue_level(self, rate: int) -> float:
        """The loudness the rendered cues share: a take is levelled to it."""
        if self._target_db is None:
            from kindapp.sound.synth import CueCache
            from kindapp.sound.voice_dsp import cue_level_dbfs

            cues = CueCache().get("bowl", rate, ["soft_bell", "step_1", "step_2", "step_3"])
            self._target_db = cue_level_dbfs(cues, rate)
        return self._target_db

    # -- UI thread

    def _kept(self, key: str, seconds: float) -> None:
        self.recording_key = None
        events.info("voice-kept key=%s seconds=%.3f", key, seconds)
        if seconds <= 0:
            self.problem.emit(
                key,
                self.tr(
                    "That take was quiet all the way through, so it wasn't kept. "
                    "Try again whenever you like."
                ),
            )
        self.changed.emit(key)

    def _fault(self, key: str, fault: object) -> None:
        self.recording_key = None
        events.info("voice-fault key=%s fault=%s", key, getattr(fault, "value", "disk"))
        if fault is MicFault.NO_MICROPHONE:
            text = self.tr(
                "Kind can't find a microphone right now. Your words work just as they are; "
                "you can record them another time."
            )
        elif fault is MicFault.BUSY:
            text = self.tr(
                "Kind couldn't open the microphone. Perhaps another program is using it, or it "
                "was just unplugged. Your words work just as they are; you can try again later."
            )
        else:
            text = self.tr("Kind couldn't keep this recording (%1). Nothing else has changed.")
            text = with_args(text, getattr(fault, "strerror", None) or str(fault))
        self.problem.emit(key, text)
        self.changed.emit(key)


class VoiceRow(QWidget):
    """Record, stop, listen, record again and delete for one voice key, with a level meter."""

    def __init__(self, desk: VoiceDesk, key: str, what: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.key = key
        self._what = what
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.record_button = button(self.tr("Record my voice"), "Quiet")
        self.record_button.clicked.connect(self._record_or_stop)
        self.listen_button = button(
            self.tr("Listen"), "Quiet", accessible=with_args(self.tr("Listen to %1"), what)
        )
        self.listen_button.clicked.connect(lambda: desk.listen(key))
        self.delete_button = button(
            self.tr("Delete"),
            "Quiet",
            accessible=with_args(self.tr("Delete the recording of %1"), what),
        )
        self.delete_button.clicked.connect(lambda: desk.delete(key))
        self.meter = QProgressBar()
        self.meter.setRange(0, int(-METER_FLOOR_DB))
        self.meter.setTextVisible(False)
        self.meter.setFixedWidth(120)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Voice level"))
        self.status = label("", "Hint")
        self._message = ""
        """A problem to tell about this key (shown until the next take)."""
        for w in (self.record_button, self.meter, self.listen_button, self.delete_button):
            row.addWidget(w)
        row.addWidget(self.status, 1)
        desk.changed.connect(self._changed)
        desk.level.connect(self._level)
        desk.problem.connect(self._problem)
        self.refresh()

    def _record_or_stop(self) -> None:
        if self.desk.recording_key == self.key:
            self.desk.stop()
        else:
            self._message = ""
            self.desk.record(self.key)

    def _changed(self, key: str) -> None:
        self.refresh()

    def _problem(self, key: str, text: str) -> None:
        if key == self.key:
            self._message = text
            self.refresh()

    def _level(self, db: float) -> None:
        if self.desk.recording_key == self.key:
            self.meter.setValue(int(max(0.0, db - METER_FLOOR_DB)))

    def refresh(self) -> None:
        mine = self.desk.recording_key == self.key
        busy = self.desk.recording_key is not None and not mine
        has = not mine and self.desk.has(self.key)
        if mine:
            self.record_button.setText(self.tr("Stop"))
            self.record_button.setAccessibleName(self.tr("Stop recording"))
            self.status.setText(self.tr("Recording… say it slowly, as to a friend."))
        else:
            text = self.tr("Record again") if has else self.tr("Record my voice")
            self.record_button.setText(text)
            self.record_button.setAccessibleName(f"{text}: {self._what}")
            seconds = f"{self.desk.seconds(self.key):.1f}" if has else ""
            kept = with_args(self.tr("Your voice · %1 s"), seconds) if has else ""
            self.status.setText(self._message or kept)
        self.record_button.setEnabled(not busy)
        self.meter.setVisible(mine)
        self.meter.setValue(0)
        self.listen_button.setVisible(has)
        self.delete_button.setVisible(has)
