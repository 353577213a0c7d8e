"""The person's settings: a typed model, validated on load, migrated in order, written atomically.

A file that cannot be read or understood is moved aside next to itself (never
deleted) and defaults are used; the caller gets a Notice to tell the person.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypedDict

from kindapp.core import breathing, journal_invitation, reminders
from kindapp.core.atomic import write_atomic
from kindapp.core.catalog import LANGUAGE_CHOICES, LOOKS
from kindapp.core.catalog import TEXT_SCALES as TEXT_SCALES  # settings_screen reads it here
from kindapp.core.errors import SettingsSaveError
from kindapp.core.notices import Notice, NoticeKind
from kindapp.core.paths import ensure_private_dir
from kindapp.core.practices import BREAK_MODES, BREAK_STEP_IDS, giving_receiving
from kindapp.core.practices import soothing_touch as touch

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
WORDS_FIELDS = ("own_words", "touch_own_phrases", "touch_phrase")
"""The fields that are the person's own words, not preferences: they live in the journal
(kindapp.core.my_words); settings.json keeps them only until the journal has them."""
MAX_WORDS_LEN = 300
SOUND_THEMES = ("bowl", "chimes", "silent")


@dataclass(frozen=True)
class Settings:
    schema_version: int = SCHEMA_VERSION
    volume: float = 0.7
    """Master volume, 0..1."""
    muted: bool = False
    sound_theme: str = "bowl"
    output_device: str = ""
    """Output device by name; empty means the system default (also when the named one is gone)."""
    break_mode: str = "quick"
    own_words: dict[str, str] = field(default_factory=dict)
    """The person's own phrase for each break step id (empty or absent: the default)."""
    told_still_in_tray: bool = False
    told_still_running: bool = False
    """Without a tray: it was said once where Kind went when its window closed, and how to quit."""
    told_feels_fake: bool = False
    """The page for when a practice feels hollow was offered once (it is not offered again)."""
    language: str = "system"
    """system (the desktop's language if Kind speaks it), en or de."""
    look: str = "system"
    """system (follow the desktop's light or dark), light, dark or contrast."""
    text_scale: float = 1.0
    reminders: dict[str, Any] = field(default_factory=lambda: reminders.ReminderPlan().to_dict())
    """Gentle reminders (off by default), as ReminderPlan.to_dict()."""
    checkins: bool = True
    """Offer "how heavy does it feel?" before and after a practice."""
    first_run_done: bool = False
    touch_own_phrases: tuple[str, ...] = ()
    """Kind phrases for soothing touch in the person's own words."""
    letter_prompts: bool = True
    """Show the letter's prompts beside the page."""
    past_self_offers: bool = True
    """After a heavy check-in or on a letter's anniversary, offer one earlier letter or
    reframe (kindapp.core.past_self); never in a reminder."""
    reduced_motion: bool = False
    """A still shape with words instead of the growing circle."""
    breath_sounds: bool = False
    """Soft in- and out-breath sounds under the pacer."""
    touch_gesture: str = "hand-on-heart"
    touch_length_s: float = 120.0
    touch_phrase: str = touch.KIND_PHRASES[0]
    touch_pattern: str = breathing.DEFAULT_PATTERN
    breathe_pattern: str = breathing.DEFAULT_PATTERN
    breathe_length_s: float = 180.0
    lock_after_minutes: int = 15
    """With the journal's lock on: lock again after this long without use of Kind."""
    custom_pattern: dict[str, float] = field(
        default_factory=lambda: {
            "inhale_s": 4.0,
            "hold_in_s": 0.0,
            "exhale_s": 6.0,
            "hold_out_s": 0.0,
        }
    )

    voice_guided: tuple[str, ...] = ()
    """Practices (break, touch) the person chose to be guided by their own recorded voice."""
    giving_ratio: str = giving_receiving.DEFAULT_RATIO
    """Giving and receiving compassion: the ratio chosen last (core/practices/setup_choices)."""
    giving_name: str = ""
    """Whom the person breathes for, only when they asked Kind to remember it."""
    journal_invitation: str = ""
    """The journal's evening invitation: "HH:MM", or "" (off, the default)."""

    def with_words(self, step_id: str, text: str) -> Settings:
        if step_id not in BREAK_STEP_IDS:
            raise ValueError(f"no break step {step_id!r}")
        words = dict(self.own_words)
        text = text.strip()[:MAX_WORDS_LEN]
        if text:
            words[step_id] = text
        else:
            words.pop(step_id, None)
        return replace(self, own_words=words)


class SettingsChange(TypedDict, total=False):
    """A change of some settings, typed: `Prefs.update(volume=0.5)` names fields of
    `Settings` with their types, and nothing else (tests/unit/test_settings.py holds the two
    to each other)."""

    volume: float
    muted: bool
    sound_theme: str
    output_device: str
    break_mode: str
    own_words: dict[str, str]
    told_still_in_tray: bool
    told_still_running: bool
    told_feels_fake: bool
    language: str
    look: str
    text_scale: float
    reminders: dict[str, Any]
    checkins: bool
    first_run_done: bool
    touch_own_phrases: tuple[str, ...]
    letter_prompts: bool
    past_self_offers: bool
    reduced_motion: bool
    breath_sounds: bool
    touch_gesture: str
    touch_length_s: float
    touch_phrase: str
    touch_pattern: str
    breathe_pattern: str
    breathe_length_s: float
    lock_after_minutes: int
    custom_pattern: dict[str, float]
    giving_ratio: str
    giving_name: str
    journal_invitation: str
    voice_guided: tuple[str, ...]


# One validator per field: returns the clean value or raises ValueError.
def _volume(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or not 0.0 <= float(v) <= 1.0:
        raise ValueError("volume must be a number from 0 to 1")
    return float(v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError("must be true or false")
    return v


# Its checks are made once, at import (_VALIDATORS): not mutated, see docs/mutants.md.
def _one_of(options: tuple[str, ...]) -> Callable[[Any], str]:  # pragma: no mutate block
    def check(v: Any) -> str:
        if v not in options:
            raise ValueError(f"must be one of {', '.join(options)}")
        return str(v)

    return check


def _device(v: Any) -> str:
    if not isinstance(v, str) or len(v) > 200:
        raise ValueError("must be a device name")
    return v


def _length(v: Any) -> float:
    if (
        isinstance(v, bool)
        or not isinstance(v, int | float)
        or not touch.MIN_LENGTH_S <= float(v) <= touch.MAX_LENGTH_S
    ):
        raise ValueError("must be a practice length in seconds")
    return float(v)


def _reminders(v: Any) -> dict[str, Any]:
    return reminders.ReminderPlan.from_dict(v).to_dict()


def _own_phrases(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list | tuple) or len(v) > 30:
        raise ValueError("must be a short list of phrases")
    out: list[str] = []
    for item in v:
        if isinstance(item, str) and item.strip() and item.strip()[:MAX_WORDS_LEN] not in out:
            out.append(item.strip()[:MAX_WORDS_LEN])
    return tuple(out)


def _scale(v: Any) -> float:
    if isinstance(v, bool) or v not in TEXT_SCALES:
        raise ValueError(f"must be one of {TEXT_SCALES}")
    return float(v)


def _phrase(v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise ValueError("must be a phrase")
    return v.strip()[:MAX_WORDS_LEN]


def _custom_pattern(v: Any) -> dict[str, float]:
    pattern = breathing.pattern_for(breathing.CUSTOM, v)
    assert pattern is not None
    d = pattern.to_dict()
    return {k: float(d[k]) for k in ("inhale_s", "hold_in_s", "exhale_s", "hold_out_s")}


LOCK_AFTER_MINUTES = (5, 15, 30, 60)


def _lock_after(v: Any) -> int:
    if isinstance(v, bool) or v not in LOCK_AFTER_MINUTES:
        raise ValueError(f"must be one of {LOCK_AFTER_MINUTES}")
    return int(v)


VOICE_GUIDED = ("break", "touch", "phrases")
"""The practices a person's own voice can guide (their phrases recorded in My words)."""


def _voice_guided(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list | tuple) or not all(p in VOICE_GUIDED for p in v):
        raise ValueError(f"must list practices ({', '.join(VOICE_GUIDED)})")
    return tuple(dict.fromkeys(str(p) for p in v))


def _words(v: Any) -> dict[str, str]:
    if not isinstance(v, dict):
        raise ValueError("must be an object")
    clean: dict[str, str] = {}
    for key, text in v.items():
        if key in BREAK_STEP_IDS and isinstance(text, str) and text.strip():
            clean[key] = text.strip()[:MAX_WORDS_LEN]
    return clean


def _evening_time(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("must be HH:MM or empty")
    journal_invitation.parse_time(v)
    return v


def _giving_name(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("must be a name")
    return giving_receiving.clean_name(v)


_VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "volume": _volume,
    "muted": _bool,
    "sound_theme": _one_of(SOUND_THEMES),
    "output_device": _device,
    "break_mode": _one_of(tuple(BREAK_MODES)),
    "own_words": _words,
    "told_still_in_tray": _bool,
    "told_still_running": _bool,
    "told_feels_fake": _bool,
    "language": _one_of(LANGUAGE_CHOICES),
    "look": _one_of(LOOKS),
    "text_scale": _scale,
    "reduced_motion": _bool,
    "letter_prompts": _bool,
    "past_self_offers": _bool,
    "checkins": _bool,
    "first_run_done": _bool,
    "touch_own_phrases": _own_phrases,
    "reminders": _reminders,
    "breath_sounds": _bool,
    "touch_gesture": _one_of(touch.GESTURE_IDS),
    "touch_length_s": _length,
    "touch_phrase": _phrase,
    "touch_pattern": _one_of(breathing.CHOICES),
    "breathe_pattern": _one_of(breathing.CHOICES),
    "breathe_length_s": _length,
    "custom_pattern": _custom_pattern,
    "lock_after_minutes": _lock_after,
    "voice_guided": _voice_guided,
    "giving_ratio": _one_of(giving_receiving.RATIO_IDS),
    "giving_name": _giving_name,
    "journal_invitation": _evening_time,
}
assert set(_VALIDATORS) == {f.name for f in fields(Settings)} - {"schema_version"}


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Unversioned early files kept volume as a percentage."""
    if isinstance(data.get("volume"), int | float) and data["volume"] > 1:
        data["volume"] = data["volume"] / 100.0
    return data


# MIGRATIONS[n] turns a version-n dict into version n+1. Run in order.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a current-version dict, and the names of fields that were invalid."""
    values: dict[str, Any] = {}
    invalid: list[str] = []
    for name, check in _VALIDATORS.items():
        if name in data:
            try:
                values[name] = check(data[name])
            except (ValueError, TypeError):
                invalid.append(name)
    return Settings(**values), invalid


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError("schema_version must be a non-negative integer")
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](dict(data))
        version += 1
        data["schema_version"] = version
    return data


class SettingsStore:
    """Loads and saves settings.json. Never raises on load; save raises SettingsSaveError."""

    def __init__(self, path: Path, now: Callable[[], datetime] = datetime.now) -> None:
        self.path = path
        self._now = now

    def load(self) -> tuple[Settings, list[Notice]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings(), []
        except OSError as exc:
            return Settings(), [self._aside("corrupt", NoticeKind.SETTINGS_MOVED_ASIDE, str(exc))]
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            version = data.get("schema_version", 0)
            if (
                isinstance(version, int)
                and not isinstance(version, bool)
                and version > SCHEMA_VERSION
            ):
                return Settings(), [
                    self._aside(
                        f"newer-v{version}", NoticeKind.SETTINGS_NEWER, f"version {version}"
                    )
                ]
            data = migrate(data)
        except (ValueError, UnicodeDecodeError) as exc:
            return Settings(), [self._aside("corrupt", NoticeKind.SETTINGS_MOVED_ASIDE, str(exc))]
        settings, invalid = from_dict(data)
        if invalid:
            notice = self._aside("invalid", NoticeKind.SETTINGS_INVALID_VALUES, ",".join(invalid))
            return settings, [notice]
        return settings, []

    def save(self, settings: Settings, *, with_words: bool = True) -> None:
        """Write settings.json atomically; SettingsSaveError (an OSError) says why not.
        `with_words=False`: the person's words are left out (the journal keeps them)."""
        values = asdict(settings)
        if not with_words:
            values = {k: v for k, v in values.items() if k not in WORDS_FIELDS}
        data = json.dumps(values, indent=2, sort_keys=True).encode("utf-8") + b"\n"
        try:
            ensure_private_dir(self.path.parent)
            write_atomic(self.path, data)
        except OSError as exc:
            raise SettingsSaveError(exc, self.path) from exc

    def _aside(self, tag: str, kind: NoticeKind, reason: str) -> Notice:
        """Move the file aside with a timestamped name; never overwrite an earlier one."""
        stamp = self._now().strftime("%Y%m%dT%H%M%S")
        target = self.path.with_name(f"{self.path.name}.{tag}-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{self.path.name}.{tag}-{stamp}-{n}")
        try:
            os.rename(self.path, target)
        except OSError as exc:
            log.warning("could not move %s aside: %s", self.path, exc)
            return Notice(kind, {"path": str(self.path), "reason": reason, "kept": "in place"})
        log.warning("settings file %s moved aside to %s: %s", self.path, target, reason)
        return Notice(kind, {"path": str(target), "reason": reason.replace(" ", "_")})
