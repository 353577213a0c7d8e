"""A reference for the sound bench: clicks placed by a bare PortAudio stream at known times.

    python bench/click_ref.py LATENCY_S COUNT   (PULSE_SERVER in the environment)

Opens one output stream like Kind's (the default device at its default rate, LATENCY_S asked),
and places a 2 ms 1 kHz burst at T0 + k * 0.5 s (k < COUNT), where T0 is 0.5 s after the stream
runs, with the same arithmetic as Kind's mixer: a block is heard at time.monotonic() +
(outputBufferDacTime - currentTime). Prints {"clicks": [times], "rate": rate} as JSON. What the
sink monitor shows of these clicks, against those times, is the measuring chain's own offset
(the null sink's latency and the capture path), which bench_sound.py takes out of Kind's figures.
"""

from __future__ import annotations

import json
import sys
import threading
import time

import numpy as np
import sounddevice as sd

from kindapp.sound.schedule import DacClock, dac_delay


def burst(rate: int) -> np.ndarray:
    t = np.arange(round(0.002 * rate)) / rate
    return (0.25 * np.sin(2 * np.pi * 1000 * t) * np.hanning(len(t))).astype(np.float32)


def main() -> int:
    latency, count = float(sys.argv[1]), int(sys.argv[2])
    rate = int(sd.query_devices(None, "output")["default_samplerate"])
    click = burst(rate)
    clock = DacClock(rate)
    done = [0]
    plan: list[float] = []
    finished = threading.Event()

    def callback(out: np.ndarray, frames: int, info: object, status: object) -> None:
        out.fill(0)
        delay = dac_delay(info.currentTime, info.outputBufferDacTime, latency)  # type: ignore[attr-defined]
        start = clock.update(time.monotonic(), delay, done[0])
        if not plan:
            plan.extend(start + 0.5 + 0.5 * k for k in range(count))
        for at in plan:
            offset = round((at - start) * rate)
            if -len(click) < offset < frames:
                a, b = max(0, offset), min(frames, offset + len(click))
                out[a:b, 0] += click[a - offset : b - offset]
        done[0] += frames
        if plan and start > plan[-1] + 0.3:
            finished.set()

    with sd.OutputStream(
        samplerate=rate, channels=1, dtype="float32", latency=latency, callback=callback
    ):
        finished.wait(count * 0.5 + 10)
    print(json.dumps({"clicks": plan, "rate": rate, "latency": latency}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
