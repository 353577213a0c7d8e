"""Logging to the person's log directory (never their words: only events and errors)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from kindapp.core.paths import ensure_private_dir

FORMAT = "%(asctime)s %(name)s %(message)s"
MAX_BYTES = 1_000_000


def setup_logging(log_file: Path) -> str | None:
    """Log INFO and up to `log_file`, warnings to stderr; returns an error text if that failed.

    The file is rotated once at start-up when it has grown past MAX_BYTES (one old copy is
    kept); a plain FileHandler keeps logging.handlers and its imports off the start-up path.
    """
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    err = logging.StreamHandler()
    err.setLevel(logging.WARNING)
    err.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(err)
    try:
        if log_file.parent.name == "log":  # platformdirs: <state>/kindapp/log: both private
            ensure_private_dir(log_file.parent.parent)
        ensure_private_dir(log_file.parent)
        if log_file.exists() and log_file.stat().st_size > MAX_BYTES:
            os.replace(log_file, log_file.with_name(log_file.name + ".1"))
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        log_file.chmod(0o600)
        handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError as exc:
        return f"cannot write the log at {log_file}: {exc}"
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return None
