"""Shared fixtures: a private PulseAudio server with a null sink, and a recorder of its monitor.

Both come from the system-test harness (tests/system/desktop.py), so there is one way of
running a sound server in Kind's tests; these fixtures only adapt it for the unit tests.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "system"))

import desktop

# The random seed of the SIGKILL test's kill moments (tests/system/test_letter_crash.py): drawn
# once per run unless the caller gives one, and printed in the run's header (and in every
# failure) so that a run can be replayed.
os.environ.setdefault("KIND_CRASH_SEED", str(time.time_ns() % 1_000_000))


def pytest_report_header(config: pytest.Config) -> str:
    return f"KIND_CRASH_SEED={os.environ['KIND_CRASH_SEED']} (replay: KIND_CRASH_SEED=N make test)"


# --------------------------------------------------------------------------- parallel runs
#
# `make test` runs the suite on several pytest-xdist workers (`-n N --dist loadgroup`). Each
# worker is a process of its own with its own test desktops: the GUI tests' Xvfb and tray, the
# system tests' Xvfb + trayer + PulseAudio (display numbers come from Xvfb itself, sockets from
# mkdtemp, files from the worker's own tmp_path), so workers never share a display or a sink.
# The seed above is drawn once, in the process that starts the workers, before it starts them:
# they inherit it, so one seed stands for the whole run.
#
# Some tests must still run one after another on one worker (an `xdist_group`):
#
# - "wayland": every test on the Wayland desktop. It is one desktop per run: its unprivileged
#   user's search grants on the venv are given and put back by the session fixture, which two
#   workers would undo under each other's feet (and `useradd` is not made to race).
# - "gnome": every test on the GNOME Shell desktop (tests/system/gnome_desktop.py), so that one
#   shell (seconds to start) serves them all. It shares the desktop's user with "wayland"; the
#   grants are given and put back under a lock (tests/system/conftest.py's `desktop_user`).
# - "sound-timing": the real app's sound recorded at the X11 desktop's sink and timed to the
#   millisecond (the fixtures `recorder`, `pipe_recorder`). One after another, they are never
#   each other's load.
# - "sound-soak": the two tests of sound that holds (tests/system/test_sound_holds.py), one of
#   them with both cores kept busy by stress-ng, which is load enough for anyone beside it.
# - "sound-timing-unit": the player and the sound process against a PulseAudio of their own
#   (fixtures `pulse_server`, `sink_recorder`), which also time how long a call blocks.
# - "voice-recording": the GUI's recording of a voice, whose own PulseAudio is a microphone
#   (tests/gui/test_voice_recording.py): a lane of its own, as long as the one above.
# The sink-timed tests on the X11 desktop ("sound-timing") are three lanes, dealt round in
# collection order ("sound-timing", "-2", "-3"): one lane of them all was about ten minutes of
# real clocks (five guided practices of 45-80 s, two voice breaks, the quick break, breathe),
# longer than a worker's share of everything else. Each lane has its worker's desktop and sound
# server; their bounds are what a person hears (desktop.HEARD_WITHIN_S).
# Lanes rather than one, so that the longest sets the pace of the run rather than the sum of
# them; a test in each may run beside one of another, as they ran beside
# other builds' load on a shared machine before.
#
# A test joins a group by the fixtures it uses (so a new test on the Wayland desktop or a new
# recording of a sink joins it without being told), or by `pytest.mark.xdist_group(name)`.

# A test that plays or records through a PulseAudio server of its own, in real time, is marked
# `sound_server` by these fixtures (and tests/gui/test_voice_recording.py, whose server is a
# microphone, by its own mark): `make check` leaves them to `make test`, as it leaves the
# desktops. They are real seconds at a sink, not work, and two of them must run alone.
SOUND_SERVER_FIXTURES = frozenset({"pulse_server", "sink_recorder"})

XDIST_GROUP_BY_FIXTURE = {
    "wayland": "wayland",
    "gnome": "gnome",
    "recorder": "sound-timing",
    "pipe_recorder": "sound-timing",
    "sink_recorder": "sound-timing-unit",
    "pulse_server": "sound-timing-unit",
}


# The longest groups go first on a parallel run (`--no-loadscope-reorder` keeps this order), so
# that their minutes overlap with everything else instead of trailing behind it. The soak goes
# last: its test on busy cores runs alone (the marker `alone`, below), and at the end of the run
# the other workers have nothing left to wait with.
SOUND_TIMING_LANES = ("sound-timing", "sound-timing-2", "sound-timing-3")
# Not "sound-timing-unit": its streams, at the run's start while every worker starts its
# desktops and imports, lost their sound server (device_lost) on a loaded machine.
XDIST_FIRST = (*SOUND_TIMING_LANES, "wayland", "gnome", "voice-recording")
XDIST_LAST = ("alone", "sound-soak")
"""At the end: there an `alone` test waits for little (the others are done or nearly)."""


def _group(item: pytest.Item) -> str | None:
    mark = item.get_closest_marker("xdist_group")
    if mark is None:
        return None
    return str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))


# A wrapper: the groups are given before any plugin's own hook runs, and after them all each
# grouped test's id carries its group ("id@group"), which is how xdist's scheduler sees a group.
# xdist 3.8 writes that suffix into `item._nodeid`, which pytest 9.2 no longer reads (a node's id
# is `item._id` now): with these two versions no group ever reached the scheduler, and every
# test of a group (the one Wayland desktop's, the sink-timed, the soak) went its own way.
@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> Generator[None, None, None]:
    lane = 0
    for item in items:
        if SOUND_SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.sound_server)
        if item.get_closest_marker("xdist_group") is not None:
            continue
        if item.get_closest_marker("alone") is not None:
            item.add_marker(pytest.mark.xdist_group("alone"))  # to the end of the run
            continue
        fixtures = set(getattr(item, "fixturenames", ()))
        # Wayland first: a recording on the Wayland desktop belongs with that desktop.
        for fixture, group in XDIST_GROUP_BY_FIXTURE.items():
            if fixture in fixtures:
                if group == SOUND_TIMING_LANES[0]:
                    group = SOUND_TIMING_LANES[lane % len(SOUND_TIMING_LANES)]
                    lane += 1
                item.add_marker(pytest.mark.xdist_group(group))
                break
    if getattr(config.option, "loadgroup", False):  # set in the workers of --dist loadgroup
        rank = {name: i for i, name in enumerate(XDIST_FIRST)}
        rank.update({name: len(XDIST_FIRST) + 1 + i for i, name in enumerate(XDIST_LAST)})
        items.sort(key=lambda item: rank.get(_group(item) or "", len(XDIST_FIRST)))
    result = yield
    if getattr(config.option, "loadgroup", False):
        for item in items:
            group = _group(item)
            if group is not None and not item.nodeid.endswith(f"@{group}"):
                _rename(item, f"{item.nodeid}@{group}")
    return result


def _rename(item: pytest.Item, nodeid: str) -> None:
    """Give `item` the id `nodeid` (pytest 9.2 keeps it as a NodeId in `_id`; older, a str)."""
    current = getattr(item, "_id", None)
    if current is not None and hasattr(type(current), "parse"):
        item._id = type(current).parse(nodeid)  # type: ignore[attr-defined]
    else:
        item._nodeid = nodeid


# A test marked `alone` runs with no other test beside it, on whatever worker: it takes a lock
# file exclusively, every other test shares it. The gate in front keeps new tests from slipping
# in while an `alone` test waits for the running ones to end (flock prefers no one). The lock
# files live in a directory made once, by the process that starts the workers, and inherited
# by them (KIND_TEST_LOCKS); a serial run needs none of it.


def pytest_configure(config: pytest.Config) -> None:
    if getattr(config.option, "numprocesses", None) and not os.environ.get("KIND_TEST_LOCKS"):
        os.environ["KIND_TEST_LOCKS"] = tempfile.mkdtemp(prefix="kind-test-locks-")


@pytest.fixture(autouse=True)
def _alone_or_together(request: pytest.FixtureRequest) -> Iterator[None]:
    locks = os.environ.get("KIND_TEST_LOCKS")
    if not locks or not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    alone = request.node.get_closest_marker("alone") is not None
    with open(Path(locks) / "gate", "a+b") as gate, open(Path(locks) / "run", "a+b") as run:
        fcntl.flock(gate, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        fcntl.flock(run, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        if not alone:
            fcntl.flock(gate, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(run, fcntl.LOCK_UN)
            fcntl.flock(gate, fcntl.LOCK_UN)


@dataclass
class PulseHandle:
    """A PulseAudio daemon of the test's own: `env` reaches it; `kind_sink.monitor` records it."""

    pulse: desktop.PulseServer

    @property
    def env(self) -> dict[str, str]:
        return self.pulse.client_env()

    @property
    def server(self) -> str:
        return self.pulse.server

    def kill(self) -> None:
        """Kill the server at once (a lost sound device, for real)."""
        assert self.pulse.proc is not None
        self.pulse.proc.kill()
        self.pulse.proc.wait(timeout=10)


@pytest.fixture
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseHandle]:
    missing = [t for t in ("pulseaudio", "pactl", "parecord") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"the sound tests need {', '.join(missing)} (make system-deps installs them)")
    pulse = desktop.PulseServer(tmp_path_factory.mktemp("pulse"))
    try:
        pulse.start()
        yield PulseHandle(pulse)
    finally:
        pulse.stop()


class SinkRecorder:
    """Records `kind_sink.monitor` to a WAV file until stopped; `stop()` gives the file."""

    def __init__(self, pulse: PulseHandle, path: Path) -> None:
        self.path = path
        self._rec = desktop.Recorder(pulse.pulse, path)
        self._rec.start()

    def stop(self) -> Path:
        if self._rec.proc is not None and self._rec.proc.poll() is None:
            self._rec.stop()
        return self.path


@pytest.fixture
def sink_recorder(pulse_server: PulseHandle, tmp_path: Path) -> Iterator[SinkRecorder]:
    recorder = SinkRecorder(pulse_server, tmp_path / "sink.wav")
    try:
        yield recorder
    finally:
        recorder.stop()
