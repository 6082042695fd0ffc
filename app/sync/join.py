"""Joining a station from the central server: a replacement or second desk of an existing
station starts from an empty database and takes everything the station owns on the server
(its row, users with their passwords, technicians, customers, jobs...), so nobody creates a
second "admin" that would collide on the next pull, and a broken PC loses nothing that had
been synced.

The pull commits page by page; the database becomes the station's (its home station is set)
only once everything came down, the server registered the desk and gave it its first job
numbers. A join that was cut off is simply run again: it resumes where it stopped. A joined
desk never numbers jobs freely, only from its blocks: the station's other desks number too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from app.cancel import CancelToken
from app.db import Database
from app.db.desk import current_desk
from app.errors import ValidationError
from app.models import LocalSetting, OutboxEntry, Station, User
from app.services.numbering import BLOCKS
from app.services.station import HOME_KEY, StationInfo, home_station_in
from app.sync.blocks import claim_blocks
from app.sync.cycle import central, reading
from app.sync.desk_lock import one_cycle
from app.sync.desks import register_desk
from app.sync.link import STATION, Timeouts
from app.sync.pull import PAGE, PullReport, pull
from app.sync.server import STATION_COLUMNS, check_schema, signed_in_station
from app.sync.settings import SyncSettings


@dataclass(frozen=True)
class JoinReport:
    station: StationInfo
    pulled: PullReport


def join_station(db: Database, settings: SyncSettings, page: int = PAGE,
                 on_page: Callable[[PullReport], None] | None = None,
                 token: CancelToken | None = None, timeouts: Timeouts = STATION) -> JoinReport:
    """Make this (empty) database a desk of the station the address signs in as. Raises
    SyncError when the server cannot be reached or the address is not a station's,
    ValidationError when the database already holds another station or users of its own.
    `on_page` hears of each page pulled; what it raises stops the join, to be resumed by
    joining again; a cancelled `token` also ends a wait for the server (Cancelled)."""
    with one_cycle(db), central(settings, token, timeouts) as engine:
        with reading(engine) as conn:
            check_schema(conn)
            row = signed_in_station(conn)
        station = StationInfo(**{c: row[c] for c in STATION_COLUMNS})
        _check_empty_for(db, station)
        with db.session() as s:
            s.merge(Station(**{c: row[c] for c in STATION_COLUMNS}))
        with db.session() as s:
            current_desk(s).numbering = BLOCKS
        with reading(engine) as conn:
            pulled = pull(db, conn, page, on_page)
        register_desk(db, engine, station.id)
        claim_blocks(db, engine, station)
    with db.session() as s:
        s.merge(LocalSetting(key=HOME_KEY, value=station.id))
    return JoinReport(station, pulled)


def _check_empty_for(db: Database, station: StationInfo) -> None:
    """Only an empty database, or one this join already began (resumed), may join."""
    with db.session() as s:
        home = home_station_in(s)
        if home is not None and home.id != station.id:
            raise ValidationError("This database belongs to station {code}; a desk joins "
                                  "{joined} from an empty database.", code=home.code,
                                  joined=station.code)
        own_users = s.scalar(select(User.id).where(User.server_seq == 0).limit(1))
        pending = s.scalar(select(OutboxEntry.seq).limit(1))
        if own_users is not None or pending is not None:
            raise ValidationError("This database has users or changes of its own, which would "
                                  "collide with the station's on the server; a desk joins "
                                  "{joined} from an empty database.", joined=station.code)
