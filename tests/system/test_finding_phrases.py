"""Finding your phrases end to end on the real X11 desktop: `kindapp --practice phrases --mode
short` opens the two questions, the phrases are typed with xdotool (a wish taken with one key,
the yes to My words with another), the meditation with them rings one bell at every turn and
the closing bell, recorded from the sink with the turns' durations between them, and the
phrases are then in My words, read back through `kindapp --export`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import desktop
import numpy as np
import pytest
from desktop import log_lines, wait_for_log

from kindapp.core.practices.phrases import phrases_practice

pytestmark = pytest.mark.system

SHORTEST_TURN_S = 5.0  # as tests/system/test_msc_practices.py: a chime fades before the next
FOUND = ("May I be safe.", "You matter.", "You are loved.")


def _type(env: desktop.KindEnv, text: str) -> None:
    desktop.xdotool(env, "type", "--delay", "10", text)


def test_phrases_typed_then_the_meditation_rings_each_turn_and_my_words_keep_them(
    kind_env: desktop.KindEnv,
    launch_kind: Callable[..., desktop.KindProcess],
    recorder: desktop.Recorder,
    artifacts: Path,
) -> None:
    full = phrases_practice(FOUND, "short")
    scale = SHORTEST_TURN_S / min(s.duration_s for s in full.steps)
    practice = full.scaled(scale)
    kind_env["KIND_TEST_STEP_SCALE"] = repr(scale)
    kind_env.settings_path.parent.mkdir(parents=True, exist_ok=True)
    kind_env.settings_path.write_text(json.dumps({"schema_version": 1, "first_run_done": True}))
    expected_cues = [s.cue for s in practice.steps] + [practice.end_cue]
    assert all(expected_cues), "every turn has its bell"

    launch_kind("--practice", "phrases", "--mode", "short")
    wait_for_log(kind_env, r"screen name=find_phrases", 30)
    window = desktop.wait_for_window(kind_env)
    desktop.xdotool(kind_env, "windowfocus", "--sync", window)
    _type(kind_env, "I am safe")
    desktop.focus_and_press(kind_env, window, "Return")
    _type(kind_env, "You matter")
    desktop.focus_and_press(kind_env, window, "ctrl+Return")  # the second question
    _type(kind_env, "You are loved")
    desktop.focus_and_press(kind_env, window, "ctrl+Return")  # the phrases, the first in focus
    # Tab to the first phrase's wish and take it; Tab past the others (the second has no
    # wish offered, the third does) to the yes for My words; then begin.
    desktop.focus_and_press(kind_env, window, "Tab", "space", *["Tab"] * 4, "space")
    shot = desktop.grab_window(kind_env, window, artifacts / "find-phrases-x11.png")
    recorder.start()
    desktop.focus_and_press(kind_env, window, "ctrl+Return")

    started = wait_for_log(kind_env, r"practice-start practice=phrases mode=short at=([\d.]+)", 30)
    kept = log_lines(kind_env, r"phrases-kept count=(\d+) in=my-words")
    assert [m.group(1) for m in kept] == ["3"], f"{kind_env.diagnostics()} (see {shot})"
    ended = wait_for_log(kind_env, r"practice-end outcome=(\w+) at=([\d.]+)", practice.total_s + 30)
    assert ended.group(1) == "finished", kind_env.diagnostics()
    recorder.wait_for_onsets(len(expected_cues), timeout=15.0)
    samples, rate = recorder.stop()
    onsets = desktop.detect_onsets(samples, rate)
    picture = artifacts / "find_phrases_envelope.png"
    desktop.save_envelope_png(picture, samples, rate, onsets)

    # The app's account: each turn of the meditation began, with its bell.
    steps = log_lines(kind_env, r"step-start index=(\d+) id=(\S+) at=([\d.]+)")
    assert [m.group(2) for m in steps] == [s.id for s in practice.steps]
    cues = log_lines(kind_env, r"cue name=(\S+) at=([\d.]+)")
    assert [m.group(1) for m in cues] == expected_cues, kind_env.diagnostics()
    logged = np.array([float(m.group(2)) for m in cues]) - float(started.group(1))
    assert np.allclose(logged, [*practice.step_starts(), practice.total_s], atol=0.05), logged

    # What the sink played: one bell per turn and the closing one, the turns' durations apart.
    assert len(onsets) == len(expected_cues), (
        f"expected {len(expected_cues)} bells, recorded {len(onsets)} at "
        f"{[round(t, 3) for t in onsets]} (see {picture})"
    )
    errors = np.diff(onsets) - np.array([s.duration_s for s in practice.steps])
    assert np.all(np.abs(errors) <= desktop.HEARD_WITHIN_S), (
        f"intervals off the turns' durations by {np.round(errors * 1000, 1).tolist()} ms"
    )

    # The phrases are My words now (in the journal), and the practice is in the history.
    data = desktop.export(kind_env, kind_env.root / "after.json")
    words = data["my_words"]
    assert tuple(words["touch_own_phrases"][:3]) == FOUND, words
    assert words["own_words"]["kindness"] == FOUND[0]
    assert [(p["practice"], p["mode"], p["outcome"]) for p in data["practices"]] == [
        ("phrases", "short", "finished")
    ]
    assert "You matter" not in kind_env.settings_path.read_text(), "never in settings.json"
