"""A second launch while the first Kind is still starting: it holds the instance lock but listens
only after its window is up. The second waits for it instead of starting a Kind beside it."""

from __future__ import annotations

import fcntl
import os
import socket
import threading
from pathlib import Path

from kindapp.ui.desktop.instance_probe import InstanceProbe, lock_path


def _hold_lock(name: str) -> int:
    fd = os.open(lock_path(name), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd


def test_a_starting_kind_is_waited_for_until_it_listens(tmp_path: Path) -> None:
    name = str(tmp_path / "kind.sock")
    first = _hold_lock(name)
    probe = InstanceProbe(name)
    assert not probe.take_lock()
    polled = threading.Event()
    answer: list[bool] = []

    def second() -> None:
        assert not probe.is_running()  # nothing listens yet: the first is still starting
        polled.set()
        answer.append(probe.wait_for_the_running(timeout_s=30))

    waiter = threading.Thread(target=second)
    waiter.start()
    assert polled.wait(10)
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(name)
    server.listen()
    waiter.join(30)
    assert answer == [True]
    server.close()
    os.close(first)


def test_a_kind_that_ends_while_starting_leaves_the_lock_to_the_second(tmp_path: Path) -> None:
    name = str(tmp_path / "kind.sock")
    first = _hold_lock(name)
    probe = InstanceProbe(name)
    assert not probe.take_lock()
    os.close(first)  # the first Kind is gone before it listened
    assert probe.wait_for_the_running(timeout_s=30) is False
    # The second now owns the name: a third cannot take it.
    assert not InstanceProbe(name).take_lock()
    probe.release()
    assert InstanceProbe(name).take_lock()


def test_a_holder_that_never_answers_is_given_up_on(tmp_path: Path) -> None:
    name = str(tmp_path / "kind.sock")
    first = _hold_lock(name)
    probe = InstanceProbe(name)
    assert probe.wait_for_the_running(timeout_s=0.2, poll_s=0.01) is False
    assert not probe.take_lock()  # still the other's: the caller starts anyway, and says so
    os.close(first)
