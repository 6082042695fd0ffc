"""The desk's side of each cycle: the central server knows every desk of the station
(`sync_desks`), the file it lives in and the highest batch counter it applied.

At the start of a cycle the desk registers, or checks that the server's record of it agrees
with this file. A record tied to another file (this one is a copy the opening did not catch),
or a counter above this file's (a restored backup), means this file is not the desk the server
knows: it becomes a new desk (`app.db.desk.fork`) and the cycle starts over. A counter below
what this file saw confirmed means the server lost batches (restored from an older backup):
nothing moves, and the sync says so.

A new desk that was copied or restored from a desk the server knows (its predecessor) first
learns which of the changes it holds arrived from the predecessor already: the batches the
server holds by their ids, and the change ids of the predecessor's batches this file never
numbered. Those are dropped here (the refused ones go to the error queue, with the server's
reason); the rest are sent as this desk's own. The predecessor is marked `forked`: its later
batches skip changes one of its successors already sent (`heirs_sent`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.engine import Engine

from app.db import Database
from app.db.desk import BEHIND, COPIED, current_desk, fork
from app.errors import SyncError
from app.models import OutboxEntry
from app.sync.apply import Entry
from app.sync.refused import set_aside


class StaleDesk(Exception):  # noqa: N818 (a signal the cycle handles, not an error)
    """The server's record of this desk is not this file's: it becomes a new desk."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DeskState:
    """What the cycle needs of the local desk row."""

    id: str
    file_id: str
    batch_counter: int
    settled_counter: int
    registered: bool
    predecessor: str | None
    predecessor_counter: int
    fork_reason: str


@dataclass
class Known:
    """What the server holds of a predecessor's changes."""

    batches: set[str] = field(default_factory=set)  # batch ids this file holds, all applied
    arrived: set[str] = field(default_factory=set)  # change ids applied or refused
    refused: dict[str, tuple[str, str]] = field(default_factory=dict)  # id: (reason, detail)


@dataclass(frozen=True)
class DeskReport:
    desk_id: str
    file_id: str  # the file the server knows the desk by
    forked_from: str | None = None  # the predecessor settled in this cycle
    reason: str = ""  # copied | behind
    arrived: int = 0  # changes of this file the server had already (dropped here)
    refused: int = 0  # of those, refused by the server (now in the error queue)


def desk_state(db: Database) -> DeskState:
    with db.session() as s:
        d = current_desk(s)
        return DeskState(d.id, d.file_id, d.batch_counter, d.settled_counter, d.registered,
                         d.predecessor, d.predecessor_counter, d.fork_reason)


def awaiting_server(db: Database) -> bool:
    """Whether this file was copied or restored from a desk the server knows and has not synced
    since: it has no job numbers yet, and the server has still to say which of its changes
    arrived already."""
    return desk_state(db).predecessor is not None


def fork_desk(db: Database, reason: str) -> None:
    with db.session() as s:
        fork(s, current_desk(s), reason)


def server_lost() -> SyncError:
    return SyncError("The central server has lost batches this desk sent (it may have been "
                     "restored from an older backup): nothing was sent or received. The head "
                     "office runs `fielddesk server restored` after a restore; then every desk "
                     "sends again what the server lost.")


def taken_for_another() -> SyncError:
    return SyncError("The central server keeps taking this desk for another one; nothing more "
                     "was sent.")


RECORD = "SELECT file_id, last_batch FROM sync_desks WHERE station_id = :s AND desk_id = :d"


def check_desk(db: Database, conn: Connection, station_id: str) -> DeskReport | None:
    """The common case in one read: the server knows this desk as this file, at a batch this
    file numbered and after the last one it saw confirmed, and no predecessor waits. None:
    anything else, for `register_desk` to settle."""
    d = desk_state(db)
    if not d.registered or d.predecessor:
        return None
    row = conn.execute(text(RECORD), {"s": station_id, "d": d.id}).first()
    if row is None or row.file_id != d.file_id \
            or not d.settled_counter <= row.last_batch <= d.batch_counter:
        return None
    return DeskReport(d.id, d.file_id)


def register_desk(db: Database, engine: Engine, station_id: str) -> DeskReport:
    """`prepare_desk`, making this file a new desk first when the server knows the desk as
    another file's (once: SyncError when that does not settle it)."""
    try:
        return prepare_desk(db, engine, station_id)
    except StaleDesk as stale:
        fork_desk(db, stale.reason)
    try:
        return prepare_desk(db, engine, station_id)
    except StaleDesk:
        raise taken_for_another() from None


def prepare_desk(db: Database, engine: Engine, station_id: str) -> DeskReport:
    """Register this desk or check the server's record of it (StaleDesk: it is not this
    file's), then settle a predecessor's changes. SyncError when the server lost batches."""
    d = desk_state(db)
    with engine.begin() as conn:
        row = conn.execute(text(RECORD + " FOR UPDATE"), {"s": station_id, "d": d.id}).first()
        if row is None and d.registered:
            raise server_lost()
        if row is None:
            conn.execute(text(
                "INSERT INTO sync_desks (station_id, desk_id, file_id, predecessor) "
                "VALUES (:s, :d, :f, :p)"),
                {"s": station_id, "d": d.id, "f": d.file_id, "p": d.predecessor})
        elif row.file_id != d.file_id:
            raise StaleDesk(COPIED)
        elif row.last_batch > d.batch_counter:
            raise StaleDesk(BEHIND)
        elif row.last_batch < d.settled_counter:
            raise server_lost()
        known = _known(conn, station_id, d, held_batches(db)) if d.predecessor else None
    return _settle_predecessor(db, d, known)


def held_batches(db: Database) -> list[str]:
    with db.session() as s:
        return [b for b in s.scalars(select(OutboxEntry.batch_id).distinct()) if b]


def _known(conn: Connection, station_id: str, d: DeskState, held: list[str]) -> Known:
    """What the server has of the predecessor's changes that this file may hold: the batches
    this file holds (by id) and those it never saw (counters above its own). Marking the
    predecessor forked locks its record: its pushes wait until this is done."""
    conn.execute(text("UPDATE sync_desks SET forked = true WHERE station_id = :s AND "
                      "desk_id = :x"), {"s": station_id, "x": d.predecessor})
    known = Known()
    for batch_id, changes, refused in conn.execute(text(
            "SELECT batch_id, changes, refused FROM sync_batches WHERE station_id = :s AND "
            "((desk_id = :x AND counter > :c) OR batch_id = ANY(:held))"),
            {"s": station_id, "x": d.predecessor, "c": d.predecessor_counter, "held": held}):
        if batch_id in held:
            known.batches.add(batch_id)
        known.arrived.update(str(c) for c in changes or ())
        known.refused.update({c: (reason, detail) for c, reason, detail in refused})
    return known


def _settle_predecessor(db: Database, d: DeskState, known: Known | None) -> DeskReport:
    """This desk is registered; the predecessor's changes the server had leave the outbox."""
    if d.registered and known is None:
        return DeskReport(d.id, d.file_id)
    with db.session() as s:
        desk = current_desk(s)
        desk.registered = True
        if known is None:
            return DeskReport(desk.id, desk.file_id)
        entries = s.scalars(select(OutboxEntry).where(
            OutboxEntry.batch_id.in_(known.batches)
            | OutboxEntry.change_id.in_(known.arrived))).all()
        for e in entries:
            if e.change_id in known.refused:
                set_aside(s, Entry.of(e), *known.refused[e.change_id])
        s.execute(delete(OutboxEntry).where(OutboxEntry.seq.in_([e.seq for e in entries])))
        desk.predecessor = None
        return DeskReport(desk.id, desk.file_id, d.predecessor, d.fork_reason, len(entries),
                          sum(e.change_id in known.refused for e in entries))
