"""Bulk writing of demo rows: Core executemany in large chunks, one transaction per group."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import insert

from app.db import Database
from app.demo.accounts import DEMO_USER
from app.models import Base
from app.services.sort_keys import sort_key
from app.services.sync_status import mark_full_upload

CHUNK = 20_000


def write(db: Database, station_id: str, now: dt.datetime,
          group: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """Insert the rows of each table of `group`, in the group's order, in one transaction.

    Synced tables get their bookkeeping here: the station, version 1, never synced yet, stamped
    by the demo at `now`, not deleted; customers and technicians the sort keys of their names.
    No audit or outbox entry: this is the starting baseline, which the station's first sync
    uploads whole (the database is marked for a full upload).
    """
    stamp = {"station_id": station_id, "version": 1, "server_seq": 0, "updated_at": now,
             "updated_by": DEMO_USER, "deleted": False}
    with db.engine.begin() as conn:
        mark_full_upload(conn, now)
        for name, rows in group.items():
            table = Base.metadata.tables[name]
            synced = "station_id" in table.c
            named = "sort_key" in table.c
            for first in range(0, len(rows), CHUNK):
                chunk = rows[first:first + CHUNK]
                if named:
                    chunk = [{**r, "sort_key": sort_key(r["name"])} for r in chunk]
                conn.execute(insert(table), [{**stamp, **r} for r in chunk] if synced
                             else list(chunk))
