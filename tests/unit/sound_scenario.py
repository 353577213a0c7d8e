"""Drives a real player in its own process (so PortAudio sees this process's PULSE_SERVER).

Reads commands from stdin, one per line, and reports events as JSON lines on stdout:
  start CUE...     -> {"event": "start", "took": s}    later {"event": "ready", ...}
  play CUE         -> {"event": "play", "took": s}
  clip NAME S HZ   -> add_clip(NAME, a tone of S seconds at HZ, 24000 Hz)   {"event": "clip"}
  preview CUE      -> {"event": "preview", "took": s}
  volume V | mute 0|1 | end
  wait_closed T    -> {"event": "closed", "closed": bool}   (waits up to T seconds)
  wait_open T      -> {"event": "open", "open": bool}       (waits up to T seconds)
  quit             -> {"event": "bye", "took": s}
Faults arrive as {"event": "fault", "kind": ...}. Argument 1: theme; 2: "muted" or "unmuted".
"""

from __future__ import annotations

import json
import sys
import threading
import time

from kindapp.sound.player import SoundFault
from kindapp.sound.stream import StreamPlayer, make_player


def emit(**event: object) -> None:
    print(json.dumps(event), flush=True)


def main() -> None:
    theme = sys.argv[1] if len(sys.argv) > 1 else "bowl"
    muted = len(sys.argv) > 2 and sys.argv[2] == "muted"
    closed = threading.Event()

    def on_ready() -> None:
        emit(
            event="ready",
            open=getattr(player, "is_open", False),
            latency=getattr(player, "stream_latency_s", None),
            at=time.monotonic(),
        )

    def on_fault(kind: SoundFault) -> None:
        emit(event="fault", kind=kind.value, at=time.monotonic())

    player = make_player(theme, volume=1.0, muted=muted, on_ready=on_ready, on_fault=on_fault)
    for line in sys.stdin:
        cmd, *args = line.split()
        t0 = time.monotonic()
        if cmd == "start":
            player.start_practice(args)
        elif cmd == "play":
            player.play(args[0])
        elif cmd == "clip":
            import numpy as np

            seconds, hz = float(args[1]), float(args[2])
            t = np.arange(round(seconds * 24000)) / 24000
            player.add_clip(args[0], (0.25 * np.sin(2 * np.pi * hz * t)).astype(np.float32), 24000)
        elif cmd == "preview":
            player.preview(args[0])
        elif cmd == "volume":
            player.set_volume(float(args[0]))
        elif cmd == "mute":
            player.set_muted(args[0] == "1")
        elif cmd == "end":
            player.end_practice()
        elif cmd == "wait_closed":
            deadline = time.monotonic() + float(args[0])
            while isinstance(player, StreamPlayer) and player.is_open:
                if time.monotonic() > deadline or closed.wait(0.02):
                    break
            emit(event="closed", closed=not getattr(player, "is_open", False))
            continue
        elif cmd == "wait_open":
            deadline = time.monotonic() + float(args[0])
            while isinstance(player, StreamPlayer) and not player.is_open:
                if time.monotonic() > deadline or closed.wait(0.02):
                    break
            emit(event="open", open=getattr(player, "is_open", False))
            continue
        elif cmd == "quit":
            player.shutdown()
            emit(event="bye", took=time.monotonic() - t0)
            return
        emit(event=cmd, took=time.monotonic() - t0, at=t0)


if __name__ == "__main__":
    main()
