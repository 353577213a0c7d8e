"""Self-tests of the desktop harness: if these fail, the system tests below cannot be trusted.

They need no kindapp: a PySide6 probe checks the tray, and a known tone played through the
sound server checks the recorder and the onset detector.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import desktop
import numpy as np
import pytest

pytestmark = pytest.mark.system


def strikes(n: int, at: float, spacing: float = 0.4) -> list[tuple[float, np.ndarray]]:
    """A cue of n soft strikes with long ringing tails, like step_N."""
    return [
        (at + k * spacing, desktop.tone(528.0, 5.0, -12.0, attack_s=0.01, decay_s=0.6))
        for k in range(n)
    ]


def test_onset_detector_finds_one_onset_per_cue_on_synthetic_signal() -> None:
    starts = [0.5, 10.5, 18.5, 30.5, 42.5, 56.5]
    pieces = [
        (starts[0], desktop.tone(440.0, 6.0, -6.0, decay_s=0.8)),
        (starts[1], desktop.tone(660.0, 6.0, -20.0, decay_s=0.8)),
        *strikes(1, starts[2]),
        *strikes(2, starts[3]),
        *strikes(3, starts[4]),
        (starts[5], desktop.tone(392.0, 8.0, -6.0, decay_s=1.5)),
    ]
    signal = desktop.place(66.0, pieces)
    onsets = desktop.detect_onsets(signal, desktop.RATE)
    assert len(onsets) == len(starts), onsets
    # Refinement puts each onset on the attack's first audible sample, within 1 ms of truth.
    assert np.allclose(onsets, starts, atol=0.001), onsets


def test_onset_detector_ignores_sounds_without_quiet_before_them() -> None:
    # A second sound 1 s after the first (no 1.5 s quiet between) is part of the same cue.
    signal = desktop.place(
        8.0,
        [
            (1.0, desktop.tone(440, 0.5, -10, decay_s=0.05)),
            (2.0, desktop.tone(440, 0.5, -10, decay_s=0.05)),
            (5.0, desktop.tone(440, 0.5, -10, decay_s=0.05)),
        ],
    )
    onsets = desktop.detect_onsets(signal, desktop.RATE)
    assert np.allclose(onsets, [1.0, 5.0], atol=0.001), onsets
    assert desktop.detect_onsets(np.zeros(desktop.RATE * 3), desktop.RATE) == []
    quiet = desktop.place(3.0, [(1.0, desktop.tone(440, 0.5, -50, decay_s=0.05))])
    assert desktop.detect_onsets(quiet, desktop.RATE) == []


def test_tray_probe_sees_a_system_tray(kind_env: desktop.KindEnv, trayer: desktop.Trayer) -> None:
    result = subprocess.run(
        [sys.executable, str(desktop.PROBES / "tray_probe.py")],
        env=dict(kind_env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["available"] is True, probe
    x, y, w, h = probe["geometry"]
    assert w > 0 and h > 0, probe
    # The icon sits inside trayer's panel (top right of the 1280x800 screen).
    assert x >= 1280 - 160 and y < 32, probe


def test_kind_env_is_clean_and_private(kind_env: desktop.KindEnv, tmp_path: Path) -> None:
    assert "DBUS_SESSION_BUS_ADDRESS" not in kind_env
    assert kind_env["QT_QPA_PLATFORM"] == "xcb"
    assert kind_env["DISPLAY"].startswith(":")
    assert kind_env["PULSE_SERVER"].startswith("unix:")
    # The runtime dir is a short one of its own in /tmp (the single-instance socket's path must
    # stay short), reached from the test's directory as kind/runtime.
    runtime = Path(kind_env["XDG_RUNTIME_DIR"])
    assert (tmp_path / "kind" / "runtime").resolve() == runtime.resolve()
    assert runtime.is_dir() and runtime.stat().st_mode & 0o777 == 0o700
    assert len(str(runtime / "org.kindapp.Kind-0000000000.sock").encode()) < 100
    for var in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        path = Path(kind_env[var])
        assert path.is_dir() and tmp_path in path.parents, var
        assert path.stat().st_mode & 0o777 == 0o700, var
    assert "PYTHONPATH" not in kind_env


def test_recorder_hears_a_tone_played_through_the_sound_server(
    tmp_path: Path, pulse: desktop.PulseServer, recorder: desktop.Recorder
) -> None:
    # Two soft tones 2.500 s apart in one file: the recorded interval must match closely.
    wav = tmp_path / "tones.wav"
    desktop.write_wav(
        wav,
        desktop.place(
            4.0, [(0.2, desktop.tone(440, 0.6, -12)), (2.7, desktop.tone(660, 0.6, -12))]
        ),
    )
    recorder.start()
    desktop.play_file(pulse, wav)
    onsets = recorder.wait_for_onsets(2, timeout=15.0)
    samples, rate = recorder.stop()
    assert rate == desktop.RATE
    assert len(onsets) == 2, onsets
    final = desktop.detect_onsets(samples, rate)
    assert len(final) == 2, final
    assert abs((final[1] - final[0]) - 2.5) < 0.002, final
    assert float(np.max(np.abs(samples))) > desktop.db_to_amp(-16.0)
