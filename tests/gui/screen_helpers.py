"""Helpers for GUI tests that build one screen on its own (not through the app's wiring)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def show(qtbot: Any, widget: Any, w: int = 860, h: int = 600) -> Any:
    """Show `widget` as its own active window on the test X server, and wait until it is."""
    qtbot.addWidget(widget)
    widget.resize(w, h)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5000)
    return widget


def paths_under(root: Path) -> Any:
    """Where a Kind built by make_kind(root) keeps its files (config, journal, logs)."""
    from kindapp.core.paths import Paths

    return Paths(
        root / "config" / "kindapp",
        root / "data" / "kindapp",
        root / "state" / "kindapp" / "log",
    )


def fill_journal(root: Path) -> dict[str, int]:
    """Practices (with check-ins), letters and reframes in the journal a Kind at `root` opens,
    as if it had been used for a few days. Returns how many of each."""
    from datetime import UTC, datetime, timedelta

    from kindapp.core.journal import Journal
    from kindapp.core.kind_day_store import start_kind_day
    from kindapp.core.records import PracticeRecord

    path = paths_under(root).journal_file
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    journal = Journal(path)
    now = datetime.now(UTC).replace(microsecond=0)
    practices = [
        ("break", "quick", 2, 60.0, 6, 4),
        ("touch", "hand-on-heart", 5, 120.0, None, None),
        ("breathe", "six", 26, 300.0, 5, 5),
        ("break", "guided", 50, 290.0, 7, 3),
    ]
    try:
        for practice, mode, hours_ago, secs, before, after in practices:
            start = now - timedelta(hours=hours_ago)
            journal.record_practice(
                PracticeRecord(
                    practice,
                    mode,
                    start,
                    start + timedelta(seconds=secs),
                    secs,
                    "finished",
                    before=before,
                    after=after,
                )
            )
        letters = [
            ("When the project slipped", "Dear me, of course you're tired. Rest now."),
            ("", "You were hurt, and you said something sharp. You can repair it."),
            ("At the ocean", "Nobody expects you to hold everything."),
        ]
        for title, body in letters:
            journal.create_letter(title, body)
        journal.add_reframe("Stupid.", "Ana", "no", "Ana, everyone slips. You're learning.", {}, {})
        journal.add_reframe("Too slow.", "a friend", "not sure", "This pace is okay.", {}, {})
        journal.catch_thought("You always leave everything to the last minute.")
        journal.catch_thought("Nobody wants to hear from you.")
        from kindapp.core.reminders import local_zone

        today = datetime.now(local_zone())
        start_kind_day(journal, today.date(), "Be as patient with me as with Ana", started=today)
    finally:
        journal.close()
    return {"practices": len(practices), "letters": len(letters), "reframes": 2, "caught": 2}


def words_settled(qtbot: Any, page: Any) -> None:
    """The practice page's step words have faded in. The fade is a real 700 ms animation: its
    time is stepped to the end (as the FakeClock steps a practice), and the words must then be
    drawn whole, with the fade's effect off again (it is on only while the words fade in)."""
    from PySide6.QtCore import QAbstractAnimation

    anim = page._fade_anim
    if anim.state() is QAbstractAnimation.State.Running:
        anim.setCurrentTime(anim.totalDuration())
    qtbot.waitUntil(
        lambda: page._fade.opacity() > 0.99 and not page._fade.isEnabled(), timeout=3000
    )
