"""The break guided by the person's own voice, end to end: each phrase's recording (espeak-ng
speaking the phrase, trimmed and levelled and kept in the data folder as the app keeps it) is
found at the sound card right after its step's cue, on schedule; a long recording stretches
its step to hold it."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

import desktop
import numpy as np
import pytest
from desktop import log_lines, wait_for_log

pytestmark = pytest.mark.system

TOLERANCE_S = 0.050
"""On the app's own clock (its log); what the sink played is held to desktop.HEARD_WITHIN_S."""
MATCH = 0.5
"""Normalised cross-correlation above which a recording counts as found at the sink."""
GUIDED_SCALE = 0.3
QUICK_SCALE = 0.625
"""The quick break's steps scaled so its shortest lasts 5 s (the quick break at its full length
on the real clock is tests/system/test_break_cues.py's): the long recording still stretches its
step, the others still fit theirs or stretch them, and every onset is checked the same way."""
LONG_WORDS = (
    "This is a moment of suffering. It is hard, and I can stay here with it, "
    "one breath at a time, for as long as I need."
)


def find_take(
    recording: np.ndarray, take: np.ndarray, rate: int, around: float
) -> tuple[float, float]:
    """Where `take` starts in `recording` near `around` s (+-1 s): (start s, correlation)."""
    lo = max(0, round((around - 1.0) * rate))
    hi = min(len(recording), round((around + 1.0) * rate) + len(take))
    seg = recording[lo:hi] - np.mean(recording[lo:hi])
    ref = take - np.mean(take)
    n = len(seg) + len(ref)
    xc = np.fft.irfft(np.fft.rfft(seg, n) * np.conj(np.fft.rfft(ref, n)), n)[: len(seg) - len(ref)]
    # Normalise by the energy of each window of the recording, so a loud bell cannot win.
    energy = np.concatenate(([0.0], np.cumsum(seg * seg)))
    windows = np.sqrt(np.maximum(energy[len(ref) :] - energy[: -len(ref)], 1e-12))[: len(xc)]
    score = xc / (windows * np.linalg.norm(ref))
    best = int(np.argmax(score))
    return (lo + best) / rate, float(score[best])


@pytest.mark.parametrize("mode", ["quick", "guided"])
def test_break_guided_by_my_voice_plays_each_recording_after_its_cue(
    mode: str,
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    recorder: desktop.Recorder,
    artifacts: Path,
    tmp_path: Path,
) -> None:
    from kindapp.core.practices import BREAK_MODES, BREAK_STEP_IDS
    from kindapp.core.voice_guide import VOICE_GAP_S, with_voice
    from kindapp.core.voice_store import Take, VoiceStore, break_key
    from kindapp.sound.voice_dsp import prepare_take, to_pcm16

    words = {"mindfulness": LONG_WORDS}
    # The quick break runs at QUICK_SCALE of its length. The guided one's five minutes add
    # nothing the quick one does not show (the same cues, words and voices, one more rest): it
    # runs at GUIDED_SCALE of its length (the test hook KIND_TEST_STEP_SCALE), still on the real
    # clock, still long enough to hold each recording, and every onset is checked the same way.
    scale = QUICK_SCALE if mode == "quick" else GUIDED_SCALE
    base = BREAK_MODES[mode].scaled(scale)
    phrases = {s.id: words.get(s.id, s.text) for s in base.steps if s.editable}
    store = VoiceStore(kind_env.data_dir / "voice")
    takes: dict[str, np.ndarray] = {}
    for step_id in BREAK_STEP_IDS:
        wav = desktop.spoken_phrase(phrases[step_id], tmp_path / f"{step_id}.wav")
        said, rate = desktop.read_wav(wav)
        kept = prepare_take(said.astype(np.float32), rate)
        store.save(break_key(step_id), Take(to_pcm16(kept), rate))
        takes[step_id] = kept.astype(np.float64)
    seconds = {k: len(v) / desktop.RATE for k, v in takes.items()}
    practice = with_voice(base.with_words(words), seconds)
    if mode == "quick":  # the long recording stretches its step; the guided one holds it
        assert practice.steps[2].duration_s > base.steps[2].duration_s, seconds
    else:
        assert practice.steps == base.with_words(words).steps, seconds
    kind_env.config_dir.mkdir(parents=True, exist_ok=True)
    kind_env.settings_path.write_text(
        json.dumps(
            {
                "schema_version": 1,
                "first_run_done": True,
                "break_mode": mode,
                "own_words": words,
                "voice_guided": ["break"],
            }
        )
    )

    if scale != 1.0:
        kind_env["KIND_TEST_STEP_SCALE"] = str(scale)
    recorder.start()
    launch_kind("--break")
    started = wait_for_log(kind_env, rf"practice-start practice=break mode={mode} at=([\d.]+)", 30)
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+) at=([\d.]+)", practice.total_s + 30)
    assert ended.group(1) == "finished", kind_env.diagnostics()
    t0 = float(started.group(1))
    assert float(ended.group(2)) - t0 == pytest.approx(practice.total_s, abs=TOLERANCE_S)
    first = recorder.wait_for_onsets(1, timeout=15.0)[0]
    desktop.wait_until(
        lambda: recorder.seconds_so_far() > first + practice.total_s + 2.0, 30, "the end bell"
    )
    samples, rate = recorder.stop()
    desktop.write_wav(artifacts / f"voice_break_{mode}.wav", samples, rate)

    # The app's account: each phrase step's cue, then its voice, at the step's start.
    steps = {
        m.group(2): float(m.group(3)) - t0
        for m in log_lines(kind_env, r"step-start index=(\d+) id=(\S+) at=([\d.]+)")
    }
    schedule = dict(zip((s.id for s in practice.steps), practice.step_starts(), strict=True))
    for step_id, at in steps.items():
        assert at == pytest.approx(schedule[step_id], abs=TOLERANCE_S), (step_id, at)
    cues = [m.group(1) for m in log_lines(kind_env, r"cue name=(\S+) at=")]
    assert cues == [
        "soft_bell",
        "breath_chime",
        "step_1",
        "voice:mindfulness",
        "step_2",
        "voice:humanity",
        "step_3",
        "voice:kindness",
        *(["breath_chime"] if mode == "guided" else []),  # the guided break's rest
        "closing_bell",
    ], kind_env.diagnostics()

    # What the sound card played: every recording, VOICE_GAP_S after its step's cue.
    found: dict[str, tuple[float, float]] = {}
    errors: dict[str, float] = {}
    for step_id in BREAK_STEP_IDS:
        expected = first + steps[step_id] + VOICE_GAP_S
        at, score = find_take(samples, takes[step_id], rate, expected)
        found[step_id] = (at, score)
        errors[step_id] = at - expected
    # ... and relative to its own cue as the sound card played it (one onset per cue: every
    # recording starts while its bell still rings, so it never follows a quiet).
    onsets = desktop.detect_onsets(samples, rate)
    after_cue = {
        k: at - max(t for t in onsets if t < at) - VOICE_GAP_S for k, (at, _s) in found.items()
    }
    marks = [at for at, _ in found.values()]
    desktop.save_envelope_png(artifacts / f"voice_break_{mode}_envelope.png", samples, rate, marks)
    (artifacts / f"voice_break_{mode}_onsets.json").write_text(
        json.dumps(
            {
                k: {
                    "at": v[0],
                    "score": v[1],
                    "error_ms": errors[k] * 1000,
                    "after_its_cue_error_ms": after_cue[k] * 1000,
                }
                for k, v in found.items()
            },
            indent=2,
        )
    )
    # A different phrase, or bells alone, score at most 0.16 here; the phrase itself above 0.9,
    # or about 0.7 when the output underran once inside it (a 10 ms gap shifts the rest).
    for step_id, (_at, score) in found.items():
        assert score > MATCH, f"{step_id}: the recording was not found (score {score:.2f})"
    assert all(abs(e) <= desktop.HEARD_WITHIN_S for e in errors.values()), {
        k: round(v * 1000, 1) for k, v in errors.items()
    }
    assert all(abs(e) <= desktop.HEARD_WITHIN_S for e in after_cue.values()), {
        k: round(v * 1000, 1) for k, v in after_cue.items()
    }

    # The recordings stayed private, and --export carries them, byte for byte.
    assert desktop.private_files(kind_env.data_dir) == {}
    assert desktop.private_files(kind_env.data_dir / "voice") == {}
    exported = desktop.export(kind_env, kind_env.root / "export.json")
    assert exported["version"] == 6
    kept = {v["key"]: base64.b64decode(v["wav"]) for v in exported["voices"]}
    assert kept == {k: store.wav(k) for k in store.all_keys()}
    assert set(kept) == {break_key(s) for s in BREAK_STEP_IDS}
