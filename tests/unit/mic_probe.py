"""Records once with the real VoiceRecorder (in its own process, so PortAudio sees this
process's sound server) and prints what came back as one JSON line: the fault, or the take."""

from __future__ import annotations

import json
import threading

from kindapp.sound.recording import VoiceRecorder

done = threading.Event()
result: dict[str, object] = {}


def take(samples: object, rate: int) -> None:
    result.update(event="take", rate=rate)
    done.set()


def fault(kind: object, detail: str) -> None:
    result.update(event="fault", kind=getattr(kind, "value", str(kind)), detail=detail)
    done.set()


recorder = VoiceRecorder(lambda db: None, take, fault)
recorder.start()
if not done.wait(10):  # the microphone opened: stop, and the take arrives
    recorder.stop()
    done.wait(10)
print(json.dumps(result), flush=True)
