"""Complaints: taken from a call, then handled, reviewed and reported back, in that order
(none may be skipped), each stage with who, when and what; closed only when the customer
confirms the outcome on a callback (`app.services.callbacks`).

Dues, fixed when the stage before is done and counted in the station's business calendar:
handling by the end of the business day the complaint came in (the next one when it came
after closing); the review by the end of the first business day that opens after the
handling; the report back likewise after the review. A complaint about an installation can
create its re-inspection job in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Callback, Complaint, Customer, Equipment, Job, Site
from app.models.base import utcnow
from app.models.enums import (
    CallbackKind,
    CallbackStatus,
    ComplaintCategory,
    ComplaintStage,
    JobType,
    Priority,
    Role,
    Severity,
)
from app.scheduling.calendar import BusinessCalendar
from app.services import validation as v
from app.services.actor import Actor
from app.services.callback_tasks import job_technician_in
from app.services.changes import Changes
from app.services.jobs import ExistingSite, JobInput, create_job_in
from app.services.rows import fetch, insert, update
from app.services.station_settings import calendar_in
from app.texts import Text

STAGE_TEXT = Text("text of the stage")


@dataclass(frozen=True)
class ComplaintInput:
    customer_id: str
    category: str
    description: str  # what the customer said
    severity: str = "moderate"
    job_id: str | None = None
    equipment_id: str | None = None  # default: the job's unit
    received_at: dt.datetime | None = None  # default: now
    reinspect: bool = False  # create the re-inspection job with it (installations)


@dataclass(frozen=True)
class StageStep:
    """What moving a complaint from `current` takes: the columns it fills and who may."""

    current: ComplaintStage
    target: ComplaintStage
    text: str
    at: str
    by: str
    due: str  # the due the step sets for the stage after it ("" none)
    roles: tuple[Role, ...]


_ANYONE = (Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN)
_SUPERVISORS = (Role.SUPERVISOR, Role.ADMIN)
STEPS = {step.current: step for step in (
    StageStep(ComplaintStage.RECORDED, ComplaintStage.HANDLED, "handling", "handled_at",
              "handled_by", "review_due", _ANYONE),
    StageStep(ComplaintStage.HANDLED, ComplaintStage.REVIEWED, "review", "reviewed_at",
              "reviewed_by", "report_due", _SUPERVISORS),
    StageStep(ComplaintStage.REVIEWED, ComplaintStage.REPORTED_BACK, "report_back",
              "reported_at", "reported_by", "", _SUPERVISORS),
)}


def _links(s: Session, c: ComplaintInput) -> tuple[Customer, Job | None, str | None]:
    """The customer, the job and the unit named, each checked to be the customer's."""
    customer = fetch(s, Customer, c.customer_id, Text("customer"))
    job = fetch(s, Job, c.job_id, Text("job")) if c.job_id else None
    if job is not None and job.customer_id != customer.id:
        raise ValidationError("Job {number} is not this customer's.", number=job.number)
    equipment_id = c.equipment_id or (job.equipment_id if job else None)
    if equipment_id:
        unit = fetch(s, Equipment, equipment_id, Text("equipment"))
        site = fetch(s, Site, unit.site_id, Text("site"))
        if site.customer_id != customer.id:
            raise ValidationError("That unit is not installed at this customer's sites.")
    return customer, job, equipment_id


def record_complaint_in(s: Session, actor: Actor, c: ComplaintInput, now: dt.datetime,
                        calendar: BusinessCalendar) -> Complaint:
    """The complaint's first stage, inside the caller's transaction."""
    category = v.one_of(ComplaintCategory, c.category, Text("complaint category"))
    severity = v.one_of(Severity, c.severity, Text("severity"))
    description = v.required(c.description, Text("customer's words"), Complaint.description)
    received = v.moment(c.received_at, Text("time the complaint came in")) or now
    if received > now + dt.timedelta(minutes=5):
        raise ValidationError("A complaint cannot come in the future.")
    customer, job, equipment_id = _links(s, c)
    row = insert(s, actor, Complaint(
        customer_id=customer.id, job_id=job.id if job else None, equipment_id=equipment_id,
        technician_id=job_technician_in(s, job.id) if job else None, received_at=received,
        category=category.value, severity=severity.value, description=description,
        stage=ComplaintStage.RECORDED.value, recorded_by=actor.username,
        handling_due=calendar.end_of_day(received)))
    if c.reinspect:
        _reinspect_in(s, actor, row, now)
    return row


def record_complaint(db: Database, actor: Actor, complaint: ComplaintInput,
                     now: dt.datetime | None = None) -> tuple[str, Changes]:
    """Record a complaint (and, asked for, its re-inspection job) in one transaction;
    returns its id."""
    now = now or utcnow()
    with db.session() as s:
        row = record_complaint_in(s, actor, complaint, now, calendar_in(s))
        return row.id, Changes.QUALITY | (Changes.JOBS | Changes.SCHEDULE if complaint.reinspect
                                           else Changes.NONE)


def advance_complaint(db: Database, actor: Actor, complaint_id: str, text: str,
                      now: dt.datetime | None = None) -> tuple[ComplaintStage, Changes]:
    """Move the complaint to its next stage with what was done or said (`text`): handled
    (anyone), reviewed and reported back (supervisors). The report back sets up the call
    that asks the customer to confirm the outcome."""
    now = now or utcnow()
    with db.session() as s:
        row = fetch(s, Complaint, complaint_id, Text("complaint"))
        step = STEPS.get(ComplaintStage(row.stage))
        if step is None:
            raise ValidationError("This complaint is {stage}: it has no further stage to record "
                                  "here.", stage=ComplaintStage(row.stage))
        actor.require(*step.roles)
        words = v.required(text, STAGE_TEXT, Complaint.handling)
        calendar = calendar_in(s)
        values: dict[str, object] = {"stage": step.target.value, step.text: words,
                                     step.at: now, step.by: actor.username}
        if step.due:
            values[step.due] = calendar.next_day_end(now)
        update(s, actor, row, values, f"stage:{step.target.value}")
        if step.target is ComplaintStage.REPORTED_BACK:
            ask_confirmation_in(s, actor, row, calendar, now)
    return step.target, Changes.QUALITY


def ask_confirmation_in(s: Session, actor: Actor, row: Complaint, calendar: BusinessCalendar,
                        now: dt.datetime) -> Callback:
    """The call asking the customer to confirm the outcome, due the next business day."""
    return insert(s, actor, Callback(
        job_id=row.job_id, kind=CallbackKind.COMPLAINT.value, complaint_id=row.id,
        technician_id=row.technician_id, status=CallbackStatus.OPEN.value,
        due_at=calendar.next_day_end(now)))


def close_in(s: Session, actor: Actor, row: Complaint, now: dt.datetime) -> None:
    """The customer confirmed the outcome on a callback: the complaint is closed."""
    if row.stage != ComplaintStage.REPORTED_BACK.value:
        raise ValidationError("A complaint is closed only after it was reported back.")
    update(s, actor, row, {"stage": ComplaintStage.CLOSED.value, "closed_at": now,
                           "closed_by": actor.username}, "stage:closed")


def _reinspect_in(s: Session, actor: Actor, row: Complaint, now: dt.datetime) -> Job:
    job = s.get(Job, row.job_id) if row.job_id else None
    about_install = row.category == ComplaintCategory.INSTALLATION.value or (
        job is not None and job.job_type == JobType.INSTALL.value)
    if not about_install:
        raise ValidationError("Only a complaint about an installation gets a re-inspection job.")
    if row.reinspection_job_id is not None:
        raise ValidationError("This complaint has its re-inspection job already.")
    unit = s.get(Equipment, row.equipment_id) if row.equipment_id else None
    site_id = job.site_id if job is not None else (unit.site_id if unit else None)
    if site_id is None:
        raise ValidationError("Link the installation job or the unit, so the re-inspection "
                              "knows where to go.")
    symptom = v.text(f"安装复检 Re-inspection: {row.description}", Text("symptom"), Job.symptom)
    created = create_job_in(s, actor, ExistingSite(site_id), JobInput(
        JobType.INSPECTION.value, Priority.HIGH.value, symptom=symptom,
        equipment_id=row.equipment_id), now)
    update(s, actor, row, {"reinspection_job_id": created.id}, "reinspect")
    return created


def create_reinspection(db: Database, actor: Actor, complaint_id: str,
                        now: dt.datetime | None = None) -> tuple[str, Changes]:
    """The re-inspection job of a complaint about an installation (one transaction); returns
    the new job's id."""
    with db.session() as s:
        row = fetch(s, Complaint, complaint_id, Text("complaint"))
        job = _reinspect_in(s, actor, row, now or utcnow())
        return job.id, Changes.JOBS | Changes.SCHEDULE | Changes.MAP | Changes.QUALITY
