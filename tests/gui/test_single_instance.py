"""SingleInstance over QLocalServer/QLocalSocket: private to the user, one owner, stale sockets
recovered, one JSON line per message, malformed input answered calmly.

The second instance is a real second process (QLocalSocket's blocking calls hold the GIL, so a
sender thread in this process could not let the server answer); everything else is in-process.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kindapp.ui.desktop.single_instance import (
    MAX_LINE,
    SingleInstance,
    parse_line,
    server_name,
    validate,
)

REPO = Path(__file__).resolve().parents[2]
SENDER = """
import json, sys
from kindapp.ui.desktop.single_instance import SingleInstance
ok = SingleInstance(sys.argv[1]).try_send(json.loads(sys.argv[2]), 3000)
sys.exit(0 if ok else 1)
"""


@pytest.fixture
def runtime(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # A short private directory of its own, like $XDG_RUNTIME_DIR (unix socket paths are short).
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"kind-rt-{os.getpid()}-{id(tmp_path_factory)}"
    path.mkdir(mode=0o700, exist_ok=True)
    yield path
    for child in path.iterdir():
        child.unlink()
    path.rmdir()


@pytest.fixture
def name(runtime: Path) -> str:
    return server_name({"XDG_RUNTIME_DIR": str(runtime)})


@pytest.fixture
def first(qapp, name: str):  # type: ignore[no-untyped-def]
    inst = SingleInstance(name)
    assert inst.listen()
    yield inst
    inst.close()


def send_from_another_process(qtbot, name: str, message: dict[str, Any]) -> int:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, "-c", SENDER, name, json.dumps(message)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    out = proc.stdout.read().decode() if proc.stdout else ""
    assert "Traceback" not in out, out
    return proc.returncode


def test_name_is_in_the_runtime_dir_and_names_the_user(runtime: Path) -> None:
    uid = os.getuid()
    assert server_name({"XDG_RUNTIME_DIR": str(runtime)}) == str(
        runtime / f"org.kindapp.Kind-{uid}.sock"
    )
    assert server_name({}) == f"org.kindapp.Kind-{uid}"
    long_dir = "/" + "d" * 120
    assert server_name({"XDG_RUNTIME_DIR": long_dir}) == f"org.kindapp.Kind-{uid}"  # not a dir
    os.makedirs(runtime / ("x" * 90), exist_ok=True)
    short = server_name({"XDG_RUNTIME_DIR": str(runtime / ("x" * 90))})
    os.rmdir(runtime / ("x" * 90))
    assert short.startswith(f"org.kindapp.Kind-{uid}-") and "/" not in short


def test_the_socket_is_private_to_the_user(first: SingleInstance, name: str) -> None:
    mode = os.stat(name).st_mode
    assert stat.S_ISSOCK(mode)
    assert mode & 0o077 == 0, oct(mode)
    assert os.stat(first.lock_path()).st_mode & 0o077 == 0


def test_two_instances_in_one_process_agree_on_one(qapp, first: SingleInstance, name: str) -> None:  # type: ignore[no-untyped-def]
    second = SingleInstance(name)
    assert second.is_running()
    assert not second.listen()
    assert first.listening and not second.listening
    first.close()
    assert not os.path.exists(name)
    assert not second.is_running()
    assert second.listen()  # once the first has gone, the name is free
    second.close()


def test_a_second_process_hands_over_its_command(qtbot, first: SingleInstance, name: str) -> None:  # type: ignore[no-untyped-def]
    got: list[dict[str, Any]] = []
    first.received.connect(got.append)
    assert send_from_another_process(qtbot, name, {"cmd": "show"}) == 0
    msg = {"cmd": "practice", "name": "break", "mode": "guided"}
    assert send_from_another_process(qtbot, name, msg) == 0
    assert got == [{"cmd": "show"}, msg]
    # A command the running one declines is reported as not taken.
    assert send_from_another_process(qtbot, name, {"cmd": "practice", "name": "dance"}) == 1
    assert len(got) == 2


def test_nobody_listening_means_not_sent(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    """Not sent, and nothing left behind. (That it does not wait out the timeout is timed in
    bench/bench_letters.py.)"""
    inst = SingleInstance(name)
    assert not inst.is_running()
    assert not inst.try_send({"cmd": "show"}, 2000)
    assert not os.path.exists(name)


def test_a_stale_socket_from_a_crash_is_recovered(qtbot, name: str) -> None:  # type: ignore[no-untyped-def]
    # What a killed Kind leaves: a socket file nobody listens on (and its lock file, unlocked).
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(name)
    dead.close()
    Path(name + ".lock").touch(mode=0o600)
    assert os.path.exists(name)
    inst = SingleInstance(name)
    assert not inst.is_running()
    assert inst.listen()
    try:
        got: list[dict[str, Any]] = []
        inst.received.connect(got.append)
        assert send_from_another_process(qtbot, name, {"cmd": "show"}) == 0
        assert got == [{"cmd": "show"}]
    finally:
        inst.close()


def test_a_killed_owner_frees_the_name(qtbot, qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys, signal, os\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from kindapp.ui.desktop.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "inst = SingleInstance(sys.argv[1]); assert inst.listen()\n"
        "print('listening', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-c", code, name], env=env, capture_output=True, text=True, timeout=30
    )
    assert "listening" in proc.stdout and proc.returncode == -9, proc.stderr
    assert os.path.exists(name)  # left behind
    inst = SingleInstance(name)
    assert inst.listen()
    inst.close()


class RawClient:
    """A plain unix-socket client, non-blocking, so this thread can keep serving."""

    def __init__(self, name: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(name)
        self.sock.setblocking(False)
        self.buf = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def replies(self) -> list[dict[str, Any]]:
        try:
            while chunk := self.sock.recv(65536):
                self.buf += chunk
        except BlockingIOError:
            pass
        return [json.loads(line) for line in self.buf.splitlines()]

    def closed_by_peer(self) -> bool:
        try:
            return self.sock.recv(1) == b""
        except BlockingIOError:
            return False


def test_malformed_messages_are_answered_calmly(qtbot, first: SingleInstance, name: str) -> None:  # type: ignore[no-untyped-def]
    got: list[dict[str, Any]] = []
    first.received.connect(got.append)
    client = RawClient(name)
    bad = [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"cmd": "dance"}',
        b'{"cmd": "show", "x": 1}',
        b'{"cmd": "practice", "name": "break", "mode": "forever"}',
        b'{"cmd": "practice", "name": "touch", "mode": "../../x"}',
        b'{"cmd": "show", "token": "two words"}',
        b'{"cmd": "show", "token": 42}',
        b"",
    ]
    client.send(b"\n".join(bad) + b"\n")
    qtbot.waitUntil(lambda: len(client.replies()) == len(bad), timeout=5000)
    assert all(r["ok"] is False and r["error"] for r in client.replies())
    assert got == []
    # The same connection still works for a good message, and the server still runs.
    client.send(b'{"cmd": "practice", "name": "breathe"}\n')
    qtbot.waitUntil(lambda: len(got) == 1, timeout=5000)
    assert got == [{"cmd": "practice", "name": "breathe", "mode": None}]
    assert client.replies()[-1] == {"ok": True}


def test_an_over_long_line_is_refused_and_the_connection_closed(  # type: ignore[no-untyped-def]
    qtbot, first: SingleInstance, name: str
) -> None:
    got: list[dict[str, Any]] = []
    first.received.connect(got.append)
    client = RawClient(name)
    client.send(b'{"cmd": "show", "pad": "' + b"x" * (MAX_LINE * 2))
    qtbot.waitUntil(lambda: len(client.replies()) == 1, timeout=5000)
    assert client.replies()[0]["ok"] is False
    qtbot.waitUntil(client.closed_by_peer, timeout=5000)
    assert got == []
    assert first.listening


@pytest.mark.parametrize(
    "message",
    [
        {"cmd": "show"},
        {"cmd": "practice", "name": "letter"},
        {"cmd": "practice", "name": "reframe", "mode": None},
        {"cmd": "practice", "name": "break", "mode": "quick"},
        {"cmd": "show", "token": "gnome-shell/Kind/2304-4-host_TIME41"},
        {"cmd": "practice", "name": "break", "mode": "quick", "token": "kwin-42_ab.c"},
        {"cmd": "quit"},
    ],
)
def test_valid_messages(message: dict[str, Any]) -> None:
    clean = validate(message)
    assert clean["cmd"] == message["cmd"]
    assert parse_line(json.dumps(message).encode()) == clean
    assert clean.get("token") == message.get("token")
