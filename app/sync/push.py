"""Push: the outbox goes up in batches, each applied by the server in one transaction.

Entries get their batch id in the local database before anything is sent, so a push that dies
after the server committed resends the same batch, which the server recognises and skips
(`sync_batches`: the batch's row is claimed first, so a second push of the same batch waits for
the first and then skips it). The server's triggers apply every write under its write order, so
server sequence order is commit order and a pull never skips a row committed late.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text, update
from sqlalchemy.exc import DBAPIError

from app.cancel import CancelToken
from app.db import Database
from app.errors import SyncError
from app.models import OutboxEntry, SyncConflict
from app.models.base import new_id
from app.sync import stall
from app.sync.link import interrupted
from app.sync.merge import FieldChange, FieldConflict, decide
from app.sync.tables import synced_tables, table
from app.sync.values import row_from_plain

BATCH_SIZE = 500
CHUNK = 1024 * 1024  # attachments larger than this travel in pieces of this size


@dataclass(frozen=True)
class Entry:
    seq: int
    table_name: str
    row_id: str
    op: str
    fields: dict[str, Any]
    base_server_seq: int


@dataclass
class PushReport:
    batches: int = 0
    entries: int = 0
    repeated: int = 0  # batches the server had applied already
    conflicts: list[tuple[str, str, FieldConflict]] = field(default_factory=list)


def assign_batches(db: Database, size: int = BATCH_SIZE) -> list[str]:
    """Give the unbatched outbox entries batch ids (committed locally); all batches in order."""
    with db.session() as s:
        loose = s.scalars(select(OutboxEntry.seq).where(OutboxEntry.batch_id.is_(None))
                          .order_by(OutboxEntry.seq)).all()
        for first in range(0, len(loose), size):
            s.execute(update(OutboxEntry).where(OutboxEntry.seq.in_(loose[first:first + size]))
                      .values(batch_id=new_id()))
    with db.session() as s:
        rows = s.execute(select(OutboxEntry.batch_id, OutboxEntry.seq)
                         .order_by(OutboxEntry.seq)).all()
    return list(dict.fromkeys(b for b, _ in rows if b))


def _entries(db: Database, batch_id: str) -> list[Entry]:
    with db.session() as s:
        rows = s.scalars(select(OutboxEntry).where(OutboxEntry.batch_id == batch_id)
                         .order_by(OutboxEntry.seq)).all()
        return [Entry(r.seq, r.table_name, r.row_id, r.op, dict(r.fields), r.base_server_seq)
                for r in rows]


class _Applier:
    """Applies one batch's entries inside the server transaction."""

    def __init__(self, conn: Connection, station_id: str, entries: Sequence[Entry]) -> None:
        self.conn, self.station_id = conn, station_id
        self.rows: dict[tuple[str, str], dict[str, Any]] = {}
        self.changes: dict[tuple[str, str], dict[str, FieldChange]] = defaultdict(dict)
        self.inserts: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        self.conflicts: list[tuple[str, str, FieldConflict]] = []
        by_table: dict[str, list[str]] = defaultdict(list)
        for e in entries:
            by_table[e.table_name].append(e.row_id)
        for name, ids in by_table.items():
            self._load(table(name), ids)

    def _load(self, t: Table, ids: list[str]) -> None:
        for row in self.conn.execute(select(t).where(t.c.id.in_(ids)).with_for_update()):
            self.rows[(t.name, row.id)] = dict(row._mapping)
        for name, row_id, fld, seq, station in self.conn.execute(text(
                "SELECT table_name, row_id, field, server_seq, station_id FROM field_changes "
                "WHERE row_station = :me AND table_name = :t AND row_id = ANY(:ids)"),
                {"me": self.station_id, "t": t.name, "ids": ids}):
            self.changes[(name, row_id)][fld] = FieldChange(seq, station)

    def apply(self, e: Entry) -> None:
        t = table(e.table_name)
        key = (e.table_name, e.row_id)
        pending = self.inserts[e.table_name].get(e.row_id)
        if pending is not None:  # created in this same batch: fold the change in
            pending.update(row_from_plain(t, e.fields))
            return
        server = self.rows.get(key)
        if server is None:
            if e.op != "insert":
                raise SyncError("The server has no {table} row {row} to update.",
                                table=e.table_name, row=e.row_id)
            self.inserts[e.table_name][e.row_id] = row_from_plain(t, e.fields)
            return
        decision = decide(e.fields, server, e.base_server_seq, self.changes[key],
                          self.station_id)
        self.conflicts += [(e.table_name, e.row_id, c) for c in decision.conflicts]
        if decision.apply:
            values = row_from_plain(t, decision.apply)
            stamp = row_from_plain(t, {k: e.fields[k] for k in ("updated_at", "updated_by")
                                       if k in e.fields})
            self.conn.execute(update(t).where(t.c.id == e.row_id).values(
                **values, **stamp, version=t.c.version + 1))
            server.update(values)

    def flush_inserts(self) -> None:
        for name in sorted(self.inserts, key=lambda n: _ORDER.get(n, 99)):
            rows = list(self.inserts[name].values())
            if not rows:
                continue
            t = table(name)
            big = {r["id"]: r.pop("data") for r in rows
                   if isinstance(r.get("data"), bytes) and len(r["data"]) > CHUNK}
            self.conn.execute(t.insert(), [{**r, "server_seq": 0, **({"data": b""} if r["id"]
                                                                     in big else {})}
                                           for r in rows])
            for row_id, data in big.items():
                _upload(self.conn, t, row_id, data)


def _upload(conn: Connection, t: Table, row_id: str, data: bytes) -> None:
    """A large attachment goes up in chunks appended to the row (one statement each)."""
    for first in range(0, len(data), CHUNK):
        conn.execute(update(t).where(t.c.id == row_id).values(
            data=t.c.data.concat(data[first:first + CHUNK])))


_ORDER = {t.name: i for i, t in enumerate(synced_tables())}  # parents before children


def push_batch(conn: Connection, station_id: str, batch_id: str, entries: Sequence[Entry]
               ) -> tuple[bool, list[tuple[str, str, FieldConflict]]]:
    """Apply one batch in the caller's server transaction: (applied now?, conflicts)."""
    claimed = conn.scalar(text(
        "INSERT INTO sync_batches (batch_id, station_id) VALUES (:b, :s) "
        "ON CONFLICT (batch_id) DO NOTHING RETURNING 1"), {"b": batch_id, "s": station_id})
    if not claimed:
        return False, []  # applied before (or just now, by a push this one waited for)
    applier = _Applier(conn, station_id, entries)
    for n, entry in enumerate(entries, 1):
        applier.apply(entry)
        stall.point("push", n)
    applier.flush_inserts()
    conn.execute(text("UPDATE sync_batches SET entries = :n, conflicts = CAST(:c AS jsonb) "
                      "WHERE batch_id = :b"),
                 {"b": batch_id, "n": len(entries),
                  "c": json.dumps([[t, r, c.field] for t, r, c in applier.conflicts])})
    return True, applier.conflicts


def _settle(db: Database, batch_id: str, conflicts: list[tuple[str, str, FieldConflict]]
            ) -> None:
    """After the server committed: drop the batch from the outbox, keep its conflicts."""
    with db.session() as s:
        s.execute(delete(OutboxEntry).where(OutboxEntry.batch_id == batch_id))
        for name, row_id, c in conflicts:
            s.add(SyncConflict(table_name=name, row_id=row_id, field=c.field,
                               local_value=c.local_value, server_value=c.server_value,
                               batch_id=batch_id))


def push(db: Database, conn_factory: Any, station_id: str,
         token: CancelToken | None = None) -> PushReport:
    """Send every outbox batch; `conn_factory()` gives a server connection context. A cancelled
    `token` stops the push before the next batch (a batch the server committed but the outbox
    still holds is recognised and skipped next time)."""
    report = PushReport()
    for batch_id in assign_batches(db):
        if token is not None:
            token.check()
        entries = _entries(db, batch_id)
        try:
            with conn_factory() as conn, conn.begin():
                applied, conflicts = push_batch(conn, station_id, batch_id, entries)
        except DBAPIError as exc:
            if interrupted(exc):
                raise  # unreachable or too slow: the cycle says so
            reason = str(getattr(exc, "orig", None) or exc).splitlines()
            raise SyncError("The central server refused the changes: {reason}",
                            reason=reason[0] if reason else "") from None
        stall.point("committed", report.batches + 1)
        _settle(db, batch_id, conflicts)
        report.batches += 1
        report.entries += len(entries)
        report.repeated += not applied
        report.conflicts += conflicts
    return report

