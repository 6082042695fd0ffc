"""Pull: rows the server sequenced after this station's cursor, in pages; each page's rows and
the new cursor commit together, so a pull that dies resumes where it stopped.

Row-level security on the server limits what comes down to this station's rows and the shared
reference rows. Fields of a row that still wait in the outbox, or in the error queue, keep their
local value. Records whose refused changes the dispatcher discarded come down again by id
(`refetch_discarded`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Generator, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Executable,
    Select,
    Table,
    TextClause,
    any_,
    bindparam,
    cast,
    func,
    literal,
    select,
    text,
    union_all,
)
from sqlalchemy.dialects.postgresql import ARRAY, INT4RANGE
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.db import Database
from app.db.database import set_bulk_writes
from app.heap import collector_paused
from app.models import LocalSetting
from app.sync import stall
from app.sync.copies import Rows, apply_rows
from app.sync.refused import discarded, forget_discarded
from app.sync.tables import pulled_columns, synced_tables, table

CURSOR_KEY = "sync_cursor"
PAGE = 5000
BLOB_PAGE = 10  # attachments carry their bytes: few per page keeps memory flat
CHUNK = 1024 * 1024  # and each one's bytes come down in pieces of this size


@dataclass
class PullReport:
    rows: int = 0
    pages: int = 0
    cursor: int = 0


def cursor_of(db: Database) -> int:
    with db.session() as s:
        row = s.get(LocalSetting, CURSOR_KEY)
        return int(row.value) if row else 0


Held = Sequence[tuple[int, int]]
"""Server sequence ranges (first, last) of rows this desk holds as the server does: the new
rows its push just put in (`PushReport.held`). No other row the station sees has a sequence
inside one (an INSERT stamps its rows under the station's write order), so a pull passes over
them without bringing them back."""


class _Page(NamedTuple):
    rows: Rows
    cursor: int  # the cursor after the page
    more: bool  # a table filled its page: rows may follow


def _page(conn: Connection, cursor: int, size: int, held: Held = ()) -> _Page:
    """The next rows by server sequence across every table, read in one snapshot (a row
    committed between two of its queries would otherwise be skipped), up to a boundary all
    tables agree on: a table that filled its page stops the page at its last sequence, the
    cursor after it. Else the page holds every row above the cursor but those held, and the
    cursor after it is the last sequence it saw or holds."""
    found: Rows = []
    boundary: int | None = None
    params = {"cursor": cursor, "held": _ranges(held)}
    with _snapshot(conn):
        for t in _with_news(conn, cursor):
            limit = BLOB_PAGE if t.name == "attachments" else size
            rows = _rows(conn, t, _in_order(t, limit, bool(held)), params)
            found += [(r["server_seq"], t, r) for r in rows]
            if len(rows) == limit:
                last = rows[-1]["server_seq"]
                boundary = last if boundary is None else min(boundary, last)
    page = sorted((f for f in found if boundary is None or f[0] <= boundary),
                  key=lambda f: f[0])
    if boundary is not None:
        return _Page(page, boundary, True)
    return _Page(page, max([cursor, *(f[0] for f in page[-1:]), *(last for _, last in held)]),
                 False)


def _ranges(held: Held) -> str:
    """The ranges as a PostgreSQL int4range[] literal."""
    return "{" + ",".join(f'"[{first},{last}]"' for first, last in held) + "}"


@contextmanager
def _snapshot(conn: Connection) -> Iterator[None]:
    """One read-only snapshot for the statements inside, on a connection that otherwise
    holds no transaction (an interrupted one is rolled back when the connection goes back to
    its pool). Without bitmap scans: the row-level security policies OR the station's rows
    with the shared ones, and on a table without statistics yet (just loaded) the planner
    would read every row of the station for each page instead of the next ones by index."""
    conn.exec_driver_sql("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
    yield
    conn.exec_driver_sql("COMMIT")


@cache
def _news() -> TextClause:
    """Which tables have rows above the cursor, in one statement."""
    return text(" UNION ALL ".join(
        f"SELECT '{t.name}' WHERE EXISTS (SELECT FROM {t.name} WHERE station_id ="
        f" public.fd_station() AND server_seq > :cursor) OR EXISTS (SELECT FROM {t.name}"
        " WHERE station_id = '' AND server_seq > :cursor)" for t in synced_tables()))


def _with_news(conn: Connection, cursor: int) -> list[Table]:
    names = set(conn.execute(_news(), {"cursor": cursor}).scalars())
    return [t for t in synced_tables() if t.name in names]


@cache
def _in_order(t: Table, limit: int, passing_held: bool) -> CompoundSelect[Any]:
    """A table's next rows of this station and the shared ones, each side read in sequence
    order from its (station_id, server_seq) index, merged (`passing_held`: but those in the
    held ranges)."""
    after = t.c.server_seq > bindparam("cursor")
    if passing_held:
        after &= ~t.c.server_seq.op("<@")(any_(cast(bindparam("held"), ARRAY(INT4RANGE))))
    sides = [select_of(t).where(t.c.station_id == station, after)
             .order_by(t.c.server_seq).limit(limit)
             for station in (func.public.fd_station(), literal(""))]
    return union_all(*sides).order_by("server_seq").limit(limit)


def select_of(t: Table) -> Select[Any]:
    """The pulled columns of a table (an attachment's bytes apart: `_rows` reads them)."""
    return select(*[t.c[c] for c in pulled_columns(t)
                    if not (t.name == "attachments" and c == "data")])


def _rows(conn: Connection, t: Table, query: Executable,
          params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    result = conn.execute(query, params or {})
    keys = list(result.keys())
    rows = [dict(zip(keys, r, strict=True)) for r in result.all()]
    return [_with_data(conn, t, r) for r in rows] if t.name == "attachments" else rows


def _with_data(conn: Connection, t: Table, row: dict[str, Any]) -> dict[str, Any]:
    """An attachment's bytes, read in chunks (a photo may be many megabytes)."""
    parts: list[bytes] = []
    while True:
        part = conn.scalar(select(func.substring(t.c.data, len(parts) * CHUNK + 1, CHUNK))
                           .where(t.c.id == row["id"]))
        if not part:
            break
        parts.append(bytes(part))
        if len(part) < CHUNK:
            break
    return {**row, "data": b"".join(parts)}


def pull(db: Database, server: Connection, page: int = PAGE,
         on_page: Callable[[PullReport], None] | None = None, held: Held = ()) -> PullReport:
    """Pull until the server has nothing newer (a page that no table filled has all there
    was); each page commits with its cursor. `on_page` hears of each committed page; an
    exception it raises (a cancel) stops the pull there, and the next pull resumes after that
    page. `held`: rows the push just put in, passed over. A page's commit is not synced to
    disk: a power cut that takes it away takes its cursor with it, and the next pull brings
    its rows again (an fsync a page spared; the sync's last commit is synced)."""
    report = PullReport(cursor=cursor_of(db))
    with (unchecked(db, synced=False) as local, collector_paused(),
          closing(_read_ahead(server, report.cursor, page, held)) as pages):
        for rows, after, _ in pages:
            with local.begin():
                apply_rows(local, rows)
                stall.point("pull", report.pages)
                report.cursor = after
                local.execute(sqlite_insert(LocalSetting).values(
                    key=CURSOR_KEY, value=str(report.cursor)).on_conflict_do_update(
                    index_elements=["key"], set_={"value": str(report.cursor)}))
            report.rows += len(rows)
            report.pages += 1
            if on_page is not None:
                on_page(report)
    return report


def _read_ahead(server: Connection, cursor: int, size: int, held: Held
                ) -> Generator[_Page, None, None]:
    """The pages after `cursor`, each read from the server by a thread while the caller writes
    the one before here (the server's reading and the desk's writing overlap; the connection
    is used by one thread at a time). Closing it waits for a read under way, so the caller
    has the connection back alone."""
    with ThreadPoolExecutor(1, "pull-server") as reader:
        ahead: Future[_Page] | None = reader.submit(_page, server, cursor, size, held)
        while ahead is not None:
            page = ahead.result()
            if page.cursor == cursor:
                return
            cursor = page.cursor
            ahead = reader.submit(_page, server, cursor, size, held) if page.more else None
            yield page


@contextmanager
def unchecked(db: Database, synced: bool = True) -> Iterator[Connection]:
    """A local connection to write server rows (`database.set_bulk_writes`): without foreign
    key checks, with a large page cache, and not `synced`: its commits are synced to disk at
    checkpoints only (docs/ARCHITECTURE.md "Durability"), for writes that a power cut may take
    away because the server gives them again; the next synced commit syncs them too."""
    with db.engine.connect() as local:
        set_bulk_writes(local, True, synced)
        try:
            yield local
        finally:
            local.rollback()
            set_bulk_writes(local, False)


def server_copies(server: Connection, wanted: Mapping[str, Collection[str]]) -> Rows:
    """The server's rows of these records (ids by table name), for `apply_rows`; a record
    the server has not is left out."""
    found: Rows = []
    for name, ids in wanted.items():
        t = table(name)
        found += [(r["server_seq"], t, r)
                  for r in _rows(server, t, select_of(t).where(t.c.id.in_(ids)))]
    return found


def refetch_discarded(db: Database, server: Connection) -> int:
    """Bring back the server's copy of each record whose refused change was discarded (one
    the server has not is deleted here too); returns how many records were asked for."""
    wanted = discarded(db)
    if not wanted:
        return 0
    with unchecked(db) as local:
        for name, ids in wanted.items():
            rows = server_copies(server, {name: ids})
            with local.begin():
                apply_rows(local, rows)
                forget_discarded(local, name, {r["id"] for _, _, r in rows}, ids)
    return sum(len(ids) for ids in wanted.values())
