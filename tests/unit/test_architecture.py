"""The rooms of kindapp/ and what each may import (see ARCHITECTURE.md), read from the AST of
every module, imports inside functions and `if TYPE_CHECKING:` blocks included.

- core/ and sound/ are plain Python: never PySide6, never kindapp.ui or kindapp.app.
- ui/common/ knows no feature; a feature package (ui/shell, ui/practices, ...) imports
  ui/common, itself, core/ and sound/, never a sibling feature.
- Only kindapp/app/ (the composition root, a package of one job per module) builds
  everything: its modules are the only ones that import more than one feature, and the only
  ones outside ui/ that import kindapp.ui at all.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kindapp"  # the sources, not the installed copy
FEATURES = ("shell", "practices", "care", "writing", "settings", "desktop")
COMPOSITION_ROOT = "kindapp.app"


def module_name(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module `source` (the text of `module`) imports, relative imports resolved."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            # `from kindapp.ui import practices` imports the feature package itself.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def room_of(name: str) -> str | None:
    """'core', 'sound', 'ui.common', 'ui.<feature>' or 'ui' for a kindapp module; else None."""
    parts = name.split(".")
    if parts[0] != "kindapp" or len(parts) < 2:
        return None
    if parts[1] in ("core", "sound"):
        return parts[1]
    if parts[1] == "ui":
        if len(parts) >= 3 and parts[2] in (*FEATURES, "common"):
            return f"ui.{parts[2]}"
        return "ui"
    return None


def in_root(module: str) -> bool:
    """Whether `module` is the composition root (kindapp.app) or one of its modules."""
    return module == COMPOSITION_ROOT or module.startswith(f"{COMPOSITION_ROOT}.")


def problems(module: str, imported: set[str]) -> list[str]:
    """What `module` may not import, among `imported`."""
    here = room_of(module)
    bad: list[str] = []
    features = {room_of(n) for n in imported} & {f"ui.{f}" for f in FEATURES}
    for name in sorted(imported):
        there = room_of(name)
        top = name.split(".")[0]
        if here in ("core", "sound"):
            if top == "PySide6" or name.startswith(("kindapp.ui", COMPOSITION_ROOT)):
                bad.append(f"{module} ({here}) imports {name}")
        elif (
            here == "ui.common"
            and there is not None
            and there.startswith("ui.")
            and there not in ("ui.common", "ui")
        ):
            bad.append(f"{module} (ui/common) imports the feature module {name}")
        elif (
            here is not None
            and here.startswith("ui.")
            and here != "ui.common"
            and there is not None
            and there.startswith("ui.")
            and there not in (here, "ui.common", "ui")
        ):
            bad.append(f"{module} ({here}) imports {name}, from another feature")
        if in_root(name) and not (module == "kindapp.__main__" or in_root(module)):
            bad.append(f"{module} imports {name}: nothing but __main__ builds the app")
    if not in_root(module) and len(features) > 1:
        bad.append(f"{module} imports from {len(features)} features: {sorted(features)}")
    if here is None and not in_root(module):
        ui = sorted(n for n in imported if n.startswith("kindapp.ui"))
        if ui:
            bad.append(f"{module} (outside ui/) imports {ui}: only app.py wires the UI")
    return bad


def all_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_feature_package_is_there() -> None:
    ui = PACKAGE / "ui"
    assert sorted(p.name for p in ui.iterdir() if (p / "__init__.py").exists()) == sorted(
        [*FEATURES, "common"]
    )
    loose = sorted(p.name for p in ui.glob("*.py") if p.name != "__init__.py")
    assert not loose, f"every ui module lives in a feature package or ui/common: {loose}"


def test_the_rooms_import_only_what_they_may() -> None:
    found: list[str] = []
    for path in all_modules():
        name = module_name(path)
        source = path.read_text(encoding="utf-8")
        found += problems(name, imports_of(source, name, is_package=path.name == "__init__.py"))
    assert not found, "\n".join(found)


def test_app_py_is_where_the_features_meet() -> None:
    imported: set[str] = set()
    for path in sorted((PACKAGE / "app").glob("*.py")):
        name = module_name(path)
        source = path.read_text(encoding="utf-8")
        imported |= imports_of(source, name, is_package=path.name == "__init__.py")
    met = {room_of(n) for n in imported} & {f"ui.{f}" for f in FEATURES}
    assert met == {f"ui.{f}" for f in FEATURES}


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("kindapp.core.x", "from PySide6.QtCore import QObject", "imports PySide6.QtCore"),
        ("kindapp.sound.x", "def f():\n    import kindapp.ui.common.text", "kindapp.ui"),
        ("kindapp.core.x", "if TYPE_CHECKING:\n    from kindapp.app import wire", "kindapp.app"),
        ("kindapp.ui.care.x", "from kindapp.ui.writing.reasons import plain_reason", "another"),
        ("kindapp.ui.care.x", "from ..writing import flow", "another feature"),
        ("kindapp.ui.care.x", "from kindapp.ui import shell", "another feature"),
        ("kindapp.ui.common.x", "from kindapp.ui.practices.pacer import Pacer", "feature"),
        ("kindapp.cli", "from kindapp.ui.desktop.tray import Tray", "only app.py"),
        ("kindapp.ui.shell.x", "from kindapp.app import AppController", "__main__"),
        ("kindapp.core.x", "from kindapp.app.controller import AppController", "__main__"),
        ("kindapp.commands", "from kindapp.app.entry import main", "__main__"),
    ],
)
def test_the_checker_sees_each_kind_of_breach(module: str, source: str, expected: str) -> None:
    found = problems(module, imports_of(source, module))
    assert any(expected in p for p in found), found


def test_the_checker_lets_allowed_imports_through() -> None:
    allowed = (
        "from kindapp.core.session import State\n"
        "from kindapp.ui.common.widgets import button\n"
        "from kindapp.ui.care.checkin_panel import CheckInPanel\n"
        "from . import learn_screen\n"
        "from PySide6.QtWidgets import QWidget\n"
    )
    assert problems("kindapp.ui.care.flow", imports_of(allowed, "kindapp.ui.care.flow")) == []
