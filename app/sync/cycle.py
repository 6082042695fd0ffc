"""One sync cycle: check the server's schema and that the address is this desk's station, give
back what a server restored from a backup lost, make sure the server knows this desk as this
file, upload rows loaded in bulk, push the outbox, claim job numbers, pull what is new."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from app.cancel import Cancelled, CancelToken
from app.db import Database
from app.errors import SyncError
from app.models import LocalSetting
from app.models.base import utcnow
from app.services.station import StationInfo, home_station
from app.sync.blocks import claim_blocks
from app.sync.desk_lock import one_cycle
from app.sync.desks import (
    DeskReport,
    StaleDesk,
    check_desk,
    fork_desk,
    register_desk,
    taken_for_another,
)
from app.sync.interruptions import SERVER_TIMEOUTS
from app.sync.link import STATION, Guard, Timeouts, connect
from app.sync.merge import Side
from app.sync.moves import moved_away
from app.sync.pull import PullReport, pull, refetch_discarded
from app.sync.push import PushReport, push
from app.sync.report import LAST_SYNC_KEY, ServerUnreachable, SyncReport
from app.sync.restored import catch_up
from app.sync.server import check_schema, signed_in_station
from app.sync.settings import SyncSettings
from app.sync.upload import UploadReport, upload_station


def reachable_error(exc: DBAPIError, settings: SyncSettings) -> SyncError:
    """The sentence for a failed connection: unreachable, too slow, or refused by the server."""
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if getattr(exc.orig, "sqlstate", None) in SERVER_TIMEOUTS:
        return SyncError("The central server could not finish in time ({reason}); the sync "
                         "stopped and will be tried again.", reason=first)
    if isinstance(exc, OperationalError):
        return ServerUnreachable("The central server {url} cannot be reached: {reason}",
                                 url=settings.safe_url, reason=first)
    return SyncError("The central server refused this station: {reason}", reason=first)


@contextmanager
def central(settings: SyncSettings, token: CancelToken | None = None,
            timeouts: Timeouts = STATION) -> Iterator[Engine]:
    """The central server for one sync or join. A cancelled `token` ends any wait for the
    server at once (Cancelled); a server that does not answer within `timeouts.answer` ends it
    with a sentence, like any other failure to reach it."""
    guard = Guard(timeouts.answer)
    engine = connect(settings.url, timeouts, guard)
    forget = token.on_cancel(guard.interrupt) if token is not None else (lambda: None)
    try:
        yield engine
    except (DBAPIError, SyncError) as exc:
        if guard.reason == "cancelled":
            raise Cancelled from None
        if guard.reason == "timeout":
            raise ServerUnreachable("The central server {url} did not answer for {seconds:g} "
                                    "seconds; the sync stopped and will be tried again.",
                                    url=settings.safe_url, seconds=timeouts.answer) from None
        if isinstance(exc, SyncError):
            raise
        raise reachable_error(exc, settings) from None
    finally:
        forget()
        engine.dispose()


def reading(engine: Engine) -> Connection:
    """A connection that reads without holding a transaction open between its statements
    (nothing idles in a transaction while pages are written locally)."""
    return engine.connect().execution_options(isolation_level="AUTOCOMMIT")


def check_home(conn: Connection, station: StationInfo) -> None:
    """Refuse an address that signs in as another station (or as no station at all)."""
    theirs = signed_in_station(conn)
    if theirs["id"] != station.id:
        raise SyncError("This address signs in as station {theirs}, but this desk belongs to "
                        "station {ours}: nothing was sent or received.",
                        theirs=theirs["code"], ours=station.code)


def checking(token: CancelToken | None) -> Callable[[PullReport], None] | None:
    """A pull's page hook that stops the pull after a page when `token` is cancelled."""
    if token is None:
        return None
    return lambda _report: token.check()


def sync_once(db: Database, settings: SyncSettings, token: CancelToken | None = None,
              timeouts: Timeouts = STATION) -> SyncReport:
    """Push then pull. Raises SyncError (one sentence) when the server is unreachable, does not
    answer, refuses, has a schema this client does not know, or the address is not this desk's
    station's; Cancelled soon after `token` is cancelled. What was committed by then stays:
    pushed batches are recognised if sent again, pulled pages came with their cursor."""
    station = home_station(db)
    with one_cycle(db), central(settings, token, timeouts) as engine:

        @contextmanager
        def server() -> Iterator[Connection]:
            with engine.connect() as conn:
                yield conn

        with reading(engine) as conn:
            check_schema(conn)
            check_home(conn, station)
        resent = catch_up(db, engine, station.id)
        with reading(engine) as conn:
            checked = check_desk(db, conn, station.id)
        desk, uploaded, pushed = _send(db, engine, server, station.id, checked, token)
        claim_blocks(db, engine, station)
        with reading(engine) as conn:
            held = pushed.held + (uploaded.held if uploaded is not None else [])
            pulled = pull(db, conn, on_page=checking(token), held=held)
            refetched = refetch_discarded(db, conn)
            moved = moved_away(db, conn)
    finished = utcnow()
    with db.session() as s:
        s.merge(LocalSetting(key=LAST_SYNC_KEY, value=finished.isoformat()))
    return SyncReport(pushed, pulled, finished, desk, uploaded, refetched, moved, resent)


def _send(db: Database, engine: Engine, server: Callable[[], Any], station_id: str,
          checked: DeskReport | None, token: CancelToken | None
          ) -> tuple[DeskReport, UploadReport | None, PushReport]:
    """Register or check this desk (unless `checked` found all well), upload what was loaded
    in bulk, push the outbox. A file the server does not know as this desk (a copy, a restored
    backup) becomes a new desk first, once."""
    for attempt in (1, 2):
        desk = checked if attempt == 1 and checked else register_desk(db, engine, station_id)
        uploaded = upload_station(db, server, station_id, token)
        try:
            side = Side(station_id, desk.desk_id)
            return desk, uploaded, push(db, server, side, desk.file_id, token)
        except StaleDesk as stale:
            if attempt == 2:
                break
            fork_desk(db, stale.reason)
    raise taken_for_another()
