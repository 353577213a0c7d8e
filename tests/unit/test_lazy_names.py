"""The packages that load their names on first use (PEP 562, issue 29) give the same names
whatever was imported before: a name that is also a submodule's must not turn into the module
once something imports that submodule."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import importlib, pkgutil, sys, types
package = importlib.import_module(sys.argv[1])
for info in pkgutil.iter_modules(package.__path__):
    importlib.import_module(f"{package.__name__}.{info.name}")
wrong = [n for n in package.__all__ if isinstance(getattr(package, n), types.ModuleType)]
print(" ".join(wrong))
"""


@pytest.mark.parametrize("package", ["kindapp.core.practices", "kindapp.app"])
def test_every_name_is_itself_after_every_submodule_is_loaded(package: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, package],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.split() == [], f"{package}: these names are modules: {done.stdout}"
