"""Logging to the person's log directory (never their words: only events and errors)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from kindapp.core.paths import ensure_private_dir

FORMAT = "%(asctime)s %(name)s %(message)s"


def setup_logging(log_file: Path) -> str | None:
    """Log INFO and up to `log_file`, warnings to stderr; returns an error text if that failed."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    err = logging.StreamHandler()
    err.setLevel(logging.WARNING)
    err.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(err)
    try:
        ensure_private_dir(log_file.parent)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
        log_file.chmod(0o600)
    except OSError as exc:
        return f"cannot write the log at {log_file}: {exc}"
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return None
