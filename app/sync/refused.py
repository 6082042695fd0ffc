"""The error queue: changes the central server refused, set aside so that the changes behind
them still go up, each with the record and the reason.

The dispatcher sends one again (`retry`: the record's current values of the refused fields go
back into the outbox) or discards it (`discard`: the record goes back to the server's copy,
fetched by the next sync). Both are audited. Until then the refused fields keep their local
value: a pull does not overwrite them (`waiting_fields`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models import OutboxEntry, RefusedChange
from app.models.base import utcnow
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.recording import audit, snapshot
from app.sync.apply import MISSING, Entry
from app.sync.tables import model, names_of, table
from app.texts import Text

SHORT_ID = 8  # the CLI accepts an id's first characters, when they name one change only


@dataclass(frozen=True)
class Refused:
    id: str
    table_name: str
    row_id: str
    op: str
    fields: dict[str, Any]
    reason: Text
    made_at: dt.datetime
    refused_at: dt.datetime
    record: str | None  # the record's readable name (a job number...), when it has one


MOVED = "moved"  # the head office gave the record to another station (`moves.py`)


def reason_text(reason: str, detail: str) -> Text:
    if reason == MOVED:
        return Text("The head office gave this record to another station: the change was not "
                    "sent, and the record is no longer kept at this station.")
    if reason == MISSING:
        return Text("The central server has no such record to change: it never arrived "
                    "there, or it belongs to another station now.")
    return Text("The central server refused the change: {reason}", {"reason": detail})


def set_aside(s: Session, entry: Entry, reason: str, detail: str) -> None:
    """Put a refused outbox entry in the error queue (in the caller's transaction)."""
    s.add(RefusedChange(change_id=entry.change_id, table_name=entry.table_name,
                        row_id=entry.row_id, op=entry.op, fields=entry.fields,
                        base_server_seq=entry.base_server_seq, made_at=entry.created_at,
                        refused_at=utcnow(), reason=reason, detail=detail))


def refused_changes(db: Database) -> list[Refused]:
    """The queue, oldest change first (discarded ones are gone from it)."""
    with db.session() as s:
        rows = s.scalars(select(RefusedChange).where(RefusedChange.discarded_at.is_(None))
                         .order_by(RefusedChange.made_at, RefusedChange.id)).all()
    names = names_of(db, ((r.table_name, r.row_id) for r in rows))
    return [Refused(r.id, r.table_name, r.row_id, r.op, dict(r.fields),
                    reason_text(r.reason, r.detail), r.made_at, r.refused_at,
                    names.get((r.table_name, r.row_id))) for r in rows]


def find(db: Database, wanted: str) -> str:
    """The full id of the queued change whose id is `wanted` or starts with it."""
    wanted = wanted.strip().lower()
    matches = [r.id for r in refused_changes(db) if r.id == wanted
               or (len(wanted) >= SHORT_ID - 2 and r.id.startswith(wanted))]
    if len(matches) != 1:
        raise NotFoundError("No refused change has the id {id}.", id=wanted)
    return matches[0]


def _queued(s: Session, entry_id: str) -> RefusedChange:
    row = s.get(RefusedChange, entry_id)
    if row is None or row.discarded_at is not None:
        raise NotFoundError("That refused change was sent again or discarded already.")
    return row


def retry(db: Database, actor: Actor, entry_id: str) -> Changes:
    """Send a refused change again: the record's current values of its fields (the whole
    record for a new one) go into the outbox as they stand now, dated when it was made."""
    with db.session() as s:
        r = _queued(s, entry_id)
        row = s.get(model(r.table_name), r.row_id)
        fields, base = dict(r.fields), r.base_server_seq
        if row is not None:
            now = snapshot(row)
            fields = now if r.op == "insert" else {k: now[k] for k in fields if k in now}
            base = row.server_seq
        s.add(OutboxEntry(table_name=r.table_name, row_id=r.row_id, op=r.op, fields=fields,
                          base_server_seq=base, created_at=r.made_at))
        audit(s, actor, r.table_name, r.row_id, "sync_retry", {}, fields,
              reason_text(r.reason, r.detail).render()[:255])
        s.delete(r)
    return Changes.SYNC


def discard(db: Database, actor: Actor, entry_id: str) -> Changes:
    """Give a refused change up: the record returns to the server's copy at the next sync."""
    with db.session() as s:
        r = _queued(s, entry_id)
        r.discarded_at = utcnow()
        audit(s, actor, r.table_name, r.row_id, "sync_discard", dict(r.fields), {},
              reason_text(r.reason, r.detail).render()[:255])
    return Changes.SYNC


def waiting_fields(conn: Connection) -> dict[tuple[str, str], set[str]]:
    """The fields of queued (not discarded) changes, by record: a pull keeps them."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name, row_id, fields in conn.execute(
            select(RefusedChange.table_name, RefusedChange.row_id, RefusedChange.fields)
            .where(RefusedChange.discarded_at.is_(None))):
        found[(name, row_id)] |= set(fields)
    return found


def discarded(db: Database) -> dict[str, list[str]]:
    """Records of discarded changes, waiting for the server's copy: row ids by table."""
    with db.session() as s:
        rows = s.execute(select(RefusedChange.table_name, RefusedChange.row_id)
                         .where(RefusedChange.discarded_at.is_not(None))).all()
    by_table: dict[str, list[str]] = defaultdict(list)
    for name, row_id in rows:
        by_table[name].append(row_id)
    return by_table


def forget_discarded(local: Connection, table_name: str, found: set[str],
                     row_ids: list[str]) -> None:
    """After the server's copies of `found` came down: records the server has not are
    deleted here too (a tombstone, which stays local), and the discarded changes go."""
    t = table(table_name)
    gone = [r for r in row_ids if r not in found]
    if gone:
        local.execute(update(t).where(t.c.id.in_(gone)).values(deleted=True))
    local.execute(delete(RefusedChange).where(RefusedChange.table_name == table_name,
                                              RefusedChange.row_id.in_(row_ids),
                                              RefusedChange.discarded_at.is_not(None)))
