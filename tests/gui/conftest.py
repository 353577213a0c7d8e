"""GUI tests: the real widgets on a real X server (Xvfb) with a real tray host (trayer).

The app objects are wired by kindapp.app.wire exactly as in the app, with two
differences at the system edges: a FakeClock (so tests step time instead of
waiting for it) and the silent player (sound is tested in unit and system tests).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "system"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # screen_helpers

import desktop
from screen_helpers import paths_under

ARTIFACTS = Path(os.environ.get("KIND_ARTIFACTS", desktop.REPO / "artifacts")) / "screenshots"
WRITE_SCREENSHOTS = os.environ.get("KIND_SCREENSHOTS", "on") != "off"
"""`make check` draws each screenshot but writes none (KIND_SCREENSHOTS=off): encoding PNGs
is work the inner loop does not need. `make test` writes them all, to look at."""


@pytest.fixture(scope="session", autouse=True)
def x_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[desktop.Xvfb]:
    """An X server and a tray host for the whole GUI session, before QApplication exists."""
    workdir = tmp_path_factory.mktemp("gui-desktop")
    xvfb = desktop.Xvfb(workdir)
    xvfb.start()
    tray = desktop.Trayer(xvfb, workdir)
    tray.start()
    old = {k: os.environ.get(k) for k in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    os.environ["DISPLAY"] = xvfb.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.pop("WAYLAND_DISPLAY", None)
    yield xvfb
    # Xvfb and trayer are not stopped here: the QApplication outlives every fixture and would
    # lose its X connection. They were started to die with this process (PR_SET_PDEATHSIG).
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(autouse=True)
def _private_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What Kind finds through the XDG variables rather than its Paths (the launcher entry,
    autostart) goes to the test's own folders, never the real home's."""
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))


@dataclass
class Kind:
    controller: object
    clock: object
    paths: object

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.controller.window  # type: ignore[attr-defined]


@pytest.fixture
def make_kind(qtbot, qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    from kindapp.app import wire
    from kindapp.core.clock import FakeClock
    from kindapp.core.room import Reading
    from kindapp.sound.player import SilentPlayer

    built: list[Kind] = []
    # wire() applies the look to the whole QApplication and takes its base text size from the
    # app's font: put them back afterwards, so a test that stops at 150 % (or in dark) cannot
    # enlarge or darken the next one.
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()

    def make(root: Path | None = None, player=None, practices=None, look=None, scale=None) -> Kind:  # type: ignore[no-untyped-def]
        """`look` and `scale`: chosen in Settings before this start (written to its settings
        file), so the window is built in them, as a person's next start is; a test that
        changes the look while Kind runs calls `controller.set_look`."""
        paths = paths_under(root or tmp_path)
        if look is not None or scale is not None:
            chosen = {"look": look, "text_scale": scale}
            _choose(paths.settings_file, {k: v for k, v in chosen.items() if v is not None})
        clock = FakeClock()

        def make_player(bridge, _settings):  # type: ignore[no-untyped-def]
            return player or SilentPlayer(on_ready=bridge.on_ready)

        controller = wire(qapp, paths, clock, make_player, practices)
        # The room (idle, Do Not Disturb, busy) as a desktop that cannot say: this Xvfb goes idle
        # for minutes in a long run. tests/gui/test_room.py and the system tests read real ones.
        controller.desk.room.sense = Reading
        controller.tray.show()
        window = controller.window
        qtbot.addWidget(window)
        window.resize(window.sizeHint())
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=5000)
        kind = Kind(controller, clock, paths)
        built.append(kind)
        return kind

    yield make
    for kind in built:
        kind.controller.shutdown()  # type: ignore[attr-defined]
        kind.controller.tray.hide()  # type: ignore[attr-defined]
        kind.controller.deleteLater()  # type: ignore[attr-defined]
    # Delete them now (the windows were closed and handed to deleteLater by pytest-qt just
    # before): deferred deletions wait for an event loop, and a test that never runs one would
    # leave its whole app alive in the worker, so that every later test's look change
    # re-polished, and every event passed the event filters of, all the apps before it.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def _choose(settings_file: Path, chosen: dict[str, object]) -> None:
    import json

    data = (
        json.loads(settings_file.read_text()) if settings_file.exists() else {"schema_version": 1}
    )
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps({**data, **chosen}))


@pytest.fixture
def kind(make_kind):  # type: ignore[no-untyped-def]
    return make_kind()


@pytest.fixture
def styled(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The app's names and its light look (stylesheet, palette), as kindapp.app applies them."""
    from kindapp.app import configure_qt_app, stylesheet_template
    from kindapp.ui.common.theme import apply_look

    configure_qt_app(qapp)
    icons = tmp_path_factory.mktemp("icons")
    apply_look(
        qapp, stylesheet_template(), "light", 1.0, max(qapp.font().pointSizeF(), 10.5), icons
    )
    return qapp


@pytest.fixture
def snap(qapp):  # type: ignore[no-untyped-def]
    """Save a screenshot of a widget under artifacts/screenshots (not committed)."""

    def save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        qapp.processEvents()
        path = ARTIFACTS / f"{name}.png"
        if not WRITE_SCREENSHOTS:  # `make check`: drawn (a paint error still fails), not kept
            assert not widget.grab().isNull(), f"could not draw {name}"
            return path
        # PNG at zlib's fastest level (quality 85 -> level 1; Qt's default, 6, took a tenth of
        # a GUI run's CPU time): the same pixels, lossless, a somewhat larger file.
        assert widget.grab().save(str(path), "PNG", 85), f"could not save {path}"
        return path

    return save
