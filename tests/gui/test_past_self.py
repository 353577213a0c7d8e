"""A kind word from your past self in the real window: after a heavy check-in one earlier
letter is offered, read on the same page, declined with one key, turned off (Settings shows
it off and no offer follows); a locked journal offers nothing; a letter's anniversary is
offered when Kind is opened; asked for, one comes even when the offers are off."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from screen_helpers import paths_under

from kindapp.core.journal import Journal
from kindapp.core.journal.cipher import Kdf, LockState
from kindapp.core.navigation import Nav, Screen
from kindapp.core.past_self import META_KEY, Moment

LETTER_BODY = "You were carrying a lot that spring, and you kept going. That took courage."
KIND_VERSION = "You were tired, not useless."


def seed(root: Path, *, days_ago: int = 40, reframe: bool = False) -> None:
    """A letter (and a reframe) written `days_ago` days ago, in the journal Kind opens."""
    path = paths_under(root).journal_file
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    then = datetime.now(UTC).replace(microsecond=0) - timedelta(days=days_ago)
    with Journal(path, now=lambda: then) as j:
        j.create_letter("When the project fell through", LETTER_BODY)
        if reframe:
            j.add_reframe("I'm useless", "Sam", "no", KIND_VERSION, {}, {})


def heavy_check_in_after_a_practice(kind, qtbot, heaviness: Qt.Key = Qt.Key.Key_8) -> None:  # type: ignore[no-untyped-def]
    kind.controller.start_break("quick")  # from the tray: no check-in before
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()
    page = kind.window.page(Screen.CHECKIN)
    assert kind.window.current_screen() is Screen.CHECKIN
    qtbot.keyClick(page, heaviness)
    qtbot.keyClick(page, Qt.Key.Key_Return)


def test_after_a_heavy_check_in_an_earlier_letter_is_offered_and_read(
    make_kind, tmp_path, qtbot, snap
) -> None:
    seed(tmp_path)
    kind = make_kind(tmp_path)
    w = kind.window
    heavy_check_in_after_a_practice(kind, qtbot)
    assert w.current_screen() is Screen.PAST_SELF
    page = w.page(Screen.PAST_SELF)
    month = (date.today() - timedelta(days=40)).strftime("%B")
    assert page.offer.text().startswith("You wrote something to yourself in ")
    assert month in page.offer.text()
    assert LETTER_BODY not in page.offer.text() and not page.words.isVisible()
    assert w.focusWidget() is page.read_button
    snap(w, "past-self-offer")
    qtbot.keyClick(page.read_button, Qt.Key.Key_Return)
    assert page.words.isVisible() and page.words.text() == LETTER_BODY
    assert page.title.text() == "When the project fell through"
    assert w.focusWidget() is page.done_button
    snap(w, "past-self-read")
    qtbot.keyClick(page.done_button, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.DONE  # what follows a check-in follows it
    # It was offered today: the next heavy check-in today offers nothing.
    heavy_check_in_after_a_practice(kind, qtbot, Qt.Key.Key_9)
    assert w.current_screen() is Screen.DONE
    stored = Journal(kind.paths.journal_file, writer=False).get_meta(META_KEY)
    assert stored is not None and date.today().isoformat() in stored


def test_a_light_check_in_or_a_fresh_letter_offers_nothing(make_kind, tmp_path, qtbot) -> None:
    seed(tmp_path, days_ago=3)  # not the past yet
    kind = make_kind(tmp_path)
    heavy_check_in_after_a_practice(kind, qtbot, Qt.Key.Key_9)
    assert kind.window.current_screen() is Screen.DONE
    then = datetime.now(UTC) - timedelta(days=60)
    kind.controller.journal().add_letter("old", "Then", "Dear me", then, then)
    heavy_check_in_after_a_practice(kind, qtbot, Qt.Key.Key_5)
    assert kind.window.current_screen() is Screen.DONE
    heavy_check_in_after_a_practice(kind, qtbot, Qt.Key.Key_7)
    assert kind.window.current_screen() is Screen.PAST_SELF


def test_not_now_with_one_key_and_turning_it_off(make_kind, tmp_path, qtbot, snap) -> None:
    seed(tmp_path, reframe=True)
    kind = make_kind(tmp_path)
    w = kind.window
    heavy_check_in_after_a_practice(kind, qtbot)
    page = w.page(Screen.PAST_SELF)
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # Not now
    assert w.current_screen() is Screen.DONE
    assert kind.controller.settings.past_self_offers is True  # declining changes nothing else

    # The next day it may be offered again; this time: don't offer these.
    kind.controller.care._today = lambda: date.today() + timedelta(days=1)
    heavy_check_in_after_a_practice(kind, qtbot)
    assert w.current_screen() is Screen.PAST_SELF
    assert page.offer.text().startswith("In ")  # the reframe now: the letter was offered
    qtbot.mouseClick(page.off_button, Qt.MouseButton.LeftButton)
    assert kind.controller.settings.past_self_offers is False
    assert page.offer.text().startswith("Kind won't offer these any more.")
    snap(w, "past-self-turned-off")
    qtbot.keyClick(page.done_button, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.DONE

    # Settings shows it off, and turns it on again.
    kind.controller.care._today = lambda: date.today() + timedelta(days=2)
    heavy_check_in_after_a_practice(kind, qtbot, Qt.Key.Key_9)
    assert w.current_screen() is Screen.DONE
    kind.controller.nav.go(Nav.OPEN_SETTINGS)
    settings = w.page(Screen.SETTINGS)
    assert settings.past_self.isChecked() is False
    settings.past_self.click()
    assert kind.controller.settings.past_self_offers is True
    heavy_check_in_after_a_practice(kind, qtbot)
    assert w.current_screen() is Screen.PAST_SELF


def test_a_locked_journal_offers_nothing(make_kind, tmp_path, qtbot) -> None:
    seed(tmp_path)
    path = paths_under(tmp_path).journal_file
    with Journal(path) as journal:
        kdf = Kdf.fresh(n=2**10)
        journal.change_lock(LockState(kdf), kdf.derive("the quiet of the morning"))
    kind = make_kind(tmp_path)
    assert kind.controller.journals.is_locked()
    kind.controller.start_break("quick")
    session = kind.controller.practice.driver.session
    kind.clock.set(session.started_at + session.practice.total_s)
    session.tick()
    assert kind.window.current_screen() is Screen.DONE  # locked: no check-in after, no offer
    care = kind.controller.care
    assert not care.offer_past_self(Moment.AFTER_CHECKIN, 10)
    assert not care.offer_past_self(Moment.OPENED)
    assert kind.window.current_screen() is Screen.DONE
    assert kind.controller.journals.is_locked()  # nothing asked for the passphrase


def test_on_a_letters_anniversary_opening_kind_offers_it(make_kind, tmp_path, qtbot) -> None:
    today = date.today()
    a_year_ago = today.replace(year=today.year - 1) if (today.month, today.day) != (2, 29) else None
    if a_year_ago is None:
        pytest.fail("run again tomorrow: a leap day's anniversary is the 28th")
    seed(tmp_path, days_ago=(today - a_year_ago).days)
    kind = make_kind(tmp_path)
    w = kind.window
    kind.controller._opened()  # what the first second after opening does
    assert w.current_screen() is Screen.PAST_SELF
    page = w.page(Screen.PAST_SELF)
    assert page.offer.text().startswith("On this day in ")
    assert str(a_year_ago.year) in page.offer.text()
    qtbot.keyClick(page.not_now_button, Qt.Key.Key_Return)
    assert w.current_screen() is Screen.HOME
    kind.controller._opened()  # once a day
    assert w.current_screen() is Screen.HOME


def test_asked_for_it_comes_even_when_offers_are_off(make_kind, tmp_path, qtbot, snap) -> None:
    kind = make_kind(tmp_path)
    w = kind.window
    kind.controller.actions.run("past-self.open")  # --practice past-self
    page = w.page(Screen.PAST_SELF)
    assert w.current_screen() is Screen.PAST_SELF and not page.offering()
    assert page.offer.text().startswith("Nothing to bring back yet.")
    snap(w, "past-self-nothing-yet")
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert w.current_screen() is Screen.HOME

    then = datetime.now(UTC) - timedelta(days=40)
    journal = kind.controller.journal()
    journal.add_letter("old", "When the project fell through", LETTER_BODY, then, then)
    journal.add_reframe("I'm useless", "Sam", "no", KIND_VERSION, {}, {}, created=then)
    kind.controller.update_settings(past_self_offers=False)
    kind.controller.actions.run("past-self.open")
    assert page.offering() and page.offer.text().startswith("A letter you wrote to yourself in")
    qtbot.keyClick(page.read_button, Qt.Key.Key_Return)
    assert page.words.text() == LETTER_BODY
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    kind.controller.actions.run("past-self.open")  # the other one, in turn
    assert page.offer.text().startswith("Kinder words you found")
    qtbot.keyClick(page.read_button, Qt.Key.Key_Return)
    assert page.words.text() == KIND_VERSION and not page.title.isVisible()
