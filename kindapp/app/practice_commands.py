"""What each of Kind's practice commands does (the registry's command ids bound to the flows),
and the practices' states the home screen shows. The one place the built-in practices'
commands meet the flows. A practice that is a page of its own (its registry entry's `Page`), is
under way (`under_way`) or opens from a nudge (`nudge_opens`) needs no line here; one that
runs another way (a guided practice, a new flow) adds its line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kindapp.core.catalog import PracticeName
from kindapp.core.navigation import Nav
from kindapp.core.practices.msc import GUIDED

if TYPE_CHECKING:
    from kindapp.core.navigation import Navigator
    from kindapp.core.settings import Settings
    from kindapp.ui.common.practice_actions import PracticeActions
    from kindapp.ui.practices.flow import PracticeFlow
    from kindapp.ui.shell.home import HomeScreen
    from kindapp.ui.writing.flow import WritingFlow
    from kindapp.ui.writing.more_flow import MoreWriting


@dataclass(frozen=True)
class PracticeStates:
    """What the controller asks of the practices' states: today's look on home, and which
    practice a clicked nudge opens."""

    look_at_today: Callable[[], None]
    open_from_nudge: Callable[[str], bool]


def _opens(more: MoreWriting, practice_id: str) -> Callable[[str | None], None]:
    def run(_mode: str | None) -> None:
        more.open_page(practice_id)

    return run


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
        f"{PracticeName.SELF_COMPASSION_JOURNAL}.open": lambda _mode: more.open_journal_entry(),
        "catch.open": lambda _mode: writing.open_catch(),
    }

    def guided(name: str, length: str | None, ask_first: bool) -> Callable[[str | None], None]:
        def run(mode: str | None) -> None:
            p.start_guided(name, length or mode, ask_first=ask_first)

        return run

    registry = actions.practices
    for practice in registry.pages():  # a practice that is a page of its own (core: Page)
        assert practice.page is not None
        more.add_page(practice)
        runs[practice.page.command] = _opens(more, practice.id)
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

    def look_at_today() -> None:
        """Each practice that can be under way (a kind day) says so on its home button."""
        for practice in registry:
            if practice.under_way is None:
                continue
            active = more.under_way(practice.under_way)
            for command in practice.commands():
                if command.under_way is not None and command.id in home.buttons:
                    home.show_under_way(command.id, active)

    more.underWayChanged.connect(look_at_today)

    def open_from_nudge(key: str) -> bool:
        """A practice's nudge that opens it (the kind day's evening look back) runs its first
        home command."""
        command = registry.command_for_nudge(key)
        if command is None:
            return False
        actions.run(command)
        return True

    return PracticeStates(look_at_today, open_from_nudge)
