"""Keyboard shortcuts the dialogs and lists share: Ctrl+Enter saves from any field of a form
(a multi-line box included, where Enter is a new line), Ctrl+F goes to a list's search."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget

SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's Enter and the keypad's


def save_keys(widget: QWidget, save: Callable[[], object]) -> list[QShortcut]:
    """Ctrl+Enter anywhere inside `widget` (a dialog) calls `save`."""
    shortcuts = []
    for keys in SAVE_KEYS:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(save)
        shortcuts.append(shortcut)
    return shortcuts


def find_key(view: QWidget, search: QLineEdit) -> QShortcut:
    """Ctrl+F (the platform's Find) inside `view` puts the cursor in its search box, its text
    selected so that typing replaces it."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), view)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def go() -> None:
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
    shortcut.activated.connect(go)
    return shortcut
