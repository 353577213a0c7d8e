from __future__ import annotations

import logging
import os
import stat

from kindapp.logs import MAX_BYTES, setup_logging


def test_log_file_is_private_and_rotated_once_when_large(tmp_path):
    log_file = tmp_path / "log" / "kindapp.log"
    log_file.parent.mkdir()
    log_file.write_bytes(b"x" * (MAX_BYTES + 1))
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        assert setup_logging(log_file) is None
        logging.getLogger("kindapp.events").info("window-shown")
        for h in root.handlers:
            h.flush()
        assert "kindapp.events window-shown" in log_file.read_text()
        assert (tmp_path / "log" / "kindapp.log.1").stat().st_size == MAX_BYTES + 1
        assert stat.S_IMODE(os.stat(log_file).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(log_file.parent).st_mode) == 0o700
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()


def test_an_unwritable_log_place_is_reported_not_raised(tmp_path):
    (tmp_path / "log").write_text("a file, not a directory")
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        problem = setup_logging(tmp_path / "log" / "kindapp.log")
        assert problem and "cannot write the log" in problem
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
