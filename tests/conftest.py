"""Shared fixtures: a private PulseAudio server with a null sink, and a recorder of its monitor.

Both come from the system-test harness (tests/system/desktop.py), so there is one way of
running a sound server in Kind's tests; these fixtures only adapt it for the unit tests.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "system"))

import desktop

# The random seed of the SIGKILL test's kill moments (tests/system/test_letter_crash.py): drawn
# once per run unless the caller gives one, and printed in the run's header (and in every
# failure) so that a run can be replayed.
os.environ.setdefault("KIND_CRASH_SEED", str(time.time_ns() % 1_000_000))


def pytest_report_header(config: pytest.Config) -> str:
    return f"KIND_CRASH_SEED={os.environ['KIND_CRASH_SEED']} (replay: KIND_CRASH_SEED=N make test)"


@dataclass
class PulseHandle:
    """A PulseAudio daemon of the test's own: `env` reaches it; `kind_sink.monitor` records it."""

    pulse: desktop.PulseServer

    @property
    def env(self) -> dict[str, str]:
        return self.pulse.client_env()

    @property
    def server(self) -> str:
        return self.pulse.server

    def kill(self) -> None:
        """Kill the server at once (a lost sound device, for real)."""
        assert self.pulse.proc is not None
        self.pulse.proc.kill()
        self.pulse.proc.wait(timeout=10)


@pytest.fixture
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseHandle]:
    missing = [t for t in ("pulseaudio", "pactl", "parecord") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"the sound tests need {', '.join(missing)} (make system-deps installs them)")
    pulse = desktop.PulseServer(tmp_path_factory.mktemp("pulse"))
    try:
        pulse.start()
        yield PulseHandle(pulse)
    finally:
        pulse.stop()


class SinkRecorder:
    """Records `kind_sink.monitor` to a WAV file until stopped; `stop()` gives the file."""

    def __init__(self, pulse: PulseHandle, path: Path) -> None:
        self.path = path
        self._rec = desktop.Recorder(pulse.pulse, path)
        self._rec.start()

    def stop(self) -> Path:
        if self._rec.proc is not None and self._rec.proc.poll() is None:
            self._rec.stop()
        return self.path


@pytest.fixture
def sink_recorder(pulse_server: PulseHandle, tmp_path: Path) -> Iterator[SinkRecorder]:
    recorder = SinkRecorder(pulse_server, tmp_path / "sink.wav")
    try:
        yield recorder
    finally:
        recorder.stop()
