"""A practice's moments described once (core/moment_kind.MomentKind, named by its registry
entry): a new practice that stores something gets its table, its export section and its
import from its description alone, and the house reads the registry for its pages, nudges and
"under way"."""

from __future__ import annotations

import ast
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kindapp.core.journal import EXPORT_VERSION, MIGRATIONS, Journal, export_data, import_data
from kindapp.core.journal.schema import STEPS, with_kinds
from kindapp.core.moment_kind import Checker, MomentKind, MomentStore
from kindapp.core.navigation import IllegalNavigation, Nav, Navigator, Page, Screen
from kindapp.core.practice_registry import Page as PracticePage
from kindapp.core.practice_registry import Practice, kind_practices
from kindapp.core.records import iso_utc, parse_iso
from kindapp.core.reminders import OneOff

T0 = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
PACKAGE = Path(__file__).resolve().parents[2] / "kindapp"


@dataclass(frozen=True)
class Gratitude:
    """A fake practice's moment: one thing someone was glad of."""

    id: int
    uid: str
    created: datetime
    words: str
    answer: str = ""


def _from_json(c: Checker, item: dict[str, Any], where: str) -> Gratitude:
    return Gratitude(
        0,
        c.uid(item, where),
        c.when(item, "created", where),
        c.text(item, "words", where),
        c.text(item, "answer", where, default=""),
    )


GLAD: MomentKind[Gratitude] = MomentKind(
    table="glad",
    noun="glad moment",
    columns=("id", "uid", "created", "words", "answer"),
    newest_first="created DESC, id DESC",
    from_row=lambda r: Gratitude(int(r[0]), r[1], parse_iso(r[2]), r[3], r[4]),
    to_row=lambda g: (g.uid, iso_utc(g.created), g.words, g.answer),
    schema_version=len(STEPS) + 1,  # a migration of its own, after Kind's
    tables="""
    CREATE TABLE glad (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        words TEXT NOT NULL,
        answer TEXT NOT NULL DEFAULT ''
    );
    """,
    export_key="glad",
    export_since=EXPORT_VERSION,
    to_json=lambda g: {"uid": g.uid, "created": iso_utc(g.created), "words": g.words},
    export_order=lambda g: (g.created, g.id),
    from_json=_from_json,
)


def _glad_nudges(journal: MomentStore, now: datetime) -> list[OneOff]:
    return [
        OneOff(g.created + timedelta(days=1), "glad", "t", g.words) for g in journal.moments(GLAD)
    ]


FAKE = Practice(id="glad", title="Glad", stored=(GLAD,), nudges=_glad_nudges)


def _keep(j: Journal, words: str, when: datetime = T0) -> Gratitude:
    return j.keep_moment(GLAD, Gratitude(0, uuid.uuid4().hex, j.moment_time(when), words))


def test_a_new_practice_that_stores_something_needs_only_its_description(tmp_path: Path) -> None:
    registry = kind_practices()
    registry.register(FAKE)
    kinds = registry.stored_kinds()
    assert kinds[-1] is GLAD and len(with_kinds(STEPS, kinds)) == len(MIGRATIONS) + 1
    with Journal(tmp_path / "a.sqlite3", now=lambda: T0, kinds=kinds) as j:
        first = _keep(j, "the sun on the desk")
        _keep(j, "a call from Ana", T0 + timedelta(hours=1))
        assert [g.words for g in j.moments(GLAD)] == ["a call from Ana", "the sun on the desk"]
        j.change_moment(GLAD, first.id, answer="yes")
        assert j.moments(GLAD, where="answer = ?", args=("yes",))[0].uid == first.uid
        with pytest.raises(ValueError):
            j.change_moment(GLAD, first.id, uid="taken")  # only its words, never its uid
        data = export_data(j)
    assert [g["words"] for g in data["glad"]] == ["the sun on the desk", "a call from Ana"]
    assert "in_the_way" in data and "kind_days" in data  # Kind's own sections are still there

    with Journal(tmp_path / "b.sqlite3", now=lambda: T0, kinds=kinds) as b:
        assert import_data(b, data).moments_added == 2
        again = import_data(b, data)
        assert again.moments_added == 0 and again.skipped >= 2  # merged by uid
        assert {g.uid for g in b.moments(GLAD)} == {g["uid"] for g in data["glad"]}
    with Journal(tmp_path / "c.sqlite3") as plain:  # a Kind without the practice
        import_data(plain, data)
        assert plain.moment_kinds == kind_practices().stored_kinds()


def test_a_bad_item_of_a_described_section_changes_nothing(tmp_path: Path) -> None:
    registry = kind_practices()
    registry.register(FAKE)
    with Journal(tmp_path / "a.sqlite3", kinds=registry.stored_kinds()) as j:
        data = export_data(j)
        data["glad"] = [{"uid": "a", "created": iso_utc(T0), "words": 3}]
        from kindapp.core.errors import ImportProblem

        with pytest.raises(ImportProblem, match=r"glad\[0\]"):
            import_data(j, data)
        assert j.moments(GLAD) == []


def test_the_registry_refuses_a_second_practice_keeping_the_same_table() -> None:
    registry = kind_practices()
    registry.register(FAKE)
    with pytest.raises(ValueError, match="glad"):
        registry.register(Practice(id="glad2", title="Glad again", stored=(GLAD,)))


def test_a_kind_without_a_migration_before_it_is_refused() -> None:
    late = MomentKind(**{**GLAD.__dict__, "schema_version": len(STEPS) + 3})
    with pytest.raises(ValueError, match="no migration"):
        with_kinds(STEPS, [late])


def test_the_practices_nudges_come_from_the_registry(tmp_path: Path) -> None:
    from kindapp.core import nudges

    registry = kind_practices()
    registry.register(FAKE)
    with Journal(tmp_path / "a.sqlite3", now=lambda: T0, kinds=registry.stored_kinds()) as j:
        _keep(j, "tea")
        found = nudges.pending_in(j, T0, registry.nudge_sources())
        assert [o.key for o in found] == ["glad"]
        assert nudges.pending_in(j, T0) == []  # Kind's own practices: nothing pending


def test_a_practice_page_opens_from_every_calm_screen_but_not_over_a_practice() -> None:
    nav = Navigator()
    moves: list[tuple[object, object]] = []
    nav.add_listener(lambda old, new: moves.append((old, new)))
    page = Page("glad")
    assert nav.open_page(page) == page and nav.screen == page
    assert moves == [(Screen.HOME, page)]
    assert nav.can(Nav.OPEN_LETTER) and not nav.can(Nav.OPEN_SETTINGS)  # like a writing page
    nav.go(Nav.OPEN_PRACTICE)
    assert not nav.can_open_page()
    with pytest.raises(IllegalNavigation):
        nav.open_page(page)


def test_every_practice_page_is_built_by_a_writing_screen_module() -> None:
    """The writing flow imports a page's module by its registry entry's name (not an import
    the architecture test sees): each is a module of ui/writing with a `build_page`."""
    pages = [p.page for p in kind_practices().pages()]
    assert pages and all(isinstance(p, PracticePage) for p in pages)
    for page in pages:
        assert page is not None
        assert page.module.startswith("kindapp.ui.writing."), page.module
        path = PACKAGE.parent / (page.module.replace(".", "/") + ".py")
        tree = ast.parse(path.read_text())
        assert any(isinstance(n, ast.FunctionDef) and n.name == "build_page" for n in tree.body)
        assert page.command in {c.id for p in kind_practices() for c in p.commands()}
