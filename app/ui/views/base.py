"""What the main window expects of a view (a QWidget with these three methods)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject

from app.services.changes import Changes


class View(Protocol):
    def activate(self) -> None:
        """The view was shown; the first call starts its first query."""

    def refresh(self) -> None:
        """Query again (F5)."""

    def on_changes(self, changes: Changes, initiator: QObject | None = None) -> None:
        """A write changed `changes` (asked for by `initiator`, a widget, or None): re-query in
        the background if any flag concerns the view. A hidden view hears of them when it is
        shown again."""
