"""Build Kind's PyInstaller one-folder bundle: DIST/kindapp/kindapp (run it; it needs no Python).

    python packaging/build_bundle.py [--dist DIR] [--work DIR]

Run it with an interpreter that has kindapp installed (non-editable, so assets/ and audio/ are
package data) and PyInstaller (pip install '.[package]'). Prints the bundle's size.
Takes about a minute.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "kind.spec"


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller.__main__
    except ImportError:
        raise SystemExit("PyInstaller is not installed here: pip install '.[package]'") from None
    t0 = time.monotonic()
    PyInstaller.__main__.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
        ]
    )
    exe = dist / "kindapp" / "kindapp"
    if not exe.is_file():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    print(
        f"built {exe} in {time.monotonic() - t0:.0f} s; bundle {dir_size(exe.parent) / 1e6:.1f} MB"
    )
    return exe


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=REPO / "dist" / "bundle")
    p.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    args = p.parse_args(argv)
    if (args.dist / "kindapp").exists():
        shutil.rmtree(args.dist / "kindapp")
    build(args.dist.resolve(), args.work.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
