"""Push: the outbox goes up in batches, each applied by the server in one transaction.

Entries get their batch id and the desk's next batch number in the local database before
anything is sent, so a push that dies after the server committed resends the same batch, which
the server recognises and skips (`sync_batches`: the batch's row is claimed first, so a second
push of the same batch waits for the first and then skips it). The server takes a desk's
batches only in rising numbers (`sync_desks.last_batch`): a batch that is not above the last
one comes from a copy or a restored backup of this desk (StaleDesk). The server's triggers
apply every write under its write order, so server sequence order is commit order and a pull
never skips a row committed late. What the server refuses goes to the error queue with its
reason (`apply.py`); the rest of the batch goes in.
"""

from __future__ import annotations

import json
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table, TextClause, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from app.cancel import CancelToken
from app.db import Database
from app.db.desk import BEHIND, current_desk
from app.db.json_values import each_of
from app.errors import SyncError
from app.heap import collector_paused
from app.models import Desk, OutboxEntry, SyncConflict
from app.models.base import UTCDateTime, new_id
from app.sync import stall
from app.sync.apply import Entry, Outcome, Refusal, ServerRefused, apply_batch
from app.sync.copies import apply_rows, write_sequences
from app.sync.desks import StaleDesk
from app.sync.interruptions import interrupted
from app.sync.merge import FieldConflict, Side
from app.sync.pull import server_copies, unchecked
from app.sync.refused import set_aside
from app.sync.tables import table

BATCH_SIZE = 500
OUTBOX = cast(Table, OutboxEntry.__table__)  # for Core statements: the ORM's bulk ones cost more
DESKS = cast(Table, Desk.__table__)


@dataclass(frozen=True)
class Batch:
    id: str
    number: int  # the desk's batch counter
    entries: list[Entry]


@dataclass
class PushReport:
    batches: int = 0
    entries: int = 0
    repeated: int = 0  # batches the server had applied already
    conflicts: list[tuple[str, str, FieldConflict]] = field(default_factory=list)
    refused: int = 0  # changes set aside in the error queue
    # server sequence ranges (first, last) of new rows this desk holds as the server does:
    # the pull after the push need not bring them back (`pull`)
    held: list[tuple[int, int]] = field(default_factory=list)

    def add(self, batch: Batch, outcome: Outcome, repeated: bool) -> None:
        self.batches += 1
        self.entries += len(batch.entries)
        self.repeated += repeated
        self.conflicts += outcome.conflicts
        self.refused += len(outcome.refused)
        self.held += [p.held for p in outcome.placed]


@dataclass(frozen=True)
class Numbered:
    """A batch of the outbox before it is read: its entries lie between seq `first` and
    `last` (the outbox has no index but its seq: a batch is read by that range rather than by
    a scan of the whole outbox for its id)."""

    id: str
    number: int
    first: int
    last: int


def assign_batches(db: Database, size: int = BATCH_SIZE) -> list[Numbered]:
    """Give every batch without one the desk's next number, then the unbatched outbox entries
    batch ids and numbers (committed locally); all batches in order. One statement a batch,
    naming its entries by their range of seq (entries are appended in rising seq, so the
    unbatched ones follow every batch)."""
    entries = OUTBOX.c
    with db.session() as s:
        desk = current_desk(s)
        batches = []
        for batch_id, number, first, last in s.execute(
                select(entries.batch_id, func.max(entries.batch_no), func.min(entries.seq),
                       func.max(entries.seq))
                .where(entries.batch_id.is_not(None)).group_by(entries.batch_id)
                .order_by(func.min(entries.seq))).all():
            if number is None:  # a fork's, or batched by a FieldDesk before desks numbered
                desk.batch_counter += 1
                number = desk.batch_counter
                s.execute(update(OUTBOX).where(entries.batch_id == batch_id)
                          .values(batch_no=number))
            batches.append(Numbered(batch_id, number, first, last))
        loose = s.scalars(select(entries.seq).where(entries.batch_id.is_(None))
                          .order_by(entries.seq)).all()
        for start in range(0, len(loose), size):
            chunk = loose[start:start + size]
            desk.batch_counter += 1
            batches.append(Numbered(new_id(), desk.batch_counter, chunk[0], chunk[-1]))
            s.execute(update(OUTBOX).where(entries.seq.between(chunk[0], chunk[-1]),
                                           entries.batch_id.is_(None))
                      .values(batch_id=batches[-1].id, batch_no=batches[-1].number))
    return batches


ENTRIES = text(
    "SELECT seq, change_id, table_name, row_id, op, fields, base_server_seq, created_at "
    "FROM outbox WHERE seq BETWEEN :first AND :last AND batch_id = :b ORDER BY seq",
).columns(created_at=UTCDateTime())  # `fields` comes as the outbox keeps it: JSON text


def _batch(db: Database, numbered: Numbered) -> Batch:
    """A batch's entries, read as plain rows (ORM objects cost half the read of a large
    batch), their fields decoded in one call for the whole batch (one a row, through
    SQLAlchemy's JSON type, cost a third more)."""
    with db.engine.connect() as conn:
        rows = conn.execute(ENTRIES, {"first": numbered.first, "last": numbered.last,
                                      "b": numbered.id}).all()
    fields = json.loads("[" + ",".join(r.fields for r in rows) + "]")
    return Batch(numbered.id, numbered.number, [
        Entry(r.seq, r.change_id, r.table_name, r.row_id, r.op, f, r.base_server_seq,
              r.created_at, r.fields) for r, f in zip(rows, fields, strict=True)])


def _read(db: Database, numbered: Numbered) -> tuple[Batch, dict[str, set[str]]]:
    """A batch, and its records a pull wrote while their change waited (`pulled_meanwhile`,
    found while the batch before it may still be settling: that settle writes only the server
    sequences of the rows it created, and a row of those that this batch changes again gets a
    sequence no held range covers, so the pull brings it)."""
    batch = _batch(db, numbered)
    return batch, pulled_meanwhile(db, batch)


CLAIM = text(
    "WITH claim AS (INSERT INTO sync_batches (batch_id, station_id, desk_id, counter, changes) "
    "VALUES (:b, :s, :d, :n, CAST(:c AS uuid[])) ON CONFLICT (batch_id) DO NOTHING "
    "RETURNING 1), "
    "desk AS (UPDATE sync_desks SET last_batch = :n, last_seen = now() WHERE station_id = :s "
    "AND desk_id = :d AND file_id = :f AND last_batch < :n AND EXISTS (SELECT FROM claim) "
    "RETURNING forked, set_config('fielddesk.desk', :d, true)) "
    "SELECT EXISTS (SELECT FROM claim), (SELECT forked FROM desk)")
"""A batch's claim and its desk's record in one statement (one round trip): the claim takes
the station's write order (its statement trigger) before the desk's row is locked, as two
statements did. Claimed, and the desk's `forked` (NULL: the desk's record was not this file's
or was at this number already)."""


def push_batch(conn: Connection, side: Side, file_id: str, batch: Batch,
               one_by_one: bool = False) -> Outcome | None:
    """Apply one batch in the caller's server transaction (`apply_batch`: ServerRefused when
    all at once it holds a refusal); None when the server had it already. StaleDesk when its
    number is not above the desk's last one on the server (or the server's desk lives in
    another file)."""
    try:
        claimed, forked = conn.execute(CLAIM, {
            "b": batch.id, "s": side.station_id, "d": side.desk_id, "n": batch.number,
            "f": file_id, "c": [e.change_id for e in batch.entries]}).one()
    except IntegrityError:  # another file numbered a batch of this desk the same
        raise StaleDesk(BEHIND) from None
    if not claimed:
        return None  # applied before (or just now, by a push this one waited for)
    if forked is None:  # no desk of this file at a lower number
        raise StaleDesk(BEHIND)
    entries = _not_sent_by_heirs(conn, side, batch.entries) if forked else batch.entries
    outcome = apply_batch(conn, side, entries, one_by_one)
    conn.execute(text(
        "UPDATE sync_batches SET entries = :n, conflicts = CAST(:c AS jsonb), "
        "refused = CAST(:r AS jsonb), changes = coalesce(CAST(:ids AS uuid[]), changes) "
        "WHERE batch_id = :b"),
        {"b": batch.id, "n": len(entries),  # the changes it put in, when it skipped some
         "ids": [e.change_id for e in entries] if len(entries) < len(batch.entries) else None,
         "c": json.dumps([[t, r, c.field, c.local_value, c.server_value]
                          for t, r, c in outcome.conflicts]),
         "r": json.dumps([[f.entry.change_id, f.reason, f.detail] for f in outcome.refused])})
    return outcome


def _not_sent_by_heirs(conn: Connection, side: Side, entries: list[Entry]) -> list[Entry]:
    """A desk that was copied: its changes that a copy (or a copy of one) sent already."""
    sent = {str(c) for c in conn.scalars(text(
        "WITH RECURSIVE heirs AS ("
        " SELECT desk_id FROM sync_desks WHERE station_id = :s AND predecessor = :d"
        " UNION SELECT h.desk_id FROM sync_desks h JOIN heirs ON h.predecessor = heirs.desk_id"
        " AND h.station_id = :s)"
        " SELECT c FROM sync_batches b, unnest(b.changes) c WHERE b.station_id = :s"
        " AND b.desk_id IN (SELECT desk_id FROM heirs) AND c = ANY(CAST(:mine AS uuid[]))"),
        {"s": side.station_id, "d": side.desk_id, "mine": [e.change_id for e in entries]})}
    return [e for e in entries if e.change_id not in sent]


def outcome_before(conn: Connection, batch: Batch) -> Outcome:
    """The conflicts and refusals of a batch the server had applied already (its outbox never
    heard: the dispatcher would not see them otherwise). A batch recorded before the server
    kept a conflict's values names only its field: that conflict cannot be rebuilt."""
    found = conn.execute(text("SELECT conflicts, refused FROM sync_batches WHERE batch_id = :b"),
                         {"b": batch.id}).one()
    by_change = {e.change_id: e for e in batch.entries}
    return Outcome(
        conflicts=[(t, r, FieldConflict(name, mine, theirs)) for t, r, name, mine, theirs
                   in (c for c in found.conflicts or [] if len(c) == 5)],
        refused=[Refusal(by_change[c], reason, detail) for c, reason, detail
                 in found.refused or [] if c in by_change])


def pulled_meanwhile(db: Database, batch: Batch) -> dict[str, set[str]]:
    """The records of the batch that a pull wrote while a change of them waited (an edit made
    during a sync, after its push): their server_seq is past the change's base, so no pull
    brings them again, and what the server made of the change (a conflict, nothing) would
    never reach this desk. Found by SQLite, which answers only those (most batches: none)."""
    found: dict[str, set[str]] = defaultdict(set)
    if not batch.entries:
        return found
    with db.engine.connect() as local:
        for name in {e.table_name for e in batch.entries}:
            found[name].update(local.scalars(_meanwhile(table(name)), {
                "b": batch.id, "first": batch.entries[0].seq, "last": batch.entries[-1].seq}))
    return found


@cache
def _meanwhile(t: Table) -> TextClause:
    return text(f"SELECT DISTINCT o.row_id FROM outbox o JOIN {t.name} r ON r.id = o.row_id "
                "WHERE o.seq BETWEEN :first AND :last AND o.batch_id = :b "
                f"AND o.table_name = '{t.name}' AND r.server_seq != o.base_server_seq")


def _settle(db: Database, batch: Batch, outcome: Outcome) -> None:
    """After the server committed: drop the batch from the outbox, keep its conflicts, set
    its refused changes aside, write the server's copies of the records a pull brought
    meanwhile (but the fields of changes still waiting), and the server sequence of each new
    row the server took as sent (as a pull would: a later change of it names that base).
    Its commit is not synced to disk: a settle only forgets what the server holds, so one
    that a power cut takes away leaves its batch in the outbox, and the next push sends it
    again and hears from the server what it made of it (`outcome_before`)."""
    with unchecked(db, synced=False) as local, Session(local) as s, s.begin():
        s.execute(delete(OUTBOX).where(  # Core: the ORM's would read the deleted rows back
            OUTBOX.c.seq.in_(each_of(json.dumps([e.seq for e in batch.entries])))))
        for name, row_id, c in outcome.conflicts:
            s.add(SyncConflict(table_name=name, row_id=row_id, field=c.field,
                               local_value=c.local_value, server_value=c.server_value,
                               batch_id=batch.id))
        for r in outcome.refused:
            set_aside(s, r.entry, r.reason, r.detail)
        s.flush()
        apply_rows(s.connection(), outcome.copies)
        write_sequences(s.connection(), outcome.placed)
        s.execute(update(DESKS).values(settled_counter=func.max(DESKS.c.settled_counter,
                                                                batch.number)))


def _sent(conn: Connection, side: Side, file_id: str, batch: Batch,
          meanwhile: dict[str, set[str]]) -> tuple[Outcome, bool]:
    """One batch, committed by the server: what it made of it, and whether it had it already
    (then what it made of it the first time). All at once in one transaction; when the server
    refuses any of it, that transaction is lost and the batch goes again in another, one
    record at a time."""
    try:
        try:
            return _in_one_transaction(conn, side, file_id, batch, meanwhile, False)
        except ServerRefused:
            return _in_one_transaction(conn, side, file_id, batch, meanwhile, True)
    except DBAPIError as exc:
        if interrupted(exc):
            raise  # unreachable or too slow: the cycle says so
        reason = str(getattr(exc, "orig", None) or exc).splitlines()
        raise SyncError("The central server refused the changes: {reason}",
                        reason=reason[0] if reason else "") from None


def _in_one_transaction(conn: Connection, side: Side, file_id: str, batch: Batch,
                        meanwhile: dict[str, set[str]], one_by_one: bool
                        ) -> tuple[Outcome, bool]:
    with conn.begin():
        outcome = push_batch(conn, side, file_id, batch, one_by_one)
        repeated = outcome is None
        if outcome is None:
            outcome = outcome_before(conn, batch)
        outcome.copies = server_copies(conn, meanwhile)
    return outcome, repeated


@collector_paused()  # each batch's entries, rows and texts are kept until it settles
def push(db: Database, conn_factory: Any, side: Side, file_id: str,
         token: CancelToken | None = None) -> PushReport:
    """Send every outbox batch; `conn_factory()` gives a server connection context, one for
    the whole push (a connection taken from the pool is checked with a round trip first).
    While the server applies a batch, a local thread settles the batch before it and reads the
    batch after it: the desk's SQLite work and the server's overlap (each was about half of a
    batch's time). A cancelled `token` stops the push before the next batch (a batch the
    server committed but the outbox still holds is recognised and skipped next time)."""
    report = PushReport()
    batches = assign_batches(db)
    if not batches:
        return report
    with conn_factory() as conn, ThreadPoolExecutor(1, "push-local") as local:
        ahead = local.submit(_read, db, batches[0])
        settled: Future[None] | None = None
        for following in [*batches[1:], None]:
            if token is not None:
                token.check()
            batch, meanwhile = ahead.result()
            if following is not None:
                ahead = local.submit(_read, db, following)
            outcome, repeated = _sent(conn, side, file_id, batch, meanwhile)
            if settled is not None:
                settled.result()  # the batch before is settled (or its error raised here)
            stall.point("committed", report.batches + 1)
            settled = local.submit(_settle, db, batch, outcome)
            report.add(batch, outcome, repeated)
        if settled is not None:
            settled.result()
    return report
