"""What a person sees, found the way assistive technology finds it.

Every screen in every look is rendered; the accessibility tree (QAccessible: the same objects,
names, states and extents that Qt's AT-SPI bridge exports over D-Bus, where `GetExtents` is
`QAccessibleInterface.rect()`) gives each check box, radio button, button and label, and the
real pixels inside each one's extents are measured against WCAG 2.2:

- a check box's or radio button's box (its boundary, or its accent fill when on) 3:1;
- words 4.5:1 (7:1 in the high-contrast look);
- a disabled control still 3:1, yet clearly dimmer than enabled words;
- every accessible name starts with the words shown (WCAG 2.5.3, label in name).

A style sheet rule that overrides the palette (or a control the style sheet forgot) is caught
here even when the design tokens are fine.
"""

from __future__ import annotations

from dataclasses import dataclass

import pixels
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from test_looks import SCREENS, _make, _open_and_settle, _screen_id

from kindapp.core.navigation import Screen
from kindapp.ui.common import theme
from kindapp.ui.common.tokens import contrast

ROLE = QAccessible.Role


@dataclass
class Found:
    iface: QAccessibleInterface
    role: QAccessible.Role
    name: str
    rect: QRect  # in the window's grab, device pixels
    disabled: bool
    widget: QWidget | None


def _walk(iface: QAccessibleInterface, window: QWidget, dpr: float, out: list[Found]) -> None:
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None or not child.isValid():
            continue
        state = child.state()
        if state.invisible or state.offscreen:
            continue
        r = child.rect()
        top_left = window.mapFromGlobal(r.topLeft())
        rect = QRect(
            QPoint(round(top_left.x() * dpr), round(top_left.y() * dpr)),
            r.size() * dpr,
        )
        obj = child.object()
        widget = obj if isinstance(obj, QWidget) else None
        out.append(
            Found(
                child, child.role(), child.text(QAccessible.Text.Name), rect, state.disabled, widget
            )
        )
        _walk(child, window, dpr, out)


def accessible_objects(window: QWidget) -> list[Found]:
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid(), "no accessibility tree for the window"
    found: list[Found] = []
    _walk(root, window, window.devicePixelRatioF(), found)
    return found


def _visible_in(img: QImage, f: Found, page: QWidget) -> QRect | None:
    """The part of the object's extents that is on the page's visible area."""
    if f.widget is not None:
        vis = f.widget.visibleRegion().boundingRect()
        if vis.isEmpty():
            return None
    rect = f.rect.intersected(img.rect())
    return None if rect.width() < 4 or rect.height() < 4 else rect


def _ink(img: QImage, rect: QRect) -> tuple[QColor, QColor] | None:
    counts = pixels.colours(img, rect)
    if not counts:
        return None
    bg = QColor(counts.most_common(1)[0][0])
    ink = max((QColor(rgb) for rgb in counts), key=lambda c: pixels.contrast(c, bg))
    return bg, ink


def _indicator(img: QImage, rect: QRect, dpr: float) -> QRect:
    """A check box's or radio button's box: the left end of its extents (Kind's style puts a
    20 px box there, then 10 px, then the words)."""
    side = round(22 * dpr)
    return QRect(rect.left(), rect.top(), min(side, rect.width()), rect.height())


LOWEST: dict[str, tuple[float, str]] = {}  # per kind of thing measured: the lowest ratio seen


def _note(kind: str, ratio: float, what: str) -> None:
    if kind not in LOWEST or ratio < LOWEST[kind][0]:
        LOWEST[kind] = (ratio, what)


def look_problems(window: QWidget, page: QWidget, look: str) -> tuple[list[str], int]:
    img = window.grab().toImage()
    dpr = img.devicePixelRatio()
    tokens = theme.tokens_for(look)
    text_need = 7.0 if look == "contrast" else 4.5
    problems: list[str] = []
    measured = 0
    page_ids = {id(w) for w in page.findChildren(QWidget)} | {id(page)}
    for f in accessible_objects(window):
        if f.widget is not None and id(f.widget) not in page_ids:
            continue  # another screen's, or the banner's
        rect = _visible_in(img, f, page)
        if rect is None:
            continue
        what = f"{f.role.name} '{f.name[:40]}'"
        if f.role in (ROLE.CheckBox, ROLE.RadioButton):
            box = _indicator(img, rect, dpr)
            # The paper the box sits on: the most common colour of the whole row.
            bg = pixels.background(img, rect)
            counts = pixels.colours(img, box)
            edge = max((QColor(rgb) for rgb in counts), key=lambda c: pixels.contrast(c, bg))
            ratio = pixels.contrast(edge, bg)
            measured += 1
            _note("box", ratio, what)
            if ratio < 3.0:
                problems.append(f"{what}: its box {edge.name()} on {bg.name()} is {ratio:.2f}:1")
            words = QRect(box.right() + 1, rect.top(), rect.width() - box.width(), rect.height())
            found = _ink(img, words) if words.width() > 4 else None
            if found is not None and any(ch.isalnum() for ch in f.name):
                _judge_words(what, found, f.disabled, look, text_need, tokens.ink, problems)
        elif f.role == ROLE.StaticText and any(ch.isalnum() for ch in f.name):
            if isinstance(f.widget, QLabel) and (
                not f.widget.pixmap().isNull() or not f.widget.text().strip()
            ):
                continue  # a picture, or a label that shows nothing (its name is for AT)
            found = _ink(img, rect)
            if found is not None:
                measured += 1
                _judge_words(what, found, f.disabled, look, text_need, tokens.ink, problems)
        elif f.role == ROLE.Button and f.disabled and isinstance(f.widget, QAbstractButton):
            inner = rect.adjusted(4, 4, -4, -4)
            found = _ink(img, inner) if not inner.isEmpty() else None
            if found is not None and f.widget.text():
                measured += 1
                _judge_words(what, found, True, look, text_need, tokens.ink, problems)
    return problems, measured


def _judge_words(
    what: str,
    found: tuple[QColor, QColor],
    disabled: bool,
    look: str,
    need: float,
    ink: str,
    problems: list[str],
) -> None:
    bg, fg = found
    ratio = pixels.contrast(fg, bg)
    _note("disabled words" if disabled else "words", ratio, what)
    if disabled:
        enabled = contrast(ink, bg.name())
        if ratio < 3.0:
            problems.append(f"{what} (disabled): {fg.name()} on {bg.name()} is {ratio:.2f}:1")
        elif ratio > 0.8 * enabled:
            problems.append(
                f"{what} is disabled but drawn like enabled words ({ratio:.2f}:1, "
                f"enabled {enabled:.2f}:1)"
            )
    elif ratio < need:
        problems.append(f"{what}: {fg.name()} on {bg.name()} is {ratio:.2f}:1, needs {need}:1")


def _record(name: str, look: str, lowest: dict[str, tuple[float, str]]) -> None:
    """The lowest ratios measured on this screen, for the figures in a report (artifacts/,
    not committed)."""
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "artifacts" / "contrast"
    folder.mkdir(parents=True, exist_ok=True)
    data = {k: {"ratio": round(r, 2), "what": w} for k, (r, w) in lowest.items()}
    (folder / f"{name}.json").write_text(json.dumps({"look": look, **data}, indent=1))


CASES = [
    pytest.param(look, screen, how, id=f"{look}-{_screen_id(screen, how)}")
    for look in ("light", "dark", "contrast")
    for screen, how in SCREENS
]


@pytest.mark.parametrize("look,screen,how", CASES)
def test_every_control_and_label_reads_on_the_real_screen(
    make_kind, tmp_path, qtbot, snap, look, screen, how
):
    kind = _make(make_kind, tmp_path, how, look, 1.0)
    c = kind.controller
    w = kind.window
    page = _open_and_settle(kind, qtbot, screen, how)
    qtbot.waitUntil(lambda: page.isVisible())
    LOWEST.clear()
    problems, measured = look_problems(w, page, look)
    name = f"a11y-{look}-{_screen_id(screen, how)}"
    _record(name, look, LOWEST)
    if problems:
        snap(w, name)
    assert measured > 0, f"{name}: nothing measured"
    assert not problems, f"{name}:\n" + "\n".join(problems)
    if c.practice.driver is not None:
        c.practice.leave_practice()


@pytest.mark.parametrize(
    "screen,how", [pytest.param(s, h, id=_screen_id(s, h)) for s, h in SCREENS]
)
def test_every_name_starts_with_what_is_shown(make_kind, tmp_path, qtbot, screen, how):
    """A person using voice control says what they see: the accessible name of each button,
    check box and radio button starts with its words, and a control a label names (its buddy)
    is called by that label."""
    kind = _make(make_kind, tmp_path, how)
    page = _open_and_settle(kind, qtbot, screen, how)
    differ = []
    for f in accessible_objects(kind.window):
        if f.widget is None or not (page.isAncestorOf(f.widget) or f.widget is page):
            continue
        if isinstance(f.widget, QAbstractButton):
            shown = f.widget.text().replace("&", "").strip()
            if shown and not f.name.lower().startswith(shown.lower()):
                differ.append(f"'{shown}' is announced as '{f.name}'")
    for lab in page.findChildren(QLabel):
        buddy = lab.buddy()
        if buddy is None or not lab.isVisible():
            continue
        shown = lab.text().replace("&", "").strip()
        if not buddy.accessibleName().lower().startswith(shown.lower()):
            differ.append(f"'{shown}' labels a control announced as '{buddy.accessibleName()}'")
    assert not differ, f"{_screen_id(screen, how)}:\n" + "\n".join(differ)
    if kind.controller.practice.driver is not None:
        kind.controller.practice.leave_practice()


def test_disabled_controls_look_disabled_in_every_look(make_kind, tmp_path, qtbot, snap):
    """Settings with the lock off: its controls are disabled, and every look shows it."""
    from kindapp.core.navigation import Nav

    kind = make_kind(tmp_path)
    c = kind.controller
    c.nav.go(Nav.OPEN_SETTINGS)
    page = kind.window.page(Screen.SETTINGS)
    qtbot.waitUntil(page.isVisible)
    privacy = page.privacy
    assert not privacy.lock.isChecked()
    disabled = [privacy.change_button, privacy.lock_now_button, privacy.after]
    assert all(not d.isEnabled() for d in disabled)
    for look in ("light", "dark", "contrast"):
        c.set_look(look=look, scale=1.0)
        for d in disabled:
            page_area = page.findChild(QWidget, "Screen")
            assert page_area is not None
            d.window().activateWindow()
            from PySide6.QtWidgets import QScrollArea

            area = page.findChild(QScrollArea)
            assert area is not None
            area.ensureWidgetVisible(d)
            img = kind.window.grab().toImage()
            top_left = d.mapTo(kind.window, QPoint(0, 0))
            rect = QRect(top_left, d.size()).adjusted(4, 4, -4, -4)
            found = _ink(img, rect)
            assert found is not None
            bg, fg = found
            ratio = pixels.contrast(fg, bg)
            enabled = contrast(theme.tokens_for(look).ink, bg.name())
            snap(kind.window, f"disabled-{look}")
            assert 3.0 <= ratio < 0.8 * enabled, (
                f"{look}: disabled '{d.accessibleName()}' {fg.name()} on {bg.name()} "
                f"{ratio:.2f}:1 (enabled words {enabled:.2f}:1)"
            )
