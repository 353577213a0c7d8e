"""The practices Kind offers, each described once: its names, its home card, its tray entry,
its command-line name, its history label and the screens it shows.

Plain data (no Qt). The home screen, the tray menu, `kindapp --practice NAME`, a second
launch, the history's labels and the screenshot tests are all generated from a
`PracticeRegistry`; app/composition.py builds one (`kind_practices()`) and hands it on, and
binds each command to what it does (app/practice_commands.py). The journal keeps what an entry's
`stored` describes; the writing flow shows its `page`; the desk flow's nudges, a nudge's click
and home's "under way" come from its `nudges`, `nudge_opens` and `under_way`. Adding a practice:
its rules in core/, its screen in its own module, its storage if it stores something, one entry
here. ARCHITECTURE.md has the recipe.

Words are marked with `tr_noop`; the UI translates them in the context "practices".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kindapp.core import kind_day
from kindapp.core.catalog import BREAK_MODE_NAMES, PracticeName
from kindapp.core.kind_day_store import KIND_DAYS
from kindapp.core.moment_kind import MomentKind
from kindapp.core.msc_entries import guided_practices
from kindapp.core.practice_parts import (
    BEGIN,
    Command,
    HomeCard,
    Nudges,
    Page,
    Practice,
    Shot,
    TrayEntry,
    UnderWay,
)
from kindapp.core.translatable import tr_noop
from kindapp.core.writing import in_the_way
from kindapp.core.writing.in_the_way_store import IN_THE_WAY

__all__ = [
    "Command",
    "HomeCard",
    "Nudges",
    "Page",
    "Practice",
    "PracticeRegistry",
    "Shot",
    "TrayEntry",
    "UnderWay",
    "kind_practices",
]


@dataclass
class PracticeRegistry:
    """The practices of one Kind, in the order home and the tray show them."""

    practices: list[Practice] = field(default_factory=list)

    def __post_init__(self) -> None:
        given, self.practices = self.practices, []
        for practice in given:
            self.register(practice)

    def register(self, practice: Practice) -> None:
        """Add a practice; refuses one whose id, command-line name or commands are taken."""
        if practice.id in {p.id for p in self.practices}:
            raise ValueError(f"a practice {practice.id!r} is registered already")
        if practice.cli_name is not None and practice.cli_name in self.cli_names():
            raise ValueError(f"the command-line name {practice.cli_name!r} is taken")
        mine = [c.id for c in practice.commands()]
        if len(set(mine)) != len(mine):
            raise ValueError(f"{practice.id!r} has a command twice")
        taken = {c.id for p in self.practices for c in p.commands()}
        if taken & set(mine):
            raise ValueError(f"commands taken: {sorted(taken & set(mine))}")
        tables = {k.table for p in self.practices for k in p.stored}
        sections = {k.export_key for p in self.practices for k in p.stored}
        for kind in practice.stored:
            if kind.table in tables or kind.export_key in sections:
                raise ValueError(f"{practice.id!r}: the journal keeps {kind.table!r} already")
        if practice.cli_name is not None and practice.start is None:
            raise ValueError(f"{practice.id!r} has a command-line name but no start command")
        self.practices.append(practice)

    def __iter__(self) -> Iterator[Practice]:
        return iter(self.practices)

    def get(self, practice_id: str) -> Practice | None:
        return next((p for p in self.practices if p.id == practice_id), None)

    def cards(self) -> list[HomeCard]:
        return [card for p in self.practices for card in p.cards]

    def tray_entries(self) -> list[TrayEntry]:
        return [p.tray for p in self.practices if p.tray is not None]

    def cli_names(self) -> tuple[str, ...]:
        return tuple(p.cli_name for p in self.practices if p.cli_name is not None)

    def by_cli_name(self, name: str) -> Practice | None:
        return next((p for p in self.practices if p.cli_name == name), None)

    def durations(self) -> tuple[str, ...]:
        """Every length any practice offers (`--mode`'s choices), each once."""
        return tuple(dict.fromkeys(d for p in self.practices for d in p.durations))

    def commands(self) -> dict[str, str]:
        """Every command any practice runs, with the words a menu shows for it (its tray
        entry's, else its home button's)."""
        found: dict[str, str] = {}
        for p in self.practices:
            if p.tray is not None:
                found[p.tray.command] = p.tray.text
            for c in p.commands():
                found.setdefault(c.id, c.text)
            if p.start is not None:
                found.setdefault(p.start, p.title)
        return found

    def history_label(self, practice_id: str, mode: str | None = None) -> str | None:
        """The untranslated label of a moment of `practice_id` (in `mode`), or None."""
        p = self.get(practice_id)
        if p is None:
            return None
        return dict(p.history_labels_by_mode).get(mode or "", p.history_label)

    def untimed(self) -> frozenset[str]:
        return frozenset(p.id for p in self.practices if not p.timed)

    def shots(self) -> list[Shot]:
        return [s for p in self.practices for s in p.shots]

    def pages(self) -> list[Practice]:
        """The practices that are pages of the main window."""
        return [p for p in self.practices if p.page is not None]

    def nudge_sources(self) -> tuple[Nudges, ...]:
        return tuple(p.nudges for p in self.practices if p.nudges is not None)

    def command_for_nudge(self, key: str) -> str | None:
        """The command a clicked nudge runs (its practice's first home command), or None."""
        for p in self.practices:
            if key in p.nudge_opens:
                return next((c.id for c in p.commands()), p.start)
        return None

    def stored_kinds(self) -> tuple[MomentKind[Any], ...]:
        """Every kind of moment the practices keep in the journal, in registry order."""
        return tuple(kind for p in self.practices for kind in p.stored)


def _kind_practices() -> Iterable[Practice]:
    yield Practice(
        id="break",
        title=tr_noop("Self-Compassion Break"),
        icon="media-playback-start",
        durations=BREAK_MODE_NAMES,
        guided_by_sound=True,
        cards=(
            HomeCard(
                tr_noop("Self-Compassion Break"),
                tr_noop("About a minute. Three short phrases for a hard moment."),
                (Command("break.quick", BEGIN, tr_noop("Begin the one-minute break"), "Primary"),),
            ),
            HomeCard(
                tr_noop("Guided Self-Compassion Break"),
                tr_noop("About five minutes, with more time for each phrase to land."),
                (Command("break.guided", BEGIN, tr_noop("Begin the five-minute guided break")),),
            ),
        ),
        tray=TrayEntry(tr_noop("Quick break"), "break.start"),
        cli_name=PracticeName.BREAK,
        start="break.start",
        history_label=tr_noop("Self-Compassion Break"),
        history_labels_by_mode=(("guided", tr_noop("Guided Self-Compassion Break")),),
    )
    yield Practice(
        id="touch",
        title=tr_noop("Soothing touch"),
        icon="emblem-favorite",
        guided_by_sound=True,
        cards=(
            HomeCard(
                tr_noop("Soothing touch"),
                tr_noop("Warmth for the body, with slow breaths and a kind phrase."),
                (Command("touch.open", tr_noop("Choose"), tr_noop("Choose a soothing touch")),),
            ),
        ),
        tray=TrayEntry(tr_noop("Soothing touch"), "touch.start"),
        cli_name=PracticeName.TOUCH,
        start="touch.start",
        history_label=tr_noop("Soothing touch"),
        shots=(Shot("touch_setup", "touch.open"),),
    )
    yield Practice(
        id="breathe",
        title=tr_noop("Breathe"),
        icon="weather-clear",
        guided_by_sound=True,
        cards=(
            HomeCard(
                tr_noop("Breathe"),
                tr_noop("Slow breathing with a calm circle, or simply your own breath."),
                (
                    Command(
                        "breathe.open", tr_noop("Choose"), tr_noop("Choose a breathing pattern")
                    ),
                ),
            ),
        ),
        tray=TrayEntry(tr_noop("Breathe"), "breathe.start"),
        cli_name=PracticeName.BREATHE,
        start="breathe.start",
        history_label=tr_noop("Breathe"),
        shots=(Shot("breathe_setup", "breathe.open"),),
    )
    yield Practice(
        id="ground",
        title=tr_noop("Grounding"),
        guided_by_sound=True,
        history_label=tr_noop("Grounding"),
    )
    yield Practice(
        id="letter",
        title=tr_noop("A letter to yourself"),
        icon="accessories-text-editor",
        cards=(
            HomeCard(
                tr_noop("A letter to yourself"),
                tr_noop("Write to yourself as a wise and loving friend would."),
                (
                    Command(
                        "letter.open", tr_noop("Write"), tr_noop("Write a compassionate letter")
                    ),
                    Command("letter.library", tr_noop("Your letters"), style="Quiet"),
                ),
            ),
        ),
        tray=TrayEntry(tr_noop("Write a letter"), "letter.open"),
        cli_name=PracticeName.LETTER,
        start="letter.open",
        history_label=tr_noop("A letter to yourself"),
        shots=(Shot("letter", "letter.open"), Shot("letters", "letter.library")),
    )
    yield Practice(
        id="reframe",
        title=tr_noop("A friend's voice"),
        cards=(
            HomeCard(
                tr_noop("A friend's voice"),
                tr_noop("Say one harsh thought again, the way you'd say it to a friend."),
                (
                    Command(
                        "reframe.open", BEGIN, tr_noop("Begin the compassionate friend reframe")
                    ),
                    Command("reframe.library", tr_noop("Past reframes"), style="Quiet"),
                ),
            ),
        ),
        cli_name=PracticeName.REFRAME,
        start="reframe.open",
        history_label=tr_noop("A friend's voice"),
        shots=(Shot("reframe", "reframe.open"), Shot("reframes", "reframe.library")),
    )
    yield Practice(
        id="way",
        title=tr_noop("What's in the way?"),
        cards=(
            HomeCard(
                tr_noop("What's in the way?"),
                tr_noop(
                    "When something is hard to start, look kindly at why, and find one small step."
                ),
                (Command("way.open", BEGIN, tr_noop("Begin: what's in the way?")),),
            ),
        ),
        history_label=tr_noop("What's in the way?"),
        shots=(Shot("in_the_way", "way.open"),),
        stored=(IN_THE_WAY,),
        page=Page("in_the_way", "kindapp.ui.writing.in_the_way_screen", "way.open"),
        nudges=in_the_way.pending_nudges,
    )
    yield Practice(
        id="kind_day",
        title=tr_noop("A kind day"),
        cards=(
            HomeCard(
                tr_noop("A kind day"),
                tr_noop("One day of treating yourself as you'd treat a good friend."),
                (
                    Command(
                        "kind_day.open",
                        BEGIN,
                        tr_noop("Begin a kind day"),
                        under_way=(tr_noop("Look back"), tr_noop("Look back on your kind day")),
                    ),
                ),
            ),
        ),
        history_label=tr_noop("A kind day"),
        timed=False,
        shots=(Shot("kind_day", "kind_day.open"),),
        stored=(KIND_DAYS,),
        page=Page("kind_day", "kindapp.ui.writing.kind_day_screen", "kind_day.open", "day"),
        nudges=kind_day.pending_nudges,
        nudge_opens=(kind_day.EVENING_KEY,),
        under_way=kind_day.going_on,
    )
    journal = PracticeName.SELF_COMPASSION_JOURNAL
    yield Practice(
        id=journal.value,
        title=tr_noop("Self-compassion journal"),
        cards=(
            HomeCard(
                tr_noop("Self-compassion journal"),
                tr_noop(
                    "In the evening, a few lines about something hard today, in three short turns."
                ),
                (
                    Command(
                        f"{journal.value}.open",
                        tr_noop("Write"),
                        tr_noop("Write today's entry in your self-compassion journal"),
                    ),
                ),
            ),
        ),
        tray=TrayEntry(tr_noop("Self-compassion journal"), f"{journal.value}.open"),
        cli_name=journal,
        start=f"{journal.value}.open",
        history_label=tr_noop("Self-compassion journal"),
        shots=(Shot("journal_entry", f"{journal.value}.open"),),
    )
    yield Practice(
        id="catch",
        title=tr_noop("Catch a harsh thought"),
        cards=(
            HomeCard(
                tr_noop("Catch a harsh thought"),
                tr_noop(
                    "When the critic speaks up, write it down in a few seconds and go on with "
                    "your day. It waits, privately, in “A friend's voice”."
                ),
                (Command("catch.open", tr_noop("Catch one"), tr_noop("Catch a harsh thought")),),
                wide=True,
            ),
        ),
        tray=TrayEntry(tr_noop("Catch a harsh thought"), "catch.open"),
    )

    yield from guided_practices()

    # A kind word from your past self (core/past_self.py): offered after a heavy check-in or on
    # a letter's anniversary; `--practice past-self` asks for one. No card, no tray line: it is
    # an offer, not something to start, and it keeps no moments of its own.
    past = PracticeName.PAST_SELF
    yield Practice(
        id=past.value,
        title=tr_noop("A kind word from your past self"),
        cli_name=past,
        start=f"{past.value}.open",
        timed=False,
        shots=(Shot("past_self", f"{past.value}.open"),),
    )


def kind_practices() -> PracticeRegistry:
    """Kind's own practices, in a registry of their own (a fresh one each call: a test may
    register more in it without touching anyone else's)."""
    return PracticeRegistry(list(_kind_practices()))
