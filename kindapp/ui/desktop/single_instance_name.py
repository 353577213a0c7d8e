"""The single-instance socket's name and limits, without Qt (the start-up probe needs them)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from kindapp.core.catalog import DESKTOP_ID

MAX_LINE = 4096
MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes; keep a margin


def server_name(environ: Mapping[str, str] | None = None, uid: int | None = None) -> str:
    """The socket for this user: $XDG_RUNTIME_DIR/org.kindapp.Kind-<uid>.sock when usable."""
    env = os.environ if environ is None else environ
    uid = os.getuid() if uid is None else uid
    base = f"{DESKTOP_ID}-{uid}"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and os.path.isdir(runtime):
        path = os.path.join(runtime, base + ".sock")
        if len(path.encode()) <= MAX_SOCKET_PATH:
            return path
        # Too long for a unix socket: a short name in the temp dir, still told apart by runtime
        # directory (and private through UserAccessOption). hashlib only here: importing it
        # maps OpenSSL's libcrypto (3 MiB of a tray-only Kind's memory).
        import hashlib

        return f"{base}-{hashlib.sha256(runtime.encode()).hexdigest()[:12]}"
    return base
