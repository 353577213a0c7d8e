"""The person's recorded voice: one 16-bit mono WAV file per phrase or reframe, kept private.

Files live in Kind's data folder (`<data>/voice/<key>.wav`, the folder 0700, each file 0600),
are written atomically and never leave the machine except in the person's own export.
Plain stdlib: the samples are handed in and out as 16-bit little-endian PCM bytes.

Keys name what was recorded:

* ``break.<step id>`` – a phrase of the Self-Compassion Break (mindfulness, humanity, kindness);
* ``touch.<hash>``    – a kind phrase for soothing touch (the hash of its words, see `touch_key`);
* ``reframe.<uid>``   – a friend reframe, read aloud (its uid, which export and import keep).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import wave
from dataclasses import dataclass
from pathlib import Path

from kindapp.core.atomic import write_atomic
from kindapp.core.paths import ensure_private_dir

_KEY = re.compile(r"^(break|touch|reframe)\.[a-z0-9_-]{1,64}$")
MAX_SECONDS = 60.0
"""A take is at most this long (a phrase, or a reframe read aloud)."""


def break_key(step_id: str) -> str:
    return f"break.{step_id}"


def touch_key(phrase: str) -> str:
    return "touch." + hashlib.sha256(phrase.strip().encode()).hexdigest()[:16]


def reframe_key(uid: str) -> str:
    return f"reframe.{uid.lower()}"


def check_key(key: str) -> str:
    if not _KEY.match(key):
        raise ValueError(f"not a voice key: {key!r}")
    return key


@dataclass(frozen=True)
class Take:
    pcm16: bytes
    """Mono, 16-bit little-endian samples."""
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm16) / 2 / self.rate


def wav_bytes(take: Take) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(take.rate)
        w.writeframes(take.pcm16)
    return buf.getvalue()


def take_from_wav(data: bytes) -> Take:
    """A Take from WAV bytes; ValueError when they are not a mono 16-bit WAV Kind can keep."""
    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            if w.getnchannels() != 1 or w.getsampwidth() != 2:
                raise ValueError("a voice take is mono, 16-bit")
            rate = w.getframerate()
            if not 8000 <= rate <= 192000:
                raise ValueError(f"unusual sample rate {rate}")
            if w.getnframes() > MAX_SECONDS * rate * 1.05:
                raise ValueError("a voice take is at most a minute long")
            frames = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"not a WAV file: {exc}") from exc
    return Take(frames, rate)


class VoiceStore:
    """The voice folder. Every method may raise OSError (a full or read-only disk)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / f"{check_key(key)}.wav"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def all_keys(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.wav") if _KEY.match(p.stem))

    def save(self, key: str, take: Take) -> Path:
        path = self.path(key)
        ensure_private_dir(self.folder)
        write_atomic(path, wav_bytes(take), mode=0o600)
        return path

    def save_wav(self, key: str, data: bytes) -> Path:
        """Keep WAV bytes (an import) after checking them."""
        return self.save(key, take_from_wav(data))

    def load(self, key: str) -> Take | None:
        """The take kept under `key`, or None (none, or a file that cannot be read)."""
        path = self.path(key)
        try:
            return take_from_wav(path.read_bytes())
        except (OSError, ValueError):
            return None

    def wav(self, key: str) -> bytes | None:
        try:
            return self.path(key).read_bytes()
        except OSError:
            return None

    def delete(self, key: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path(key).unlink()

    def seconds(self, key: str) -> float:
        """The length of the take kept under `key` (0 without one), from its header alone."""
        try:
            with wave.open(str(self.path(key)), "rb") as w:
                return w.getnframes() / w.getframerate()
        except (OSError, wave.Error, EOFError, ZeroDivisionError):
            return 0.0
