"""Kind's translations: Qt's own QTranslator over the compiled .qm files shipped in the wheel.

The Qt Linguist .ts files under assets/translations are the source of truth; the wheel's build
hook (packaging/hatch_build.py) compiles each to a .qm with pyside6-lrelease, and Kind loads the
.qm here: the lookups happen in Qt's C++, and nothing is parsed at start-up. English, the source
language, installs no translator at all. `make translations` refreshes the .ts files.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator

from kindapp.core.catalog import LANGUAGES
from kindapp.resources import data_dir

log = logging.getLogger(__name__)


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


def load_translator(choice: str, parent: QObject | None = None) -> QTranslator | None:
    """A translator for the chosen (or the system's) language; None for English."""
    language = resolve_language(choice, QLocale.system().uiLanguages())
    use_locale(language)
    if language == "en":
        return None
    path = data_dir("assets") / "translations" / f"kind_{language}.qm"
    translator = QTranslator(parent)
    if not translator.load(str(path)):
        log.error(
            "cannot read the %s translation at %s (the .qm is compiled when the wheel is built)",
            language,
            path,
        )
        return None
    return translator


def load_qt_translator(choice: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own words in the same language (a file dialog's buttons, a text field's menu),
    from the translations PySide6 ships; None for English or when Qt has none."""
    language = resolve_language(choice, QLocale.system().uiLanguages())
    if language == "en":
        return None
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{language}", folder):
        log.info("Qt ships no %s translation of its own in %s", language, folder)
        return None
    return translator
