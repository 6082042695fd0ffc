"""What every view and dialog is handed: the store, who is signed in, the task runner, and
where the database file is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from app.db import Database
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.station import StationInfo
from app.ui.tasks import TaskRunner

Notify = Callable[[Changes], None]
"""How a view reports what a write changed (the main window re-emits it to every view)."""


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    station: StationInfo
    runner: TaskRunner
    db_path: Path | None = None
    """The database file (the sync settings live next to it); None: sync cannot be set up."""

    @property
    def tz(self) -> ZoneInfo:
        return self.station.tz
