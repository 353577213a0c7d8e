"""Journal benchmark: the letters library with 10,000 letters.

Creates 10,000 letters (bodies of 100-600 words drawn from a seeded word list, so every run
writes the same text) in a temporary journal, then times, as the median of several runs:
  - opening the library list (`Journal.letters()`; target <= 100 ms),
  - a full-text search (`search_letters`) for a common and a rare word (target <= 50 ms),
  - an autosave write (`save_letter` with a 400-word body; target <= 5 ms).
Against a naive baseline in the same run: the list and search done the obvious way on the
same table (SELECT the bodies and cut snippets in Python; LIKE '%word%').
Prints a Markdown table.   Usage: python bench/bench_journal.py [--letters N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kindapp.core.journal import Journal
from kindapp.core.records import count_words, make_snippet

COMMON = [
    "I",
    "you",
    "the",
    "and",
    "to",
    "a",
    "of",
    "it",
    "that",
    "was",
    "my",
    "is",
    "in",
    "for",
    "me",
    "not",
    "but",
    "with",
    "so",
    "be",
    "have",
    "this",
    "what",
    "are",
    "when",
]
MIDDLE_TEXT = (
    "kind gentle friend hurt tired afraid strong wise brave sorry mistake learn care "
    "enough worthy deserve understand forgive patient honest trying lost alone heavy "
    "breathe rest warm hand heart morning night work family mother father sister "
    "brother child body angry shame proud grief hope small step again today tomorrow "
    "yesterday remember listen soft voice critic harsh fail failure succeed effort "
    "doing best human everyone struggle pain moment allowed okay safe held whole"
)
MIDDLE = MIDDLE_TEXT.split()
RARE_WORD = "quince"  # appears in exactly one letter
COMMON_WORD = "heart"


def words_list(rng: random.Random) -> list[str]:
    # Zipf-like: common words often, the middle vocabulary less, plus many rare made-up words.
    rare = [
        "".join(rng.choice("abcdefghiklmnoprstuvwy") for _ in range(rng.randint(4, 10)))
        for _ in range(5000)
    ]
    return COMMON * 40 + MIDDLE * 6 + rare


def body(rng: random.Random, vocab: list[str], n: int) -> str:
    words = [rng.choice(vocab) for _ in range(n)]
    out: list[str] = []
    for i, w in enumerate(words):
        out.append(w)
        if i % rng.randint(9, 16) == 0 and i:
            out[-1] += "."
        if i % 70 == 69:
            out.append("\n\n")
    return " ".join(out)


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--letters", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=15)
    args = ap.parse_args()
    rng = random.Random(20261122)
    vocab = words_list(rng)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        clock = [datetime(2026, 1, 1, tzinfo=UTC)]

        def now() -> datetime:
            clock[0] += timedelta(seconds=7)
            return clock[0]

        j = Journal(path, now=now)
        t0 = time.perf_counter()
        rare_at = rng.randrange(args.letters)
        with j.transaction():
            for i in range(args.letters):
                text = body(rng, vocab, rng.randint(100, 600))
                if i == rare_at:
                    text += f" A {RARE_WORD} tree."
                j.create_letter(f"Letter {i + 1}", text)
        fill_s = time.perf_counter() - t0
        draft = j.create_letter("Draft", "")
        autosave_body = body(rng, vocab, 400)
        db: sqlite3.Connection = j._conn

        def naive_list() -> list[tuple[Any, ...]]:
            rows = db.execute(
                "SELECT id, title, body, updated FROM letter ORDER BY updated DESC"
            ).fetchall()
            return [(i, t, make_snippet(b), u, count_words(b)) for i, t, b, u in rows]

        def naive_search(word: str) -> list[tuple[Any, ...]]:
            rows = db.execute(
                "SELECT id, title, body, updated FROM letter WHERE title LIKE ? OR body LIKE ?"
                " ORDER BY updated DESC",
                (f"%{word}%", f"%{word}%"),
            ).fetchall()
            return [(i, t, make_snippet(b), u, count_words(b)) for i, t, b, u in rows]

        def naive_save() -> None:
            db.execute("UPDATE letter SET body = ? WHERE id = ?", (autosave_body, draft.id))

        n_common = len(j.search_letters(COMMON_WORD))
        n_rare = len(j.search_letters(RARE_WORD))
        assert n_rare == 1 and n_common == len(naive_search(COMMON_WORD)), (n_rare, n_common)
        assert len(j.search_letters(RARE_WORD[:3])) >= 1  # prefix while typing
        rows = [
            (
                "open the library (`letters()`)",
                100.0,
                median_ms(j.letters, args.runs),
                median_ms(naive_list, args.runs),
            ),
            (
                f"search a common word ({COMMON_WORD!r}, {n_common} hits)",
                50.0,
                median_ms(lambda: j.search_letters(COMMON_WORD), args.runs),
                median_ms(lambda: naive_search(COMMON_WORD), args.runs),
            ),
            (
                f"search a rare word ({RARE_WORD!r}, {n_rare} hit)",
                50.0,
                median_ms(lambda: j.search_letters(RARE_WORD), args.runs),
                median_ms(lambda: naive_search(RARE_WORD), args.runs),
            ),
            (
                "autosave a 400-word body (`save_letter`)",
                5.0,
                median_ms(lambda: j.save_letter(draft.id, "Draft", autosave_body), args.runs * 4),
                median_ms(naive_save, args.runs * 4),
            ),
        ]
        paste = (autosave_body + "\n") * (5_000_000 // (len(autosave_body) + 1))
        extra = (
            "autosave after a 5 MB paste (informative)",
            float("inf"),
            median_ms(lambda: j.save_letter(draft.id, "Draft", paste), 3),
            median_ms(
                lambda: db.execute("UPDATE letter SET body = ? WHERE id = ?", (paste, draft.id)), 3
            ),
        )
        j.save_letter(draft.id, "Draft", autosave_body)
        j.close()
        size_mb = path.stat().st_size / 1e6
    print(
        f"{args.letters} letters ({size_mb:.0f} MB), filled in {fill_s:.1f} s;"
        f" median of {args.runs} runs; sqlite {sqlite3.sqlite_version}\n"
    )
    print("| operation | target | Kind | naive baseline | baseline / Kind | met |")
    print("|---|---:|---:|---:|---:|:-:|")
    ok = True
    for name, target, ours, naive in rows:
        met = ours <= target
        ok &= met
        print(
            f"| {name} | ≤ {target:g} ms | {ours:.2f} ms | {naive:.2f} ms |"
            f" {naive / ours:.1f}x | {'yes' if met else 'NO'} |"
        )
    name, _, ours, naive = extra
    print(f"| {name} | - | {ours:.1f} ms | {naive:.1f} ms | {naive / ours:.1f}x | - |")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
