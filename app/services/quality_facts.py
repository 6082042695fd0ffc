"""The facts the quality figures are counted from, read for one station and one window of time.

Plain SQLAlchemy Core over the shared tables, with nothing particular to a database (no date
arithmetic in SQL, no dialect functions): the same queries run on a desk's SQLite file and on
the central PostgreSQL database (`fielddesk central report`). Each returns plain tuples; the
counting is done in `app.services.quality_figures`. Every query is bounded by the station and
an indexed time column.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from app.models import Appointment, Callback, ChecklistRun, Complaint, Job, Technician
from app.models.enums import AppointmentStatus, CallbackKind, JobStatus, JobType

REPEAT_WINDOW = dt.timedelta(days=30)
DONE = (JobStatus.COMPLETED.value, JobStatus.CLOSED.value)
REPEAT_TYPES = (JobType.REPAIR.value, JobType.INSPECTION.value)


@dataclass(frozen=True)
class Window:
    station_id: str
    start: dt.datetime  # inclusive
    end: dt.datetime  # exclusive


@dataclass(frozen=True, slots=True)
class VisitFact:
    technician_id: str
    start: dt.datetime
    arrived: dt.datetime | None
    finished: dt.datetime | None


@dataclass(slots=True)
class JobFact:
    id: str
    job_type: str
    status: str
    created_at: dt.datetime
    completed_at: dt.datetime | None
    sla_due: dt.datetime
    requested_end: dt.datetime | None
    first_result: str | None  # of an installation's checklist
    visits: list[VisitFact]


def job_facts(s: Session, w: Window) -> dict[str, JobFact]:
    """Jobs received in the window and jobs completed in it, with their live visits (two
    queries, each on its own index, rather than one OR that would scan)."""
    live_visit = and_(Appointment.job_id == Job.id, Appointment.deleted.is_(False),
                      Appointment.status != AppointmentStatus.CANCELLED.value)
    install_run = and_(ChecklistRun.job_id == Job.id, ChecklistRun.deleted.is_(False),
                       Job.job_type == JobType.INSTALL.value)
    received = and_(Job.created_at >= w.start, Job.created_at < w.end)
    completed = and_(Job.completed_at >= w.start, Job.completed_at < w.end,
                     Job.status.in_(DONE))
    facts: dict[str, JobFact] = {}
    for when in (received, completed):
        known = set(facts)
        rows = s.connection().execute(
            select(Job.id, Job.job_type, Job.status, Job.created_at, Job.completed_at,
                   Job.sla_due, Job.requested_end, ChecklistRun.first_result,
                   Appointment.technician_id, Appointment.start, Appointment.actual_start,
                   Appointment.actual_end)
            .outerjoin(Appointment, live_visit).outerjoin(ChecklistRun, install_run)
            .where(Job.station_id == w.station_id, Job.deleted.is_(False), when))
        for (job_id, job_type, status, created, done, due, req_end, first, tech, start, arrived,
             finished) in rows:
            if job_id in known:
                continue
            fact = facts.get(job_id)
            if fact is None:
                fact = facts[job_id] = JobFact(job_id, job_type, status, created, done, due,
                                               req_end, first, [])
            if tech is not None:
                fact.visits.append(VisitFact(tech, start, arrived, finished))
    return facts


@dataclass(frozen=True, slots=True)
class CallbackFact:
    id: str
    job_id: str | None
    technician_id: str | None
    due_at: dt.datetime
    first_called_at: dt.datetime | None
    called_at: dt.datetime | None
    reached: bool | None
    satisfaction: int | None
    status: str


def callback_facts(s: Session, w: Window) -> list[CallbackFact]:
    """After-visit callbacks due in the window or called in it."""
    columns = (Callback.id, Callback.job_id, Callback.technician_id, Callback.due_at,
               Callback.first_called_at, Callback.called_at, Callback.reached,
               Callback.satisfaction, Callback.status)
    base = (Callback.station_id == w.station_id, Callback.deleted.is_(False),
            Callback.kind == CallbackKind.VISIT.value)
    found: dict[str, CallbackFact] = {}
    for column in (Callback.due_at, Callback.called_at):
        for row in s.connection().execute(select(*columns).where(
                *base, column >= w.start, column < w.end)):
            found.setdefault(row[0], CallbackFact(*row))
    return list(found.values())


@dataclass(frozen=True, slots=True)
class ComplaintFact:
    id: str
    job_id: str | None
    technician_id: str | None
    received_at: dt.datetime
    stages: tuple[tuple[dt.datetime | None, dt.datetime | None], ...]  # (due, done) each


def complaint_facts(s: Session, w: Window) -> list[ComplaintFact]:
    """Complaints received in the window, or with a stage due in it."""
    c = Complaint
    due_in = [and_(due >= w.start, due < w.end)
              for due in (c.handling_due, c.review_due, c.report_due)]
    rows = s.connection().execute(
        select(c.id, c.job_id, c.technician_id, c.received_at, c.handling_due, c.handled_at,
               c.review_due, c.reviewed_at, c.report_due, c.reported_at)
        .where(c.station_id == w.station_id, c.deleted.is_(False), c.received_at < w.end)
        .where(and_(c.received_at >= w.start) | due_in[0] | due_in[1] | due_in[2]))
    return [ComplaintFact(r[0], r[1], r[2], r[3], ((r[4], r[5]), (r[6], r[7]), (r[8], r[9])))
            for r in rows]


@dataclass(frozen=True, slots=True)
class RepeatFact:
    job_id: str  # the new call about the same unit
    earlier_job_id: str
    technician_id: str | None  # whose work the earlier job was


def repeat_facts(s: Session, w: Window) -> list[RepeatFact]:
    """Repairs and inspections received in the window for a unit whose earlier job was
    completed at most 30 days before the call (the latest such earlier job)."""
    later, earlier, visit = aliased(Job), aliased(Job), aliased(Appointment)
    finisher = (select(visit.technician_id)
                .where(visit.job_id == earlier.id, visit.deleted.is_(False),
                       visit.actual_end.is_not(None))
                .order_by(visit.actual_end.desc()).limit(1).correlate(earlier).scalar_subquery())
    rows = s.connection().execute(
        select(later.id, later.created_at, earlier.id, earlier.completed_at, finisher)
        .join(earlier, and_(earlier.equipment_id == later.equipment_id, earlier.id != later.id))
        .where(later.station_id == w.station_id, later.deleted.is_(False),
               later.created_at >= w.start, later.created_at < w.end,
               later.job_type.in_(REPEAT_TYPES), later.status != JobStatus.CANCELLED.value,
               earlier.deleted.is_(False), earlier.status.in_(DONE),
               earlier.completed_at >= w.start - REPEAT_WINDOW,
               earlier.completed_at < later.created_at))
    latest: dict[str, tuple[dt.datetime, RepeatFact]] = {}
    for job_id, called, earlier_id, completed, tech in rows:
        if called - completed <= REPEAT_WINDOW and (
                job_id not in latest or completed > latest[job_id][0]):
            latest[job_id] = (completed, RepeatFact(job_id, earlier_id, tech))
    return [fact for _, fact in latest.values()]


def technicians(s: Session, station_id: str) -> dict[str, tuple[str, str, str]]:
    """Every technician of the station (former ones too): id -> (code, name, team)."""
    return {r[0]: (r[1], r[2], r[3]) for r in s.connection().execute(
        select(Technician.id, Technician.code, Technician.name, Technician.team)
        .where(Technician.station_id == station_id))}
