"""The complaints' read models: the queue (open complaints by their next due, the overdue ones
for supervisors), the count for a badge, the sentence at sign-in, one complaint's four stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.db import Database
from app.models import Callback, Complaint, Customer, Job, Technician
from app.models.enums import CallbackKind, ComplaintCategory, ComplaintStage, Severity
from app.services.actor import Actor
from app.services.rows import fetch
from app.texts import Text

S = ComplaintStage
# The due of the stage a complaint waits for, by the stage it is in.
NEXT_DUE = {S.RECORDED: "handling_due", S.HANDLED: "review_due", S.REVIEWED: "report_due"}


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    received_at: dt.datetime
    customer_id: str
    customer_name: str
    phone: str
    job_id: str | None
    job_number: str | None
    category: ComplaintCategory
    severity: Severity
    stage: ComplaintStage
    technician_name: str
    description: str
    next_due: dt.datetime | None  # the due of the stage it waits for (None: waits for a call)
    overdue: bool


@dataclass(frozen=True)
class StageRecord:
    stage: ComplaintStage
    at: dt.datetime | None  # None: not done yet
    by: str
    text: str
    due: dt.datetime | None


@dataclass(frozen=True)
class ComplaintDetail:
    row: ComplaintRow
    equipment_id: str | None
    stages: tuple[StageRecord, ...]  # recorded, handled, reviewed, reported back, closed
    opened_by_callback_id: str | None  # the after-visit call whose answer opened it
    confirmation_callback_ids: tuple[str, ...]
    reinspection_job_id: str | None


def overdue_clause(now: dt.datetime) -> ColumnElement[bool]:
    """A complaint waiting for a stage whose due has passed."""
    return or_(*(and_(Complaint.stage == stage.value, getattr(Complaint, due) < now)
                 for stage, due in NEXT_DUE.items()))


def _select() -> Select[Complaint, str, str, str, str]:
    return (select(Complaint, Customer.name, Customer.phone, Job.number, Technician.name)
            .join(Customer, Customer.id == Complaint.customer_id)
            .outerjoin(Job, Job.id == Complaint.job_id)
            .outerjoin(Technician, Technician.id == Complaint.technician_id)
            .where(Complaint.deleted.is_(False)))


def _row(c: Complaint, name: str, phone: str, number: str | None, tech: str | None,
         now: dt.datetime) -> ComplaintRow:
    stage = ComplaintStage(c.stage)
    due = getattr(c, NEXT_DUE[stage]) if stage in NEXT_DUE else None
    return ComplaintRow(c.id, c.received_at, c.customer_id, name, phone, c.job_id, number,
                        ComplaintCategory(c.category), Severity(c.severity), stage, tech or "",
                        c.description, due, due is not None and due < now)


def complaint_queue(db: Database, now: dt.datetime, overdue_only: bool = False,
                    include_closed: bool = False, limit: int | None = 1000
                    ) -> list[ComplaintRow]:
    """Complaints not closed yet (or all), those due first; `overdue_only`: the ones whose
    stage is past its due (the supervisors' queue)."""
    with db.session() as s:
        return complaint_queue_in(s, now, overdue_only, include_closed, limit)


def complaint_queue_in(s: Session, now: dt.datetime, overdue_only: bool = False,
                       include_closed: bool = False, limit: int | None = 1000
                       ) -> list[ComplaintRow]:
    """`complaint_queue` inside the caller's session (None: no limit, as an export)."""
    q = _select()
    if not include_closed:
        q = q.where(Complaint.stage != S.CLOSED.value)
    if overdue_only:
        q = q.where(overdue_clause(now))
    rows = [_row(c, name, phone, number, tech, now) for c, name, phone, number, tech
            in s.execute(q.order_by(Complaint.received_at.desc()).limit(limit)).all()]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(rows, key=lambda r: (r.next_due or far, r.received_at))


def overdue_count_in(s: Session, now: dt.datetime) -> int:
    return int(s.scalar(select(func.count(Complaint.id)).where(
        Complaint.deleted.is_(False), overdue_clause(now))) or 0)


def overdue_complaint_count(db: Database, now: dt.datetime) -> int:
    """For the supervisors' badge."""
    with db.session() as s:
        return overdue_count_in(s, now)


def sign_in_notice(db: Database, actor: Actor, now: dt.datetime) -> Text | None:
    """The sentence a supervisor sees on signing in when complaints are overdue (None for
    other roles, or when nothing is overdue)."""
    if not actor.is_supervisor:
        return None
    with db.session() as s:
        count = overdue_count_in(s, now)
    if not count:
        return None
    return Text("Complaints past the due of their stage: {count}. Handle, review or report "
                "them back today.", {"count": count})


def stages_of(c: Complaint) -> tuple[StageRecord, ...]:
    return (
        StageRecord(S.RECORDED, c.received_at, c.recorded_by, c.description, None),
        StageRecord(S.HANDLED, c.handled_at, c.handled_by, c.handling, c.handling_due),
        StageRecord(S.REVIEWED, c.reviewed_at, c.reviewed_by, c.review, c.review_due),
        StageRecord(S.REPORTED_BACK, c.reported_at, c.reported_by, c.report_back, c.report_due),
        StageRecord(S.CLOSED, c.closed_at, c.closed_by, "", None),
    )


def complaint_detail(db: Database, complaint_id: str, now: dt.datetime) -> ComplaintDetail:
    with db.session() as s:
        fetch(s, Complaint, complaint_id, Text("complaint"))
        c, name, phone, number, tech = s.execute(
            _select().where(Complaint.id == complaint_id)).one()
        calls = aliased(Callback)
        linked = s.execute(select(calls.id, calls.kind).where(
            calls.complaint_id == c.id, calls.deleted.is_(False)).order_by(calls.id)).all()
        opened = next((i for i, kind in linked if kind == CallbackKind.VISIT.value), None)
        confirming = tuple(i for i, kind in linked if kind == CallbackKind.COMPLAINT.value)
        return ComplaintDetail(_row(c, name, phone, number, tech, now), c.equipment_id,
                               stages_of(c), opened, confirming, c.reinspection_job_id)
