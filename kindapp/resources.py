"""Where Kind's data files live: inside the installed package, or in the source tree."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


def data_dir(name: str) -> Traversable:
    """The data directory `name` ("assets" or "audio").

    An installed wheel carries it as ``kindapp/<name>``; when running from the source tree it
    is the top-level ``<name>`` directory beside the ``kindapp`` package.
    """
    packaged = files("kindapp") / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name
