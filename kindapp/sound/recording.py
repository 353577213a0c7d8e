"""Recording the person's voice from the default microphone, on a worker thread.

`VoiceRecorder.start()` and `stop()` return at once. The worker opens a sounddevice InputStream,
collects its blocks from a queue (PortAudio's callback only copies and enqueues), reports the
level about twenty times a second through `on_level` (dBFS of the loudest sample in the last
stretch), and when stopped hands the raw take to `on_take(samples, rate)`. Without a
microphone, or with one another program holds, `on_fault(MicFault, detail)` says so once and
nothing else happens. The callbacks run on the worker thread: the UI turns them into signals.

Importing this module is cheap: numpy and sounddevice load on the worker.
"""

from __future__ import annotations

import logging
import math
import queue
import threading
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

log = logging.getLogger(__name__)

LEVEL_INTERVAL_S = 0.05
MAX_TAKE_S = 60.0
"""A take stops by itself after this long."""
SILENCE_DB = -90.0


class MicFault(Enum):
    NO_MICROPHONE = "no_microphone"
    BUSY = "busy"


class VoiceRecorder:
    def __init__(
        self,
        on_level: Callable[[float], None],
        on_take: Callable[[npt.NDArray[np.float32], int], None],
        on_fault: Callable[[MicFault, str], None],
        max_s: float = MAX_TAKE_S,
    ) -> None:
        self._on_level = on_level
        self._on_take = on_take
        self._on_fault = on_fault
        self._max_s = max_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._discard = False

    @property
    def recording(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.recording:
            return
        self._stop.clear()
        self._discard = False
        self._thread = threading.Thread(target=self._run, name="kind-mic", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop; the take arrives through on_take."""
        self._stop.set()

    def cancel(self, timeout: float = 2.0) -> None:
        """Stop and let the take go (the screen is closing)."""
        self._discard = True
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- worker

    def _run(self) -> None:
        try:
            self._record()
        except Exception as exc:
            log.exception("recording failed")
            self._on_fault(MicFault.BUSY, str(exc))

    def _record(self) -> None:
        try:
            import numpy as np
            import sounddevice as sd
        except (OSError, ImportError) as exc:
            self._on_fault(MicFault.NO_MICROPHONE, f"PortAudio is missing: {exc}")
            return
        try:
            info = _default_input(sd)
        except (sd.PortAudioError, ValueError):
            # PortAudio lists devices once, when it starts: a microphone plugged in (or a
            # sound server started) since is seen only after a restart of its device list.
            try:
                sd._terminate()
                sd._initialize()
                info = _default_input(sd)
            except (sd.PortAudioError, ValueError) as exc:
                self._on_fault(MicFault.NO_MICROPHONE, str(exc))
                return
        rate = int(info["default_samplerate"])
        blocks: queue.SimpleQueue[Any] = queue.SimpleQueue()

        def callback(indata: Any, frames: int, time_info: Any, status: Any) -> None:
            blocks.put(indata[:, 0].copy())

        try:
            stream = sd.InputStream(samplerate=rate, channels=1, dtype="float32", callback=callback)
            stream.start()
        except (sd.PortAudioError, ValueError, OSError) as exc:
            self._on_fault(MicFault.BUSY, f"cannot open the microphone: {exc}")
            return
        log.info("recording from %s at %d Hz", info["name"], rate)
        parts: list[Any] = []
        frames = 0
        peak = 0.0
        since = 0
        every = max(1, round(LEVEL_INTERVAL_S * rate))
        limit = round(self._max_s * rate)
        try:
            while not self._stop.is_set() and frames < limit:
                try:
                    block = blocks.get(timeout=4 * LEVEL_INTERVAL_S)
                except queue.Empty:
                    if not stream.active:
                        raise RuntimeError("the microphone stopped") from None
                    continue
                parts.append(block)
                frames += len(block)
                since += len(block)
                peak = max(peak, float(np.max(np.abs(block), initial=0.0)))
                if since >= every:
                    self._level(peak)
                    peak, since = 0.0, 0
        finally:
            try:
                stream.stop()
                stream.close()
            except Exception as exc:
                log.debug("closing the input stream: %s", exc)
        while True:  # what the callback queued before the stream stopped
            try:
                parts.append(blocks.get_nowait())
            except queue.Empty:
                break
        if self._discard:
            return
        take = np.concatenate(parts).astype(np.float32) if parts else np.zeros(0, np.float32)
        log.info("recorded %.2f s", len(take) / rate)
        self._on_take(take[:limit], rate)

    def _level(self, peak: float) -> None:
        self._on_level(20.0 * math.log10(peak) if peak > 1e-9 else SILENCE_DB)


def _default_input(sd: Any) -> Any:
    """The default input device's description; ValueError when it cannot record."""
    info = sd.query_devices(kind="input")
    if int(info["max_input_channels"]) < 1:
        raise ValueError("the default input has no channels")
    return info
