"""Regression guard for PySide6 6.12.0 on Python 3.11, which leaks references to None
from every void Qt method until the process aborts (see DESIGN.md)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import sys
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for i in range(20000):
    obj.setObjectName("x")  # a Qt method returning nothing
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_qt_calls_do_not_leak_references_to_none():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60, check=True
    )
    lost = int(out.stdout.strip())
    assert lost < 100, f"{lost} references to None lost over 20,000 Qt calls"
