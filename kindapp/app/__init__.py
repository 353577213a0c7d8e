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

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kindapp.app.commands import instance_message, obey, practice_asked, start_practice
    from kindapp.app.composition import FirstFrame, finish_wiring, first_frame, wire
    from kindapp.app.controller import AppController
    from kindapp.app.entry import import_, main, run_gui
    from kindapp.app.hooks import busy_ui_every_second, step_scale_for_tests
    from kindapp.app.qt_app import ICON_SIZES, app_icon, configure_qt_app, stylesheet_template
    from kindapp.app.sound_choice import SOUND_ENGINES, sound_player_factory
    from kindapp.commands import export
    from kindapp.core.catalog import APP_NAME, DESKTOP_ID

# Each name's module, imported on first use (PEP 562): `kindapp` (the launcher's
# `kindapp.app:main`) imports the start's modules only, not the controller and its
# neighbours before the first window (issue 29).
_HOMES = {
    "instance_message": "kindapp.app.commands",
    "obey": "kindapp.app.commands",
    "practice_asked": "kindapp.app.commands",
    "start_practice": "kindapp.app.commands",
    "FirstFrame": "kindapp.app.composition",
    "finish_wiring": "kindapp.app.composition",
    "first_frame": "kindapp.app.composition",
    "wire": "kindapp.app.composition",
    "AppController": "kindapp.app.controller",
    "import_": "kindapp.app.entry",
    "main": "kindapp.app.entry",
    "run_gui": "kindapp.app.entry",
    "busy_ui_every_second": "kindapp.app.hooks",
    "step_scale_for_tests": "kindapp.app.hooks",
    "ICON_SIZES": "kindapp.app.qt_app",
    "app_icon": "kindapp.app.qt_app",
    "configure_qt_app": "kindapp.app.qt_app",
    "stylesheet_template": "kindapp.app.qt_app",
    "SOUND_ENGINES": "kindapp.app.sound_choice",
    "sound_player_factory": "kindapp.app.sound_choice",
    "export": "kindapp.commands",
    "APP_NAME": "kindapp.core.catalog",
    "DESKTOP_ID": "kindapp.core.catalog",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:  # a submodule (`from kindapp.app import entry`) or a typo
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value


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
