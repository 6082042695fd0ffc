"""What the status bar shows of sync: how many local changes wait in the outbox."""

from __future__ import annotations

from sqlalchemy import func, select

from app.db import Database
from app.models import OutboxEntry


def pending_count(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(OutboxEntry.seq))) or 0)
