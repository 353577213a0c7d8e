"""Giving memory back after a large release (a practice's screen, its driver and pictures):
Python's cycles collected, then glibc asked to return its free heap pages to the system
(`malloc_trim(0)`; nothing where the C library is not glibc)."""

from __future__ import annotations

import ctypes
import gc
import logging

log = logging.getLogger(__name__)

GIVE_BACK_MS = 2000
"""How long after a practice ends memory is given back: its widgets' deferred deletions and
the sound process's goodbye are done by then."""


def give_back() -> bool:
    """Collect, then trim the heap. True when glibc's malloc_trim ran."""
    gc.collect()
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return False  # not glibc
    trim(0)
    return True
