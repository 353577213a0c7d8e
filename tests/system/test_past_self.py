"""A kind word from your past self on the real X11 desktop, by keyboard: after a practice
(`kindapp --practice break`, straight in as from the tray) a heavy check-in is followed by
the offer of an earlier letter; Enter reads it (the app's own account: the letter, all of its
words); at most one a day; a day later the next one is offered and declined with Esc; another
day "Don't offer these" turns them off, in the settings file, and a day after that a heavy
check-in is followed by nothing but the done screen.

"A day later" is the journal's memory of the last offer moved back a day between launches
(Kind is stopped: only one Kind writes the journal)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import desktop
import pytest
from desktop import log_lines, wait_for_log

from kindapp.core.journal import Journal
from kindapp.core.past_self import OfferShelf
from kindapp.core.practices import BREAK_QUICK

pytestmark = pytest.mark.system

SCALE = 0.25
"""The quick break at a quarter of its length: long enough to be asked about afterwards."""
LETTER = "Dear me, the move was hard and you still looked after everyone. Rest is allowed."
KIND_VERSION = "You were tired, not useless."


def _seed(env: desktop.KindEnv) -> None:
    env.settings_path.parent.mkdir(parents=True, exist_ok=True)
    env.settings_path.write_text(json.dumps({"schema_version": 1, "first_run_done": True}))
    then = datetime.now(UTC).replace(microsecond=0) - timedelta(days=40)
    with Journal(env.journal_path, now=lambda: then) as j:
        j.create_letter("After the move", LETTER)
        j.add_reframe("I'm useless", "Sam", "no", KIND_VERSION, {}, {})


def _a_day_later(env: desktop.KindEnv) -> None:
    """The last offer was yesterday (which were offered, and when, stays as it was)."""
    with Journal(env.journal_path) as j:
        shelf = OfferShelf(j)
        memory = shelf.load()
        assert memory.last_day == date.today(), "an offer was remembered today"
        shelf.save(replace(memory, last_day=date.today() - timedelta(days=1)))


def _heavy_after_practice(env: desktop.KindEnv, window: str, n: int, heaviness: str = "8") -> None:
    """The n-th practice of this test (counted in the log across launches), then the check-in."""
    wait_for_log(env, r"practice-end outcome=finished", BREAK_QUICK.total_s * SCALE + 30, count=n)
    wait_for_log(env, r"screen name=checkin", 10, count=n)
    desktop.focus_and_press(env, window, heaviness, "Return")


def test_a_kind_word_from_the_past_after_a_heavy_check_in(
    kind_env: desktop.KindEnv, launch_kind: Callable[..., desktop.KindProcess], artifacts
) -> None:
    kind_env["KIND_TEST_STEP_SCALE"] = repr(SCALE)
    _seed(kind_env)

    # Day one: the offer after a heavy check-in, read with Enter.
    kind = launch_kind("--practice", "break", "--mode", "quick")
    window = desktop.wait_for_window(kind_env)
    _heavy_after_practice(kind_env, window, 1)
    offer = wait_for_log(kind_env, r"past-self-offer why=(\w+) kind=(\w+) id=(\d+)", 10)
    assert (offer.group(1), offer.group(2)) == ("heavy", "letter")
    wait_for_log(kind_env, r"screen name=past_self", 5)
    desktop.grab_window(kind_env, window, artifacts / "system-past-self-offer.png")
    desktop.focus_and_press(kind_env, window, "Return")  # Read it
    read = wait_for_log(kind_env, r"past-self-read kind=(\w+) id=(\d+) chars=(\d+)", 10)
    assert read.group(1) == "letter" and read.group(2) == offer.group(3)
    assert int(read.group(3)) == len(LETTER), "the letter's words, all of them"
    desktop.grab_window(kind_env, window, artifacts / "system-past-self-read.png")
    desktop.focus_and_press(kind_env, window, "Return")  # Done
    wait_for_log(kind_env, r"screen name=done", 10)
    # At most one a day: the next heavy check-in today is followed by done alone.
    launch_kind("--practice", "break", "--mode", "quick")  # a second launch: Kind starts it
    _heavy_after_practice(kind_env, window, 2, "9")
    wait_for_log(kind_env, r"screen name=done", 10, count=2)
    assert len(log_lines(kind_env, r"past-self-offer why=")) == 1
    kind.stop()

    # Day two: the other one (the reframe) in its turn, declined with Esc.
    _a_day_later(kind_env)
    kind = launch_kind("--practice", "break", "--mode", "quick")
    window = desktop.wait_for_window(kind_env)
    _heavy_after_practice(kind_env, window, 3)
    offer = wait_for_log(kind_env, r"past-self-offer why=(\w+) kind=(\w+)", 10, count=2)
    assert (offer.group(1), offer.group(2)) == ("heavy", "reframe")
    wait_for_log(kind_env, r"screen name=past_self", 5, count=2)
    desktop.focus_and_press(kind_env, window, "Escape")  # Not now
    wait_for_log(kind_env, r"screen name=done", 10, count=3)
    assert len(log_lines(kind_env, r"past-self-read")) == 1, "declined: nothing shown"
    kind.stop()
    settings = json.loads(kind_env.settings_path.read_text())
    assert settings.get("past_self_offers", True) is True, "declining turns nothing off"

    # Day three: "Don't offer these" (Tab, Tab from Read it), and it is off.
    _a_day_later(kind_env)
    kind = launch_kind("--practice", "break", "--mode", "quick")
    window = desktop.wait_for_window(kind_env)
    _heavy_after_practice(kind_env, window, 4)
    wait_for_log(kind_env, r"screen name=past_self", 10, count=3)
    desktop.focus_and_press(kind_env, window, "Tab", "Tab", "space")
    wait_for_log(kind_env, r"past-self-offers off", 10)
    desktop.wait_until(
        lambda: json.loads(kind_env.settings_path.read_text()).get("past_self_offers") is False,
        10,
        "past_self_offers false in the settings file",
        interval=0.1,
    )
    desktop.focus_and_press(kind_env, window, "Return")  # Done
    wait_for_log(kind_env, r"screen name=done", 10, count=4)
    kind.stop()

    # Day four: turned off, a heavy check-in is followed by done alone.
    _a_day_later(kind_env)
    launch_kind("--practice", "break", "--mode", "quick")
    window = desktop.wait_for_window(kind_env)
    _heavy_after_practice(kind_env, window, 5, "9")
    wait_for_log(kind_env, r"screen name=done", 10, count=5)
    assert len(log_lines(kind_env, r"past-self-offer why=")) == 3
    assert len(log_lines(kind_env, r"screen name=past_self")) == 3
