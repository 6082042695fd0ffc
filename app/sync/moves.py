"""Records the head office gave to another station (it changed their `station_id` on the
central server): row-level security hides them from this station at once, so the pull never
says they went. The server notes each move for the station the record left (`sync_moves`,
central revision c005); after its pull a desk reads the notes it has not seen and removes its
copy (a local tombstone, no outbox entry: nothing goes to the server), unless the record came
back since (its copy is newer than the move). A change of it still waiting here goes to the
error queue with that reason, as does one the server refused in this cycle's push (the record
was not there for this station any more): the dispatcher sees what was not sent, and nothing
of it reaches the other station.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, text, update

from app.db import Database
from app.models import LocalSetting, OutboxEntry, RefusedChange
from app.sync.apply import Entry
from app.sync.refused import MOVED, set_aside
from app.sync.tables import table

CURSOR_KEY = "sync_moves_cursor"  # the highest move (server sequence) seen


def moves_cursor(db: Database) -> int:
    with db.session() as s:
        row = s.get(LocalSetting, CURSOR_KEY)
        return int(row.value) if row else 0


def set_moves_cursor(db: Database, seq: int) -> None:
    with db.session() as s:
        s.merge(LocalSetting(key=CURSOR_KEY, value=str(seq)))


def moved_away(db: Database, server: Connection) -> int:
    """Remove here the records that left this station since the last look; how many."""
    notes = server.execute(text(
        "SELECT table_name, row_id, server_seq FROM sync_moves WHERE server_seq > :after "
        "ORDER BY server_seq"), {"after": moves_cursor(db)}).all()
    if not notes:
        return 0
    removed = 0
    with db.session() as s:
        for name, row_id, seq in notes:
            t = table(name)
            here = s.execute(select(t.c.server_seq).where(t.c.id == row_id)).first()
            if here is None or here.server_seq >= seq:
                continue  # never here, or given back to this station since
            s.execute(update(t).where(t.c.id == row_id).values(deleted=True))
            for e in s.scalars(select(OutboxEntry).where(OutboxEntry.table_name == name,
                                                         OutboxEntry.row_id == row_id)):
                set_aside(s, Entry.of(e), MOVED, "")
                s.delete(e)
            s.execute(update(RefusedChange).where(
                RefusedChange.table_name == name, RefusedChange.row_id == row_id,
                RefusedChange.discarded_at.is_(None)).values(reason=MOVED, detail=""))
            removed += 1
        s.merge(LocalSetting(key=CURSOR_KEY, value=str(notes[-1].server_seq)))
    return removed
