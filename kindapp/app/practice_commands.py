"""What each of Kind's practice commands does (the registry's command ids bound to the flows),
and the practices' states the home screen shows. The one place the built-in practices'
commands meet the flows; a new practice adds its lines here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kindapp.core.catalog import PracticeName
from kindapp.core.navigation import Nav
from kindapp.core.nudges import EVENING_KEY
from kindapp.core.practices.msc import GUIDED

if TYPE_CHECKING:
    from kindapp.core.navigation import Navigator
    from kindapp.core.settings import Settings
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.practices.flow import PracticeFlow
    from kindapp.ui.shell.home import HomeScreen
    from kindapp.ui.writing.flow import WritingFlow

KIND_DAY_OPEN = "kind_day.open"


@dataclass(frozen=True)
class PracticeStates:
    """What the controller asks of the practices' states: today's look on home, and which
    practice a clicked nudge opens."""

    look_at_today: Callable[[], None]
    open_from_nudge: Callable[[str], bool]


def bind_practices(
    actions: PracticeActions,
    p: PracticeFlow,
    writing: WritingFlow,
    nav: Navigator,
    home: HomeScreen,
    settings: Callable[[], Settings],
) -> PracticeStates:
    """Bind every command of the registry that Kind knows how to run; a command of a practice
    this function does not know stays unbound (a test's own practice binds its own)."""
    more = writing.more

    def go(to: Nav) -> Callable[[str | None], None]:
        def run(_mode: str | None) -> None:
            nav.go(to)

        return run

    runs: dict[str, Callable[[str | None], None]] = {
        "break.quick": lambda _mode: p.start_break("quick", ask_first=True),
        "break.guided": lambda _mode: p.start_break("guided", ask_first=True),
        # The tray and the command line: no check-in first; the length chosen last time.
        "break.start": lambda mode: p.start_break(mode or settings().break_mode),
        "touch.open": go(Nav.OPEN_TOUCH),
        "touch.start": lambda _mode: p.start_touch(),
        "breathe.open": go(Nav.OPEN_BREATHE),
        "breathe.start": lambda _mode: p.start_breathe(),
        "letter.open": lambda _mode: writing.open_letter(),
        "letter.library": lambda _mode: writing.open_writing(Nav.OPEN_LETTERS),
        "reframe.open": lambda _mode: writing.open_reframe(),
        "reframe.library": lambda _mode: writing.open_writing(Nav.OPEN_REFRAMES),
        "way.open": lambda _mode: more.open_in_the_way(),
        KIND_DAY_OPEN: lambda _mode: more.open_kind_day(),
        f"{PracticeName.SELF_COMPASSION_JOURNAL}.open": lambda _mode: more.open_journal_entry(),
        "catch.open": lambda _mode: writing.open_catch(),
    }

    def guided(name: str, length: str | None, ask_first: bool) -> Callable[[str | None], None]:
        def run(mode: str | None) -> None:
            p.start_guided(name, length or mode, ask_first=ask_first)

        return run

    for name in GUIDED:  # the MSC course's guided practices (core/practices/msc)
        runs[f"{name}.begin"] = guided(name, "guided", True)
        runs[f"{name}.short"] = guided(name, "short", True)
        runs[f"{name}.start"] = guided(name, None, False)  # the tray, --practice NAME
    # Finding your phrases, then the meditation with them (the tray, --practice phrases).
    runs[f"{PracticeName.PHRASES}.find"] = lambda mode: p.open_finding(mode)
    known = set(actions.commands())
    for command, run in runs.items():
        if command in known:
            actions.bind(command, run)

    def show_kind_day(active: bool) -> None:
        if KIND_DAY_OPEN in home.buttons:
            home.show_under_way(KIND_DAY_OPEN, active)

    more.kindDayChanged.connect(show_kind_day)

    def open_from_nudge(key: str) -> bool:
        """The kind day's evening nudge opens its look back."""
        if key == EVENING_KEY:
            actions.run(KIND_DAY_OPEN)
            return True
        return False

    return PracticeStates(lambda: show_kind_day(more.kind_day_active()), open_from_nudge)
