"""The MSC course's guided practices, each one entry of the practice registry
(kindapp.core.practice_registry): affectionate breathing, your kind phrases (with finding them
first), soften soothe allow, giving and receiving compassion, the compassionate body scan.
Plain data (no Qt); words marked with `tr_noop` (context "practices")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kindapp.core.catalog import PracticeName
from kindapp.core.practice_parts import BEGIN, Command, HomeCard, Practice, Shot, TrayEntry
from kindapp.core.translatable import tr_noop

GUIDED_LENGTHS = ("guided", "short")
"""The MSC course's guided practices come long (guided) and short (core/practices/guided)."""


def _guided(
    name: PracticeName,
    title: str,
    text: str,
    begin: str,
    short: str,
    icon: str = "",
    shots: tuple[Shot, ...] = (),
) -> Practice:
    """One of the MSC course's guided practices: a card with Begin (the long one) and Short,
    a tray line, `--practice NAME` (with `--mode short`), its history label. Its commands:
    NAME.begin and NAME.short from home (with the check-in first), NAME.start from the tray
    and the command line (straight in)."""
    return Practice(
        id=name.value,
        title=title,
        icon=icon,
        durations=GUIDED_LENGTHS,
        guided_by_sound=True,
        cards=(
            HomeCard(
                title,
                text,
                (
                    Command(f"{name.value}.begin", BEGIN, begin),
                    Command(f"{name.value}.short", tr_noop("Short"), short, "Quiet"),
                ),
            ),
        ),
        tray=TrayEntry(title, f"{name.value}.start"),
        cli_name=name,
        start=f"{name.value}.start",
        history_label=title,
        shots=shots,
    )


def guided_practices() -> Iterable[Practice]:
    yield _guided(
        PracticeName.AFFECTIONATE_BREATHING,
        tr_noop("Affectionate breathing"),
        tr_noop("Let your body breathe by itself, and let the breath soothe you."),
        tr_noop("Begin affectionate breathing, about ten minutes"),
        tr_noop("Short affectionate breathing, about three minutes"),
    )
    yield _finding_phrases(
        _guided(
            PracticeName.PHRASES,
            tr_noop("Your kind phrases"),
            tr_noop("A few kind words of your own, said slowly with the breath."),
            tr_noop("Begin the meditation with your phrases, about ten minutes"),
            tr_noop("Short meditation with your phrases, about three minutes"),
        )
    )
    yield _guided(
        PracticeName.SOFTEN,
        tr_noop("Soften, soothe, allow"),
        tr_noop("Meet a difficult feeling where it sits in the body, gently."),
        tr_noop("Begin soften, soothe, allow, about twelve minutes"),
        tr_noop("Short soften, soothe, allow, about five minutes"),
        shots=(Shot("soften_setup", f"{PracticeName.SOFTEN}.begin"),),
    )
    yield _guided(
        PracticeName.GIVING_RECEIVING,
        tr_noop("Giving and receiving compassion"),
        tr_noop("Breathe in kindness for yourself, and out for someone who is struggling."),
        tr_noop("Begin giving and receiving compassion, about twelve minutes"),
        tr_noop("Short giving and receiving, about five minutes"),
        shots=(Shot("giving_setup", f"{PracticeName.GIVING_RECEIVING}.begin"),),
    )
    yield _guided(
        PracticeName.BODY_SCAN,
        tr_noop("Compassionate body scan"),
        tr_noop("From the feet to the head, meeting each part of your body kindly."),
        tr_noop("Begin the compassionate body scan, about twenty minutes"),
        tr_noop("Short body scan, about eight minutes"),
    )


def _finding_phrases(practice: Practice) -> Practice:
    """The phrase meditation begins with finding the phrases (a writing step of its own):
    its card offers it first, and the tray and `--practice phrases` (with `--mode` the
    meditation's length) open it; Begin and Short go straight to the meditation with the
    phrases kept in My words."""
    find = f"{PracticeName.PHRASES.value}.find"
    card = practice.cards[0]
    finding = Command(
        find,
        tr_noop("Find them"),
        tr_noop("Find your phrases, then a meditation with them"),
        "Primary",
    )
    return replace(
        practice,
        cards=(replace(card, buttons=(finding, *card.buttons)),),
        tray=TrayEntry(practice.title, find),
        start=find,
        shots=(Shot("find_phrases", find),),
    )
