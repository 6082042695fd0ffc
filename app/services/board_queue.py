"""The dispatch board's queue: jobs nobody is booked for, the least business time left first.

Part of the board's read model (`app.services.board`), built in one query with the first
visit of each job read by a correlated subquery.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from app.geo.address_parts import HomeArea, district_of
from app.models import Appointment, Customer, Job, Site
from app.models.base import UTCDateTime
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import SlaState, promise_due, sla_state
from app.services.appointments import LIVE

STARTED = (AppointmentStatus.ON_SITE, AppointmentStatus.DONE)
UNASSIGNED_STATUSES = (JobStatus.NEW, JobStatus.ON_HOLD)
PRIORITY_RANK = {p: i for i, p in enumerate(reversed(list(Priority)))}  # urgent 0 ... low 3


@dataclass(frozen=True, slots=True)
class UnassignedJob:
    id: str
    number: str
    customer_name: str
    address: str
    district: str
    job_type: JobType
    priority: Priority
    status: JobStatus
    sla_due: dt.datetime  # when the response promise falls due (`sla.promise_due`)
    sla: SlaState
    sla_minutes_left: int | None  # business minutes: the queue's order
    required_skills: tuple[str, ...]
    estimated_minutes: int
    lat: float | None
    lon: float | None
    requested_start: dt.datetime | None
    requested_end: dt.datetime | None


def first_visit() -> ColumnElement[dt.datetime]:
    """When the job's first visit started (actual start, else the plan of a started visit).

    A correlated subquery on the job: one probe of the job's index per row, far cheaper than
    a second query with thousands of ids.
    """
    b = aliased(Appointment)
    began = func.coalesce(b.actual_start, case((b.status.in_([x.value for x in STARTED]), b.start)))
    first = (select(func.min(began))
             .where(b.job_id == Job.id, b.deleted.is_(False),
                    b.status != AppointmentStatus.CANCELLED.value)
             .correlate(Job).scalar_subquery())
    return type_coerce(first, UTCDateTime())


def unassigned_in(s: Session, station_id: str, now: dt.datetime, calendar: BusinessCalendar,
                  home: HomeArea) -> list[UnassignedJob]:
    """The queue; a site not located yet shows the district its address names."""
    booked = select(Appointment.id).where(
        Appointment.job_id == Job.id, Appointment.deleted.is_(False),
        Appointment.status.in_([x.value for x in LIVE])).correlate(Job).exists()
    rows = s.connection().execute(
        select(Job.id, Job.number, Customer.name, Site.address, Site.district, Job.job_type,
               Job.priority, Job.status, Job.sla_due, Job.required_skills,
               Job.estimated_minutes, Site.lat, Site.lon, Job.requested_start,
               Job.requested_end, first_visit())
        .join(Customer, Customer.id == Job.customer_id)
        .join(Site, Site.id == Job.site_id)
        .where(Job.station_id == station_id, Job.deleted.is_(False),
               Job.status.in_([x.value for x in UNASSIGNED_STATUSES]),
               ~booked)
    ).all()
    out = []
    for (job_id, number, customer, address, district, job_type, priority, status, sla_due,
         skills, minutes, lat, lon, req_start, req_end, first) in rows:
        due = promise_due(sla_due, req_end)
        state, left = sla_state(status, due, first, now, calendar)
        out.append(UnassignedJob(
            job_id, number, customer, address, district or district_of(address, home),
            JobType(job_type), Priority(priority),
            JobStatus(status), due, state, left, tuple(skills), minutes, lat, lon, req_start,
            req_end))
    out.sort(key=urgency_key)
    return out


NO_CLOCK = 10**9  # minutes left of a job whose clock does not run


def urgency_key(j: UnassignedJob) -> tuple[bool, int, int, dt.datetime, str]:
    """The queue's order: the least business time left first (overdue ones most late first),
    then priority (urgent first) and due; jobs whose clock is paused (on hold) last."""
    running = j.sla in (SlaState.OK, SlaState.DUE_SOON, SlaState.OVERDUE)
    left = j.sla_minutes_left if running and j.sla_minutes_left is not None else NO_CLOCK
    return not running, left, PRIORITY_RANK[j.priority], j.sla_due, j.number


