"""A job's history, read back from the audit log (the job and its appointments)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from app.db import Database
from app.models import Appointment, AuditEntry


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    username: str
    entity: str
    action: str
    changes: dict[str, tuple[Any, Any]]
    reason: str


BOOKKEEPING = frozenset({"version", "updated_at", "updated_by", "id", "station_id", "deleted"})


def job_history(db: Database, job_id: str) -> list[HistoryEntry]:
    """Every audited change of the job and of its appointments, oldest first."""
    with db.session() as s:
        appts = select(Appointment.id).where(Appointment.job_id == job_id)
        entries = s.scalars(
            select(AuditEntry)
            .where(or_(AuditEntry.entity_id == job_id, AuditEntry.entity_id.in_(appts)))
            .order_by(AuditEntry.at, AuditEntry.id)
        ).all()
        return [
            HistoryEntry(
                e.at, e.username, e.entity, e.action,
                {k: (e.before.get(k), v) for k, v in e.after.items() if k not in BOOKKEEPING},
                e.reason,
            )
            for e in entries
        ]
