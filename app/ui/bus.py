"""The change bus: every write announces what it changed, and who asked for it.

An operation that wrote (`app.ui.operation`) announces the `Changes` its service returned with
the widget that initiated it (Anki's `operation_did_execute(changes, handler)`); the main window
passes them on to the views, which refresh only for their own flags (a hidden view later, when
it is shown).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes


class ChangeBus(QObject):
    changed = Signal(object, object)  # Changes, the initiating QObject (or None)

    def announce(self, changes: Changes, initiator: QObject | None = None) -> None:
        if changes:
            self.changed.emit(changes, initiator)
