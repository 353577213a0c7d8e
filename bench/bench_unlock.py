"""Unlock cost: how long the journal's key takes to derive with the default costs.

scrypt n=2**17 r=8 p=1 (128 MiB, what a fresh lock uses; kindapp.core.journal.cipher) against
SQLCipher's own PBKDF2-HMAC-SHA512 with 256,000 iterations, as the median of several runs.
Target: the unlock stays under 5 s on the test machine (a person waits for it once per
opening). The test beside it (tests/unit/test_journal_lock.py) proves the costs and the key;
the time is measured here.   Usage: python bench/bench_unlock.py [--runs N]
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kindapp.core.journal.cipher import Kdf

TARGET_S = 5.0
PASSPHRASE = "a long walk by the river"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    kdf = Kdf.fresh()
    scrypt_s: list[float] = []
    pbkdf2_s: list[float] = []
    for _ in range(args.runs):
        started = time.perf_counter()
        kdf.derive(PASSPHRASE)
        scrypt_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        hashlib.pbkdf2_hmac("sha512", PASSPHRASE.encode(), kdf.salt, 256_000, 32)
        pbkdf2_s.append(time.perf_counter() - started)
    ours, baseline = statistics.median(scrypt_s), statistics.median(pbkdf2_s)
    met = ours <= TARGET_S
    print(f"median of {args.runs} runs\n")
    print("| derivation | target | seconds | met |")
    print("|---|---:|---:|:-:|")
    print(
        f"| scrypt(2**{kdf.n.bit_length() - 1}, {kdf.r}, {kdf.p}) | {TARGET_S:.1f} s"
        f" | {ours:.3f} | {'yes' if met else 'NO'} |"
    )
    print(f"| PBKDF2-SHA512 256k (SQLCipher's own, baseline) | | {baseline:.3f} | |")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
