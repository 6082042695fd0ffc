"""The local SQLite store: engine with FieldDesk's pragmas and one session per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.db.desk import bind_file
from app.db.integrity import check_database, create_private, damaged, make_private
from app.db.page_check import PageCheck
from app.db.schema_version import at_newest


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # SQLAlchemy, not the driver, opens transactions (see _begin): the driver's own habit is to
    # start one only before INSERT/UPDATE/DELETE, leaving reads and DDL outside it.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    # FULL: each commit syncs the write-ahead log to disk before it returns, so a change the app
    # reported saved survives a power cut (NORMAL would lose the last commits); its cost is in
    # `python -m benchmarks` ("save a job edit"), and docs/ARCHITECTURE.md says why.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _begin(conn: Connection) -> None:
    """Every transaction really begins at its first statement, reads and DDL included, so a
    read-then-write is one transaction and a migration commits or rolls back as a whole.

    It begins IMMEDIATE: it takes the write lock at once, waiting up to the busy timeout while
    another connection (the sync in its thread) writes. A deferred transaction that read first
    could not take the lock after another connection committed (WAL: its snapshot is stale),
    and would fail at once with "database is locked", the busy timeout notwithstanding."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def set_foreign_keys(conn: Connection, on: bool) -> None:
    """Switch SQLite's foreign key checks for this connection (only possible between
    transactions, so it goes straight to the driver)."""
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    dbapi.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


BULK_CACHE = -64 * 1024  # PRAGMA cache_size in KiB when negative: 64 MB
APP_CACHE = -2000  # SQLite's default, the app's other connections': 2 MB


def set_bulk_writes(conn: Connection, on: bool, synced: bool = True) -> None:
    """Set this connection up for writing server rows in bulk (a pull's pages, a push's
    settle), or back as the app's other connections are:
    - no foreign key checks: a parent may come a page after its child;
    - commits synced to disk (FULL, the app's setting) or, not `synced`, at checkpoints only
      (NORMAL: a power cut may take the last commits away, never corrupting the file);
    - a page cache of 64 MB, not 2: a page of 5,000 rows goes into indexes all over (names'
      sort keys, phones), whose pages a small cache reads from the OS again and again (the
      first pull of 100,000 rows took a fifth longer).
    Only between transactions, so it goes straight to the driver."""
    set_foreign_keys(conn, not on)
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    dbapi.execute(f"PRAGMA synchronous = {'NORMAL' if on and not synced else 'FULL'}")
    dbapi.execute(f"PRAGMA cache_size = {BULK_CACHE if on else APP_CACHE}")


def _gate_writes(engine: Engine, pages: PageCheck) -> None:
    """Connections get the check's authorizer until the file is known to be sound; the first
    transaction after that verdict takes it away again (it costs a call per statement)."""

    def connect(dbapi_conn: Any, record: Any) -> None:
        if not pages.sound:
            dbapi_conn.set_authorizer(pages.authorize)
            record.info["gated"] = True

    def begin(conn: Connection) -> None:
        if pages.sound and conn.connection.info.pop("gated", False):
            dbapi = conn.connection.driver_connection
            assert dbapi is not None
            dbapi.set_authorizer(None)

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", begin)


class Database:
    """Owns the engine; hands out short sessions that commit or roll back as one transaction.

    `pages`: the quick check of the file still running in the background, if any; until its
    verdict every connection's writes wait for it, and a damaged file refuses them
    (DamagedDatabase) while reads go on."""

    def __init__(self, engine: Engine, pages: PageCheck | None = None) -> None:
        self.engine = engine
        self.pages = pages
        self._factory = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def sqlite(cls, path: Path, pages: PageCheck | None = None) -> Database:
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _sqlite_pragmas)
        if pages is not None:
            _gate_writes(engine, pages)
        event.listen(engine, "begin", _begin)
        return cls(engine, pages)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """`with db.session() as s:` -- one write transaction (BEGIN IMMEDIATE): commits on
        success, rolls everything back on error."""
        try:
            with self._factory() as s, s.begin():
                yield s
        except DatabaseError:
            if self.pages is not None and (problem := self.pages.wait(0)) is not None:
                raise damaged(self.pages.path, problem) from None
            raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(path: Path, pages_later: bool = False) -> Database:
    """Open the database file and bring its schema up to date; a missing file is created,
    readable by its user only. An existing one is checked first and refused, untouched, when
    it is damaged, empty or no database (DamagedDatabase) or from a newer FieldDesk
    (StorageError). `pages_later`: the pages are checked in the background (the desk's start:
    its first screen does not wait), writes waiting for the verdict. A copy of a database, or
    a restored backup, becomes a new desk of its station (`app.db.desk.bind_file`)."""
    pages = None
    if not create_private(path):
        make_private(path)
        check_database(path, pages=not pages_later)
        pages = PageCheck(path).start() if pages_later else None
    db = Database.sqlite(path, pages)
    try:
        if not at_newest(db.engine):
            from app.db.migrate import upgrade  # alembic: some 0.15 s, rarely needed at start

            upgrade(db.engine)
        with db.session() as s:
            bind_file(s, path)
    except BaseException:
        db.dispose()
        raise
    return db
