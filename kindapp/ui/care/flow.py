"""Care around the practices: check-ins, backdraft care and grounding, Learn, History,
the welcome.

A part of AppController (see controller.py and flow_base.py).
"""

from __future__ import annotations

from typing import Any

from kindapp.core.navigation import Nav, Screen
from kindapp.core.session import State
from kindapp.ui.common.flow_base import FlowBase, log


class CareFlow(FlowBase):
    # -- care around the practices --------------------------------------------------------
    def _on_checkin_done(self, checkin: Any) -> None:
        page = self.window.screen(Screen.CHECKIN)
        if self._checkin_mode == "before":
            build, self._pending_build = self._pending_build, None
            if build is not None:
                self.start_practice(build, before=checkin)
            return
        stirred = page.was_stirred()  # type: ignore[attr-defined]
        journal = self.journal()
        if (
            journal is not None
            and self._last_record_id is not None
            and (checkin is not None or stirred)
        ):
            from kindapp.core.journal import JournalError

            try:
                journal.set_after_checkin(
                    self._last_record_id,
                    checkin.heaviness if checkin else None,
                    checkin.words if checkin else "",
                    stirred,
                )
            except JournalError as exc:
                log.error("%s", exc)
        from kindapp.core.care import needs_backdraft_care

        if needs_backdraft_care(self._before, checkin, stirred):
            self.nav.go(Nav.OPEN_BACKDRAFT)
            self.window.screen(Screen.BACKDRAFT).focus_first()  # type: ignore[attr-defined]
        else:
            self.nav.go(Nav.OPEN_DONE)

    def ground_now(self) -> None:
        """The Ground button during a practice: leave it and go to the grounding page."""
        if self.driver is not None and self.driver.session.state in (State.RUNNING, State.PAUSED):
            self._ground_next = True
            self.driver.session.stop()

    def open_learn(self, topic: str) -> None:
        if self.nav.can(Nav.OPEN_LEARN):
            self.nav.go(Nav.OPEN_LEARN)
            page = self.window.screen(Screen.LEARN)
            page.show_topic(topic)  # type: ignore[attr-defined]
            page.focus_first()  # type: ignore[attr-defined]
            self.open_window()

    def open_history(self) -> None:
        journal = self.journal()
        if journal is None or not self.nav.can(Nav.OPEN_HISTORY):
            return
        from datetime import date

        from kindapp.core.journal import JournalError

        try:
            entries = journal.history_entries()
        except JournalError as exc:
            self.window.banner.add(str(exc))
            return
        self.nav.go(Nav.OPEN_HISTORY)
        page = self.window.screen(Screen.HISTORY)
        page.show_history(entries, date.today())  # type: ignore[attr-defined]
        page.focus_first()  # type: ignore[attr-defined]

    def _delete_entry(self, entry_id: int) -> None:
        journal = self.journal()
        if journal is None:
            return
        from kindapp.core.journal import JournalError

        try:
            journal.delete_practice(entry_id)
        except JournalError as exc:
            self.window.banner.add(str(exc))
            self.open_history()

    def show_first_run(self) -> None:
        self.nav.go(Nav.OPEN_FIRST_RUN)
        page = self.window.screen(Screen.FIRST_RUN)
        page.set_sound(not self.settings.muted)  # type: ignore[attr-defined]

    def _first_run_finished(self) -> None:
        self.update_settings(first_run_done=True)
        self.nav.go(Nav.HOME)
