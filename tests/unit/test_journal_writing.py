"""The journal's writing practices: letters (full-text search, undo, reread dates), the draft
memory, and friend reframes."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kindapp.core.journal import EntryMissing, Journal, JournalError, fts_query
from kindapp.core.records import RATING_PAIRS, Letter

T0 = datetime(2026, 11, 22, 8, 0, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.t = T0

    def __call__(self) -> datetime:
        return self.t

    def advance(self, seconds: float = 1.0) -> None:
        self.t += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def j(tmp_path, clock):
    journal = Journal(tmp_path / "data" / "journal.sqlite3", now=clock)
    yield journal
    journal.close()


# -- letters -----------------------------------------------------------------------------------


def test_letter_round_trip_and_autosave(j, clock):
    letter = j.create_letter()
    assert letter.title == "" and letter.body == "" and letter.reread_on is None
    assert len(letter.uid) == 32 and int(letter.uid, 16) >= 0
    assert letter.created == letter.updated == T0
    assert j.get_letter(letter.id) == letter

    clock.advance(90)
    saved = j.save_letter(letter.id, "To me", "Dear one,\n\nYou did your best.")
    assert saved.updated == T0 + timedelta(seconds=90) and saved.created == T0
    assert saved.uid == letter.uid and saved.id == letter.id
    assert j.get_letter(letter.id) == saved
    clock.advance(1)
    again = j.save_letter(letter.id, "To me", "Dear one,\n\nYou did your best.")  # no change
    assert again.updated == T0 + timedelta(seconds=91) and again.body == saved.body
    assert j.get_letter(999) is None
    with pytest.raises(EntryMissing, match="not in the journal"):
        j.save_letter(999, "x", "y")


def test_library_is_newest_first_with_snippets_and_word_counts(j, clock):
    a = j.create_letter("First", "one two three")
    clock.advance()
    b = j.create_letter("Second", "  lots\n\n of   \t space  " + "word " * 100)
    clock.advance()
    j.save_letter(a.id, "First, edited", "one two three four")
    library = j.letters()
    assert [s.id for s in library] == [a.id, b.id]
    first, second = library
    assert (first.title, first.snippet, first.words) == ("First, edited", "one two three four", 4)
    assert first.updated == T0 + timedelta(seconds=2)
    assert second.snippet.startswith("lots of space word word")
    assert second.snippet.endswith("…") and len(second.snippet) <= 161
    assert second.words == 103


def test_same_second_ties_keep_a_stable_order(j):
    ids = [j.create_letter(f"L{i}").id for i in range(5)]
    assert [s.id for s in j.letters()] == ids[::-1]


def test_search_finds_words_by_prefix_ignoring_case_and_accents(j, clock):
    kind = j.create_letter("Morning", "Be gentle. Kindness is not weakness.")
    clock.advance()
    cafe = j.create_letter("Café talk", "At the CAFÉ I remembered Émile, who was kind to me.")
    clock.advance()
    j.create_letter("Other", "Nothing here about that.")
    assert [s.id for s in j.search_letters("kin")] == [cafe.id, kind.id]  # newest first
    assert [s.id for s in j.search_letters("kindness")] == [kind.id]
    assert [s.id for s in j.search_letters("cafe")] == [cafe.id]
    assert [s.id for s in j.search_letters("EMILE")] == [cafe.id]
    assert [s.id for s in j.search_letters("émile remem")] == [cafe.id]  # all words, last a prefix
    assert [s.id for s in j.search_letters("gentle emile")] == []
    assert [s.id for s in j.search_letters("talk")] == [cafe.id]  # titles count too
    assert len(j.search_letters("")) == len(j.search_letters("   ")) == 3  # empty = all


def test_search_snippet_is_around_the_match(j):
    body = (
        "Start of the letter. "
        + "filler words here " * 40
        + "The quiet garden waits. "
        + "end " * 80
    )
    letter = j.create_letter("Long", body)
    (hit,) = j.search_letters("garden")
    assert hit.id == letter.id
    assert "The quiet garden waits." in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 162 and "\n" not in hit.snippet
    (title_only,) = j.search_letters("long")  # match in the title: the body's start
    assert title_only.snippet.startswith("Start of the letter.")
    (early,) = j.search_letters("filler")
    assert early.snippet.startswith("Start of the letter. filler")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "'",
        "(",
        ")",
        "*",
        "-",
        "^",
        ":",
        "AND",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(a b)",
        "title:kind",
        "body:x",
        'he said "hi',
        "kind*",
        "a OR b",
        "(kind)",
        "{title}: kind",
        "+",
        "\\",
        "\x00",
        "kind\x00x",
        "😀",
        "ー",
        "ß",
        "İstanbul",
        "kind -gentle",
        "^kind",
        "k*i*n*d",
        "\u200b",
        "a" * 5000,
    ],
)
def test_any_text_is_a_safe_search(j, query):
    j.create_letter("t", 'kind words, said gently: "hi" (AND) OR NOT title: x')
    result = j.search_letters(query)
    assert isinstance(result, list)


def test_operators_are_searched_as_words(j):
    j.create_letter("a", "you AND me")
    j.create_letter("b", "you or me")
    assert len(j.search_letters("AND")) == 1
    assert len(j.search_letters("OR")) == 1
    assert len(j.search_letters('"me')) == 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_fts_query_never_breaks_fts5(text):
    import sqlite3

    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE f USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO f VALUES ('some kind text')")
    match = fts_query(text)
    if match is not None:
        db.execute("SELECT * FROM f WHERE f MATCH ?", (match,)).fetchall()


def test_delete_then_undo_puts_the_letter_back_whole(j, clock):
    letter = j.create_letter("Keep me", "Words worth keeping.")
    j.set_reread(letter.id, date(2026, 12, 1))
    clock.advance(5)
    other = j.create_letter("Other", "x")
    deleted = j.delete_letter(letter.id)
    assert deleted == Letter(
        letter.id, letter.uid, "Keep me", "Words worth keeping.", T0, T0, date(2026, 12, 1)
    )
    assert j.get_letter(letter.id) is None and j.search_letters("worth") == []
    assert [s.id for s in j.letters()] == [other.id]
    with pytest.raises(EntryMissing):
        j.delete_letter(letter.id)

    clock.advance(5)
    newer = j.create_letter("Newer", "y")  # ids are never reused
    assert newer.id not in (letter.id, other.id)
    restored = j.restore_letter(deleted)
    assert restored == deleted
    assert j.get_letter(letter.id) == deleted
    assert [s.id for s in j.search_letters("worth")] == [letter.id]
    assert j.restore_letter(deleted) == deleted  # twice is harmless
    assert len(j.letters()) == 3


def test_reread_dates_and_letters_due(j, clock):
    a = j.create_letter("a", "aaa")
    b = j.create_letter("b", "bbb")
    c = j.create_letter("c", "ccc")
    j.set_reread(a.id, date(2026, 12, 10))
    j.set_reread(b.id, date(2026, 12, 1))
    j.set_reread(c.id, date(2027, 1, 1))
    assert j.letters_due(date(2026, 11, 30)) == []
    assert [s.id for s in j.letters_due(date(2026, 12, 10))] == [b.id, a.id]
    assert j.get_letter(a.id).reread_on == date(2026, 12, 10)
    j.set_reread(a.id, None)
    assert [s.id for s in j.letters_due(date(2026, 12, 31))] == [b.id]
    assert j.get_letter(a.id).reread_on is None
    with pytest.raises(EntryMissing):
        j.set_reread(999, date(2026, 12, 1))


def test_meta_remembers_the_open_draft(tmp_path, clock):
    path = tmp_path / "journal.sqlite3"
    with Journal(path, now=clock) as j:
        assert j.get_meta("open_letter") is None
        letter = j.create_letter("Draft", "half a thought")
        j.set_meta("open_letter", str(letter.id))
        j.set_meta("open_letter", str(letter.id))  # overwrite is fine
    with Journal(path, now=clock) as j:
        assert j.get_meta("open_letter") == str(letter.id)
        assert j.get_letter(int(j.get_meta("open_letter"))).body == "half a thought"
        j.set_meta("open_letter", None)
        assert j.get_meta("open_letter") is None


def test_non_text_is_refused(j):
    with pytest.raises(ValueError, match="body must be text"):
        j.create_letter("t", None)


# -- reframes ----------------------------------------------------------------------------------


def reframe_args(**over):
    args = dict(
        critical="You always mess this up.",
        person="Sam",
        would_say="no",
        kind_version="You're learning, and that's hard.",
        ratings_critical={"motivated": -2, "empowered": -1, "validated": -2},
        ratings_kind={"motivated": 1, "empowered": 2, "validated": 2},
    )
    args.update(over)
    return args


def test_reframe_round_trip_and_order(j, clock):
    first = j.add_reframe(**reframe_args())
    clock.advance()
    second = j.add_reframe(**reframe_args(would_say="not sure", ratings_kind={}))
    assert first.ratings_critical == {"motivated": -2, "empowered": -1, "validated": -2}
    assert j.get_reframe(first.id) == first
    assert j.get_reframe(second.id).ratings_kind == {}
    assert [r.id for r in j.reframes()] == [second.id, first.id]
    assert first.created == T0 and len(first.uid) == 32 and first.uid != second.uid
    assert j.get_reframe(999) is None
    assert j.add_reframe(**reframe_args(would_say="")).would_say == ""


@pytest.mark.parametrize(
    ("over", "message"),
    [
        ({"would_say": "maybe"}, "would_say must be one of"),
        ({"would_say": None}, "would_say must be one of"),
        ({"ratings_critical": {"happy": 1}}, "unknown feeling 'happy'"),
        ({"ratings_kind": {"motivated": 3}}, "from -2 to 2"),
        ({"ratings_kind": {"motivated": -3}}, "from -2 to 2"),
        ({"ratings_kind": {"motivated": 1.5}}, "whole number"),
        ({"ratings_kind": {"motivated": True}}, "whole number"),
        ({"ratings_kind": {"motivated": "2"}}, "whole number"),
        ({"ratings_kind": [1, 2]}, "must be a mapping"),
        ({"critical": 5}, "critical must be text"),
    ],
)
def test_reframe_validation(j, over, message):
    with pytest.raises(ValueError, match=message):
        j.add_reframe(**reframe_args(**over))
    assert j.reframes() == []


def test_reframe_delete_and_undo(j, clock):
    keep = j.add_reframe(**reframe_args())
    gone = j.delete_reframe(keep.id)
    assert gone == keep and j.reframes() == []
    with pytest.raises(EntryMissing):
        j.delete_reframe(keep.id)
    clock.advance()
    j.add_reframe(**reframe_args(person="Alex"))
    assert j.restore_reframe(gone) == keep
    assert j.restore_reframe(gone) == keep
    assert [r.person for r in j.reframes()] == ["Alex", "Sam"]


def test_rating_pairs_are_the_three_from_the_practice():
    assert RATING_PAIRS == ("motivated", "empowered", "validated")


def test_a_closed_journal_says_so(tmp_path):
    j = Journal(tmp_path / "j.sqlite3")
    j.close()
    j.close()  # idempotent
    with pytest.raises(JournalError, match="closed"):
        j.letters()


def test_many_letters_keep_search_and_library_consistent(j, clock):
    words = itertools.cycle(["alpha", "beta", "gamma", "delta"])
    made = []
    for i in range(60):
        clock.advance()
        made.append(j.create_letter(f"n{i}", f"{next(words)} {next(words)} body {i}"))
    for letter in made[::3]:
        j.delete_letter(letter.id)
    for letter in made[1::3]:
        clock.advance()
        j.save_letter(letter.id, letter.title, "omega only")
    remaining = {s.id for s in j.letters()}
    assert len(remaining) == 40
    assert {s.id for s in j.search_letters("omega")} == {m.id for m in made[1::3]}
    assert {s.id for s in j.search_letters("body")} == {m.id for m in made[2::3]}
    check = j._conn.execute(
        "INSERT INTO letter_fts(letter_fts, rank) VALUES ('integrity-check', 1)"
    )
    assert check is not None
