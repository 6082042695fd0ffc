"""A central server restored from an older backup: it has forgotten what its desks sent and
pulled since the backup. The head office then starts a new server epoch (`fielddesk server
restored`, central revision c005), whose sequence numbers are all above any a desk saw before,
and every desk that meets the new epoch re-sends, before anything else of its cycle, what the
server lost of its station:

- its record of this desk (the batch counter the desk saw confirmed) and the desk's blocks of
  job numbers, so its later batches and claims follow on;
- each record of the station the server lacks or holds older than this desk: the record goes
  into the outbox as an ordinary change (an insert, or an update of the fields whose server
  value is older than the desk's copy), so the push sends it with its usual guarantees (sent
  once, merged field by field, a refusal set aside with its reason). A field another side
  changed in the new epoch keeps the server's value: a change made after the restore is newer
  than anything the desk holds from before it.

Everything sent or pulled in the new epoch has sequence numbers above the desk's cursor and
its bases, so the pull brings back what other desks re-sent, and conflicts are told as ever.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select, text
from sqlalchemy.engine import Engine

from app.db import Database
from app.db.desk import current_desk
from app.models import JobNumberBlock, LocalSetting, OutboxEntry, RefusedChange
from app.services.recording import LOCAL_ONLY, plain
from app.sync.tables import BOOKKEEPING, synced_tables

EPOCH_KEY = "server_epoch"  # the server epoch this desk last synced with


@dataclass(frozen=True)
class Epoch:
    number: int  # 0: never restored
    first_seq: int  # the first server sequence of the epoch


def server_epoch(conn: Connection) -> Epoch:
    row = conn.execute(text("SELECT epoch, first_seq FROM sync_epochs ORDER BY epoch DESC "
                            "LIMIT 1")).first()
    return Epoch(row.epoch, row.first_seq) if row else Epoch(0, 0)


def known_epoch(db: Database) -> int | None:
    with db.session() as s:
        row = s.get(LocalSetting, EPOCH_KEY)
        return int(row.value) if row else None


def remember_epoch(db: Database, epoch: int) -> None:
    with db.session() as s:
        s.merge(LocalSetting(key=EPOCH_KEY, value=str(epoch)))


def catch_up(db: Database, engine: Engine, station_id: str) -> int | None:
    """When the server started an epoch this desk has not seen: put back the desk's record,
    blocks and records the server lost (the records as outbox entries); how many records.
    None when the epoch is the one the desk knows (or the desk never synced: it holds nothing
    the server could have lost)."""
    with engine.connect() as conn:
        epoch = server_epoch(conn)
    known = known_epoch(db)
    if known is None or known >= epoch.number:
        if known != epoch.number:
            remember_epoch(db, epoch.number)
        return None
    with engine.begin() as conn:
        _put_back_desk(db, conn, station_id)
        changes = [c for t in synced_tables() for c in _lost(db, conn, t, station_id, epoch)]
    with db.session() as s:
        s.add_all(changes)
        s.merge(LocalSetting(key=EPOCH_KEY, value=str(epoch.number)))
    return len(changes)


def _put_back_desk(db: Database, conn: Connection, station_id: str) -> None:
    with db.session() as s:
        desk = current_desk(s)
        if not desk.registered:
            return  # registered by this cycle, as a new desk
        params = {"s": station_id, "d": desk.id, "f": desk.file_id, "n": desk.settled_counter}
        blocks = [{"y": b.year, "first": b.first, "last": b.last}
                  for b in s.scalars(select(JobNumberBlock))]
    conn.execute(text(
        "INSERT INTO sync_desks (station_id, desk_id, file_id, last_batch) "
        "VALUES (:s, :d, :f, :n) ON CONFLICT (station_id, desk_id) DO UPDATE "
        "SET last_batch = greatest(sync_desks.last_batch, EXCLUDED.last_batch)"), params)
    for block in blocks:
        conn.execute(text(
            "INSERT INTO sync_number_blocks (station_id, year, first, last, desk_id) "
            "VALUES (:s, :y, :first, :last, :d) ON CONFLICT DO NOTHING"), {**params, **block})


def _lost(db: Database, conn: Connection, t: Table, station_id: str,
          epoch: Epoch) -> list[OutboxEntry]:
    """The outbox entries that give the server back what it lost of table `t`."""
    there = {r.id: (r.server_seq, r.version) for r in conn.execute(
        select(t.c.id, t.c.server_seq, t.c.version).where(t.c.station_id == station_id))}
    held = _held(db, t)
    inserts, older = [], []
    for row in _local_rows(db, t, station_id):
        key = row["id"]
        if key in held:
            continue  # its own change waits already, or the server refused the record
        if key not in there:
            if row["server_seq"] > 0 or not row["deleted"]:
                inserts.append(_insert(t, row))
        elif (row["server_seq"], row["version"]) > there[key] \
                or there[key][0] >= epoch.first_seq:
            older.append(row)
    return inserts + _updates(conn, t, station_id, older)


def _held(db: Database, t: Table) -> set[str]:
    """Records of `t` whose creation waits in the outbox or in the error queue."""
    with db.session() as s:
        waiting = s.scalars(select(OutboxEntry.row_id).where(
            OutboxEntry.table_name == t.name, OutboxEntry.op == "insert"))
        refused = s.scalars(select(RefusedChange.row_id).where(
            RefusedChange.table_name == t.name, RefusedChange.discarded_at.is_(None)))
        return set(waiting) | set(refused)


def _local_rows(db: Database, t: Table, station_id: str) -> list[dict[str, Any]]:
    with db.engine.connect() as local:
        return [{k: v if k == "server_seq" else plain(v) for k, v in r.items()}
                for r in local.execute(select(*[c for c in t.c if c.key not in LOCAL_ONLY
                                                or c.key == "server_seq"])
                                       .where(t.c.station_id == station_id)).mappings()]


def _insert(t: Table, row: dict[str, Any]) -> OutboxEntry:
    return OutboxEntry(table_name=t.name, row_id=row["id"], op="insert",
                       fields={k: v for k, v in row.items() if k != "server_seq"},
                       base_server_seq=0)


def _updates(conn: Connection, t: Table, station_id: str,
             rows: list[dict[str, Any]]) -> list[OutboxEntry]:
    """For each record the server holds older (or changed since the restore): the fields whose
    server value is older than this desk's copy and differs from it."""
    if not rows:
        return []
    theirs = {r["id"]: r for r in conn.execute(
        select(t).where(t.c.id.in_([r["id"] for r in rows]))).mappings()}
    changed_at = _field_seqs(conn, t, station_id, theirs)
    entries = []
    for row in rows:
        server = theirs[row["id"]]
        fields = {k: v for k, v in row.items() if k not in BOOKKEEPING
                  and v != plain(server[k])
                  and changed_at.get((row["id"], k), 0) <= row["server_seq"]}
        if fields:
            fields |= {k: row[k] for k in ("updated_at", "updated_by")}
            entries.append(OutboxEntry(table_name=t.name, row_id=row["id"], op="update",
                                       fields=fields, base_server_seq=row["server_seq"]))
    return entries


def _field_seqs(conn: Connection, t: Table, station_id: str,
                rows: Iterable[str]) -> dict[tuple[str, str], int]:
    """When the server last changed each field of these records (no entry: not since their
    creation)."""
    return {(r.row_id, r.field): r.server_seq for r in conn.execute(text(
        "SELECT row_id, field, server_seq FROM field_changes WHERE row_station = :s AND "
        "table_name = :t AND row_id = ANY(:ids)"), {"s": station_id, "t": t.name,
                                                    "ids": list(rows)})}
