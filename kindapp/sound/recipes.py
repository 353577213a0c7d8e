"""Sound themes as data: load and validate the cue recipes in ``audio/themes/*.json``.

The format is documented in ``audio/README.md``. Validation is strict and every error names the
theme file, the cue and the field, so a sound designer editing JSON gets a clear message instead
of a harsh or clipped sound.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kindapp.resources import data_dir

FORMAT = "kindapp-sound-theme"
VERSION = 1

CUE_NAMES: tuple[str, ...] = (
    "soft_bell",
    "breath_chime",
    "step_1",
    "step_2",
    "step_3",
    "closing_bell",
    "inhale",
    "exhale",
)
"""Every cue a sounding theme must define."""

SILENT_THEME = "silent"

# Limits that keep every cue soft and warm (see audio/README.md).
MIN_BASE_HZ = 150.0
MAX_BASE_HZ = 800.0
MAX_PARTIAL_HZ = 4000.0
MIN_ATTACK_MS = 5.0
MAX_DURATION_S = 6.0
MAX_STRIKE_SPREAD_S = 1.5
MAX_STRIKES = 5
LEVEL_DB_RANGE = (-2.0, 0.0)
MAX_TAIL_DB_AT_RELEASE = -12.0
"""At the start of the final fade, the slowest partial must already be this far below its peak."""


class RecipeError(ValueError):
    """A theme file is missing, unreadable, or describes a sound outside the safe limits."""


@dataclass(frozen=True)
class Partial:
    ratio: float
    """Frequency as a multiple of the cue's base frequency (inharmonic ratios welcome)."""
    amp: float
    """Relative amplitude, 0 < amp <= 1."""
    decay_s: float
    """Exponential decay time constant: amplitude falls to 1/e after this many seconds."""


@dataclass(frozen=True)
class CueRecipe:
    name: str
    base_hz: float
    partials: tuple[Partial, ...]
    attack_ms: float
    release_ms: float
    duration_s: float
    strikes: int = 1
    strike_spacing_s: float = 0.4
    strike_pitches: tuple[float, ...] = ()
    """Optional pitch multiplier per strike (empty: all strikes at the base pitch)."""
    strike_gain: float = 1.0
    """Amplitude of each strike relative to the one before."""
    glide_cents: float = 0.0
    """Pitch moves by this many cents over the cue (rising inhale, falling exhale)."""
    level_db: float = 0.0
    """Loudness trim relative to the theme's common loudness, in [-2, 0] dB."""

    def strike_onsets(self) -> tuple[float, ...]:
        return tuple(i * self.strike_spacing_s for i in range(self.strikes))

    def pitch_of_strike(self, i: int) -> float:
        return self.strike_pitches[i] if self.strike_pitches else 1.0


@dataclass(frozen=True)
class Theme:
    name: str
    description: str
    cues: Mapping[str, CueRecipe]

    @property
    def silent(self) -> bool:
        return not self.cues


def available_themes() -> list[str]:
    """Names of the themes shipped in ``audio/themes``."""
    themes = data_dir("audio") / "themes"
    if not themes.is_dir():
        return []
    return sorted(p.name[: -len(".json")] for p in themes.iterdir() if p.name.endswith(".json"))


def load_theme(name: str) -> Theme:
    """Load and validate theme `name` from ``audio/themes/<name>.json``; RecipeError if bad."""
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise RecipeError(f"invalid theme name {name!r}")
    path = data_dir("audio") / "themes" / f"{name}.json"
    if not path.is_file():
        known = ", ".join(available_themes()) or "none"
        raise RecipeError(f"no sound theme {name!r} (known: {known})")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecipeError(f"theme {name!r}: cannot read {path}: {exc}") from exc
    return parse_theme(raw, source=f"theme {name!r}", expected_name=name)


def parse_theme(raw: Any, *, source: str = "theme", expected_name: str | None = None) -> Theme:
    """Validate a decoded theme document (see audio/README.md) and build a Theme."""
    doc = _mapping(raw, source)
    if doc.get("format") != FORMAT:
        raise RecipeError(f"{source}: 'format' must be {FORMAT!r}, got {doc.get('format')!r}")
    if doc.get("version") != VERSION:
        raise RecipeError(
            f"{source}: unsupported 'version' {doc.get('version')!r} "
            f"(this Kind reads version {VERSION})"
        )
    name = doc.get("name")
    if not isinstance(name, str) or not name:
        raise RecipeError(f"{source}: 'name' must be a non-empty string")
    if expected_name is not None and name != expected_name:
        raise RecipeError(f"{source}: 'name' is {name!r} but the file is {expected_name!r}.json")
    description = doc.get("description", "")
    if not isinstance(description, str):
        raise RecipeError(f"{source}: 'description' must be a string")
    silent = doc.get("silent", False)
    if not isinstance(silent, bool):
        raise RecipeError(f"{source}: 'silent' must be true or false")
    cues_raw = _mapping(doc.get("cues", {}), f"{source}: 'cues'")
    if silent:
        if cues_raw:
            raise RecipeError(f"{source}: a silent theme must not define cues")
        return Theme(name, description, {})
    defaults = _mapping(doc.get("defaults", {}), f"{source}: 'defaults'")
    missing = [c for c in CUE_NAMES if c not in cues_raw]
    if missing:
        raise RecipeError(f"{source}: missing cues {', '.join(missing)}")
    unknown = [c for c in cues_raw if c not in CUE_NAMES]
    if unknown:
        raise RecipeError(
            f"{source}: unknown cues {', '.join(map(repr, unknown))} "
            f"(known: {', '.join(CUE_NAMES)})"
        )
    cues = {
        cue: _parse_cue(
            cue,
            {**defaults, **_mapping(cues_raw[cue], f"{source}: cue {cue!r}")},
            f"{source}: cue {cue!r}",
        )
        for cue in CUE_NAMES
    }
    return Theme(name, description, cues)


_CUE_KEYS = {
    "base_hz",
    "partials",
    "attack_ms",
    "release_ms",
    "duration_s",
    "strikes",
    "strike_spacing_s",
    "strike_pitches",
    "strike_gain",
    "glide_cents",
    "level_db",
    "comment",
}


def _parse_cue(name: str, d: Mapping[str, Any], where: str) -> CueRecipe:
    extra = sorted(set(d) - _CUE_KEYS)
    if extra:
        raise RecipeError(f"{where}: unknown fields {', '.join(extra)}")
    base_hz = _number(d, "base_hz", where, MIN_BASE_HZ, MAX_BASE_HZ)
    attack_ms = _number(d, "attack_ms", where, MIN_ATTACK_MS, 4000.0)
    release_ms = _number(d, "release_ms", where, 5.0, 4000.0)
    duration_s = _number(d, "duration_s", where, 0.05, MAX_DURATION_S)
    strikes = _integer(d, "strikes", where, 1, MAX_STRIKES, default=1)
    spacing = _number(d, "strike_spacing_s", where, 0.1, MAX_STRIKE_SPREAD_S, default=0.4)
    strike_gain = _number(d, "strike_gain", where, 0.1, 1.0, default=1.0)
    glide = _number(d, "glide_cents", where, -1200.0, 1200.0, default=0.0)
    level_db = _number(d, "level_db", where, *LEVEL_DB_RANGE, default=0.0)
    pitches_raw = d.get("strike_pitches", [])
    if not isinstance(pitches_raw, list) or not all(_is_num(p) for p in pitches_raw):
        raise RecipeError(f"{where}: 'strike_pitches' must be a list of numbers")
    pitches = tuple(float(p) for p in pitches_raw)
    if pitches and len(pitches) != strikes:
        raise RecipeError(
            f"{where}: 'strike_pitches' has {len(pitches)} entries for {strikes} strikes"
        )
    if any(not 0.25 <= p <= 4.0 for p in pitches):
        raise RecipeError(f"{where}: 'strike_pitches' must lie in [0.25, 4]")
    if (strikes - 1) * spacing > MAX_STRIKE_SPREAD_S + 1e-9:
        raise RecipeError(
            f"{where}: {strikes} strikes {spacing} s apart spread over more than "
            f"{MAX_STRIKE_SPREAD_S} s"
        )
    partials_raw = d.get("partials")
    if not isinstance(partials_raw, list) or not partials_raw:
        raise RecipeError(f"{where}: 'partials' must be a non-empty list")
    partials = tuple(
        _parse_partial(p, f"{where}: partials[{i}]") for i, p in enumerate(partials_raw)
    )
    recipe = CueRecipe(
        name,
        base_hz,
        partials,
        attack_ms,
        release_ms,
        duration_s,
        strikes,
        spacing,
        pitches,
        strike_gain,
        glide,
        level_db,
    )
    _check_sound(recipe, where)
    return recipe


def _parse_partial(raw: Any, where: str) -> Partial:
    d = _mapping(raw, where)
    extra = sorted(set(d) - {"ratio", "amp", "decay_s"})
    if extra:
        raise RecipeError(f"{where}: unknown fields {', '.join(extra)}")
    return Partial(
        ratio=_number(d, "ratio", where, 0.25, 16.0),
        amp=_number(d, "amp", where, 1e-4, 1.0),
        decay_s=_number(d, "decay_s", where, 0.02, 10.0),
    )


def _check_sound(r: CueRecipe, where: str) -> None:
    """Cross-field checks: soft partials only, room for attack and release, a natural tail."""
    glide_max = 2.0 ** (max(r.glide_cents, 0.0) / 1200.0)
    top_pitch = max(r.strike_pitches) if r.strike_pitches else 1.0
    for i, p in enumerate(r.partials):
        hz = r.base_hz * p.ratio * top_pitch * glide_max
        if hz > MAX_PARTIAL_HZ:
            raise RecipeError(
                f"{where}: partials[{i}] reaches {hz:.0f} Hz; keep partials under "
                f"{MAX_PARTIAL_HZ:.0f} Hz so nothing sounds harsh"
            )
    last_onset = r.strike_onsets()[-1]
    release_start = r.duration_s - r.release_ms / 1000.0
    if release_start <= last_onset + r.attack_ms / 1000.0:
        raise RecipeError(
            f"{where}: 'duration_s' {r.duration_s} leaves no room for the attack "
            f"and release of the last strike"
        )
    slowest = max(p.decay_s for p in r.partials)
    ringing = release_start - last_onset - r.attack_ms / 1000.0
    tail_db = -20.0 * math.log10(math.e) * ringing / slowest
    if tail_db > MAX_TAIL_DB_AT_RELEASE:
        raise RecipeError(
            f"{where}: the sound is still at {tail_db:.1f} dB when the release starts at "
            f"{release_start:.2f} s; shorten decay_s (slowest {slowest} s) or lengthen "
            f"duration_s so the fade does not cut it off"
        )


def _mapping(raw: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(raw, dict):
        raise RecipeError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    return raw


def _is_num(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


_MISSING = object()


def _number(
    d: Mapping[str, Any],
    key: str,
    where: str,
    lo: float,
    hi: float,
    default: float | object = _MISSING,
) -> float:
    value = d.get(key, default)
    if value is _MISSING:
        raise RecipeError(f"{where}: '{key}' is required")
    if not _is_num(value):
        raise RecipeError(f"{where}: '{key}' must be a number, got {value!r}")
    v = float(value)
    if not lo <= v <= hi:
        raise RecipeError(f"{where}: '{key}' = {v:g} is outside [{lo:g}, {hi:g}]")
    return v


def _integer(d: Mapping[str, Any], key: str, where: str, lo: int, hi: int, default: int) -> int:
    value = d.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise RecipeError(f"{where}: '{key}' must be an integer, got {value!r}")
    if not lo <= value <= hi:
        raise RecipeError(f"{where}: '{key}' = {value} is outside [{lo}, {hi}]")
    return value
