"""The sound process: one small process per practice that owns the output stream.

`python -m kindapp.sound.engine` (or, in a PyInstaller bundle, the bundle's own executable with
the hidden first argument ENGINE_ARG, see kindapp.app.main) runs a StreamPlayer on its own:
no GIL shared with the window's 60 fps pacer, a PortAudio crash cannot take the window (or an
unsaved letter) with it, and its memory goes back when the practice ends.

The pipe (see kindapp.sound.process_player for the other end):

* stdin: one JSON object per line, {"cmd": NAME, ...}; a "clip" line is followed by exactly
  its "bytes" of little-endian float32 samples. EOF (the app went away) ends the process.
* stdout: one JSON object per line: {"ev": "ready"}, {"ev": "fault", "kind": ...},
  {"ev": "recovered", "after": s}, {"ev": "log", "name", "level", "msg"} (every log record of
  this process, so it lands in the app's own log), {"ev": "bye"}.

After "end" the process lets the last cue ring out, closes its stream and exits.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from typing import IO, Any

from kindapp.sound.schedule import as_plan  # pure Python, no numpy: cheap for app.main

ENGINE_ARG = "--kind-sound-engine"
"""The hidden argument that makes a bundled kindapp executable run this instead of the app."""
DEVICES_ARG = "--devices"
"""After the engine's command: print the output devices' names (one JSON list) and end. The
window's process asks this of a short-lived process so that PortAudio, ALSA's plugins and what
they pull in (10 MiB and more of libraries) are never mapped into it (issue 29)."""

END_TIMEOUT_S = 30.0
"""The longest the process waits for its last sound to ring out after "end"."""


class _Out:
    """Serialised JSON lines on stdout (the player's threads and the log handler all write)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def emit(self, **event: Any) -> None:
        line = (json.dumps(event, separators=(",", ":")) + "\n").encode()
        with self._lock:
            try:
                self._stream.write(line)
                self._stream.flush()
            except (BrokenPipeError, ValueError, OSError):
                pass  # the app is gone; stdin's EOF ends us


class _Forward(logging.Handler):
    def __init__(self, out: _Out) -> None:
        super().__init__(logging.DEBUG)
        self._out = out

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
            if record.exc_info:
                msg += "\n" + logging.Formatter().formatException(record.exc_info)
            self._out.emit(ev="log", name=record.name, level=record.levelno, msg=msg)
        except Exception:
            self.handleError(record)


def serve(inp: IO[bytes], out_stream: IO[bytes]) -> int:
    """Run the engine on these pipes until "quit", EOF, or the end of the practice."""
    from kindapp.sound.player import SoundFault
    from kindapp.sound.stream import StreamPlayer

    out = _Out(out_stream)
    root = logging.getLogger()
    root.handlers[:] = [_Forward(out)]
    root.setLevel(logging.INFO)

    def on_fault(kind: SoundFault) -> None:
        out.emit(ev="fault", kind=kind.value)

    player: StreamPlayer | None = None
    box: list[StreamPlayer] = []

    def on_ready() -> None:
        out.emit(ev="ready", open=bool(box and box[0].is_open))

    ended = False
    try:
        for raw in inp:
            msg = json.loads(raw)
            cmd = msg.get("cmd")
            if cmd == "init":
                player = StreamPlayer(
                    msg["theme"],
                    volume=float(msg["volume"]),
                    muted=bool(msg["muted"]),
                    on_ready=on_ready,
                    on_fault=on_fault,
                    on_recovered=lambda after: out.emit(ev="recovered", after=after),
                    device=msg.get("device") or None,
                    latency_s=float(msg["latency"]),
                )
                box.append(player)
                continue
            if player is None:
                continue
            if cmd == "start":
                player.start_practice(msg["cues"])
            elif cmd == "schedule":
                player.schedule(as_plan(msg["cues"]))
            elif cmd == "play":
                player.play(msg["cue"])
            elif cmd == "preview":
                player.preview(msg["cue"])
            elif cmd == "clip":
                import numpy as np

                data = inp.read(int(msg["bytes"]))
                player.add_clip(msg["name"], np.frombuffer(data, dtype="<f4"), int(msg["rate"]))
            elif cmd == "volume":
                player.set_volume(float(msg["v"]))
            elif cmd == "muted":
                player.set_muted(bool(msg["m"]))
            elif cmd == "end":
                player.end_practice()
                ended = True
                break
            elif cmd == "quit":
                break
        if player is not None and ended:
            player.wait_closed(END_TIMEOUT_S)
    finally:
        if player is not None:
            player.shutdown()
        out.emit(ev="bye")
    return 0


def main() -> int:
    if DEVICES_ARG in sys.argv[1:]:
        from kindapp.sound.player import list_output_devices

        sys.stdout.write(json.dumps(list_output_devices()) + "\n")
        return 0
    return serve(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == "__main__":
    sys.exit(main())
