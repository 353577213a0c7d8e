"""Merge a journal export file back in without duplicating anything.

Everything in the file is checked before anything is written, and the writes are one
transaction through the journal's own methods: a bad file changes nothing.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kindapp.core.care import CheckIn
from kindapp.core.errors import ImportProblem, JournalReason
from kindapp.core.journal.export import EXPORT_FORMAT, EXPORT_VERSION
from kindapp.core.journal.importing_entries import merge_entries, validate_entries
from kindapp.core.journal.importing_moments import Moments, merge_moments, validate_moments
from kindapp.core.journal.store import Journal
from kindapp.core.journal.voices import keep_voices, voices_from_json
from kindapp.core.moment_kind import MomentKind
from kindapp.core.my_words import MyWords, WordsShelf, merge
from kindapp.core.records import (
    PracticeRecord,
    iso_utc,
    parse_iso,
    validate_ratings,
    validate_would_say,
)
from kindapp.core.voice_store import VoiceStore

MAX_FIELD_CHARS = 5_000_000  # one letter body of 5 MB is fine; anything bigger is not ours
MAX_FILE_BYTES = 1_000_000_000
_UID = re.compile(r"[0-9A-Za-z-]{1,64}")


@dataclass(frozen=True)
class ImportResult:
    letters_added: int
    reframes_added: int
    practices_added: int
    skipped: int  # entries already in the journal (or repeated in the file)
    moments_added: int = 0  # caught thoughts and the practices' moments (MomentKind)
    voices_added: int = 0  # recordings (export format 4)
    entries_added: int = 0  # self-compassion journal entries (export format 6)


def import_file(journal: Journal, path: Path, voices: VoiceStore | None = None) -> ImportResult:
    """Merge an export file into `journal`: letters and reframes by uid, practices by
    (practice, mode, started_at); what is already there is skipped. Everything is checked
    before anything is written, and the writes are one transaction: on any problem
    `ImportProblem` (or JournalError) is raised and the journal is unchanged."""
    data = _read(path)
    return import_data(journal, data, source=str(path), voices=voices)


def import_data(
    journal: Journal, data: Any, *, source: str = "the file", voices: VoiceStore | None = None
) -> ImportResult:
    practices, letters, reframes, moments = _validate(data, source, journal.moment_kinds)
    entries = validate_entries(_Checker(source), data, int(data["version"]))
    takes = voices_from_json(data, int(data["version"]), source)
    words = _my_words(data, source)
    added_p = added_l = added_r = skipped = 0
    with journal.transaction():
        added_m, skipped = merge_moments(journal, moments)
        added_e, skipped_e = merge_entries(journal, entries)
        skipped += skipped_e
        seen_p: set[tuple[str, str, str]] = set()
        for p in practices:
            key = (p.practice, p.mode, iso_utc(p.started_at))
            if key in seen_p or journal.has_practice(p.practice, p.mode, p.started_at):
                skipped += 1
                continue
            seen_p.add(key)
            journal.record_practice(p)
            added_p += 1
        seen: set[str] = set()
        for item in letters:
            if item["uid"] in seen or journal.get_letter_by_uid(item["uid"]) is not None:
                skipped += 1
                continue
            seen.add(item["uid"])
            journal.add_letter(
                item["uid"],
                item["title"],
                item["body"],
                item["created"],
                item["updated"],
                item["reread_on"],
            )
            added_l += 1
        seen.clear()
        for item in reframes:
            if item["uid"] in seen or journal.has_reframe_uid(item["uid"]):
                skipped += 1
                continue
            seen.add(item["uid"])
            journal.add_reframe(
                item["critical"],
                item["person"],
                item["would_say"],
                item["kind_version"],
                item["ratings_critical"],
                item["ratings_kind"],
                uid=item["uid"],
                created=item["created"],
            )
            added_r += 1
        if words is not None:  # the journal's own words win; nothing of either is lost
            shelf = WordsShelf(journal)
            kept = shelf.load()
            shelf.save(words if kept is None else merge(words, kept))
    added_v, skipped_v = keep_voices(voices, takes)  # after the journal's part is in
    return ImportResult(added_l, added_r, added_p, skipped + skipped_v, added_m, added_v, added_e)


def _my_words(data: dict[str, Any], source: str) -> MyWords | None:
    """My words of a format 5 file (None before, or when it has none), checked."""
    raw = data.get("my_words") if int(data["version"]) >= 5 else None
    if raw is None:
        return None
    try:
        return MyWords.from_json(raw)
    except ValueError as exc:
        raise ImportProblem(
            f"{source} cannot be imported: my_words: {exc}", JournalReason.NOT_AN_EXPORT
        ) from exc


def _read(path: Path) -> Any:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportProblem(
                f"{path} is too large to be a Kind export ({size} bytes)",
                JournalReason.NOT_AN_EXPORT,
            )
        raw = path.read_bytes()
    except ImportProblem:
        raise
    except OSError as exc:
        raise ImportProblem(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            f"{path} is not a Kind export (it is not UTF-8 text)", JournalReason.NOT_AN_EXPORT
        ) from exc
    try:
        return json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(
            f"{path} is not a Kind export (it is not valid JSON: {exc})",
            JournalReason.NOT_AN_EXPORT,
        ) from exc


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, what: str) -> ImportProblem:
        return ImportProblem(
            f"{self.source} cannot be imported: {where}: {what}",
            JournalReason.NOT_AN_EXPORT,
        )

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object")
        return value

    def list(self, data: dict[str, Any], key: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "expected a list")
        return value

    def text(
        self,
        item: dict[str, Any],
        key: str,
        where: str,
        *,
        default: str | None = None,
    ) -> str:
        if key not in item and default is not None:
            return default
        value = item.get(key)
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"expected text, got {_kind(value)}")
        if len(value) > MAX_FIELD_CHARS:
            raise self.fail(
                f"{where}.{key}",
                f"{len(value)} characters is more than the {MAX_FIELD_CHARS} allowed",
            )
        return value

    def uid(self, item: dict[str, Any], where: str) -> str:
        value = self.text(item, "uid", where)
        if not _UID.fullmatch(value):
            raise self.fail(f"{where}.uid", "not an identifier Kind writes")
        return value

    def when(self, item: dict[str, Any], key: str, where: str) -> datetime:
        value = self.text(item, key, where)
        try:
            parsed = parse_iso(value)
        except ValueError as exc:
            raise self.fail(f"{where}.{key}", f"{value[:40]!r} is not a date and time") from exc
        if parsed.tzinfo is None:
            raise self.fail(f"{where}.{key}", "the time has no time zone")
        return parsed

    def day(self, item: dict[str, Any], key: str, where: str) -> date | None:
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"expected a date or null, got {_kind(value)}")
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise self.fail(f"{where}.{key}", f"{value[:40]!r} is not a date") from exc


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
        type(None): "null",
    }.get(type(value), "a value")


def _validate(
    data: Any, source: str, kinds: Sequence[MomentKind[Any]]
) -> tuple[list[PracticeRecord], list[dict[str, Any]], list[dict[str, Any]], Moments]:
    c = _Checker(source)
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ImportProblem(
            f'{source} is not a Kind journal export (its "format" is not "{EXPORT_FORMAT}")',
            JournalReason.NOT_AN_EXPORT,
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise c.fail("version", "expected a whole number")
    if version > EXPORT_VERSION:
        raise ImportProblem(
            f"{source} was exported by a newer Kind (format version {version}); "
            "update Kind to import it",
            JournalReason.NEWER,
        )

    practices: list[PracticeRecord] = []
    for i, raw in enumerate(c.list(data, "practices")):
        where = f"practices[{i}]"
        item = c.obj(raw, where)
        outcome = c.text(item, "outcome", where)
        if outcome not in ("finished", "stopped"):
            raise c.fail(f"{where}.outcome", f"{outcome[:40]!r} is not finished or stopped")
        duration = item.get("duration_s")
        if (
            isinstance(duration, bool)
            or not isinstance(duration, (int, float))
            or not math.isfinite(duration)
            or duration < 0
        ):
            raise c.fail(f"{where}.duration_s", "expected a number of seconds")
        checkins: dict[str, Any] = {}
        for when in ("before", "after"):
            heaviness, words = item.get(when), item.get(f"words_{when}", "")
            try:
                if not isinstance(words, str):
                    raise TypeError("words must be text")
                CheckIn(heaviness, words)
            except (ValueError, TypeError):
                raise c.fail(
                    f"{where}.{when}", "expected a check-in: 0 to 10 and a few words"
                ) from None
            checkins[when], checkins[f"words_{when}"] = heaviness, words
        stirred = item.get("stirred", False)
        if not isinstance(stirred, bool):
            raise c.fail(f"{where}.stirred", "expected true or false")
        practices.append(
            PracticeRecord(
                c.text(item, "practice", where),
                c.text(item, "mode", where),
                c.when(item, "started_at", where),
                c.when(item, "ended_at", where),
                float(duration),
                outcome,
                stirred=stirred,
                **checkins,
            )
        )

    letters: list[dict[str, Any]] = []
    reframes: list[dict[str, Any]] = []
    if version >= 2:
        for i, raw in enumerate(c.list(data, "letters")):
            where = f"letters[{i}]"
            item = c.obj(raw, where)
            reread = c.day(item, "reread_on", where)
            letters.append(
                {
                    "uid": c.uid(item, where),
                    "title": c.text(item, "title", where, default=""),
                    "body": c.text(item, "body", where),
                    "created": c.when(item, "created", where),
                    "updated": c.when(item, "updated", where),
                    "reread_on": reread,
                }
            )
        for i, raw in enumerate(c.list(data, "reframes")):
            where = f"reframes[{i}]"
            item = c.obj(raw, where)
            try:
                would_say = validate_would_say(item.get("would_say", ""))
                rc = validate_ratings(item.get("ratings_critical", {}), "ratings_critical")
                rk = validate_ratings(item.get("ratings_kind", {}), "ratings_kind")
            except ValueError as exc:
                raise c.fail(where, str(exc)) from exc
            reframes.append(
                {
                    "uid": c.uid(item, where),
                    "critical": c.text(item, "critical", where),
                    "person": c.text(item, "person", where, default=""),
                    "would_say": would_say,
                    "kind_version": c.text(item, "kind_version", where),
                    "ratings_critical": rc,
                    "ratings_kind": rk,
                    "created": c.when(item, "created", where),
                }
            )
    return practices, letters, reframes, validate_moments(c, data, version, kinds)
