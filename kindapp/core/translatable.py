"""Marking core's English words for translation (core has no Qt; the UI translates)."""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """Marks a string for translation without translating it (the UI translates)."""
    return text
