"""The person's recorded voice: one 16-bit mono WAV file per phrase or reframe, kept private.

Files live in Kind's data folder (`<data>/voice/<key>.wav`, the folder 0700, each file 0600),
are written atomically and never leave the machine except in the person's own export.
Plain stdlib: the samples are handed in and out as 16-bit little-endian PCM bytes.

Keys name what was recorded:

* ``break.<step id>`` – a phrase of the Self-Compassion Break (mindfulness, humanity, kindness);
* ``touch.<hash>``    – a kind phrase for soothing touch (the hash of its words, see `touch_key`);
* ``reframe.<uid>``   – a friend reframe, read aloud (its uid, which export and import keep).

With the journal's lock on, the takes are sealed: they move into `<data>/voice/voice.sealed`,
an SQLCipher database keyed with the journal's own key (every page AES-256 with an HMAC, as
the journal itself), and no WAV file is left. SQLCipher, not files under a second cipher: it
is already what guards the journal (no new dependency, one well-kept library to trust), its
pages are authenticated, and rewriting it under a new key is the same crash-safe export the
journal uses (`rekey.export_copy`). While the journal is locked and its key put away, the
sealed takes cannot be heard (as the letters cannot be read) and a new take is not kept.
The store is told the lock (`locked`) and the key (`key`) by whoever builds it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import wave
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from kindapp.core.atomic import write_atomic
from kindapp.core.paths import ensure_private_dir

_KEY = re.compile(r"^(break|touch|reframe)\.[a-z0-9_-]{1,64}$")
KEY_PATTERN = _KEY
MAX_SECONDS = 60.0
"""A take is at most this long (a phrase, or a reframe read aloud)."""


def break_key(step_id: str) -> str:
    return f"break.{step_id}"


def touch_key(phrase: str) -> str:
    return "touch." + _sha256_hex(phrase.strip().encode())[:16]


def _sha256_hex(data: bytes) -> str:
    """SHA-256 by CPython's own module where there is one (3.11's `_sha256`): hashlib would map
    OpenSSL's libcrypto (3 MiB) into the window's process for this one short key (issue 29)."""
    try:
        own: Any = import_module("_sha256")
    except ImportError:
        import hashlib

        return hashlib.sha256(data).hexdigest()
    return str(own.sha256(data).hexdigest())


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


class VoiceLocked(OSError):
    """The journal is locked and its key put away: a sealed take cannot be kept now."""


SEALED = "voice.sealed"


class VoiceStore:
    """The voice folder. Every method may raise OSError (a full or read-only disk)."""

    def __init__(
        self,
        folder: Path,
        locked: Callable[[], bool] | None = None,
        key: Callable[[], bytes | None] | None = None,
        connect: Callable[[str, bytes], sqlite3.Connection] | None = None,
    ) -> None:
        """`locked` says whether the journal's lock is on, `key` gives its key while it is
        open, `connect` opens an SQLCipher file with a key (kindapp.core.journal.cipher)."""
        self.folder = folder
        self._locked = locked or (lambda: False)
        self._key = key or (lambda: None)
        self._connect = connect

    @property
    def sealed_path(self) -> Path:
        return self.folder / SEALED

    def _sealed(self) -> bool:
        return self._locked()

    def open_sealed(self, key: bytes) -> sqlite3.Connection:
        """The sealed database, opened with `key` (made, 0600, if there is none)."""
        if self._connect is None:
            raise VoiceLocked("this voice store cannot open sealed recordings")
        ensure_private_dir(self.folder)
        path = self.sealed_path
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        db = self._connect(str(path), key)
        db.execute(
            "CREATE TABLE IF NOT EXISTS take (key TEXT PRIMARY KEY, rate INTEGER NOT NULL, "
            "pcm BLOB NOT NULL)"
        )
        return db

    def _sealed_db(self) -> sqlite3.Connection | None:
        key = self._key()
        return None if key is None else self.open_sealed(key)

    def path(self, key: str) -> Path:
        return self.folder / f"{check_key(key)}.wav"

    def has(self, key: str) -> bool:
        check_key(key)
        if not self._sealed():
            return self.path(key).is_file()
        return key in self.all_keys()

    def all_keys(self) -> list[str]:
        if self._sealed():
            db = self._sealed_db()
            if db is None:
                return []
            try:
                return sorted(str(r[0]) for r in db.execute("SELECT key FROM take"))
            finally:
                db.close()
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.wav") if _KEY.match(p.stem))

    def save(self, key: str, take: Take) -> Path:
        if self._sealed():
            check_key(key)
            db = self._sealed_db()
            if db is None:
                raise VoiceLocked("the journal is locked; unlock it to keep a recording")
            try:
                db.execute(
                    "INSERT OR REPLACE INTO take (key, rate, pcm) VALUES (?, ?, ?)",
                    (key, take.rate, take.pcm16),
                )
            finally:
                db.close()
            return self.sealed_path
        path = self.path(key)
        ensure_private_dir(self.folder)
        write_atomic(path, wav_bytes(take), mode=0o600)
        return path

    def save_wav(self, key: str, data: bytes) -> Path:
        """Keep WAV bytes (an import) after checking them."""
        return self.save(key, take_from_wav(data))

    def load(self, key: str) -> Take | None:
        """The take kept under `key`, or None (none, or a file that cannot be read)."""
        if self._sealed():
            check_key(key)
            try:
                db = self._sealed_db()
            except Exception:  # a sealed file that does not open: as no take
                return None
            if db is None:
                return None
            try:
                row = db.execute("SELECT rate, pcm FROM take WHERE key = ?", (key,)).fetchone()
            finally:
                db.close()
            return None if row is None else Take(bytes(row[1]), int(row[0]))
        path = self.path(key)
        try:
            return take_from_wav(path.read_bytes())
        except (OSError, ValueError):
            return None

    def wav(self, key: str) -> bytes | None:
        if self._sealed():
            take = self.load(key)
            return None if take is None else wav_bytes(take)
        try:
            return self.path(key).read_bytes()
        except OSError:
            return None

    def delete(self, key: str) -> None:
        if self._sealed():
            check_key(key)
            db = self._sealed_db()
            if db is None:
                raise VoiceLocked("the journal is locked; unlock it to remove a recording")
            try:
                db.execute("DELETE FROM take WHERE key = ?", (key,))
            finally:
                db.close()
            return
        with contextlib.suppress(FileNotFoundError):
            self.path(key).unlink()

    def seconds(self, key: str) -> float:
        """The length of the take kept under `key` (0 without one), from its header alone."""
        if self._sealed():
            take = self.load(key)
            return 0.0 if take is None else take.seconds
        try:
            with wave.open(str(self.path(key)), "rb") as w:
                return w.getnframes() / w.getframerate()
        except (OSError, wave.Error, EOFError, ZeroDivisionError):
            return 0.0
