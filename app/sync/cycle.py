"""One sync cycle: check the server's schema, push the outbox, pull what is new."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from app.cancel import CancelToken
from app.db import Database
from app.errors import SyncError
from app.models import LocalSetting
from app.models.base import utcnow
from app.services.station import home_station
from app.sync.pull import PullReport, pull
from app.sync.push import PushReport, push
from app.sync.server import check_schema, connect
from app.sync.settings import SyncSettings

LAST_SYNC_KEY = "last_sync_at"


class ServerUnreachable(SyncError):
    """The attempt did not reach the central server (network, address, or sign-in failed)."""


@dataclass(frozen=True)
class SyncReport:
    pushed: PushReport
    pulled: PullReport
    finished_at: dt.datetime


def reachable_error(exc: DBAPIError, settings: SyncSettings) -> SyncError:
    """The sentence for a failed connection: unreachable, or refused by the server."""
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if isinstance(exc, OperationalError):
        return ServerUnreachable("The central server {url} cannot be reached: {reason}",
                                 url=settings.safe_url, reason=first)
    return SyncError("The central server refused this station: {reason}", reason=first)


def last_sync_at(db: Database) -> dt.datetime | None:
    """When the last cycle finished (UTC), or None before the first one."""
    with db.session() as s:
        row = s.get(LocalSetting, LAST_SYNC_KEY)
        return dt.datetime.fromisoformat(row.value) if row is not None else None


def sync_once(db: Database, settings: SyncSettings,
              token: CancelToken | None = None) -> SyncReport:
    """Push then pull; raises SyncError (one sentence) when the server is unreachable,
    refuses, or has a schema this client does not know. `token`: how the app cancels the
    cycle (not yet honoured here: the sync core's timeouts and cancel points come with
    issue 12.3's core side)."""
    station = home_station(db)
    engine = connect(settings.url)

    @contextmanager
    def server() -> Iterator[Connection]:
        with engine.connect() as conn:
            yield conn

    try:
        with server() as conn:
            check_schema(conn)
            conn.rollback()
        pushed = push(db, server, station.id)
        with server() as conn:
            pulled = pull(db, conn)
            conn.rollback()
    except DBAPIError as exc:
        raise reachable_error(exc, settings) from None
    finally:
        engine.dispose()
    finished = utcnow()
    with db.session() as s:
        s.merge(LocalSetting(key=LAST_SYNC_KEY, value=finished.isoformat()))
    return SyncReport(pushed, pulled, finished)
