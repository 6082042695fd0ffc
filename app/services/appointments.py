"""Assign, move and unassign appointments, checked against every scheduling rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, Job
from app.models.enums import AppointmentStatus, JobStatus
from app.scheduling.rules import Busy, RuleViolationError, Slot, Violation, check
from app.services import validation as v
from app.services.actor import Actor
from app.services.changes import Changes
from app.services.jobs import REASON, transition_in
from app.services.rows import fetch, insert, update
from app.services.technicians import facts_in
from app.texts import Text

SCHEDULABLE = frozenset({JobStatus.NEW, JobStatus.SCHEDULED, JobStatus.DISPATCHED,
                         JobStatus.IN_PROGRESS, JobStatus.ON_HOLD})
START = Text("appointment start")
LIVE = (AppointmentStatus.SCHEDULED, AppointmentStatus.TRAVELLING, AppointmentStatus.ON_SITE)


@dataclass(frozen=True)
class AppointmentInfo:
    id: str
    job_id: str
    technician_id: str
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    override_reason: str


def _info(a: Appointment) -> AppointmentInfo:
    return AppointmentInfo(a.id, a.job_id, a.technician_id, a.start, a.end,
                           AppointmentStatus(a.status), a.override_reason)


def violations_in(
    s: Session, actor: Actor, job: Job, tech_id: str, start: dt.datetime, end: dt.datetime,
    ignore: str | None,
) -> list[Violation]:
    """The rules a visit of `job` would break, against the technician's other visits as the
    session sees them (`ignore`: the appointment being moved)."""
    v.moment(start, START)
    v.moment(end, Text("appointment end"))
    if end <= start:
        raise ValidationError("An appointment must end after it starts.")
    day_from, day_to = start - dt.timedelta(days=1), end + dt.timedelta(days=1)
    others = s.execute(
        select(Appointment.id, Appointment.job_id, Appointment.start, Appointment.end, Job.number)
        .join(Job, Job.id == Appointment.job_id)
        .where(Appointment.technician_id == tech_id, Appointment.deleted.is_(False),
               Appointment.status.in_([x.value for x in LIVE]),
               Appointment.start < day_to, Appointment.end > day_from)
    ).all()
    busy = tuple(Busy(o.job_id, o.start, o.end, o.number) for o in others if o.id != ignore)
    facts = dataclasses.replace(facts_in(s, tech_id), busy=busy)
    window = None
    if job.requested_start is not None and job.requested_end is not None:
        window = (job.requested_start, job.requested_end)
    slot = Slot(job.id, frozenset(job.required_skills), start, end, window)
    return check(facts, slot, ZoneInfo(actor.timezone))


def _enforce(actor: Actor, violations: list[Violation], override_reason: str) -> str:
    """The audit reason for an accepted assignment, or RuleViolationError."""
    if not violations:
        return ""
    if not override_reason.strip():
        raise RuleViolationError(violations)
    if not actor.is_supervisor:
        raise ValidationError("Only a supervisor may override scheduling rules.")
    prefix = f"override ({', '.join(x.rule.value for x in violations)}): "
    room = v.limit_of(Appointment.override_reason) - len(prefix)
    return prefix + v.text(override_reason, REASON, room)


def check_assignment(
    db: Database, actor: Actor, job_id: str, tech_id: str, start: dt.datetime,
    end: dt.datetime, appointment_id: str | None = None,
) -> list[Violation]:
    """The rules an assignment would break, without changing anything (for drag previews)."""
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        return violations_in(s, actor, job, tech_id, start, end, appointment_id)


def assign(
    db: Database, actor: Actor, job_id: str, tech_id: str, start: dt.datetime,
    end: dt.datetime | None = None, override_reason: str = "",
) -> tuple[AppointmentInfo, Changes]:
    """Book a technician for a job; a new job becomes scheduled."""
    with db.session() as s:
        job = fetch(s, Job, job_id, Text("job"))
        if JobStatus(job.status) not in SCHEDULABLE:
            raise ValidationError("Job {number} is {status} and cannot be scheduled.",
                                  number=job.number, status=JobStatus(job.status))
        v.moment(start, START)  # before any arithmetic: year 9999 would overflow
        end = end or start + dt.timedelta(minutes=job.estimated_minutes)
        reason = _enforce(actor, violations_in(s, actor, job, tech_id, start, end, None),
                          override_reason)
        info = _info(book_in(s, actor, job, tech_id, start, end, reason))
    return info, Changes.SCHEDULE | Changes.JOBS


def book_in(s: Session, actor: Actor, job: Job, tech_id: str, start: dt.datetime,
            end: dt.datetime, reason: str = "") -> Appointment:
    """Insert the appointment (the caller checked the rules); a new job becomes scheduled."""
    appt = insert(s, actor, Appointment(job_id=job.id, technician_id=tech_id, start=start,
                                        end=end, override_reason=reason), reason)
    if job.status in (JobStatus.NEW, JobStatus.ON_HOLD):
        transition_in(s, actor, job, JobStatus.SCHEDULED)
    return appt


def move(
    db: Database, actor: Actor, appointment_id: str, tech_id: str, start: dt.datetime,
    end: dt.datetime, override_reason: str = "",
) -> tuple[AppointmentInfo, Changes]:
    """Move an appointment in time or to another technician, or resize it."""
    with db.session() as s:
        appt = fetch(s, Appointment, appointment_id, Text("appointment"))
        if appt.status not in LIVE:
            raise ValidationError("A finished or cancelled appointment cannot be moved.")
        job = fetch(s, Job, appt.job_id, Text("job"))
        reason = _enforce(actor, violations_in(s, actor, job, tech_id, start, end, appt.id),
                          override_reason)
        update(s, actor, appt, {"technician_id": tech_id, "start": start, "end": end,
                                "override_reason": reason}, "move", reason)
        info = _info(appt)
    return info, Changes.SCHEDULE | Changes.JOBS


def unassign(db: Database, actor: Actor, appointment_id: str) -> Changes:
    """Remove an appointment (tombstone); a job left with none goes back to new."""
    with db.session() as s:
        appt = fetch(s, Appointment, appointment_id, Text("appointment"))
        unassign_in(s, actor, appt)
    return Changes.SCHEDULE | Changes.JOBS


def unassign_in(s: Session, actor: Actor, appt: Appointment) -> None:
    """Tombstone a live appointment; a job left with none goes back to new."""
    if appt.status not in LIVE:
        raise ValidationError("A finished or cancelled appointment cannot be unassigned.")
    update(s, actor, appt, {"deleted": True}, "unassign")
    job = fetch(s, Job, appt.job_id, Text("job"))
    remaining = s.scalar(select(Appointment.id).where(
        Appointment.job_id == job.id, Appointment.deleted.is_(False),
        Appointment.status.in_([x.value for x in LIVE])))
    if remaining is None and job.status == JobStatus.DISPATCHED:
        transition_in(s, actor, job, JobStatus.SCHEDULED)
    if remaining is None and job.status == JobStatus.SCHEDULED:
        transition_in(s, actor, job, JobStatus.NEW)


def appointments_of(db: Database, job_id: str) -> list[AppointmentInfo]:
    with db.session() as s:
        rows = s.scalars(select(Appointment).where(
            Appointment.job_id == job_id, Appointment.deleted.is_(False)
        ).order_by(Appointment.start))
        return [_info(a) for a in rows]


def pin(db: Database, actor: Actor, appointment_id: str, pinned: bool = True) -> Changes:
    """Fix a visit where it is (agreed with the customer): the day planner leaves it there."""
    with db.session() as s:
        appt = fetch(s, Appointment, appointment_id, Text("appointment"))
        update(s, actor, appt, {"pinned": pinned}, "pin" if pinned else "unpin")
    return Changes.SCHEDULE
