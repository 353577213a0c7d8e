"""Tone: no user-visible string grades or shames (CONTENT.md, "Tone rules").

Every string a person can see is checked for words of grading, pressure or blame (whole words,
any case). In kindapp/: what is given to tr() / self.tr() / QCoreApplication.translate() /
tr_noop() (and the small translate wrappers); what is written to the terminal (print,
sys.stdout/sys.stderr.write, argparse's error()/exit()); argparse's help, description, epilog,
usage and version texts; text handed straight to Qt (setText, setToolTip, showMessage, ...);
and the messages of raised exceptions (journal and import errors reach the banner and the
terminal as they are). Literals, f-strings (their fixed parts; "{}" where a value goes),
implicit and + concatenation, and %-/format() templates all count. Also every source and
translation in .ts files under assets/, and the launcher and software-centre texts in
packaging/ (.desktop, AppStream metainfo). Logging goes to the log file and is not scanned.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

import kindapp
from kindapp.resources import data_dir

# One worker for the module on a parallel run, so the one scan of the sources serves each test.
pytestmark = pytest.mark.xdist_group("tone-scan")

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
    how: str = "tr"


# Written to the terminal: print(...), sys.stdout/sys.stderr.write(...), parser.error/exit.
STREAMS = {"stdout", "stderr"}
# argparse's texts, wherever they are passed.
ARGPARSE_KEYWORDS = {"help", "description", "epilog", "usage", "version"}
# Qt setters whose first argument is shown as it is (normally a tr() call, found above; a
# literal here would be an untranslated visible string, still scanned).
QT_TEXT = {
    "setText",
    "setPlainText",
    "setPlaceholderText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setItemText",
    "addItem",
    "insertItem",
    "showMessage",
    "add",  # the window's banner: banner.add(text)
}
LOGGERS = {"log", "logger", "logging", "events", "_log"}
GAP = "{}"  # where an f-string or template puts a value


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def text_of(node: ast.expr) -> str | None:
    """The visible text an expression builds, when it is built from literals: a literal, an
    f-string, a concatenation, a %-template or "...".format(...); None for a plain variable."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value if isinstance(part, ast.Constant) else GAP for part in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = text_of(node.left), text_of(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else GAP) + (right if right is not None else GAP)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return text_of(node.left)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"format", "replace", "strip", "rstrip", "lstrip"}
    ):
        return text_of(node.func.value)
    return None


def _receiver(func: ast.expr) -> str:
    """`stderr` for sys.stderr.write, `parser` for parser.error, `` for print."""
    if isinstance(func, ast.Attribute):
        value = func.value
        if isinstance(value, ast.Attribute):
            return value.attr
        if isinstance(value, ast.Name):
            return value.id
    return ""


def _visible_args(node: ast.Call) -> list[tuple[ast.expr, str]]:
    """The arguments of one call that a person will see, with how they are shown."""
    name, receiver = _name(node.func), _receiver(node.func)
    out: list[tuple[ast.expr, str]] = []
    if name in TEXT_FIRST and node.args:
        out.append((node.args[0], "tr"))
    elif name in TEXT_SECOND and len(node.args) > 1:
        out.append((node.args[1], "tr"))
    elif name == "print" and isinstance(node.func, ast.Name):
        out += [(a, "print") for a in node.args]
    elif name == "write" and receiver in STREAMS:
        out += [(a, receiver) for a in node.args[:1]]
    elif name == "error" and receiver not in LOGGERS | {""} and node.args:
        out.append((node.args[0], "argparse error"))
    elif name == "exit" and receiver not in {"sys", "os", "app", ""} and len(node.args) > 1:
        out.append((node.args[1], "argparse exit"))
    elif name in QT_TEXT and node.args:
        out.append((node.args[0], "Qt text"))
    out += [(k.value, f"argparse {k.arg}") for k in node.keywords if k.arg in ARGPARSE_KEYWORDS]
    return out


def strings_in_source(path: Path) -> list[Found]:
    """Every string in one Python file that a person can see (see the module's docstring)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[Found] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg, how in _visible_args(node):
                text = text_of(arg)
                if text is not None and text.strip(GAP + " \n"):
                    found.append(Found(path, arg.lineno, text, how))
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            text = text_of(node.exc.args[0])
            if text is not None:
                found.append(Found(path, node.exc.args[0].lineno, text, "exception"))
    return found


_DESKTOP_KEYS = re.compile(
    r"^(Name|GenericName|Comment|Keywords|X-GNOME-FullName)(\[[^]]+\])?=(.*)$"
)


def strings_in_desktop(path: Path) -> list[Found]:
    found = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = _DESKTOP_KEYS.match(line)
        if m:
            found.append(Found(path, i, m.group(3), "desktop entry"))
    return found


def strings_in_metainfo(path: Path) -> list[Found]:
    """The text of every element of an AppStream file (summary, description, captions...)."""
    import xml.etree.ElementTree as ET

    root = ET.parse(path).getroot()
    return [
        Found(path, 0, " ".join("".join(el.itertext()).split()), "metainfo")
        for el in root.iter()
        if el.text and el.text.strip() and len(el) == 0
    ]


_TS_TEXT = re.compile(r"<(source|translation)\b[^>]*>(.*?)</\1>", re.DOTALL)


def strings_in_ts(path: Path) -> list[Found]:
    """Sources and translations of a Qt .ts file (entities decoded)."""
    import html

    text = path.read_text(encoding="utf-8")
    return [
        Found(path, text.count("\n", 0, m.start()) + 1, html.unescape(m.group(2)))
        for m in _TS_TEXT.finditer(text)
    ]


def all_strings(package: Path, assets: Path, packaging: Path | None = None) -> list[Found]:
    found: list[Found] = []
    for py in sorted(package.rglob("*.py")):
        found += strings_in_source(py)
    if assets.is_dir():
        for ts in sorted(assets.rglob("*.ts")):
            found += strings_in_ts(ts)
    if packaging is not None:
        for desktop in sorted(packaging.glob("*.desktop")):
            found += strings_in_desktop(desktop)
        for meta in sorted(packaging.glob("*.metainfo.xml")):
            found += strings_in_metainfo(meta)
    return found


def _about_data(f: Found, m: re.Match[str]) -> bool:
    """An error message says what a value or a file must be ("volume must be a number from 0
    to 1"): about the data, not the person. There "must" counts only when said to the person
    ("you must ...")."""
    before = f.text[: m.start()].lower().rstrip()
    return f.how == "exception" and m.group(0).lower() == "must" and not before.endswith("you")


def shaming(found: list[Found]) -> list[str]:
    problems = []
    for f in found:
        for m in PATTERN.finditer(f.text):
            if not _about_data(f, m):
                problems.append(f"{f.file}:{f.line}: {m.group(0)!r} in {f.text!r} ({f.how})")
    return problems


PACKAGE = Path(kindapp.__file__).resolve().parent
ASSETS = Path(str(data_dir("assets")))
PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@functools.cache  # one scan of the sources serves the three tests that read it
def everything() -> tuple[Found, ...]:
    assert (PACKAGING / "org.kindapp.Kind.desktop").is_file(), PACKAGING
    return tuple(all_strings(PACKAGE, ASSETS, PACKAGING))


def test_every_visible_string_is_free_of_grading_and_shaming() -> None:
    found = everything()
    assert len(found) >= 100, f"only {len(found)} strings found: is the scanner still looking?"
    problems = shaming(list(found))
    assert not problems, "grading or shaming words:\n" + "\n".join(problems)


def test_the_scanner_sees_the_care_texts() -> None:
    texts = {f.text for f in everything()}
    assert "How heavy does it feel right now?" in texts  # self.tr
    assert "Feel the soles of your feet on the floor." in texts  # self.tr in a tuple
    assert "This is a moment of suffering." in texts  # tr_noop
    assert any(t.startswith("When a door opens onto a fire") for t in texts)  # implicit concat


def test_the_scanner_sees_the_command_line_and_the_launcher() -> None:
    by_how: dict[str, set[str]] = {}
    for f in everything():
        by_how.setdefault(f.how, set()).add(f.text)
    assert "Kind: a calm place to practise self-compassion." in by_how["argparse description"]
    assert "start the Self-Compassion Break at once" in by_how["argparse help"]
    assert "--mode only goes with --break" in by_how["argparse error"]
    assert "kindapp {}" in by_how["argparse version"]  # an f-string
    assert "kindapp: there is no file at {}\n" in by_how["stderr"]  # an f-string
    assert "kindapp: another Kind is writing to the journal; try again later\n" in by_how["stderr"]
    assert "Exported {} practice(s) to {}\n" in by_how["stdout"]
    assert any(t.startswith("Imported {} letter(s), {} reframe(s)") for t in by_how["stdout"])
    assert by_how["exception"] and by_how["desktop entry"] and by_how["metainfo"]


def test_the_scanner_catches_bad_strings(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "bad.py").write_text(
        "import argparse, logging, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "def tr_noop(s): return s\n"
        "class W:\n"
        "    def f(self, n):\n"
        "        self.tr('You missed yesterday.')\n"
        "        QCoreApplication.translate('ctx', 'Don’t break your streak!')\n"
        "        x = tr_noop('You ' 'should have practised.')\n"
        "        self.tr('Perfectly fine words.')\n"
        "        sys.stderr.write(f'kindapp: you are {n} days behind\\n')\n"
        "        print(f'Your score: {n}')\n"
        "        sys.stdout.write('kindapp: ' + 'no excuses' + str(n))\n"
        "        p = argparse.ArgumentParser(description='Kind', epilog='Keep it up!')\n"
        "        p.add_argument('--x', help='what you must do today')\n"
        "        p.error(f'--x failed: {n}')\n"
        "        self.label.setText(f'{n} days off')\n"
        "        raise ValueError(f'you forgot {n} times')\n"
        "        raise ValueError('volume must be from 0 to 1')  # about data: fine\n"
        "        raise ValueError(f'{n}: you must practise')\n"
        "        logging.getLogger().error('failed to open: log file only')\n"
        "        key = 'streak_cache'  # not shown to anyone\n",
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
    packaging = tmp_path / "packaging"
    packaging.mkdir()
    (packaging / "x.desktop").write_text(
        "[Desktop Entry]\nName=Kind\nComment=Never miss a day\nExec=kindapp\n",
        encoding="utf-8",
    )
    (packaging / "x.metainfo.xml").write_text(
        "<component><summary>Calm</summary><description><p>Level up your "
        "practice.</p></description></component>",
        encoding="utf-8",
    )
    found = all_strings(pkg, assets, packaging)
    hows = sorted({f.how for f in found})
    assert hows == [
        "Qt text",
        "argparse description",
        "argparse epilog",
        "argparse error",
        "argparse help",
        "desktop entry",
        "exception",
        "metainfo",
        "print",
        "stderr",
        "stdout",
        "tr",
    ], hows
    problems = shaming(found)
    joined = "\n".join(problems)
    assert "bad.py:6: 'missed'" in joined
    assert "bad.py:7: 'Don’t break'" in joined
    assert "bad.py:8: 'should have'" in joined
    assert "bad.py:10: 'behind' in 'kindapp: you are {} days behind\\n' (stderr)" in joined
    assert "bad.py:11: 'score' in 'Your score: {}' (print)" in joined
    assert "bad.py:12: 'no excuses'" in joined
    assert "bad.py:13: 'Keep it up'" in joined
    assert "bad.py:14: 'must'" in joined
    assert "bad.py:15: 'failed'" in joined
    assert "bad.py:16: 'days off'" in joined
    assert "bad.py:17: 'you forgot'" in joined
    assert "bad.py:19: 'must'" in joined and "bad.py:18" not in joined
    assert "kind_xx.ts:6: 'behind'" in joined and "'lazy'" in joined
    assert "x.desktop:3: 'miss a'" in joined
    assert "'Level up'" in joined
    assert "streak_cache" not in joined and "log file only" not in joined
    # missed, break + streak, should have, behind, score, no excuses, keep it up, must,
    # failed, days off, you forgot, you must, behind + lazy, miss a, level up
    assert len(problems) == 17, joined


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
