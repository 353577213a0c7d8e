"""What a new passphrase needs, and a gentle hint when it is easy to guess. Plain rules
(the dialogs and `kindapp --lock` both ask them); nothing here is ever logged."""

from __future__ import annotations

import unicodedata
from enum import StrEnum

MIN_CHARS = 8


class Refusal(StrEnum):
    SHORT = "short"
    """Fewer than MIN_CHARS characters."""
    BLANK = "blank"
    """Only spaces (or other white space): nothing that could be remembered."""


def refusal(passphrase: str) -> Refusal | None:
    """Why `passphrase` cannot be a new passphrase, or None when it can."""
    text = unicodedata.normalize("NFC", passphrase)
    if not text.strip():
        return Refusal.BLANK
    if len(text) < MIN_CHARS:
        return Refusal.SHORT
    return None


def easy_to_guess(passphrase: str) -> bool:
    """A gentle hint only (never a refusal): one short word, or few different characters.
    A few ordinary words together are what is hoped for."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    words = text.split()
    return len(set(text.casefold())) < 6 or (len(words) < 2 and len(text) < 14)
