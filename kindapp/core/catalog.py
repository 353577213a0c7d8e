"""The ids Kind is known by, each defined once: the desktop id, the looks, text sizes and
languages a person can choose, and the practices that can be started by name.

Plain data; anything (core, sound, ui, app.py, packaging/) may import it.
"""

from __future__ import annotations

from enum import StrEnum

DESKTOP_ID = "org.kindapp.Kind"
"""The reverse-DNS id: the .desktop file's and AppStream metainfo's name, the icon's name,
the autostart entry's name, and the single-instance socket's prefix."""

APP_NAME = "Kind"
"""The name desktops show and speak (the tray item, notifications, AT-SPI, window titles)."""

LOOKS = ("system", "light", "dark", "contrast")
"""system follows the desktop's light or dark; contrast is high contrast."""

TEXT_SCALES = (1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
"""Kind's own text size: up to twice the desktop's, for tired or low-vision eyes."""

SOURCE_LANGUAGE = "en"
"""The language Kind is written in; the others are translations of it."""

LANGUAGES = (SOURCE_LANGUAGE, "de")
"""Languages Kind speaks."""

LANGUAGE_CHOICES = ("system", *LANGUAGES)
"""What the language setting may hold: system is the desktop's language if Kind speaks it."""


class PracticeName(StrEnum):
    """A practice by the name the command line, the single-instance messages and the
    journal use. A StrEnum: `PracticeName.BREAK == "break"`. Which of them can be started by
    name is the practice registry's (core/practice_registry.py, `cli_name`)."""

    BREAK = "break"
    TOUCH = "touch"
    BREATHE = "breathe"
    LETTER = "letter"
    REFRAME = "reframe"
    GROUND = "ground"
    AFFECTIONATE_BREATHING = "affectionate-breathing"
    PHRASES = "phrases"
    SOFTEN = "soften-soothe-allow"
    GIVING_RECEIVING = "giving-receiving"
    BODY_SCAN = "body-scan"
    SELF_COMPASSION_JOURNAL = "self-compassion-journal"
    PAST_SELF = "past-self"


BREAK_MODE_NAMES = ("quick", "guided")
"""The Self-Compassion Break's two lengths: about one minute, about five."""
