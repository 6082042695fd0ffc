"""What the main window expects of a view (a QWidget with these three methods)."""

from __future__ import annotations

from typing import Protocol

from app.services.changes import Changes


class View(Protocol):
    def activate(self) -> None:
        """The view was shown; the first call starts its first query."""

    def refresh(self) -> None:
        """Query again (F5)."""

    def on_changes(self, changes: Changes) -> None:
        """A write changed `changes`: re-query in the background if any flag concerns the view."""
