"""Tone: no user-visible string grades or shames (CONTENT.md, "Tone rules").

Every string literal given to tr() / self.tr() / QCoreApplication.translate() / tr_noop() (and
the small translate wrappers) in kindapp/, and every source and translation in .ts files under
assets/, is checked for words of grading, pressure or blame: whole words, any case.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import kindapp
from kindapp.resources import data_dir

# Calls whose first argument is a user-visible string ...
TEXT_FIRST = {"tr", "tr_noop", "_t", "_tr", "QT_TR_NOOP", "qsTr"}
# ... and calls whose second one is (the first is a context).
TEXT_SECOND = {"translate", "QT_TRANSLATE_NOOP"}

# Grading, pressure and blame. Whole words or phrases; "'" also matches a typographic apostrophe.
SHAMING = (
    r"streaks?",
    r"missed",
    r"miss(?:ed)? an?",
    r"miss(?:ing)? (?:a|your|today)",
    r"failed",
    r"failure to",
    r"fail(?:ing)? to",
    r"lazy",
    r"laziness",
    r"should have",
    r"should've",
    r"shouldn't have",
    r"must",
    r"behind",
    r"catch(?:ing)? up",
    r"don't break",
    r"do not break",
    r"break the chain",
    r"you forgot",
    r"forgot to",
    r"overdue",
    r"scores?",
    r"scored",
    r"ought to",
    r"try harder",
    r"no excuses?",
    r"keep it up",
    r"keep up the",
    r"disappoint(?:ed|ing)?",
    r"pathetic",
    r"shame on",
    r"unacceptable",
    r"slack(?:ing|er)",
    r"grade[ds]?",
    r"grading",
    r"level up",
    r"you only",
    r"only managed",
    r"it's been \d+ days",
    r"days? off",
    r"again\?!",
)
PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(p.replace("'", "['’]") for p in SHAMING) + r")(?![\w-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Found:
    file: Path
    line: int
    text: str


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def strings_in_source(path: Path) -> list[Found]:
    """The literal strings passed to translation calls in one Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Found] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        index = 0 if name in TEXT_FIRST else 1 if name in TEXT_SECOND else None
        if index is None or len(node.args) <= index:
            continue
        arg = node.args[index]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            found.append(Found(path, arg.lineno, arg.value))
    return found


_TS_TEXT = re.compile(r"<(source|translation)\b[^>]*>(.*?)</\1>", re.DOTALL)


def strings_in_ts(path: Path) -> list[Found]:
    """Sources and translations of a Qt .ts file (entities decoded)."""
    import html

    text = path.read_text(encoding="utf-8")
    return [
        Found(path, text.count("\n", 0, m.start()) + 1, html.unescape(m.group(2)))
        for m in _TS_TEXT.finditer(text)
    ]


def all_strings(package: Path, assets: Path) -> list[Found]:
    found: list[Found] = []
    for py in sorted(package.rglob("*.py")):
        found += strings_in_source(py)
    if assets.is_dir():
        for ts in sorted(assets.rglob("*.ts")):
            found += strings_in_ts(ts)
    return found


def shaming(found: list[Found]) -> list[str]:
    problems = []
    for f in found:
        for m in PATTERN.finditer(f.text):
            problems.append(f"{f.file}:{f.line}: {m.group(0)!r} in {f.text!r}")
    return problems


PACKAGE = Path(kindapp.__file__).resolve().parent
ASSETS = Path(str(data_dir("assets")))


def test_every_visible_string_is_free_of_grading_and_shaming() -> None:
    found = all_strings(PACKAGE, ASSETS)
    assert len(found) >= 100, f"only {len(found)} strings found: is the scanner still looking?"
    problems = shaming(found)
    assert not problems, "grading or shaming words:\n" + "\n".join(problems)


def test_the_scanner_sees_the_care_texts() -> None:
    texts = {f.text for f in all_strings(PACKAGE, ASSETS)}
    assert "How heavy does it feel right now?" in texts  # self.tr
    assert "Feel the soles of your feet on the floor." in texts  # self.tr in a tuple
    assert "This is a moment of suffering." in texts  # tr_noop
    assert any(t.startswith("When a door opens onto a fire") for t in texts)  # implicit concat


def test_the_scanner_catches_bad_strings(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "bad.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr_noop(s): return s\n"
        "class W:\n"
        "    def f(self):\n"
        "        self.tr('You missed yesterday.')\n"
        "        QCoreApplication.translate('ctx', 'Don’t break your streak!')\n"
        "        x = tr_noop('You ' 'should have practised.')\n"
        "        self.tr('Perfectly fine words.')\n"
        "        print('streak outside tr is not user-visible')\n",
        encoding="utf-8",
    )
    assets = tmp_path / "assets"
    (assets / "i18n").mkdir(parents=True)
    (assets / "i18n" / "kind_xx.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="xx">\n'
        "<context><name>W</name>\n<message>\n"
        "    <source>Take a moment</source>\n"
        "    <translation>You are behind &amp; lazy</translation>\n"
        "</message></context></TS>\n",
        encoding="utf-8",
    )
    found = all_strings(pkg, assets)
    assert len(found) == 6
    problems = shaming(found)
    joined = "\n".join(problems)
    assert len(problems) == 6, joined  # missed, break + streak, should have, behind, lazy
    assert "bad.py:5: 'missed'" in joined
    assert "bad.py:6: 'Don’t break'" in joined
    assert "bad.py:7: 'should have'" in joined
    assert "kind_xx.ts:6: 'behind'" in joined and "'lazy'" in joined


def test_whole_words_only() -> None:
    fine = [
        "Dismissed the thought.",
        "A mustard seed.",
        "Scoreboard-free.",
        "Prefailed",
        "Upgraded",
        "Behindhand",
    ]
    assert not shaming([Found(Path("x"), 1, t) for t in fine])
    bad = ["MUST", "Streaks", "you forgot", "Catch up on your practice", "It's overdue."]
    assert len(shaming([Found(Path("x"), 1, t) for t in bad])) == len(bad)
