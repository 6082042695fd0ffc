"""The callback queue's read model: the open calls, due first, and how many are due and
overdue (for a badge)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Callback, Complaint, Customer, Job, Technician
from app.models.enums import CallbackKind, CallbackStatus, JobType


@dataclass(frozen=True)
class CallbackRow:
    id: str
    kind: CallbackKind
    due_at: dt.datetime
    overdue: bool
    attempts: int
    last_called_at: dt.datetime | None
    job_id: str | None
    job_number: str | None
    job_type: JobType | None
    customer_name: str
    phone: str
    technician_name: str
    complaint_id: str | None


@dataclass(frozen=True)
class CallbackCounts:
    due: int  # open calls due by the end of the day asked about (overdue ones included)
    overdue: int


def callback_queue(db: Database, now: dt.datetime, due_by: dt.datetime | None = None,
                   limit: int | None = 1000) -> list[CallbackRow]:
    """Open callbacks due by `due_by` (None: all open ones), the longest due first."""
    with db.session() as s:
        return callback_queue_in(s, now, due_by, limit)


def callback_queue_in(s: Session, now: dt.datetime, due_by: dt.datetime | None = None,
                      limit: int | None = 1000) -> list[CallbackRow]:
    """`callback_queue` inside the caller's session (None: no limit, as an export)."""
    customer = func.coalesce(Job.customer_id, Complaint.customer_id)
    q = (select(Callback.id, Callback.kind, Callback.due_at, Callback.attempts,
                Callback.called_at, Callback.job_id, Job.number, Job.job_type, Customer.name,
                Customer.phone, Technician.name, Callback.complaint_id)
         .outerjoin(Job, Job.id == Callback.job_id)
         .outerjoin(Complaint, Complaint.id == Callback.complaint_id)
         .join(Customer, Customer.id == customer)
         .outerjoin(Technician, Technician.id == Callback.technician_id)
         .where(Callback.deleted.is_(False), Callback.status == CallbackStatus.OPEN.value))
    if due_by is not None:
        q = q.where(Callback.due_at <= due_by)
    rows = s.execute(q.order_by(Callback.due_at, Callback.id).limit(limit)).all()
    return [CallbackRow(r[0], CallbackKind(r[1]), r[2], r[2] < now, r[3], r[4], r[5], r[6],
                        JobType(r[7]) if r[7] else None, r[8], r[9], r[10] or "", r[11])
            for r in rows]


def callback_counts(db: Database, now: dt.datetime, due_by: dt.datetime) -> CallbackCounts:
    open_calls = (Callback.deleted.is_(False), Callback.status == CallbackStatus.OPEN.value)
    with db.session() as s:
        due = s.scalar(select(func.count(Callback.id)).where(*open_calls,
                                                             Callback.due_at <= due_by))
        overdue = s.scalar(select(func.count(Callback.id)).where(*open_calls,
                                                                 Callback.due_at < now))
    return CallbackCounts(int(due or 0), int(overdue or 0))
