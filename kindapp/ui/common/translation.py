"""Kind's translations: Qt Linguist .ts files under assets/translations, read at start-up.

The .ts file is the source of truth and ships as it is; a small QTranslator reads it, so no
compiled .qm build output has to be kept in the repository. `make translations` refreshes the
.ts files with pyside6-lupdate (and checks them with pyside6-lrelease).
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Iterable

from PySide6.QtCore import QLocale, QObject, QTranslator

from kindapp.core.catalog import LANGUAGES
from kindapp.resources import data_dir

log = logging.getLogger(__name__)


class TsTranslator(QTranslator):
    """A QTranslator over the finished messages of one .ts file."""

    def __init__(
        self, messages: dict[tuple[str, str], str], language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._messages = messages
        self._language = language

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # Not found must be a *null* string (None), not "": Qt takes an empty string for a
        # translation, and PySide's tr() then shows nothing where the English should stand.
        return self._messages.get((context, source))

    def isEmpty(self) -> bool:
        return not self._messages

    def language(self) -> str:
        return self._language

    def __len__(self) -> int:
        return len(self._messages)


def parse_ts(text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of a .ts document."""
    root = ET.fromstring(text)
    out: dict[tuple[str, str], str] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if (
                source is None
                or tr is None
                or tr.get("type") in ("unfinished", "obsolete", "vanished")
            ):
                continue
            if tr.text:
                out[(name, source)] = tr.text
    return out


def resolve_language(choice: str, ui_languages: Iterable[str]) -> str:
    """The language to use: the person's choice, or the first system language Kind speaks."""
    if choice in LANGUAGES:
        return choice
    for lang in ui_languages:
        code = lang.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def use_locale(language: str) -> None:
    """Dates and numbers in the language the words are in (a weekday in a German sentence is
    German), unless the system already speaks that language (then its own formats stay)."""
    if QLocale.system().language() != QLocale(language).language():
        QLocale.setDefault(QLocale(language))


def load_translator(choice: str, parent: QObject | None = None) -> TsTranslator | None:
    """A translator for the chosen (or the system's) language; None for English."""
    language = resolve_language(choice, QLocale.system().uiLanguages())
    use_locale(language)
    if language == "en":
        return None
    path = data_dir("assets") / "translations" / f"kind_{language}.ts"
    try:
        messages = parse_ts(path.read_text(encoding="utf-8"))
    except (OSError, ET.ParseError) as exc:
        log.error("cannot read the %s translation at %s: %s", language, path, exc)
        return None
    return TsTranslator(messages, language, parent)
