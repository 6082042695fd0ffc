"""Writing the server's rows into the desk's database (a pull's pages, a push's copies of the
rows it touched), keeping the fields of local changes still waiting to go up; and the server
sequences of the rows a push or a full upload put in (`write_sequences`).

A table's rows go in with one executemany of the driver, each row written once with its local
columns (`app.sync.local_columns`); sites before customers and customers before jobs, so that
a search text reads the addresses and names of the same page.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from app.db.json_values import each_of
from app.models import OutboxEntry
from app.sync.local_columns import COMPUTED, local_values, refresh_dependents
from app.sync.refused import waiting_fields
from app.sync.tables import pulled_columns
from app.sync.writes import Placed

Rows = list[tuple[int, Table, dict[str, Any]]]
"""Server rows: (server sequence, table, the row's pulled columns)."""

WRITE_ORDER = {"sites": -2, "customers": -1, "jobs": 1}  # the rest in between, as they came


def _pending_fields(conn: Connection, names: Iterable[tuple[str, str]]) -> dict[
        tuple[str, str], set[str]]:
    """The fields of these records that local changes still hold (outbox, error queue)."""
    wanted = set(names)
    pending: dict[tuple[str, str], set[str]] = defaultdict(set)
    ids = json.dumps(sorted({row_id for _, row_id in wanted}))
    for name, row_id, fields in conn.execute(
            select(OutboxEntry.table_name, OutboxEntry.row_id, OutboxEntry.fields)
            .where(OutboxEntry.row_id.in_(each_of(ids)))):
        if (name, row_id) in wanted:
            pending[(name, row_id)] |= set(fields)
    for key, fields in waiting_fields(conn).items():
        if key in wanted:
            pending[key] |= fields
    return pending


def apply_rows(conn: Connection, rows: Rows) -> None:
    """Write server rows here (in the caller's transaction), keeping the fields of local
    changes still waiting to go up."""
    if not rows:
        return  # (a push with no copies to write, a page of held rows only)
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
    for name in sorted(by_table, key=lambda n: WRITE_ORDER.get(n, 0)):
        batch = by_table[name]
        upsert = _upsert(tables[name])
        conn.exec_driver_sql(upsert.sql, upsert.values(batch, local_values(conn, name, batch)))
    refresh_dependents(conn, by_table)


def write_sequences(conn: Connection, placed: Sequence[Placed]) -> None:
    """The server sequence of each row these INSERTs put in as this desk holds it (as a pull
    would write it: a later change of the row names that base), never back below one a pull
    wrote meanwhile."""
    for p in placed:
        conn.exec_driver_sql(
            f"UPDATE {p.t.name} SET server_seq = ? WHERE id = ? AND server_seq < ?",
            [(n, i, n) for i, n in p.seqs])


@dataclass(frozen=True)
class _Upsert:
    """A table's rows in one executemany of the driver: its statement, and the conversion of
    the columns SQLite stores otherwise (SQLAlchemy's own, without its per-row work)."""

    sql: str
    pulled: Callable[[dict[str, Any]], tuple[Any, ...]]  # a row's pulled columns, in order
    converters: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, conversion)
    extra: tuple[Any, ...]  # a new row's other local columns: their defaults

    def values(self, rows: list[dict[str, Any]], local: list[tuple[str, ...]]
               ) -> list[tuple[Any, ...]]:
        """Each row's parameters: its pulled columns, its computed local ones (`local`), the
        other local ones' defaults."""
        values = [[*self.pulled(r), *computed, *self.extra]
                  for r, computed in zip(rows, local, strict=True)]
        for i, convert in self.converters:
            for v in values:
                v[i] = convert(v[i])
        return list(map(tuple, values))


SQLITE = sqlite.dialect()  # the desk's database: SQLAlchemy's defaults (app.db.database)


@cache
def _upsert(t: Table) -> _Upsert:
    pulled = pulled_columns(t)
    columns = (*pulled, *COMPUTED.get(t.name, ()))
    local = [c for c in t.c if c.key not in columns]
    names = [*columns, *(c.key for c in local)]
    sql = (f"INSERT INTO {t.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
           f" ON CONFLICT (id) DO UPDATE SET "
           + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id"))
    converters = ((i, t.c[c].type.dialect_impl(SQLITE).bind_processor(SQLITE))
                  for i, c in enumerate(pulled))
    return _Upsert(sql, itemgetter(*pulled),
                   tuple((i, convert) for i, convert in converters if convert is not None),
                   tuple(c.default.arg if isinstance(c.default, ScalarElementColumnDefault)
                         else None for c in local))
