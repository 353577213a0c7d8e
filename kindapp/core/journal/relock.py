"""Changing the journal's lock, and everything that follows it: the rotating backups, the
copies beside the journal (`copies`) and the sealed voice recordings. One place, so the
settings screen and `kindapp --lock/--unlock` do the same crash-safe steps."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kindapp.core.atomic import write_atomic
from kindapp.core.errors import JournalError
from kindapp.core.journal import cipher, rekey
from kindapp.core.journal.backups import Backups
from kindapp.core.journal.copies import relock_copies
from kindapp.core.voice_store import KEY_PATTERN, SEALED, Take, VoiceStore, take_from_wav, wav_bytes

if TYPE_CHECKING:
    from kindapp.core.journal.store import Journal


@dataclass(frozen=True)
class Relocked:
    backups: int
    """Rotating backups rewritten under the new lock."""
    copies: int
    """Migration and before-restore copies rewritten under the new lock."""
    left: int
    """Copies under an older passphrase that could not be opened (left as they were)."""
    voices: int
    """Recordings of the person's voice moved under the new lock."""


def change_lock(
    journal: Journal,
    state: cipher.LockState,
    key: bytes | None,
    voices: VoiceStore | None = None,
) -> Relocked:
    """Rewrite the journal under `state` (see `rekey`), then its backups, its copies and the
    voice recordings. Each step is crash-safe on its own; a step cut short is done again by
    the next change (nothing is lost, a copy is only ever swapped whole)."""
    old_state = cipher.current_state(journal.path)
    old_key = journal.key
    journal.change_lock(state, key)
    backups = Backups(journal.path).relock(old_state, old_key, key)
    copies = relock_copies(journal.path, old_key, key)
    moved = 0 if voices is None else relock_voices(voices, old_key, key)
    return Relocked(backups, copies.rewritten, copies.left, moved)


def voices_for(folder: Path, journal: Path, key: Callable[[], bytes | None]) -> VoiceStore:
    """The voice store of the journal at `journal`: sealed while its lock is on (a lock
    record that cannot be read counts as on: nothing is written in the clear by mistake)."""

    def locked() -> bool:
        try:
            return cipher.current_state(journal).locked
        except JournalError:
            return True

    return VoiceStore(folder, locked, key, cipher.connect)


def relock_voices(store: VoiceStore, old_key: bytes | None, new_key: bytes | None) -> int:
    """After the journal's lock changed from `old_key` to `new_key`: move the takes under
    it (WAV files into the sealed database, a sealed database under the new key, or back
    out as WAV files with the lock off). Returns how many takes moved. Crash-safe: a take
    is removed from where it was only once it is kept where it goes."""
    moved = 0
    sealed = store.sealed_path
    if new_key is not None:
        if sealed.exists() and old_key is not None and old_key != new_key:
            fresh = sealed.with_name(f".{SEALED}.relock")
            try:
                rekey.export_copy(sealed, old_key, fresh, new_key)
                os.replace(fresh, sealed)
            finally:
                for suffix in ("", "-journal"):  # a failure leaves no stray file
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(f"{fresh}{suffix}")
        wavs = sorted(store.folder.glob("*.wav")) if store.folder.is_dir() else []
        if sealed.exists() or wavs:
            db = store.open_sealed(new_key)
            try:
                if old_key is not None and old_key != new_key:
                    moved += int(db.execute("SELECT count(*) FROM take").fetchone()[0])
                for wav in wavs:
                    if not KEY_PATTERN.match(wav.stem):
                        continue
                    try:
                        take = take_from_wav(wav.read_bytes())
                    except ValueError:  # not a take Kind could ever play: left as it is
                        continue
                    db.execute(
                        "INSERT OR REPLACE INTO take (key, rate, pcm) VALUES (?, ?, ?)",
                        (wav.stem, take.rate, take.pcm16),
                    )
                    wav.unlink()
                    moved += 1
            finally:
                db.close()
        return moved
    if not sealed.exists() or old_key is None:
        return 0
    db = store.open_sealed(old_key)
    try:
        rows = db.execute("SELECT key, rate, pcm FROM take").fetchall()
    finally:
        db.close()
    for key, rate, pcm in rows:
        if KEY_PATTERN.match(str(key)):
            write_atomic(store.path(str(key)), wav_bytes(Take(bytes(pcm), int(rate))))
            moved += 1
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{sealed}{suffix}")
    return moved
