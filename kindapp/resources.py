"""Where Kind's data files live: inside the installed package, or in the source tree."""

from __future__ import annotations

from pathlib import Path


def data_dir(name: str) -> Path:
    """The data directory `name` ("assets" or "audio").

    An installed wheel carries it as ``kindapp/<name>`` (a directory beside this module, in a
    wheel and in a bundle alike: importlib.resources would find the same, at the cost of seven
    more modules before the first window); when running from the source tree it is the
    top-level ``<name>`` directory beside the ``kindapp`` package.
    """
    here = Path(__file__).resolve().parent
    packaged = here / name
    if packaged.is_dir():
        return packaged
    return here.parent / name
