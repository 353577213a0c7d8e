"""My voice, through the real screen and the real recording code: a phrase spoken by espeak-ng
into a virtual microphone on the test's own PulseAudio is recorded from My words, trimmed,
levelled and kept privately; without any microphone the button explains and nothing breaks.
Screenshots of the recording row (idle, recording with the meter, no microphone) in English and
German land in artifacts/screenshots/; envelopes of the take before and after in
artifacts/system/."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

import desktop
import numpy as np
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QScrollArea

from kindapp.core.navigation import Nav, Screen
from kindapp.core.voice_store import VoiceStore
from kindapp.sound.player import SilentPlayer
from kindapp.sound.synth import TARGET_LOUDNESS_DBFS, loudness_dbfs, peak_dbfs

# A PulseAudio of their own is their microphone, not a timed sink: on a parallel run they are a
# lane of their own, not one after another with the sound process's timings (tests/conftest.py).
pytestmark = [pytest.mark.xdist_group("voice-recording"), pytest.mark.sound_server]

PHRASE = "May I be kind to myself."
AGAIN = "I am here for you, and I am not going anywhere."


class HeardPlayer(SilentPlayer):
    """The silent player that remembers what it was handed to sound: clips and previews."""

    def __init__(self) -> None:
        super().__init__()
        self.clips: dict[str, np.ndarray] = {}
        self.previews: list[str] = []

    def add_clip(self, name: str, samples, rate: int) -> None:  # type: ignore[no-untyped-def]
        self.clips[name] = np.array(samples, copy=True)

    def preview(self, cue: str) -> None:
        self.previews.append(cue)


@pytest.fixture
def sound_env(pulse_server, monkeypatch):  # type: ignore[no-untyped-def]
    """This process's PortAudio talks to the test's own sound server."""
    monkeypatch.setenv("PULSE_SERVER", pulse_server.server)
    monkeypatch.setenv("PULSE_CLIENTCONFIG", str(pulse_server.pulse.client_conf))
    return pulse_server


@pytest.fixture(params=["en", "de"])
def lang(request, tmp_path, qapp):  # type: ignore[no-untyped-def]
    root = tmp_path / request.param
    config = root / "config" / "kindapp"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(
        json.dumps({"schema_version": 1, "language": request.param})
    )
    locale = QLocale()
    yield request.param, root
    from PySide6.QtCore import QTranslator

    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(locale)


def open_words(kind):  # type: ignore[no-untyped-def]
    kind.controller.nav.go(Nav.OPEN_WORDS)
    words = kind.window.page(Screen.WORDS)
    row = words.voice_rows["break.kindness"]
    words.findChild(QScrollArea).ensureWidgetVisible(row, 50, 200)
    return words, row


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    """The peak of the normalised cross-correlation of b within a."""
    a = a - a.mean()
    b = b - b.mean()
    n = len(a) + len(b)
    spec = np.fft.rfft(a, n) * np.conj(np.fft.rfft(b, n))
    xc = np.fft.irfft(spec, n)
    return float(np.max(np.abs(xc)) / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_record_a_phrase_listen_record_again_and_delete(  # type: ignore[no-untyped-def]
    make_kind, sound_env, lang, qtbot, snap, tmp_path
):
    language, root = lang
    desktop.add_microphone(sound_env.pulse)
    heard = HeardPlayer()
    kind = make_kind(root, player=heard)
    words, row = open_words(kind)
    assert row.listen_button.isHidden() and row.delete_button.isHidden()
    snap(kind.window, f"voice-idle-{language}")
    words.guides["break"].button(1).click()  # Guide me with: my voice
    assert kind.controller.prefs.settings.voice_guided == ("break",)

    spoken = desktop.spoken_phrase(PHRASE, tmp_path / "kindness.wav")
    raw: list[tuple[np.ndarray, int]] = []
    keep = row.desk._recorder._on_take
    row.desk._recorder._on_take = lambda s, r: (raw.append((s.copy(), r)), keep(s, r))

    qtbot.mouseClick(row.record_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(row.desk.level, timeout=10000):
        pass  # the microphone is open and reporting
    feed = subprocess.Popen(
        [
            "paplay",
            f"--device={desktop.MIC}",
            "--volume=30419",
            str(spoken),
        ],  # -20 dB (cubic): a quiet voice
        env=sound_env.pulse.client_env(),
    )
    try:
        qtbot.waitUntil(lambda: row.meter.value() > 20, timeout=10000)
        assert row.meter.isVisible() and row.record_button.text() != ""
        snap(kind.window, f"voice-recording-{language}")
        qtbot.waitUntil(lambda: feed.poll() is not None, timeout=20000)
    finally:
        if feed.poll() is None:
            feed.kill()
    assert feed.returncode == 0
    qtbot.mouseClick(row.record_button, Qt.MouseButton.LeftButton)  # Stop
    qtbot.waitUntil(lambda: row.desk.recording_key is None, timeout=10000)

    store = VoiceStore(kind.paths.voice_dir)
    take = store.load("break.kindness")
    assert take is not None, row.status.text()
    path = store.path("break.kindness")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert row.listen_button.isVisible() and row.delete_button.isVisible()

    from kindapp.sound.voice_dsp import MARGIN_S, from_pcm16, voiced_span

    kept = from_pcm16(take.pcm16)
    said, said_rate = desktop.read_wav(spoken)
    (before, before_rate) = raw[0]
    assert before_rate == take.rate
    # Trimmed: the quiet either side and the wait before Stop are gone, the words kept.
    span = voiced_span(said.astype(np.float32), said_rate)
    assert span is not None
    voiced_s = (span[1] - span[0]) / said_rate + 2 * MARGIN_S
    assert len(kept) / take.rate == pytest.approx(voiced_s, abs=0.1)
    assert len(kept) / take.rate < len(before) / before_rate - 1.0
    # Levelled to the cues' loudness, the peak below theirs.
    assert loudness_dbfs(kept, take.rate) == pytest.approx(TARGET_LOUDNESS_DBFS, abs=1.0)
    assert peak_dbfs(kept) <= -3.0 + 1e-3
    # And it is the phrase that was said.
    said_at_rate = np.interp(
        np.arange(round(len(said) * take.rate / said_rate)) * (said_rate / take.rate),
        np.arange(len(said)),
        said,
    )
    assert correlation(said_at_rate, kept.astype(np.float64)) > 0.9

    art = desktop.ARTIFACTS
    desktop.save_envelope_png(art / f"voice_take_raw_{language}.png", before, before_rate, [])
    padded = np.zeros(len(before))
    padded[: len(kept)] = kept
    desktop.save_envelope_png(art / f"voice_take_kept_{language}.png", padded, take.rate, [])

    # Listen: the kept take itself goes to the player, and is sounded at once.
    from kindapp.sound.voice_clips import LISTEN_CUE

    assert row.record_button.text() != words.tr("Record my voice")
    qtbot.mouseClick(row.listen_button, Qt.MouseButton.LeftButton)
    assert heard.previews == [LISTEN_CUE]
    assert np.array_equal(heard.clips[LISTEN_CUE], kept)

    # Record again: the new words replace the old ones under the same key (one take, no copy).
    again = desktop.spoken_phrase(AGAIN, tmp_path / "again.wav")
    record_through(row, sound_env.pulse, again, qtbot)
    second = store.load("break.kindness")
    assert second is not None, row.status.text()
    assert store.all_keys() == ["break.kindness"]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    replaced = from_pcm16(second.pcm16)
    said_again, again_rate = desktop.read_wav(again)
    again_at_rate = np.interp(
        np.arange(round(len(said_again) * second.rate / again_rate)) * (again_rate / second.rate),
        np.arange(len(said_again)),
        said_again,
    )
    assert correlation(again_at_rate, replaced.astype(np.float64)) > 0.9
    assert len(replaced) != len(kept) or not np.array_equal(replaced, kept)
    qtbot.mouseClick(row.listen_button, Qt.MouseButton.LeftButton)
    assert heard.previews == [LISTEN_CUE, LISTEN_CUE]
    assert np.array_equal(heard.clips[LISTEN_CUE], replaced)  # the new take is what is heard

    # Delete lets it go: the file, the Listen and Delete buttons; Listen has nothing to sound.
    qtbot.mouseClick(row.delete_button, Qt.MouseButton.LeftButton)
    assert not store.has("break.kindness") and not path.exists()
    assert row.listen_button.isHidden() and row.delete_button.isHidden()
    row.desk.listen("break.kindness")  # as if a stale Listen were pressed
    assert heard.previews == [LISTEN_CUE, LISTEN_CUE]


def test_without_a_microphone_the_button_explains_and_nothing_breaks(  # type: ignore[no-untyped-def]
    make_kind, sound_env, lang, qtbot, snap
):
    language, root = lang
    desktop.remove_sources(sound_env.pulse)
    kind = make_kind(root)
    words, row = open_words(kind)
    words.edits["kindness"].setText("May I be gentle with myself.")
    qtbot.mouseClick(row.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.desk.recording_key is None, timeout=15000)
    assert "microphone" in row.status.text() or "Mikrofon" in row.status.text()
    snap(kind.window, f"voice-no-microphone-{language}")
    assert row.record_button.isEnabled() and row.listen_button.isHidden()
    assert VoiceStore(kind.paths.voice_dir).all_keys() == []
    words.flush()
    assert kind.controller.prefs.settings.own_words["kindness"] == "May I be gentle with myself."
    assert kind.window.current_screen() is Screen.WORDS


def record_through(row, pulse, spoken: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Press Record, speak `spoken` into the virtual microphone, press Stop, wait for the take."""
    qtbot.mouseClick(row.record_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(row.desk.level, timeout=10000):
        pass
    desktop.speak_into(pulse, spoken)
    qtbot.mouseClick(row.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.desk.recording_key is None, timeout=10000)


def test_the_reframe_read_aloud_is_recorded_and_heard_again_from_past_reframes(  # type: ignore[no-untyped-def]
    styled, sound_env, qtbot, snap, tmp_path
):
    from journal_here import JournalHere
    from screen_helpers import show

    from kindapp.core.voice_store import reframe_key
    from kindapp.ui.common.voice import VoiceDesk
    from kindapp.ui.writing.reframe_screen import ReframeScreen

    desktop.add_microphone(sound_env.pulse)
    kind_words = "Ana, everyone slips. You're learning, and I'm proud of you."
    opened = JournalHere(tmp_path / "data" / "journal.sqlite3")
    journal = opened.journal
    try:
        reframe = journal.add_reframe("Stupid.", "Ana", "no", kind_words, {}, {})
        store = VoiceStore(tmp_path / "data" / "voice")
        heard: list[str] = []
        page = show(qtbot, ReframeScreen(opened.ops, desk=VoiceDesk(store, heard.append)))
        page.show_reframe(reframe)
        row = page.read.voice
        assert row is not None and row.key == reframe_key(reframe.uid)
        record_through(
            row, sound_env.pulse, desktop.spoken_phrase(kind_words, tmp_path / "r.wav"), qtbot
        )
        assert store.has(reframe_key(reframe.uid)), row.status.text()
        snap(page, "voice-reframe-recorded")
        # Past reframes open the same view: the take is there to hear again.
        page.start()
        assert page.read.voice is None
        page.show_reframe(reframe)
        again = page.read.voice
        assert again is not None and again.listen_button.isVisible()
        qtbot.mouseClick(again.listen_button, Qt.MouseButton.LeftButton)
        assert heard == [reframe_key(reframe.uid)]
    finally:
        opened.close()
