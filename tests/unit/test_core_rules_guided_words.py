"""Every word a guided practice shows or reads (each step's title, text and hint, in both
lengths) has a finished German translation in the context the practice screen translates it
in ("practices"): a German speaker never meets an English step. Also what a practice run
records when it ends (kindapp.core.practices.msc, kindapp.core.practice_run)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest

from kindapp.core.clock import FakeClock
from kindapp.core.practice_run import PracticeRun
from kindapp.core.practices import BREAK_QUICK
from kindapp.core.practices.giving_receiving import RATIOS, giving_receiving_practice
from kindapp.core.practices.msc import GUIDED, guided_for
from kindapp.core.practices.phrases import (
    MAX_PHRASE_CHARS,
    MAX_PHRASES,
    clean_phrase,
    keep_phrases,
)
from kindapp.core.practices.soften_soothe_allow import (
    MAX_EMOTION_CHARS,
    clean_emotion,
    soften_practice,
)
from kindapp.core.records import PracticeRecord
from kindapp.resources import data_dir


def _german() -> dict[str, str]:
    root = ET.fromstring(
        (data_dir("assets") / "translations" / "kind_de.ts").read_text(encoding="utf-8")
    )
    out: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != "practices":
            continue
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[msg.findtext("source") or ""] = tr.text
    return out


@pytest.mark.parametrize("mode", ["guided", "short"])
@pytest.mark.parametrize("name", [n.value for n in GUIDED])
def test_every_step_of_a_guided_practice_is_translated_into_german(name: str, mode: str) -> None:
    german = _german()
    practice = guided_for(name, mode)
    words = [w for s in practice.steps for w in (s.title, s.text, s.hint) if w]
    assert len(words) >= 2 * len(practice.steps)  # every step has a title and a text
    # the phrases meditation shows its phrases one to a line (Kind's examples here)
    missing = [w for w in words if w not in german and any(p not in german for p in w.split("\n"))]
    assert missing == [], f"{name} ({mode}): not translated: {missing}"
    ids = [s.id for s in practice.steps]
    assert len(set(ids)) == len(ids) and all(i and i == i.lower() for i in ids)


class _Quiet:
    scheduling = False

    def play(self, cue: str) -> None: ...

    def schedule(self, cues: object) -> None: ...

    def end_practice(self) -> None: ...


def test_a_finished_practice_is_recorded_with_its_times_and_the_check_in_before() -> None:
    clock = FakeClock()
    wall = [datetime(2026, 12, 3, 8, 0, tzinfo=UTC)]
    records: list[PracticeRecord] = []
    run = PracticeRun(BREAK_QUICK, clock, _Quiet(), records.append, wall_now=lambda: wall[0])
    run.before = (6, "tight chest")
    run.start()
    wall[0] += timedelta(seconds=BREAK_QUICK.total_s)
    clock.advance(BREAK_QUICK.total_s)
    run.session.tick()
    (record,) = records
    assert record.started_at == datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    assert record.ended_at == wall[0]
    assert (record.before, record.words_before) == (6, "tight chest")
    assert record.outcome == "finished"


@pytest.mark.parametrize("name", [n.value for n in GUIDED])
def test_a_guided_practice_is_called_by_its_translated_title(name: str) -> None:
    german = _german()
    for mode in ("guided", "short"):
        title = guided_for(name, mode).title
        assert title in german and german[title] != title


def test_the_exchange_step_is_called_by_the_ratio_chosen() -> None:
    german = _german()
    for r in RATIOS:
        practice = giving_receiving_practice("short", r.id)
        titles = {s.id: s.title for s in practice.steps}
        assert titles["exchange"] == r.name and r.name in german
        assert [t for i, t in titles.items() if i != "exchange" and t == r.name] == []


def test_a_phrase_fits_one_breath_and_two_to_four_are_kept_each_once() -> None:
    assert clean_phrase("may  I be kind") == "May I be kind."
    assert clean_phrase("am I safe?") == "Am I safe?"
    longest = "a" * MAX_PHRASE_CHARS
    assert clean_phrase(longest) == "A" + "a" * (MAX_PHRASE_CHARS - 1) + "."
    with pytest.raises(ValueError, match=f"at most {MAX_PHRASE_CHARS} characters"):
        clean_phrase(longest + "a")
    with pytest.raises(ValueError, match="a phrase needs a few words"):
        clean_phrase("  \n ")
    four = keep_phrases(["May I be kind", "may I be kind!", "I'm here", "", "Rest", "Be"])
    assert four == ("May I be kind.", "I'm here.", "Rest.", "Be.")
    assert len(four) == MAX_PHRASES
    with pytest.raises(ValueError, match="keep 2 to 4 phrases, not 5"):
        keep_phrases(["One", "Two", "Three", "Four", "Five"])


def test_an_emotions_name_is_tidied_and_no_longer_than_a_name() -> None:
    assert clean_emotion("  quiet   grief ") == "quiet grief"
    name = "g" * MAX_EMOTION_CHARS
    assert clean_emotion(name) == name
    with pytest.raises(ValueError, match=f"at most {MAX_EMOTION_CHARS} characters"):
        clean_emotion(name + "g")
    # without a name given, the practice names no emotion: its words are Kind's own
    german = _german()
    plain = soften_practice("short")
    assert all(s.text in german for s in plain.steps)
