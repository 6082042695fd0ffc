"""Joining a station from the central server: a replacement or second desk of an existing
station starts from an empty database and takes everything the station owns on the server
(its row, users with their passwords, technicians, customers, jobs...), so nobody creates a
second "admin" that would collide on the next pull, and a broken PC loses nothing that had
been synced.

The pull commits page by page; the database becomes the station's (its home station is set)
only once everything came down. A join that was cut off is simply run again: it resumes where
it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.errors import SyncError, ValidationError
from app.models import LocalSetting, OutboxEntry, Station, User
from app.services.station import HOME_KEY, StationInfo, home_station_in
from app.sync.cycle import reachable_error
from app.sync.pull import PAGE, PullReport, pull
from app.sync.server import check_schema, connect
from app.sync.settings import SyncSettings

STATION_COLUMNS = ("id", "code", "name", "timezone", "address", "phone")


@dataclass(frozen=True)
class JoinReport:
    station: StationInfo
    pulled: PullReport


def join_station(db: Database, settings: SyncSettings, page: int = PAGE,
                 on_page: Callable[[PullReport], None] | None = None) -> JoinReport:
    """Make this (empty) database a desk of the station the address signs in as. Raises
    SyncError when the server cannot be reached or names no station, ValidationError when
    the database already holds another station or users of its own. `on_page` hears of each
    page pulled; what it raises stops the join, to be resumed by joining again."""
    engine = connect(settings.url)
    try:
        with engine.connect() as conn:
            check_schema(conn)
            row = conn.execute(text(
                f"SELECT {', '.join(STATION_COLUMNS)} FROM stations WHERE id = fd_station()"
            )).mappings().first()
            conn.rollback()
        if row is None:
            raise SyncError("This address signs in to the central server as no station: use "
                            "the one `fielddesk server add-station` printed for the station.")
        station = StationInfo(**{c: row[c] for c in STATION_COLUMNS})
        _check_empty_for(db, station)
        with db.session() as s:
            s.merge(Station(**{c: row[c] for c in STATION_COLUMNS}))
        with engine.connect() as conn:
            pulled = pull(db, conn, page, on_page)
            conn.rollback()
    except DBAPIError as exc:
        raise reachable_error(exc, settings) from None
    finally:
        engine.dispose()
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
