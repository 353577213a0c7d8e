"""Your own voice: trimming and levelling a take (pure numpy), keeping it privately, the steps
it guides, and the player's seam (`add_clip`)."""

from __future__ import annotations

import stat
from pathlib import Path

import numpy as np
import pytest

from kindapp.core.clock import FakeClock
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import BREAK_GUIDED, BREAK_QUICK
from kindapp.core.practices.soothing_touch import touch_practice
from kindapp.core.session import State
from kindapp.core.voice_guide import BREATH_S, VOICE_GAP_S, voice_keys, with_voice
from kindapp.core.voice_store import Take, VoiceStore, break_key, reframe_key, touch_key
from kindapp.sound import voice_dsp
from kindapp.sound.player import SilentPlayer
from kindapp.sound.synth import (
    PEAK_LIMIT_DBFS,
    TARGET_LOUDNESS_DBFS,
    CueCache,
    loudness_dbfs,
    peak_dbfs,
)

RATE = 48000


def speech_like(seconds: float, level_db: float, rate: int = RATE, seed: int = 1) -> np.ndarray:
    """Syllables: 150 ms bursts of a 180 Hz buzz with harmonics, 60 ms apart."""
    t = np.arange(round(seconds * rate)) / rate
    rng = np.random.default_rng(seed)
    buzz = sum(np.sin(2 * np.pi * 180 * k * t + rng.uniform(0, 6)) / k for k in range(1, 8))
    gate = ((t % 0.21) < 0.15).astype(float)
    x = buzz * gate
    x *= 10 ** (level_db / 20) / np.sqrt(np.mean(x[gate > 0] ** 2))
    return x.astype(np.float32)


def take_with_silence(lead: float, voice: np.ndarray, tail: float, noise_db: float = -65.0):
    rng = np.random.default_rng(7)
    n_lead, n_tail = round(lead * RATE), round(tail * RATE)
    x = np.concatenate([np.zeros(n_lead), voice, np.zeros(n_tail)])
    x += rng.normal(0, 10 ** (noise_db / 20), len(x))
    return x.astype(np.float32), n_lead, n_lead + len(voice)


def test_trim_cuts_lead_and_tail_silence_keeping_a_faded_margin() -> None:
    voice = speech_like(1.5, -30)
    x, start, end = take_with_silence(1.2, voice, 2.0)
    out = voice_dsp.trim_silence(x, RATE)
    margin = voice_dsp.MARGIN_S
    expected = (end - start) / RATE + 2 * margin
    assert len(out) / RATE == pytest.approx(expected, abs=0.03)
    assert out[0] == 0.0 and abs(out[-1]) < 1e-6  # faded, no click
    # The voiced part is kept whole: its energy is (nearly) all there.
    assert np.sum(out.astype(float) ** 2) == pytest.approx(np.sum(voice.astype(float) ** 2), 0.02)


def test_silence_and_a_click_are_nothing() -> None:
    quiet = np.random.default_rng(0).normal(0, 1e-4, RATE * 2).astype(np.float32)
    assert len(voice_dsp.trim_silence(quiet, RATE)) == 0
    click = np.zeros(RATE, dtype=np.float32)
    click[1000:1100] = 0.5
    assert len(voice_dsp.trim_silence(click, RATE)) == 0
    assert len(voice_dsp.prepare_take(np.zeros(RATE, dtype=np.int16), RATE)) == 0


@pytest.mark.parametrize("level_db", [-45.0, -30.0, -8.0])
def test_a_quiet_or_loud_voice_comes_out_at_the_cues_loudness(level_db: float) -> None:
    x, _s, _e = take_with_silence(0.5, speech_like(2.0, level_db), 0.5)
    out = voice_dsp.prepare_take(x, RATE)
    assert loudness_dbfs(out, RATE) == pytest.approx(TARGET_LOUDNESS_DBFS, abs=0.5)
    assert peak_dbfs(out) <= PEAK_LIMIT_DBFS + 1e-3


def test_a_peaky_take_is_held_under_the_peak_limit() -> None:
    x = speech_like(1.0, -40)
    x[5000] = 0.9  # a pop: the peak, not the loudness, sets the gain
    out = voice_dsp.match_loudness(x, RATE)
    assert peak_dbfs(out) <= PEAK_LIMIT_DBFS + 1e-3


def test_the_target_is_the_rendered_cues_level() -> None:
    cues = CueCache().get("bowl", RATE, ["soft_bell", "step_1", "step_2", "closing_bell"])
    assert voice_dsp.cue_level_dbfs(cues, RATE) == pytest.approx(TARGET_LOUDNESS_DBFS, abs=2.1)


def test_resample_keeps_length_and_pitch() -> None:
    t = np.arange(44100) / 44100
    x = np.sin(2 * np.pi * 440 * t).astype(np.float32)
    y = voice_dsp.resample(x, 44100, RATE)
    assert len(y) == RATE
    spec = np.abs(np.fft.rfft(y))
    assert np.argmax(spec) * RATE / len(y) == pytest.approx(440, abs=1.5)


def test_pcm16_round_trip() -> None:
    x = speech_like(0.3, -20)
    y = voice_dsp.from_pcm16(voice_dsp.to_pcm16(x))
    assert np.max(np.abs(x - y)) < 1e-4


def test_store_keeps_takes_private_and_deletes_them(tmp_path: Path) -> None:
    store = VoiceStore(tmp_path / "data" / "voice")
    assert store.all_keys() == [] and store.load(break_key("kindness")) is None
    take = Take(voice_dsp.to_pcm16(speech_like(0.5, -20)), RATE)
    path = store.save(break_key("kindness"), take)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert store.load("break.kindness") == take
    assert store.seconds("break.kindness") == pytest.approx(0.5)
    store.save(touch_key("I'm here for you."), take)
    store.save(reframe_key("3"), take)
    assert store.all_keys() == sorted(
        ["break.kindness", touch_key("I'm here for you."), "reframe.3"]
    )
    store.delete("break.kindness")
    store.delete("break.kindness")  # twice is fine
    assert not store.has("break.kindness")
    with pytest.raises(ValueError):
        store.path("../settings")
    with pytest.raises(ValueError):
        store.save_wav("reframe.4", b"not a wav")


def test_voice_keys_and_steps_long_enough_to_hold_the_recording() -> None:
    assert voice_keys(BREAK_GUIDED) == {
        "mindfulness": "break.mindfulness",
        "humanity": "break.humanity",
        "kindness": "break.kindness",
    }
    touch = touch_practice("hand-on-heart", 60, "I'm here for you.", None)
    assert voice_keys(touch) == {"touch": touch_key("I'm here for you.")}
    longer = with_voice(BREAK_QUICK, {"mindfulness": 9.0, "kindness": 2.0})
    by_id = {s.id: s.duration_s for s in longer.steps}
    assert by_id["mindfulness"] == VOICE_GAP_S + 9.0 + BREATH_S
    assert by_id["kindness"] == 14.0  # already long enough
    assert by_id["humanity"] == 12.0
    # The guided break holds even long recordings without changing.
    assert with_voice(BREAK_GUIDED, dict.fromkeys(voice_keys(BREAK_GUIDED), 20.0)) == BREAK_GUIDED


class CueLog:
    scheduling = True

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.played: list[tuple[str, float]] = []

    def play(self, cue: str) -> None:
        self.played.append((cue, self.clock.now()))

    def schedule(self, cues: object) -> None:
        pass

    def end_practice(self) -> None:
        pass


def test_a_voiced_step_plans_its_recording_right_after_its_cue_also_on_back_and_next() -> None:
    from kindapp.core.voice_guide import VOICE_GAP_S

    clock = FakeClock()
    player = CueLog(clock)
    run = PracticeRun(
        BREAK_QUICK, clock, player, lambda r: None, clips={"humanity": "voice:humanity"}
    )
    run.start()
    starts = dict(zip([s.id for s in BREAK_QUICK.steps], BREAK_QUICK.step_starts(), strict=True))
    t0 = run.session.started_at
    assert t0 is not None

    def clip_at() -> float | None:
        return next((c.at for c in run.plan.cues if c.name == "voice:humanity"), None)

    assert clip_at() == pytest.approx(t0 + starts["humanity"] + VOICE_GAP_S)
    while run.session.step.id != "humanity":
        clock.set(run.session.next_deadline())
        run.session.tick()
    run.session.pause()
    assert clip_at() is None  # paused: nothing planned
    run.session.resume()
    run.session.next()
    assert clip_at() is None  # past the voiced step
    run.session.back()  # back into the voiced step: its voice is planned again, after its cue
    assert clip_at() == pytest.approx(clock.now() + VOICE_GAP_S)
    run.session.stop()
    assert run.session.state is State.STOPPED


def test_with_sound_off_a_voice_guided_break_still_fits_the_recording_and_sounds_nothing(
    tmp_path: Path,
) -> None:
    """The silent player (sound off) is handed the person's recordings like any player: the
    voiced step is still lengthened to hold its recording, the clip is named for the plan,
    and nothing is started or made ready by it (no thread, no stream)."""
    import threading

    from kindapp.sound.voice_clips import listen, load_voice

    store = VoiceStore(tmp_path / "voice")
    store.save(break_key("mindfulness"), Take(voice_dsp.to_pcm16(speech_like(9.0, -20)), RATE))
    threads = threading.active_count()
    player = SilentPlayer()
    practice, clips = load_voice(BREAK_QUICK, store, player)
    assert clips == {"mindfulness": "voice:mindfulness"}
    by_id = {s.id: s.duration_s for s in practice.steps}
    assert by_id["mindfulness"] == pytest.approx(VOICE_GAP_S + 9.0 + BREATH_S, abs=1e-3)
    assert by_id["humanity"] == 12.0 and by_id["kindness"] == 14.0  # without a recording
    assert listen(store, break_key("mindfulness"), player)  # Listen: taken, nothing to fail
    assert not listen(store, break_key("kindness"), player)  # nothing kept under that key
    assert not player.is_ready and not player.scheduling
    assert threading.active_count() == threads


def test_stream_worker_resamples_a_clip_into_the_bank() -> None:
    from kindapp.sound.mixer import Mixer
    from kindapp.sound.player_state import PlayerState
    from kindapp.sound.stream_worker import StreamWorker

    state = PlayerState("bowl", None, 1.0, False, lambda: None, lambda f: None)
    state.cache = CueCache()
    worker = StreamWorker(state)
    worker.mixer = Mixer(RATE, 2, 1.0, RuntimeError, lambda: None)
    clip = speech_like(1.0, -20, rate=24000)
    state.clips["voice:kindness"] = (clip, 24000)
    worker.load_cues(["step_1", "voice:kindness"])
    worker.load_clip("voice:kindness")
    bank = worker.mixer.bank
    assert set(bank) == {"step_1", "voice:kindness"}
    assert len(bank["voice:kindness"]) == RATE and bank["voice:kindness"].dtype == np.float32


def test_export_and_import_carry_the_recordings_and_older_files_still_import(
    tmp_path: Path,
) -> None:
    import json

    from kindapp.core.journal import ImportProblem, Journal, export_to_file, import_file

    src_store = VoiceStore(tmp_path / "a" / "voice")
    take = Take(voice_dsp.to_pcm16(speech_like(0.4, -20)), RATE)
    src_store.save(break_key("kindness"), take)
    src_store.save(reframe_key("0f1e2d3c4b5a69788796a5b4c3d2e1f0"), take)
    out = tmp_path / "export.json"
    export_to_file(tmp_path / "a" / "journal.sqlite3", out, voices=src_store)
    data = json.loads(out.read_text())
    assert data["version"] == 6 and {v["key"] for v in data["voices"]} == set(src_store.all_keys())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600

    dest = VoiceStore(tmp_path / "b" / "voice")
    j = Journal(tmp_path / "b" / "journal.sqlite3")
    try:
        result = import_file(j, out, dest)
        assert result.voices_added == 2
        assert dest.load(break_key("kindness")) == take
        again = import_file(j, out, dest)  # already here: skipped
        assert again.voices_added == 0 and again.skipped == 2
        # A version 2 file (no voices) still imports.
        old = tmp_path / "old.json"
        old.write_text(json.dumps({**data, "version": 2, "voices": "ignored"}))
        assert import_file(j, old, dest).voices_added == 0
        # A broken take refuses the whole file before anything is written.
        bad = tmp_path / "bad.json"
        broken = [{"key": "break.humanity", "wav": "bm90IGEgd2F2"}]
        bad.write_text(json.dumps({**data, "voices": broken}))
        with pytest.raises(ImportProblem, match=r"voices\[0\]"):
            import_file(j, bad, dest)
        assert not dest.has("break.humanity")
    finally:
        j.close()


def test_without_any_sound_server_the_recorder_says_there_is_no_microphone(
    tmp_path: Path,
) -> None:
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PULSE_SERVER": f"unix:{tmp_path}/nothing-here.sock",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(root),
    }
    out = subprocess.run(
        [sys.executable, str(Path(__file__).parent / "mic_probe.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["event"] == "fault" and result["kind"] == "no_microphone", result
