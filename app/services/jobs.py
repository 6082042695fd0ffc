"""Work orders: create, edit, move through the status machine, cancel; each write audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import TransitionError, ValidationError
from app.models import Appointment, Customer, Job, Site
from app.models.base import utcnow
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority, Skill
from app.scheduling.sla import response_due
from app.services import validation as v
from app.services.actor import Actor
from app.services.callback_tasks import cancel_visit_callback_in, open_visit_callback_in
from app.services.changes import Changes
from app.services.charges import reassess_in
from app.services.completion import completion_blockers, finished_visits
from app.services.customers import CustomerInput, EquipmentInput, SiteInput, add_customer_in
from app.services.job_equipment import UnitChoice, unit_choice_in, unit_for_job_in
from app.services.numbering import next_job_number
from app.services.response_hours import response_hours_in
from app.services.rows import fetch, insert, update
from app.services.search_index import job_search_text
from app.services.station_settings import calendar_in
from app.services.status import OPEN, check_transition
from app.texts import Text

REASON = Text("reason")  # of a hold, a cancellation, an override: kept in the audit log
DEFAULT_SKILLS: dict[JobType, list[str]] = {
    JobType.INSTALL: [Skill.INSTALL, Skill.REFRIGERANT],
    JobType.REPAIR: [Skill.REPAIR],
    JobType.MAINTENANCE: [Skill.MAINTENANCE],
    JobType.INSPECTION: [Skill.MAINTENANCE],
    JobType.RELOCATION: [Skill.INSTALL, Skill.REFRIGERANT],
    JobType.REMOVAL: [Skill.INSTALL],
}


@dataclass(frozen=True)
class JobInput:
    job_type: str
    priority: str = Priority.NORMAL.value
    symptom: str = ""
    requested_start: dt.datetime | None = None
    requested_end: dt.datetime | None = None
    required_skills: list[str] | None = None  # None: the job type's default skills
    estimated_minutes: int = 90
    equipment_id: str | None = None  # one of the units installed at the job's site
    sla_due: dt.datetime | None = None  # None: the station's response hours for the priority
    resolution: str = ""
    new_equipment: EquipmentInput | None = None  # a unit registered with the job, at its site

    def checked(self) -> dict[str, object]:
        job_type = v.one_of(JobType, self.job_type, Text("job type"))
        v.one_of(Priority, self.priority, Text("priority"))
        v.window(self.requested_start, self.requested_end, Text("customer's requested window"))
        v.int_range(self.estimated_minutes, 15, 24 * 60, Text("estimated duration in minutes"))
        skills = DEFAULT_SKILLS[job_type] if self.required_skills is None else self.required_skills
        for skill in skills:
            v.one_of(Skill, skill, Text("skill"))
        v.moment(self.sla_due, Text("SLA due time"))
        symptom = v.text(self.symptom, Text("symptom"), Job.symptom)
        if job_type is JobType.REPAIR and not symptom:
            raise ValidationError("A repair job needs the symptom the customer reported.")
        return {
            "job_type": job_type.value, "priority": self.priority, "symptom": symptom,
            "requested_start": self.requested_start, "requested_end": self.requested_end,
            "required_skills": sorted({str(s) for s in skills}),
            "estimated_minutes": self.estimated_minutes,
            "resolution": v.text(self.resolution, Text("resolution"), Job.resolution),
        }


@dataclass(frozen=True)
class NewCustomer:
    customer: CustomerInput
    site: SiteInput


@dataclass(frozen=True)
class ExistingSite:
    site_id: str


@dataclass(frozen=True)
class JobDetail:
    id: str
    number: str
    job_type: JobType
    priority: Priority
    status: JobStatus
    customer_id: str
    customer_name: str
    phone: str
    site_id: str
    address: str
    equipment_id: str | None
    symptom: str
    resolution: str
    requested_start: dt.datetime | None
    requested_end: dt.datetime | None
    sla_due: dt.datetime
    required_skills: list[str]
    estimated_minutes: int
    hold_reason: str
    created_at: dt.datetime
    version: int
    appointments: list[tuple[str, dt.datetime, dt.datetime]] = field(default_factory=list)
    equipment: UnitChoice | None = None  # the unit equipment_id names, with its warranty
    completed_at: dt.datetime | None = None


def _site_for(s: Session, actor: Actor, who: NewCustomer | ExistingSite) -> Site:
    if isinstance(who, NewCustomer):
        return add_customer_in(s, actor, who.customer, who.site)
    return fetch(s, Site, who.site_id, Text("customer site"))


def create_job(
    db: Database, actor: Actor, who: NewCustomer | ExistingSite, job: JobInput,
    now: dt.datetime | None = None,
) -> tuple[JobDetail, Changes]:
    """Create a job (and, for a new caller, the customer and site) in one transaction."""
    with db.session() as s:
        detail = _detail(s, create_job_in(s, actor, who, job, now or utcnow()))
    return detail, Changes.JOBS | Changes.CUSTOMERS | Changes.MAP


def create_job_in(s: Session, actor: Actor, who: NewCustomer | ExistingSite, job: JobInput,
                  now: dt.datetime | None = None) -> Job:
    """`create_job` inside the caller's transaction (a complaint's re-inspection job, an
    import's rows)."""
    values = job.checked()
    now = now or utcnow()
    site = _site_for(s, actor, who)
    values["equipment_id"] = unit_for_job_in(s, actor, site, job.equipment_id,
                                             job.new_equipment)
    customer = fetch(s, Customer, site.customer_id, Text("customer"))
    year = now.astimezone(ZoneInfo(actor.timezone)).year
    number = next_job_number(s, actor.station_code, year)
    due = job.sla_due or response_due(now, job.priority, response_hours_in(s),
                                      calendar_in(s))
    row = Job(
        number=number, customer_id=customer.id, site_id=site.id, status=JobStatus.NEW.value,
        sla_due=due, created_at=now,
        search_text=job_search_text(number, customer.name, customer.phone, customer.alt_phone,
                                site.address),
        **values,
    )
    return insert(s, actor, row)


def update_job(db: Database, actor: Actor, job_id: str, job: JobInput) -> Changes:
    """Replace the job's fields (its unit included: None names none). A new priority moves the
    response due to the receipt time plus the station's hours for it, unless a visit already
    began (the promise was kept or broken by then); an explicit `sla_due` wins."""
    values = job.checked()
    with db.session() as s:
        row = fetch(s, Job, job_id, Text("job"))
        if JobStatus(row.status) not in OPEN | {JobStatus.COMPLETED}:
            raise ValidationError("Job {number} is {status} and can no longer be edited.",
                                  number=row.number, status=JobStatus(row.status))
        site = fetch(s, Site, row.site_id, Text("site"))
        values["equipment_id"] = unit_for_job_in(s, actor, site, job.equipment_id,
                                                 job.new_equipment)
        if job.sla_due is not None:
            values["sla_due"] = job.sla_due
        elif job.priority != row.priority and not _visited(s, row):
            values["sla_due"] = response_due(row.created_at, job.priority, response_hours_in(s),
                                             calendar_in(s))
        if update(s, actor, row, values):
            reassess_in(s, actor, row)  # a new unit or type: the warranty decides anew
    return Changes.JOBS | Changes.SCHEDULE


def _visited(s: Session, job: Job) -> bool:
    """Has a technician arrived for this job (an arrival recorded, or work begun)?"""
    if JobStatus(job.status) in (JobStatus.IN_PROGRESS, JobStatus.COMPLETED, JobStatus.CLOSED):
        return True
    arrived = s.scalar(select(Appointment.id).where(
        Appointment.job_id == job.id, Appointment.deleted.is_(False),
        Appointment.status != AppointmentStatus.CANCELLED.value,
        Appointment.actual_start.is_not(None) | Appointment.status.in_(
            [AppointmentStatus.ON_SITE.value, AppointmentStatus.DONE.value])).limit(1))
    return arrived is not None


def transition_in(
    s: Session, actor: Actor, row: Job, target: JobStatus, reason: str = "",
    override: bool = False,
) -> None:
    """Move a job to `target` if the machine (and, for completion, the gate) allows it."""
    check_transition(JobStatus(row.status), target)
    reason = v.text(reason, REASON, Job.hold_reason)
    if target is JobStatus.ON_HOLD and not reason:
        raise ValidationError("Say why the job is on hold (waiting for parts or the customer...).")
    if target is JobStatus.CANCELLED and not reason:
        raise ValidationError("Say why the job is cancelled.")
    if target is JobStatus.COMPLETED:
        blockers = completion_blockers(s, row)
        if blockers and not override:
            raise TransitionError("Job {number} cannot be completed: {blockers}.",
                                  number=row.number, blockers=blockers)
        if blockers:
            if not actor.is_supervisor:
                raise TransitionError("Only a supervisor may complete a job over the gate.")
            if not reason:
                raise ValidationError("A supervisor override needs a reason.")
    values: dict[str, object] = {"status": target.value}
    if target is JobStatus.ON_HOLD:
        values["hold_reason"] = reason
    reopened = JobStatus(row.status) is JobStatus.COMPLETED and target is JobStatus.IN_PROGRESS
    if target is JobStatus.COMPLETED:
        values["completed_at"] = max(finished_visits(s, row), default=None) or utcnow()
    elif reopened:
        values["completed_at"] = None
    update(s, actor, row, values, f"status:{target.value}", reason)
    if target is JobStatus.COMPLETED:
        open_visit_callback_in(s, actor, row, row.completed_at or utcnow())
    elif reopened:
        cancel_visit_callback_in(s, actor, row, reason or "reopened")


def change_status(
    db: Database, actor: Actor, job_id: str, target: JobStatus, reason: str = "",
    override: bool = False,
) -> Changes:
    with db.session() as s:
        row = fetch(s, Job, job_id, Text("job"))
        transition_in(s, actor, row, target, reason, override)
        if target is JobStatus.CANCELLED:
            _cancel_appointments(s, actor, row.id, reason.strip())
    return Changes.JOBS | Changes.SCHEDULE | Changes.MAP | Changes.QUALITY


def cancel_job(db: Database, actor: Actor, job_id: str, reason: str) -> Changes:
    return change_status(db, actor, job_id, JobStatus.CANCELLED, reason)


def _cancel_appointments(s: Session, actor: Actor, job_id: str, reason: str) -> None:
    live = s.scalars(
        select(Appointment).where(
            Appointment.job_id == job_id, Appointment.deleted.is_(False),
            Appointment.status.not_in([AppointmentStatus.DONE, AppointmentStatus.CANCELLED]),
        )
    )
    for appt in live:
        update(s, actor, appt, {"status": AppointmentStatus.CANCELLED.value}, "cancel", reason)


def _detail(s: Session, row: Job) -> JobDetail:
    customer = fetch(s, Customer, row.customer_id, Text("customer"))
    site = fetch(s, Site, row.site_id, Text("site"))
    appts = s.execute(
        select(Appointment.technician_id, Appointment.start, Appointment.end)
        .where(Appointment.job_id == row.id, Appointment.deleted.is_(False),
               Appointment.status != AppointmentStatus.CANCELLED)
        .order_by(Appointment.start)
    ).all()
    return JobDetail(
        id=row.id, number=row.number, job_type=JobType(row.job_type),
        priority=Priority(row.priority), status=JobStatus(row.status),
        customer_id=customer.id, customer_name=customer.name, phone=customer.phone,
        site_id=site.id, address=site.address, equipment_id=row.equipment_id,
        symptom=row.symptom, resolution=row.resolution, requested_start=row.requested_start,
        requested_end=row.requested_end, sla_due=row.sla_due,
        required_skills=list(row.required_skills), estimated_minutes=row.estimated_minutes,
        hold_reason=row.hold_reason, created_at=row.created_at, version=row.version,
        appointments=[(a.technician_id, a.start, a.end) for a in appts],
        equipment=unit_choice_in(s, row.equipment_id), completed_at=row.completed_at,
    )


def get_job(db: Database, job_id: str) -> JobDetail:
    with db.session() as s:
        return _detail(s, fetch(s, Job, job_id, Text("job")))


def find_job_id(db: Database, number: str) -> str:
    with db.session() as s:
        number = v.lookup(number).upper()
        job_id = s.scalar(select(Job.id).where(Job.number == number))
    if job_id is None:
        raise ValidationError("There is no job {number}.", number=number)
    return job_id
