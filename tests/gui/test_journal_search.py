"""The self-compassion journal's entries are found by the letters' search: while searching,
the entries with the words show under the letters, with their day and turns; not searching,
or nothing found, nothing is shown."""

from __future__ import annotations

from datetime import date

from kindapp.core.navigation import Screen


def test_the_letters_search_finds_journal_entries_too(kind, qtbot, snap) -> None:  # type: ignore[no-untyped-def]
    c = kind.controller
    j = c.journal()
    j.create_letter("After the meeting", "Dear me, the meeting went badly and that is okay.")
    j.add_journal_entry(date(2026, 11, 30), "The meeting with Ruth went badly", "", "Rest now")
    j.add_journal_entry(date(2026, 12, 1), "A quiet walk", "Everyone has slow days", "")
    c.actions.run("letter.library")
    page = kind.window.page(Screen.LETTERS)
    hits = page.journal_hits
    assert kind.window.current_screen() is Screen.LETTERS and not hits.isVisible()

    page.search.setText("meeting")
    page.refresh()
    assert page.model.rowCount() == 1  # the letter
    assert hits.isVisible() and [e.day for e in hits.entries] == [date(2026, 11, 30)]
    texts = [lab.text() for lab in hits.widget().findChildren(type(page.empty_text))]
    assert "The meeting with Ruth went badly\nRest now" in texts
    snap(kind.window, "letters-search-journal")

    page.search.setText("walk")
    page.refresh()
    assert page.model.rowCount() == 0 and hits.isVisible()
    assert [e.day for e in hits.entries] == [date(2026, 12, 1)]

    page.search.setText("holiday")
    page.refresh()
    assert not hits.isVisible() and hits.entries == []
    page.search.clear()
    page.refresh()
    assert not hits.isVisible() and page.model.rowCount() == 1
