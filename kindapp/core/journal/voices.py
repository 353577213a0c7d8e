"""The person's recorded voice in the export (format version 4 and later).

  "voices": [{"key": "break.kindness", "wav": "<base64 of the WAV file>"}]

Keys are those of kindapp.core.voice_store (a reframe's by its uid, so they survive import).
On import every take is checked (a key Kind knows, a mono 16-bit WAV of at most a minute)
before anything is written; a take already kept under its key is left as it is.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from kindapp.core.errors import ImportProblem, JournalReason
from kindapp.core.voice_store import VoiceStore, check_key, take_from_wav

VOICES_SINCE = 4
"""The first export format version that carries recordings."""


def voices_to_json(store: VoiceStore | None) -> list[dict[str, str]]:
    if store is None:
        return []
    out: list[dict[str, str]] = []
    for key in store.all_keys():
        wav = store.wav(key)
        if wav is not None:
            out.append({"key": key, "wav": base64.b64encode(wav).decode("ascii")})
    return out


def voices_from_json(data: dict[str, Any], version: int, source: str) -> list[tuple[str, bytes]]:
    """The (key, WAV bytes) of a validated export; [] before `VOICES_SINCE`."""
    if version < VOICES_SINCE:
        return []
    raw = data.get("voices", [])
    if not isinstance(raw, list):
        raise _problem(source, "voices", "expected a list")
    found: list[tuple[str, bytes]] = []
    for i, item in enumerate(raw):
        where = f"voices[{i}]"
        if not isinstance(item, dict):
            raise _problem(source, where, "expected an object")
        try:
            key = check_key(str(item.get("key", "")))
            wav = base64.b64decode(str(item.get("wav", "")), validate=True)
            take_from_wav(wav)
        except (ValueError, binascii.Error) as exc:
            raise _problem(source, where, str(exc)) from exc
        found.append((key, wav))
    return found


def keep_voices(store: VoiceStore | None, voices: list[tuple[str, bytes]]) -> tuple[int, int]:
    """Keep the imported takes that are new; (added, skipped)."""
    if store is None:
        return 0, len(voices)
    added = skipped = 0
    for key, wav in voices:
        if store.has(key):
            skipped += 1
            continue
        try:
            store.save_wav(key, wav)
        except OSError as exc:
            raise ImportProblem(
                f"the recordings could not be kept in {store.folder}: {exc.strerror or exc}",
                JournalReason.OTHER,
            ) from exc
        added += 1
    return added, skipped


def _problem(source: str, where: str, what: str) -> ImportProblem:
    return ImportProblem(
        f"{source} cannot be imported: {where}: {what}", JournalReason.NOT_AN_EXPORT
    )
