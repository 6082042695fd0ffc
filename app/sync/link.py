"""The client's connection to the central server: it never waits for ever.

libpq on its own would wait for the operating system's TCP timeout to connect (minutes), never
notice a peer that vanished mid-query, and wait for ever on a server process that stopped
answering (its kernel still acknowledges, so even keepalives pass). So every connection gets a
connect timeout, TCP keepalives and a statement timeout asked of the server, unless the address
sets them itself; and a `Guard` watches each wait for an answer: past its deadline, or when the
sync is cancelled, it breaks the connection (a cancel request to the server, then the socket
shut down under the waiting thread), so the wait ends with an error at once.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import psycopg
from psycopg.types.array import ListBinaryDumper
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, ExceptionContext, make_url
from sqlalchemy.exc import SQLAlchemyError

from app.errors import SyncError


@dataclass(frozen=True)
class Timeouts:
    """How long a connection may take, in seconds (None: no limit)."""

    connect: int = 15
    statement: float | None = 60.0  # the server cancels a statement that runs longer
    lock: float | None = None  # the server gives up waiting for a lock after this
    answer: float | None = 90.0  # this client gives up waiting for any one answer
    keepalive_idle: int = 30  # then a probe every keepalive_interval, keepalive_count times
    keepalive_interval: int = 10
    keepalive_count: int = 3


STATION = Timeouts()
"""A sync or a join: the longest statement of a real sync (a 500-change batch, a 5,000-row page,
a 1 MB piece of a photo on a slow line) takes seconds; the client waits the server's statement
timeout and half as long again before it gives up on an answer."""

ADMIN = Timeouts(statement=None, lock=10.0, answer=None)
"""`fielddesk server init|add-station`: a migration may take long, but it never queues behind a
station's lock (which would queue every station behind it)."""


def waiting_at_most(answer: float) -> Timeouts:
    """The station's timeouts for a client that waits at most `answer` seconds for the
    server (the server is asked to give up on a statement a little sooner)."""
    return replace(STATION, statement=answer * 2 / 3, answer=answer)


def connect_args(url: str, timeouts: Timeouts) -> dict[str, Any]:
    """libpq parameters for `timeouts`, leaving out those the address sets itself."""
    given = make_url(url).query
    options = " ".join(f"-c {name}={int(seconds * 1000)}" for name, seconds in (
        ("statement_timeout", timeouts.statement), ("lock_timeout", timeouts.lock))
        if seconds is not None)
    wanted: dict[str, Any] = {
        "connect_timeout": timeouts.connect, "keepalives": 1,
        "keepalives_idle": timeouts.keepalive_idle,
        "keepalives_interval": timeouts.keepalive_interval,
        "keepalives_count": timeouts.keepalive_count, "options": options}
    return {k: v for k, v in wanted.items() if k not in given and v != ""}


def connect(url: str, timeouts: Timeouts = STATION, guard: Guard | None = None) -> Engine:
    """An engine for the central server; with a guard, its connections answer to it."""
    try:
        engine = create_engine(make_url(url), pool_pre_ping=True,
                               connect_args=connect_args(url, timeouts))
    except (SQLAlchemyError, ValueError) as exc:
        raise SyncError("The central database address is not valid: {reason}",
                        reason=str(exc)) from None
    event.listen(engine, "connect", _binary_arrays)
    if guard is not None:
        @event.listens_for(engine, "do_connect")
        def guarded(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
            conn = GuardedConnection.connect(*cargs, **cparams)
            conn.guard = guard
            return conn

        @event.listens_for(engine, "handle_error")
        def broken(context: ExceptionContext) -> None:
            if guard.reason is not None:  # dropped, never reset for the pool: it is broken
                context.is_disconnect = True
    return engine


def _binary_arrays(dbapi_conn: psycopg.Connection[Any], _record: Any) -> None:
    """Lists go to the server as binary arrays: psycopg's text form quotes and escapes each
    element in Python, seven times slower, and a push sends lists of hundreds of ids a batch
    (the changes it carries, the rows it locks)."""
    dbapi_conn.adapters.register_dumper(list, ListBinaryDumper)


class GuardedConnection(psycopg.Connection[Any]):
    """A psycopg connection whose every wait for the server (a query, a commit, a ping) its
    guard can end."""

    guard: Guard | None = None

    def wait(self, *args: Any, **kwargs: Any) -> Any:
        if self.guard is None:
            return super().wait(*args, **kwargs)
        with self.guard.waiting(self) as deadline:
            if deadline is not None:
                kwargs["timeout"] = deadline
            return super().wait(*args, **kwargs)


class Guard:
    """Ends the server waits of one sync when it is cancelled (`interrupt`, from any thread)
    or when one of them outlasts `answer` seconds. `reason` says which happened first."""

    def __init__(self, answer: float | None) -> None:
        self.answer = answer
        self.reason: str | None = None  # "cancelled" or "timeout"
        self._lock = threading.Lock()
        self._busy: set[GuardedConnection] = set()

    @contextmanager
    def waiting(self, conn: GuardedConnection) -> Iterator[float | None]:
        with self._lock:
            if self.reason is not None:  # interrupted: no new wait may begin
                _break(conn)
            self._busy.add(conn)
        started = time.monotonic()
        try:
            yield self.answer
        except psycopg.OperationalError:
            if self.answer is not None and time.monotonic() - started >= self.answer:
                self._trip("timeout", conn)
            raise
        finally:
            with self._lock:
                self._busy.discard(conn)

    def interrupt(self) -> None:
        """Cancel: every wait under way ends with an error now, and so does any later one."""
        self._trip("cancelled", None)

    def _trip(self, reason: str, conn: GuardedConnection | None) -> None:
        with self._lock:
            self.reason = self.reason or reason
            for busy in {*self._busy, *([conn] if conn is not None else [])}:
                _break(busy)


def _break(conn: GuardedConnection) -> None:
    """Send the server a cancel request (in the background: it waits on the network itself)
    and shut the socket down, which wakes the thread waiting on it. Called with the guard's
    lock held while the connection is busy, so it is still open."""
    try:
        fd = conn.pgconn.socket
    except psycopg.Error:
        return  # closed already
    threading.Thread(target=_send_cancel, args=(conn,), name="sync-cancel",
                     daemon=True).start()
    sock = socket.socket(fileno=fd)
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # not connected any more
    finally:
        sock.detach()  # the socket stays libpq's to close


CANCEL_TIMEOUT = 10.0


def _send_cancel(conn: GuardedConnection) -> None:
    """libpq's non-blocking cancel: the older blocking one (`PGcancel.cancel`) holds Python's
    GIL while it connects, so a cancel request on a line that stopped answering froze every
    thread of the app (the fault suite's proxy found it)."""
    with contextlib.suppress(psycopg.Error):  # the server is gone: nothing left to cancel
        conn.cancel_safe(timeout=CANCEL_TIMEOUT)
