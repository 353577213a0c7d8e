"""core/ and sound/ have no import cycles, and import at the top: the only imports inside
functions are the sound worker's deliberate lazy loads (numpy, sounddevice, the synthesiser
stay off the path to the first window)."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

# One worker for the module on a parallel run, so the one parse of core/ and sound/ serves both.
pytestmark = pytest.mark.xdist_group("import-graph")

PACKAGE = Path(__file__).resolve().parents[2] / "kindapp"
LAZY = {
    # module: the kindapp modules it may import inside a function, on purpose
    "kindapp.sound.stream_worker": {
        "kindapp.sound.mixer",
        "kindapp.sound.recipes",
        "kindapp.sound.synth",
        "kindapp.sound.voice_dsp",  # resamples a recorded voice (add_clip) into the bank
    },
    # app.main reads ENGINE_ARG from it on every launch; the player loads only in the engine
    "kindapp.sound.engine": {"kindapp.sound.player", "kindapp.sound.stream"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@functools.cache  # parsed once for the two tests that read it
def modules() -> dict[str, ast.Module]:
    found = {}
    for sub in ("core", "sound"):
        for path in sorted((PACKAGE / sub).rglob("*.py")):
            found[module_name(path)] = ast.parse(path.read_text(encoding="utf-8"))
    return found


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imported(node: ast.AST, known: set[str]) -> set[str]:
    """The kindapp modules one import statement loads (a `from pkg import sub` names sub)."""
    names: set[str] = set()
    if isinstance(node, ast.Import):
        names = {a.name for a in node.names}
    elif isinstance(node, ast.ImportFrom) and node.module:
        for a in node.names:
            sub = f"{node.module}.{a.name}"
            names.add(sub if sub in known else node.module)
    return {n for n in names if n.startswith("kindapp.")}


def top_level_imports(tree: ast.Module, known: set[str]) -> set[str]:
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.If) and _is_type_checking(node):
            continue  # annotations only
        found |= imported(node, known)
    return found


def test_no_import_cycles_in_core_and_sound() -> None:
    trees = modules()
    known = set(trees)
    graph = {m: top_level_imports(t, known) & known for m, t in trees.items()}
    # `from kindapp.core.journal import letters` is an edge to the sibling module only, not to
    # the package's __init__ (which re-exports the modules).
    done: set[str] = set()

    def visit(m: str, path: list[str]) -> None:
        if m in path:
            cycle = [*path[path.index(m) :], m]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if m in done:
            return
        for n in sorted(graph[m]):
            visit(n, [*path, m])
        done.add(m)

    for m in sorted(graph):
        visit(m, [])


def test_no_function_local_kindapp_imports_except_the_lazy_sound_loads() -> None:
    trees = modules()
    known = set(trees)
    problems = []
    for name, tree in trees.items():
        allowed = LAZY.get(name, set())
        for fn in ast.walk(tree):
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(fn):
                extra = imported(node, known) - allowed
                if extra:
                    problems.append(f"{name}.{fn.name} imports {sorted(extra)}")
    assert problems == []
