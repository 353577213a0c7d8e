"""Shared fixtures: a private PulseAudio server with a null sink, and a recorder of its monitor."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class PulseServer:
    """A PulseAudio daemon of our own: `env` reaches it; `kind_sink.monitor` records it."""

    dir: Path
    proc: subprocess.Popen[bytes]
    env: dict[str, str]

    @property
    def server(self) -> str:
        return self.env["PULSE_SERVER"]

    def kill(self) -> None:
        """Kill the server at once (a lost sound device, for real)."""
        self.proc.kill()
        self.proc.wait(timeout=10)


def _wait_for(condition: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.02)  # polling a condition with a deadline, not a sleep as synchronisation


@pytest.fixture
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    """Starts `pulseaudio` with a null sink `kind_sink` on a private socket; stops it after."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("pulseaudio and pulseaudio-utils are not installed (make system-deps)")
    root = tmp_path_factory.mktemp("pulse")
    sock = root / "pulse.sock"
    env = {**os.environ, "HOME": str(root), "XDG_RUNTIME_DIR": str(root),
           "PULSE_SERVER": f"unix:{sock}"}
    env.pop("PULSE_SINK", None)
    log = (root / "pulseaudio.log").open("wb")
    proc = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1",
         "--load=module-null-sink sink_name=kind_sink",
         f"--load=module-native-protocol-unix socket={sock} auth-anonymous=1"],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=root)

    def answers() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(f"pulseaudio exited: {(root / 'pulseaudio.log').read_text()}")
        return sock.exists() and subprocess.run(
            ["pactl", "info"], env=env, capture_output=True).returncode == 0

    try:
        _wait_for(answers, 15, "pulseaudio to answer")
        yield PulseServer(root, proc, env)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


class Recorder:
    """Records `kind_sink.monitor` to a WAV file until stopped."""

    def __init__(self, pulse: PulseServer, path: Path) -> None:
        self.path = path
        # A low-latency recorder also makes the idle null sink drop its 2 s wake-up interval.
        self.proc = subprocess.Popen(
            ["parecord", "-d", "kind_sink.monitor", "--latency-msec=20", "--file-format=wav",
             str(path)], env=pulse.env)
        _wait_for(lambda: path.exists() and path.stat().st_size > 44, 10, "parecord to record")

    def stop(self) -> Path:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=10)
        return self.path


@pytest.fixture
def sink_recorder(pulse_server: PulseServer, tmp_path: Path) -> Iterator[Recorder]:
    recorder = Recorder(pulse_server, tmp_path / "sink.wav")
    try:
        yield recorder
    finally:
        recorder.stop()
