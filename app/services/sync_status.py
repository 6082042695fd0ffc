"""What the desk shows of sync: how many local changes wait, how many the central server
refused, and how old the oldest unsent one is (turning red past `STALE_AFTER`).

Rows loaded in bulk (the demo, an import) carry no outbox entries; the loader marks the
database for a full upload instead (`mark_full_upload`, in the loader's transaction), which
the next sync sends before the outbox. Until then they count as unsent since the load.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.db import Database
from app.models import LocalSetting, OutboxEntry, RefusedChange
from app.models.base import utcnow

STALE_AFTER = dt.timedelta(hours=24)
"""An unsent change older than this shows in red: the desk has not synced for a day."""
FULL_UPLOAD_KEY = "full_upload_since"


@dataclass(frozen=True)
class Backlog:
    pending: int  # outbox entries
    refused: int  # changes the server refused, waiting for the dispatcher
    oldest: dt.datetime | None  # when the oldest unsent change was made (UTC)
    full_upload: bool = False  # bulk-loaded rows wait for their first upload

    def age(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        """How long the oldest unsent change has waited (None: nothing waits)."""
        if self.oldest is None:
            return None
        return max((now or utcnow()) - self.oldest, dt.timedelta(0))

    def stale(self, now: dt.datetime | None = None) -> bool:
        age = self.age(now)
        return age is not None and age > STALE_AFTER


def pending_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(OutboxEntry.seq))) or 0)


def backlog(db: Database) -> Backlog:
    """The unsent changes: the outbox, the refused ones, a full upload still due."""
    with db.session() as s:
        pending = int(s.scalar(select(func.count(OutboxEntry.seq))) or 0)
        first = s.scalar(select(OutboxEntry.created_at).order_by(OutboxEntry.seq).limit(1))
        waiting = RefusedChange.discarded_at.is_(None)
        refused, first_refused = s.execute(select(
            func.count(RefusedChange.id), func.min(RefusedChange.made_at)).where(waiting)).one()
        upload = s.get(LocalSetting, FULL_UPLOAD_KEY)
    loaded = dt.datetime.fromisoformat(upload.value) if upload else None
    since = [t for t in (first, first_refused, loaded) if t is not None]
    return Backlog(pending, int(refused), min(since) if since else None, upload is not None)


def mark_full_upload(conn: Connection, now: dt.datetime) -> None:
    """Note, in the caller's transaction, that rows were loaded without outbox entries: the
    next sync uploads every row of the station the server has not seen yet. The first load's
    time is kept."""
    conn.execute(sqlite_insert(LocalSetting).values(key=FULL_UPLOAD_KEY, value=now.isoformat())
                 .on_conflict_do_nothing(index_elements=["key"]))
