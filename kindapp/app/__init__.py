"""Kind's composition root: the only package that builds the app's objects and where the
features meet. Its modules, one job each:

- `entry`: `main`, the command line to a typed launch (`kindapp.cli.Launch`), the start;
- `composition`: the first frame, then everything else (`wire`);
- `controller`: `AppController`, the built app and the connections between its flows;
- `commands`: what a launch or a second launch asks of Kind, carried out;
- `practice_commands`: what each practice command of the registry does (bound to the flows);
- `lock_policy`, `words`: when the journal locks again; My words kept in the journal;
- `qt_app`, `sound_choice`, `hooks`: the QApplication's names and look, the sound player,
  test hooks.

The names below are the ones the rest of the project (packaging, tests, benches) uses.
"""

from __future__ import annotations

from kindapp.app.commands import instance_message, obey, practice_asked, start_practice
from kindapp.app.composition import FirstFrame, finish_wiring, first_frame, wire
from kindapp.app.controller import AppController
from kindapp.app.entry import import_, main, run_gui
from kindapp.app.hooks import busy_ui_every_second, step_scale_for_tests
from kindapp.app.qt_app import ICON_SIZES, app_icon, configure_qt_app, stylesheet_template
from kindapp.app.sound_choice import SOUND_ENGINES, sound_player_factory
from kindapp.commands import export
from kindapp.core.catalog import APP_NAME, DESKTOP_ID

__all__ = [
    "APP_NAME",
    "DESKTOP_ID",
    "ICON_SIZES",
    "SOUND_ENGINES",
    "AppController",
    "FirstFrame",
    "app_icon",
    "busy_ui_every_second",
    "configure_qt_app",
    "export",
    "finish_wiring",
    "first_frame",
    "import_",
    "instance_message",
    "main",
    "obey",
    "practice_asked",
    "run_gui",
    "sound_player_factory",
    "start_practice",
    "step_scale_for_tests",
    "stylesheet_template",
    "wire",
]
