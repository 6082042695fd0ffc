"""Bulk writing of demo rows: one compiled INSERT per table, executed on the driver in large
chunks with the values converted as SQLAlchemy's own column types convert them (so the stored
text is exactly what the services write), one transaction per group.

Going around SQLAlchemy's per-row parameter handling makes the large station's half million
rows (audit history, photos) several times faster to write; the conversions themselves are the
types' bind processors, except the UTC datetimes, whose text `utc_text` makes directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert

from app.db import Database
from app.demo.accounts import DEMO_USER
from app.models import Base
from app.models.base import UTCDateTime
from app.services.sort_keys import sort_key
from app.services.sync_status import mark_full_upload

CHUNK = 20_000
Convert = Callable[[Any], Any] | None


def utc_text(value: dt.datetime | None) -> str | None:
    """What UTCDateTime stores on SQLite: naive UTC as "YYYY-MM-DD HH:MM:SS.ffffff"."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _converters(table: Table, keys: Sequence[str], dialect: Any) -> list[Convert]:
    out: list[Convert] = []
    for key in keys:
        column_type = table.c[key].type
        if isinstance(column_type, UTCDateTime):
            out.append(utc_text)
        else:
            out.append(column_type.dialect_impl(dialect).bind_processor(dialect))
    return out


def _keys(table: Table, present: set[str], stamp: Mapping[str, Any]
          ) -> tuple[list[str], dict[str, Any]]:
    """The columns to write (those the rows name, the stamp's, those with a plain default)
    and the value of each when a row leaves it out."""
    defaults = {c.key: getattr(c.default, "arg", None) for c in table.c
                if c.default is not None and c.default.is_scalar} | dict(stamp)
    return [c.key for c in table.c if c.key in present or c.key in defaults], defaults


def _rows(rows: Sequence[Mapping[str, Any]], keys: list[str], defaults: dict[str, Any],
          converters: list[Convert]) -> list[tuple[Any, ...]]:
    pairs = list(zip(keys, converters, strict=True))
    out = []
    for row in rows:
        values = []
        for key, convert in pairs:
            value = row[key] if key in row else defaults[key]
            values.append(convert(value) if convert is not None and value is not None
                          else value)
        out.append(tuple(values))
    return out


def write(db: Database, station_id: str, now: dt.datetime,
          group: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Insert the rows of each table of `group`, in the group's order, in one transaction.

    Synced tables get their bookkeeping here: the station, version 1, never synced yet, stamped
    by the demo at `now`, not deleted; customers and technicians the sort keys of their names.
    The audit history is a group of its own (`app.demo.history`); no outbox entries: this is the
    starting baseline, which the station's first sync uploads whole (the database is marked for
    a full upload).
    """
    stamp = {"station_id": station_id, "version": 1, "server_seq": 0, "updated_at": now,
             "updated_by": DEMO_USER, "deleted": False}
    with db.engine.begin() as conn:
        mark_full_upload(conn, now)
        dialect = conn.dialect
        for name, rows in group.items():
            if not rows:
                continue
            table = Base.metadata.tables[name]
            synced = "server_seq" in table.c
            if "sort_key" in table.c:
                rows = [{**r, "sort_key": sort_key(r["name"])} for r in rows]
            keys, defaults = _keys(table, set().union(*rows), stamp if synced else {})
            sql = str(insert(table).compile(dialect=dialect, column_keys=keys))
            converters = _converters(table, keys, dialect)
            for first in range(0, len(rows), CHUNK):
                values = _rows(rows[first:first + CHUNK], keys, defaults, converters)
                conn.exec_driver_sql(sql, values)


def write_stored(db: Database, name: str, columns: Sequence[str],
                 rows: Sequence[tuple[Any, ...]]) -> None:
    """Insert rows whose values are already as stored (text for datetimes and JSON), in
    `columns` order, in one transaction: the audit history's half million rows."""
    table = Base.metadata.tables[name]
    with db.engine.begin() as conn:
        sql = str(insert(table).compile(dialect=conn.dialect, column_keys=list(columns)))
        for first in range(0, len(rows), CHUNK):
            conn.exec_driver_sql(sql, list(rows[first:first + CHUNK]))
