"""What keeps a job from completion: a finished visit, its checklist, and for an installation
the customer's valid signature (a supervisor may complete over them with a reason,
`app.services.jobs.transition_in`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Appointment, Job
from app.models.enums import AppointmentStatus, JobType
from app.services.checklists import gate_blocker
from app.services.rows import fetch
from app.services.signatures import SignerRole, states_in
from app.texts import Text


def finished_visits(s: Session, job: Job) -> list[dt.datetime]:
    """The finish times of the job's visits with both arrival and finish recorded."""
    return list(s.scalars(select(Appointment.actual_end).where(
        Appointment.job_id == job.id, Appointment.deleted.is_(False),
        Appointment.status != AppointmentStatus.CANCELLED.value,
        Appointment.actual_start.is_not(None), Appointment.actual_end.is_not(None))))


def completion_blockers(s: Session, job: Job) -> list[Text]:
    """Why a job may not be completed yet (empty: it may): a finished visit (arrival and
    finish recorded), its checklist and, for an installation, the customer's signature."""
    blockers = [] if finished_visits(s, job) else [
        Text("no visit has its arrival and finish recorded")]
    blockers += [b for b in [gate_blocker(s, job)] if b]
    if job.job_type != JobType.INSTALL:
        return blockers
    signed = any(sig.valid and sig.role is SignerRole.CUSTOMER for sig in states_in(s, job))
    if not signed:
        blockers.append(Text("the customer has not signed"))
    return blockers


def job_completion_blockers(db: Database, job_id: str) -> list[Text]:
    """`completion_blockers` of one job, read in a session of its own (the job editor shows
    them beside its Complete button)."""
    with db.session() as s:
        return completion_blockers(s, fetch(s, Job, job_id, Text("job")))
