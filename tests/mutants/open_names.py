"""The names of the mutants still to judge, for `mutmut run NAME...` (make mutants resumes
through it).

mutmut 3.8.1 runs again every mutant it is *named*, also one already judged, and a pattern
such as "kindapp.core.*" names them all: to go on where a run stopped, name only the open ones.
With --survivors, also those that survived or had no test (to judge them again after new
tests); with --timeouts, also those that ran past their time limit (to judge them again on idle
cores: a mutant whose run was starved by other work counts as killed without a failing test).
Reads mutmut's own results (mutants/**/*.py.meta).

Usage: python tests/mutants/open_names.py [--survivors] [--timeouts] [PREFIX ...]
(e.g. kindapp.core.)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from score import NO_TESTS, SURVIVED, TIMEOUTS  # type: ignore[import-not-found]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("prefixes", nargs="*", help="only mutants whose name starts so")
    ap.add_argument("--survivors", action="store_true", help="also survived and no-tests ones")
    ap.add_argument("--timeouts", action="store_true", help="also those that ran out of time")
    ap.add_argument("--root", type=Path, default=Path("mutants"))
    args = ap.parse_args()
    wanted = {None} | (SURVIVED | NO_TESTS if args.survivors else set())
    if args.timeouts:
        wanted |= TIMEOUTS
    for meta in sorted(args.root.glob("kindapp/**/*.py.meta")):
        for name, code in json.loads(meta.read_text())["exit_code_by_key"].items():
            if code in wanted and (not args.prefixes or name.startswith(tuple(args.prefixes))):
                print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
