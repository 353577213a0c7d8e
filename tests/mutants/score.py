"""The mutation score per module after `mutmut run` (make mutants): read from mutmut's own
results (mutants/**/*.py.meta) and printed as a Markdown table, per file and per package.

Killed: a test failed (or the mutant ran past its time limit). Survived: every test passed.
No tests: no unit test reaches the mutated function, so it counts as not killed. Mutants not
yet checked (a run stopped part-way) are counted apart and left out of the score.
Usage: python tests/mutants/score.py [--files]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

KILLED = {1, 3, 36, 24, -24, 152, 255}  # mutmut's exit codes for a failing test or a timeout
SURVIVED = {0}
NO_TESTS = {5, 33}
TIMEOUTS = {36, 24, -24, 152, 255}
"""Of KILLED, those that ran past their time limit (mutmut.stats' "timeout")."""


def verdict(code: int | None) -> str:
    if code is None:
        return "not checked"
    if code in KILLED:
        return "killed"
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "other"  # skipped, suspicious, a crash: shown, and not counted as killed


def tally(root: Path) -> dict[str, Counter[str]]:
    by_file: dict[str, Counter[str]] = {}
    for meta in sorted(root.glob("kindapp/**/*.py.meta")):
        codes = json.loads(meta.read_text())["exit_code_by_key"]
        name = str(meta.relative_to(root)).removesuffix(".meta")
        by_file[name] = Counter(verdict(c) for c in codes.values())
    return by_file


def row(name: str, c: Counter[str]) -> str:
    checked = c["killed"] + c["survived"] + c["no tests"] + c["other"]
    score = f"{100 * c['killed'] / checked:.1f} %" if checked else "–"
    return (
        f"| {name} | {checked} | {c['killed']} | {c['survived']} | {c['no tests']} "
        f"| {c['other']} | {c['not checked']} | {score} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", action="store_true", help="a row for every mutated file too")
    ap.add_argument("--root", type=Path, default=Path("mutants"))
    args = ap.parse_args()
    by_file = tally(args.root)
    if not by_file:
        print(f"no mutmut results under {args.root}/: run `make mutants` first", file=sys.stderr)
        return 1
    packages: dict[str, Counter[str]] = {}
    for name, c in by_file.items():
        packages.setdefault("/".join(name.split("/")[:2]), Counter()).update(c)
    print("| module | checked | killed | survived | no tests | other | not checked | killed % |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, c in sorted(packages.items()):
        print(row(name, c))
    if args.files:
        for name, c in by_file.items():
            print(row(name, c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
