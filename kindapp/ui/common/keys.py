"""Keyboard shortcuts of a screen: one helper instead of the same three lines each time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

Key = Qt.Key | QKeySequence.StandardKey | QKeySequence | str


def shortcut(
    widget: QWidget,
    key: Key,
    slot: Callable[[], object] | SignalInstance,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QShortcut:
    """`key` runs `slot` while `widget` (by default: or a widget inside it) has the focus."""
    made = QShortcut(QKeySequence(key), widget)
    made.setContext(context)
    made.activated.connect(slot)
    return made
