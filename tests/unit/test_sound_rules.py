"""The sound's small rules at their edges, with numbers of the test's own: where a scheduled
cue falls (the DAC delay believed or not, a cue just too late), the volume taper, the silent
player's readiness, resampling a recording, the level the cues share, and which voice gives
way when more cues sound than there are voices."""

from __future__ import annotations

import numpy as np
import pytest

from kindapp.sound import schedule
from kindapp.sound.mixer import MAX_VOICES, Mixer
from kindapp.sound.player import SilentPlayer, volume_to_gain
from kindapp.sound.synth import TARGET_LOUDNESS_DBFS, loudness_dbfs
from kindapp.sound.voice_dsp import cue_level_dbfs, resample


class _Abort(Exception):
    pass


@pytest.mark.parametrize(
    "current, dac, expected",
    [
        (1.0, 1.25, 0.25),  # believed: the block is heard a quarter second after the callback
        (0.5, 0.9, 0.4),  # small but real time bases are believed too
        (1.0, 1.0, 0.0),  # no delay at all is possible
        (1.0, 3.0, 2.0),  # the longest delay believed
        (0.0, 0.5, 0.04),  # no callback time: the stream's latency
        (-1.0, 0.5, 0.04),
        (1.0, 0.0, 0.04),  # no DAC time
        (1.0, 0.5, 0.04),  # the DAC before the callback: not a time base
        (1.0, 3.5, 0.04),  # too long to be true
    ],
)
def test_the_dac_delay_is_believed_only_when_it_can_be_true(
    current: float, dac: float, expected: float
) -> None:
    assert schedule.dac_delay(current, dac, 0.04) == pytest.approx(expected)


def test_a_cue_is_too_late_only_past_the_grace() -> None:
    start = 10.0
    assert not schedule.too_late(start - schedule.LATE_S, start)  # exactly at the grace: played
    assert schedule.too_late(start - schedule.LATE_S - 0.001, start)
    assert not schedule.too_late(start + 1.0, start)


def test_volume_is_a_squared_taper_held_to_its_range() -> None:
    assert volume_to_gain(0.5) == 0.25
    assert volume_to_gain(1.5) == 1.0
    assert volume_to_gain(-0.5) == 0.0
    assert volume_to_gain(1.0) == 1.0


def test_the_silent_player_is_ready_for_a_practice_and_not_after() -> None:
    ready: list[str] = []
    player = SilentPlayer(on_ready=lambda: ready.append("ready"))
    assert not player.is_ready
    player.start_practice(["step_1"])
    assert player.is_ready and ready == ["ready"]
    player.end_practice()
    assert player.is_ready is False
    player.start_practice([])
    player.shutdown()
    assert player.is_ready is False and ready == ["ready", "ready"]


def test_resampling_keeps_the_sound_and_always_gives_a_new_float32_buffer() -> None:
    x = np.array([0.0, 0.5, 1.0, 0.5], dtype=np.float64)
    same = resample(x, 16000, 16000)
    assert same.dtype == np.float32 and np.array_equal(same, x.astype(np.float32))
    same[0] = 9.0
    assert x[0] == 0.0  # a copy: the take is not changed through it
    f32 = x.astype(np.float32)
    copied = resample(f32, 16000, 16000)
    assert copied is not f32 and not np.shares_memory(copied, f32)
    empty = resample(np.zeros(0, dtype=np.float32), 16000, 48000)
    assert empty.dtype == np.float32 and len(empty) == 0
    up = resample(np.array([0.25], dtype=np.float32), 16000, 48000)
    assert up.dtype == np.float32 and np.array_equal(up, np.full(3, 0.25, np.float32))
    down = resample(np.array([0.25], dtype=np.float32), 48000, 16000)
    assert np.array_equal(down, np.array([0.25], np.float32))  # never shorter than a sample
    doubled = resample(np.array([0.0, 1.0], dtype=np.float32), 8000, 16000)
    assert doubled.dtype == np.float32
    np.testing.assert_allclose(doubled, [0.0, 0.5, 1.0, 1.0])


def test_the_cues_level_is_the_loudest_cue_and_the_target_without_any() -> None:
    rate = 48000
    t = np.arange(rate) / rate
    quiet = (0.05 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    loud = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    level = cue_level_dbfs({"a": quiet, "b": loud, "none": np.zeros(0, np.float32)}, rate)
    assert level == pytest.approx(loudness_dbfs(loud, rate))
    assert level > loudness_dbfs(quiet, rate) + 10
    assert cue_level_dbfs({}, rate) == TARGET_LOUDNESS_DBFS
    assert cue_level_dbfs({"none": np.zeros(0, np.float32)}, rate) == TARGET_LOUDNESS_DBFS


def test_with_every_voice_just_begun_the_first_gives_way() -> None:
    """More cues at once than voices: the one that has sounded longest gives way; among cues
    begun together, the first asked for."""
    mixer = Mixer(1000, 1, 1.0, _Abort, lambda: None)
    levels = [0.001 * (i + 1) for i in range(MAX_VOICES + 1)]
    mixer.bank = {f"c{i}": np.full(500, v, np.float32) for i, v in enumerate(levels)}
    mixer.requests.extend(f"c{i}" for i in range(MAX_VOICES + 1))
    out = np.zeros((10, 1), dtype=np.float32)
    mixer(out, 10, None, None)
    assert mixer.active_voices == MAX_VOICES
    assert out[0, 0] == pytest.approx(sum(levels[1:]), rel=1e-5)  # c0 was replaced


def test_pending_counts_the_planned_cues_not_yet_begun() -> None:
    now = [100.0]
    mixer = Mixer(1000, 1, 1.0, _Abort, lambda: None, latency=0.0, now=lambda: now[0])
    mixer.bank = {"a": np.full(5, 0.1, np.float32)}
    mixer.set_plan([(100.05, "a"), (100.5, "a"), (101.0, "a")])
    assert mixer.pending() == 3
    out = np.zeros((100, 1), dtype=np.float32)
    mixer(out, 100, None, None)  # 100.0-100.1 s: the first begins
    assert mixer.pending() == 2
    mixer.set_plan([(100.05, "a"), (100.5, "a"), (101.0, "a")])  # a new plan: counted afresh
    assert mixer.pending() == 3


class _PortAudio:
    """Stands in for sounddevice at the system edge: the devices PortAudio would report."""

    def __init__(self, devices: list[dict[str, object]] | None) -> None:
        self.devices = devices

    def query_devices(self) -> list[dict[str, object]]:
        if self.devices is None:
            raise RuntimeError("PortAudio: host error")
        return self.devices


def test_the_output_devices_are_those_with_output_channels(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from kindapp.sound.player import list_output_devices

    devices: list[dict[str, object]] = [
        {"name": "Built-in speakers", "max_output_channels": 2},
        {"name": "USB microphone", "max_output_channels": 0},
        {"name": "HDMI", "max_output_channels": "8"},
        {"name": "Mono speaker", "max_output_channels": 1},
    ]
    monkeypatch.setitem(sys.modules, "sounddevice", _PortAudio(devices))
    assert list_output_devices() == ["Built-in speakers", "HDMI", "Mono speaker"]
    monkeypatch.setitem(sys.modules, "sounddevice", _PortAudio(None))
    with caplog.at_level("ERROR", logger="kindapp.sound.player"):
        assert list_output_devices() == []
    assert [r.getMessage() for r in caplog.records if r.name == "kindapp.sound.player"] == [
        "cannot list audio devices"
    ]
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # PortAudio missing: import fails
    assert list_output_devices() == []


def test_the_window_lists_the_devices_without_loading_portaudio() -> None:
    """The settings' device list comes from a short-lived sound process: the same names the
    engine reports, and PortAudio (with ALSA's plugins, 10 MiB and more of libraries) never
    loads into the window's process (issue 29)."""
    import json
    import subprocess
    import sys

    window_side = (
        "import json, sys\n"
        "from kindapp.sound.process_player import list_output_devices_apart\n"
        "names = list_output_devices_apart()\n"
        "print(json.dumps({'names': names, 'portaudio': 'sounddevice' in sys.modules}))\n"
    )
    seen = json.loads(
        subprocess.run(
            [sys.executable, "-c", window_side], capture_output=True, check=True, timeout=60
        ).stdout
    )
    engine = subprocess.run(
        [sys.executable, "-m", "kindapp.sound.engine", "--devices"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    assert seen == {"names": json.loads(engine.stdout), "portaudio": False}


def test_a_failing_device_list_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    from kindapp.sound import process_player

    monkeypatch.setattr(process_player, "engine_command", lambda: ["/nonexistent/kind-engine"])
    assert process_player.list_output_devices_apart() == []
