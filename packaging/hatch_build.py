"""Hatch build hook: compile assets/translations/*.ts to .qm (pyside6-lrelease) into the wheel.

Kind loads the compiled .qm with Qt's own QTranslator (C++ lookups, no XML parsed at start-up).
The .qm are build output, never committed: the hook compiles them into build/qm/ and adds each
one to the wheel as kindapp/assets/translations/<name>.qm (beside the .ts it came from).
lrelease comes with PySide6-Essentials, which is therefore a build requirement (pyproject.toml).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease_tool() -> str:
    """PySide6's lrelease: the binary inside the PySide6 package, else pyside6-lrelease."""
    try:
        import PySide6

        inside = Path(PySide6.__file__).resolve().parent / "lrelease"
        if inside.exists():
            return str(inside)
    except ImportError:
        pass
    for candidate in (Path(sys.executable).parent / "pyside6-lrelease",):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        raise RuntimeError(
            "pyside6-lrelease not found: the wheel needs PySide6-Essentials to build"
        )
    return found


def compile_ts(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [lrelease_tool(), str(ts), "-qm", str(qm)], capture_output=True, text=True
    )
    output = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or "error" in output.lower() or not qm.exists():
        raise RuntimeError(f"lrelease could not compile {ts}:\n{output}")


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        out = root / "build" / "qm"
        for ts in sorted((root / "assets" / "translations").glob("*.ts")):
            qm = out / (ts.stem + ".qm")
            compile_ts(ts, qm)
            build_data["force_include"][str(qm)] = f"kindapp/assets/translations/{qm.name}"
