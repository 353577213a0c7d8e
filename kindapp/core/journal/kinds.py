"""The kinds of moments the journal keeps for the practices: those of Kind's practice
registry (each practice's `stored`, described in its own storage module)."""

from __future__ import annotations

from typing import Any

from kindapp.core.moment_kind import MomentKind
from kindapp.core.practice_registry import kind_practices

KINDS: tuple[MomentKind[Any], ...] = kind_practices().stored_kinds()
"""Registry order; a constant (the registry's descriptions are plain frozen data)."""
