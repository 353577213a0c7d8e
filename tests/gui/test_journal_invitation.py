"""The journal's evening invitation in the real window: chosen in Settings (off by default),
it is armed on the nudge timer; shown, its words are Kind's own; clicked, today's entry opens;
on a day with an entry it is let pass."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QScrollArea

from kindapp.core import journal_invitation as invite
from kindapp.core.navigation import Nav, Screen
from kindapp.core.reminders import OneOff


def test_chosen_in_settings_it_invites_in_the_evening_and_opens_the_entry(kind, qtbot, snap):  # type: ignore[no-untyped-def]
    c = kind.controller
    w = kind.window
    assert c.settings.journal_invitation == ""
    assert all(i.key != invite.KEY for i in c.desk._pending_nudges(datetime.now().astimezone()))
    c.nav.go(Nav.OPEN_SETTINGS)
    page = w.page(Screen.SETTINGS)
    assert not page.journal_evening.isChecked() and not page.journal_evening_at.isEnabled()
    page.journal_evening.click()
    page.journal_evening_at.setTime(QTime(20, 45))
    assert c.settings.journal_invitation == "20:45"
    area = page.findChild(QScrollArea)
    area.ensureWidgetVisible(page.past_self, 0, 200)  # the past-self line, then the journal's
    snap(w, "settings-past-self-line")
    area.ensureWidgetVisible(page.journal_evening_at, 0, 120)
    snap(w, "settings-journal-invitation")
    pending = [i for i in c.desk.nudges._items if i.key == invite.KEY]
    assert pending and all(i.at.strftime("%H:%M") == "20:45" for i in pending)

    # Shown beside the tray: Kind's own words; clicked: today's entry.
    told: list[Any] = []
    c.tray.tell = lambda *a, **k: told.append((a, k))
    item = OneOff(datetime.now().astimezone(), invite.KEY, invite.TITLE, invite.TEXT)
    c.desk.on_nudge_due(item)
    ((title, text), _kw) = told[0]
    assert (title, text) == (invite.TITLE, invite.TEXT)
    c.tray.messageAction.emit(invite.KEY)
    assert w.current_screen() is Screen.JOURNAL_ENTRY

    # Once today has an entry, a due invitation is let pass.
    c.journal().add_journal_entry(datetime.now().astimezone().date(), "A hard call", "", "")
    c.desk.on_nudge_due(item)
    assert len(told) == 1
    assert all(
        i.at.date() != datetime.now().astimezone().date()
        for i in c.desk._pending_nudges(datetime.now().astimezone())
        if i.key == invite.KEY
    )

    # Off again: nothing pending.
    c.nav.go(Nav.HOME)
    c.nav.go(Nav.OPEN_SETTINGS)
    page.journal_evening.click()
    assert c.settings.journal_invitation == ""
    assert all(i.key != invite.KEY for i in c.desk.nudges._items)
