"""packaging/translations.py: the German .ts is complete and in step with the sources."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TOOL = REPO / "packaging" / "translations.py"


def test_the_translations_are_complete_and_in_step_with_the_sources() -> None:
    done = subprocess.run(
        [sys.executable, str(TOOL), "--check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_core_strings_are_found_with_their_concatenated_parts() -> None:
    sys.path.insert(0, str(TOOL.parent))
    try:
        import translations
    finally:
        sys.path.remove(str(TOOL.parent))
    from kindapp.core import learn, practices
    from kindapp.core.practices import soothing_touch as touch

    found = {m.text for m in translations.core_strings()}
    assert practices.BREAK_PHRASES["mindfulness"][0] in found
    assert all(p in found for t in learn.TOPICS for p in (t.title, *t.paragraphs))
    assert all(g.how in found and g.name in found for g in touch.GESTURES)
    assert practices.BREAK_QUICK.steps[0].text in found  # written as two literals in a row
