"""The full upload of a station whose rows were loaded in bulk (the demo, an import): they have
no outbox entries, so a marked database (`sync_status.mark_full_upload`) sends every row of
its station the server has not seen yet (`server_seq` 0) before its outbox, in pages of one
INSERT each that skip rows the server holds already. A page commits on its own: an upload cut
off is taken up again by the next sync, and the mark goes once every table went up. The rows a
page put in as sent get their server sequence here, and the pull of the same cycle passes over
them (`UploadReport.held`, as a push's): a bulk-loaded station is not pulled back whole.

A page the server refuses is sent again row by row; the rows it refuses go to the error queue
as new records, with the reason, and the others go in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, select

from app.cancel import CancelToken
from app.db import Database
from app.models import LocalSetting
from app.models.base import new_id
from app.services.recording import LOCAL_ONLY, plain
from app.services.sync_status import FULL_UPLOAD_KEY
from app.sync.apply import REFUSED, Entry, ServerRefused, savepoint
from app.sync.copies import write_sequences
from app.sync.refused import set_aside
from app.sync.tables import synced_tables
from app.sync.writes import Placed, insert_rows

PAGE = 2000
BLOB_PAGE = 10  # attachments carry their bytes


@dataclass
class UploadReport:
    rows: int = 0  # rows sent (the server may have held some already)
    refused: int = 0  # set aside in the error queue
    held: list[tuple[int, int]] = field(default_factory=list)  # as `PushReport.held`


def upload_station(db: Database, server: Callable[[], AbstractContextManager[Connection]],
                   station_id: str, token: CancelToken | None = None) -> UploadReport | None:
    """Upload the station's rows the server has not seen, when the database is marked for it
    (None when it is not)."""
    with db.session() as s:
        mark = s.get(LocalSetting, FULL_UPLOAD_KEY)
        since = dt.datetime.fromisoformat(mark.value) if mark else None
    if since is None:
        return None
    report = UploadReport()
    for t in synced_tables():
        after = ""
        while rows := _page(db, t, station_id, after,
                            BLOB_PAGE if t.name == "attachments" else PAGE):
            if token is not None:
                token.check()
            with server() as conn, conn.begin():
                refused, placed = _send(conn, t, rows)
            with db.session() as s:
                for row, detail in refused:
                    set_aside(s, _as_entry(t, row, since), REFUSED, detail)
                write_sequences(s.connection(), placed)
            report.rows += len(rows)
            report.refused += len(refused)
            report.held += [p.held for p in placed]
            after = rows[-1]["id"]
    with db.session() as s:
        s.execute(delete(LocalSetting).where(LocalSetting.key == FULL_UPLOAD_KEY))
    return report


def _page(db: Database, t: Table, station_id: str, after: str, size: int
          ) -> list[dict[str, Any]]:
    """The next rows to upload, their values plain (as an outbox entry keeps them)."""
    columns = [c for c in t.c if c.key not in LOCAL_ONLY]
    with db.engine.connect() as local:
        return [{k: plain(v) for k, v in r.items()} for r in local.execute(
            select(*columns).where(t.c.station_id == station_id, t.c.server_seq == 0,
                                   t.c.id > after).order_by(t.c.id).limit(size)).mappings()]


def _send(conn: Connection, t: Table, rows: list[dict[str, Any]]
          ) -> tuple[list[tuple[dict[str, Any], str]], list[Placed]]:
    """One page, or row by row when the server refuses it: the refused rows and why, and what
    the server put in as sent."""
    try:
        with savepoint(conn):
            return [], _as_sent(insert_rows(conn, t, rows, skip_held=True))
    except ServerRefused:
        pass
    refused, placed = [], []
    for row in rows:
        try:
            with savepoint(conn):
                placed += _as_sent(insert_rows(conn, t, [row], skip_held=True))
        except ServerRefused as exc:
            refused.append((row, exc.detail))
    return refused, placed


def _as_sent(placed: list[Placed]) -> list[Placed]:
    return [p for p in placed if p.as_sent]


def _as_entry(t: Table, row: dict[str, Any], since: dt.datetime) -> Entry:
    """A refused row as the insert it would have been in the outbox."""
    return Entry(0, new_id(), t.name, row["id"], "insert", dict(row), 0, since)
