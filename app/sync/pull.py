"""Pull: rows the server sequenced after this station's cursor, in pages; each page's rows and
the new cursor commit together, so a pull that dies resumes where it stopped.

Row-level security on the server limits what comes down to this station's rows and the shared
reference rows. Fields of a row that still wait in the outbox, or in the error queue, keep their
local value. Records whose refused changes the dispatcher discarded come down again by id
(`refetch_discarded`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, Table, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.db import Database
from app.db.database import set_foreign_keys
from app.models import LocalSetting, OutboxEntry
from app.services.sort_keys import refresh_sort_keys
from app.sync import stall
from app.sync.refused import discarded, forget_discarded, waiting_fields
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


def _page(conn: Connection, cursor: int, size: int) -> list[tuple[int, Table, dict[str, Any]]]:
    """The next rows by server sequence across every table, up to a boundary all tables agree
    on: a table that filled its page stops the page at its last sequence."""
    found: list[tuple[int, Table, dict[str, Any]]] = []
    boundary: int | None = None
    for t in synced_tables():
        limit = BLOB_PAGE if t.name == "attachments" else size
        rows = _rows(conn, t, select_of(t).where(t.c.server_seq > cursor)
                     .order_by(t.c.server_seq).limit(limit))
        found += [(r["server_seq"], t, r) for r in rows]
        if len(rows) == limit:
            last = rows[-1]["server_seq"]
            boundary = last if boundary is None else min(boundary, last)
    return sorted((f for f in found if boundary is None or f[0] <= boundary),
                  key=lambda f: f[0])


def select_of(t: Table) -> Select[Any]:
    """The pulled columns of a table (an attachment's bytes apart: `_rows` reads them)."""
    return select(*[t.c[c] for c in pulled_columns(t)
                    if not (t.name == "attachments" and c == "data")])


def _rows(conn: Connection, t: Table, query: Select[Any]) -> list[dict[str, Any]]:
    rows = [dict(r) for r in conn.execute(query).mappings()]
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


def _pending_fields(conn: Connection, names: Iterable[tuple[str, str]]) -> dict[
        tuple[str, str], set[str]]:
    wanted = set(names)
    pending: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, row_id, fields in conn.execute(
            select(OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.fields)):
        if (name, row_id) in wanted:
            pending[(name, row_id)] |= set(fields)
    for key, fields in waiting_fields(conn).items():
        if key in wanted:
            pending[key] |= fields
    return pending


def apply_rows(conn: Connection, rows: list[tuple[int, Table, dict[str, Any]]]) -> None:
    """Write server rows here (in the caller's transaction), keeping the fields of local
    changes still waiting to go up."""
    pending = _pending_fields(conn, ((t.name, r["id"]) for _, t, r in rows))
    by_table: dict[str, list[dict[str, Any]]] = defaultdict(list)
    tables = {}
    for _, t, row in rows:
        local = pending.get((t.name, row["id"]))
        if local:  # changed here since: keep those fields, take the rest
            current = conn.execute(select(t).where(t.c.id == row["id"])).mappings().first()
            if current is not None:
                row = {**row, **{k: current[k] for k in local if k in current}}
        by_table[t.name].append(row)
        tables[t.name] = t
    for name, batch in by_table.items():
        t = tables[name]
        stmt = sqlite_insert(t)
        cols = pulled_columns(t)
        conn.execute(stmt.on_conflict_do_update(
            index_elements=[t.c.id], set_={c: stmt.excluded[c] for c in cols if c != "id"}),
            batch)
    _reindex(conn, rows)


def _reindex(conn: Connection, rows: list[tuple[int, Table, dict[str, Any]]]) -> None:
    """Refresh the local search columns of the customers and jobs a page touched, and the
    sort keys of its customers and technicians."""
    named: dict[str, tuple[Table, list[str]]] = {}
    for _, t, r in rows:
        if t.name in ("customers", "technicians"):
            named.setdefault(t.name, (t, []))[1].append(r["id"])
    for t, ids in named.values():
        refresh_sort_keys(conn, t, ids)
    customers = {r["customer_id"] if t.name != "customers" else r["id"]
                 for _, t, r in rows if t.name in ("customers", "sites", "jobs")}
    for chunk in _chunks(sorted(customers), 500):
        marks = ",".join(f":c{i}" for i in range(len(chunk)))
        params = {f"c{i}": c for i, c in enumerate(chunk)}
        conn.execute(text(
            "UPDATE customers SET search_text = lower(trim(name || ' ' || phone || ' ' || "
            "alt_phone || ' ' || coalesce((SELECT group_concat(address, ' ') FROM (SELECT "
            "address FROM sites WHERE sites.customer_id = customers.id AND sites.deleted = 0 "
            f"ORDER BY id)), ''))) WHERE id IN ({marks})"), params)
        conn.execute(text(
            "UPDATE jobs SET search_text = lower((SELECT trim(jobs.number || ' ' || c.name || "
            "' ' || c.phone || ' ' || c.alt_phone || ' ' || s.address) FROM customers c, "
            "sites s WHERE c.id = jobs.customer_id AND s.id = jobs.site_id)) "
            f"WHERE customer_id IN ({marks})"), params)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for first in range(0, len(items), size):
        yield items[first:first + size]


def pull(db: Database, server: Connection, page: int = PAGE,
         on_page: Callable[[PullReport], None] | None = None) -> PullReport:
    """Pull until the server has nothing newer; each page commits with its cursor. `on_page`
    hears of each committed page; an exception it raises (a cancel) stops the pull there, and
    the next pull resumes after that page."""
    report = PullReport(cursor=cursor_of(db))
    with unchecked(db) as local:
        while rows := _page(server, report.cursor, page):
            with local.begin():
                apply_rows(local, rows)
                stall.point("pull", report.pages)
                report.cursor = rows[-1][0]
                local.execute(sqlite_insert(LocalSetting).values(
                    key=CURSOR_KEY, value=str(report.cursor)).on_conflict_do_update(
                    index_elements=["key"], set_={"value": str(report.cursor)}))
            report.rows += len(rows)
            report.pages += 1
            if on_page is not None:
                on_page(report)
    return report


@contextmanager
def unchecked(db: Database) -> Iterator[Connection]:
    """A local connection without foreign key checks, to write server rows: a parent may
    come a page later than its child."""
    with db.engine.connect() as local:
        set_foreign_keys(local, False)
        try:
            yield local
        finally:
            local.rollback()
            set_foreign_keys(local, True)




def server_copies(server: Connection, wanted: Mapping[str, Collection[str]]
                  ) -> list[tuple[int, Table, dict[str, Any]]]:
    """The server's rows of these records (ids by table name), for `apply_rows`; a record
    the server has not is left out."""
    found: list[tuple[int, Table, dict[str, Any]]] = []
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
