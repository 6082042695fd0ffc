"""What every view and dialog is handed: the store, who is signed in, the lanes work runs on,
the change bus, where the database file is, and how saved addresses are located."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from app.db import Database
from app.geo.chain import GeocodingChain
from app.services.actor import Actor
from app.services.station import StationInfo
from app.ui.bus import ChangeBus
from app.ui.operation import Operation, Work
from app.ui.tasks import Lane

T = TypeVar("T")


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    station: StationInfo
    runner: Lane
    """The database lane: ONE worker, so every read and write of the station database from
    the UI runs in order (tests hand the synchronous `SyncRunner`)."""
    db_path: Path | None = None
    """The database file (the sync settings live next to it); None: sync cannot be set up."""
    network: Lane | None = None
    """The network lane (the sync, online geocoding, joining, map tiles); None: the database
    lane runs that work too (tests)."""
    bus: ChangeBus = field(default_factory=ChangeBus)
    """Where operations announce what they changed (the main window listens)."""
    geocoding: Callable[[Database], GeocodingChain] | None = None
    """Builds the chain that locates a saved address, in the worker; None: the database's own
    (`site_locations.build_chain`: its cache, its online service, the gazetteer)."""

    @property
    def tz(self) -> ZoneInfo:
        return self.station.tz

    def op(self, owner: QObject, work: Work[T]) -> Operation[T]:
        """An operation on the database lane that announces its changes on the bus."""
        return Operation(self.runner, owner, work, self.bus)

    def network_op(self, owner: QObject, work: Work[T]) -> Operation[T]:
        """An operation on the network lane (it may write in short transactions of its own)."""
        return Operation(self.network or self.runner, owner, work, self.bus)
