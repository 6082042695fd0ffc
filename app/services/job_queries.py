"""The job list's read model: filtered, sorted pages of plain rows (never ORM objects)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Appointment, Customer, Job, Site, Technician
from app.models.base import utcnow
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import SlaState, promise_due, sla_state
from app.services import validation as v
from app.services.station_settings import calendar_in


class SortKey(StrEnum):
    NUMBER = "number"
    CREATED = "created"
    SLA = "sla"
    STATUS = "status"
    PRIORITY = "priority"
    TYPE = "type"
    CUSTOMER = "customer"
    ADDRESS = "address"


class DateField(StrEnum):
    CREATED = "created"
    SCHEDULED = "scheduled"


@dataclass(frozen=True)
class JobFilter:
    text: str = ""
    statuses: frozenset[JobStatus] = frozenset()
    job_types: frozenset[JobType] = frozenset()
    technician_id: str | None = None
    date_field: DateField = DateField.CREATED
    start: dt.datetime | None = None  # aware, inclusive
    end: dt.datetime | None = None  # aware, exclusive


@dataclass(frozen=True)
class JobRow:
    id: str
    number: str
    job_type: JobType
    priority: Priority
    status: JobStatus
    customer_name: str
    phone: str
    address: str
    district: str
    created_at: dt.datetime
    sla_due: dt.datetime
    technicians: tuple[str, ...] = ()
    next_start: dt.datetime | None = None
    # The response promise as the list shows it: when it falls due (a later window the
    # customer asked for included), its state and business minutes left, at the page's time.
    promise_due: dt.datetime | None = None
    sla: SlaState | None = None
    sla_minutes_left: int | None = None


@dataclass(frozen=True)
class JobPage:
    total: int
    offset: int
    rows: list[JobRow] = field(default_factory=list)
    search_cut: bool = False  # the search text was longer than SEARCH_LIMIT: its start was used


PRIORITY_RANK = case(
    {p.value: i for i, p in enumerate(Priority)}, value=Job.priority, else_=len(Priority)
)
_LIVE_APPT = and_(Appointment.deleted.is_(False),
                  Appointment.status != AppointmentStatus.CANCELLED.value)
SORT_COLUMNS: dict[SortKey, Any] = {
    SortKey.NUMBER: Job.number,
    SortKey.CREATED: Job.created_at,
    SortKey.SLA: Job.sla_due,
    SortKey.STATUS: Job.status,
    SortKey.PRIORITY: PRIORITY_RANK,
    SortKey.TYPE: Job.job_type,
    SortKey.CUSTOMER: Customer.name,
    SortKey.ADDRESS: Site.address,
}


def _where(q: Select[Any], f: JobFilter) -> Select[Any]:
    q = q.where(Job.deleted.is_(False))
    if f.text.strip():
        for word in f.text.lower().split():
            q = q.where(Job.search_text.contains(word, autoescape=True))
    if f.statuses:
        q = q.where(Job.status.in_([s.value for s in f.statuses]))
    if f.job_types:
        q = q.where(Job.job_type.in_([t.value for t in f.job_types]))
    visits = []
    if f.technician_id:
        visits.append(Appointment.technician_id == f.technician_id)
    if f.date_field is DateField.SCHEDULED and (f.start or f.end):
        visits += [Appointment.start >= f.start] if f.start else []
        visits += [Appointment.start < f.end] if f.end else []
    elif f.start or f.end:
        q = q.where(Job.created_at >= f.start) if f.start else q
        q = q.where(Job.created_at < f.end) if f.end else q
    if visits:
        # An uncorrelated IN lets SQLite find the few visits by index first (a correlated
        # EXISTS probed the appointments once per job: seconds on a large station).
        q = q.where(Job.id.in_(select(Appointment.job_id).where(_LIVE_APPT, *visits)))
    return q


def count_jobs(s: Session, f: JobFilter) -> int:
    return int(s.scalar(_where(select(func.count(Job.id)), f)) or 0)


def _sorted(q: Select[Any], f: JobFilter, sort: SortKey, descending: bool) -> Select[Any]:
    """`q` (joined to what `sort` sorts by) filtered and in the list's order."""
    order = SORT_COLUMNS[sort].desc() if descending else SORT_COLUMNS[sort].asc()
    return _where(q, f).order_by(order, Job.number.desc() if descending else Job.number)


def _page_ids(
    s: Session, f: JobFilter, sort: SortKey, descending: bool, offset: int, limit: int
) -> list[str]:
    q = select(Job.id)
    if sort is SortKey.CUSTOMER:
        q = q.join(Customer, Customer.id == Job.customer_id)
    elif sort is SortKey.ADDRESS:
        q = q.join(Site, Site.id == Job.site_id)
    return list(s.scalars(_sorted(q, f, sort, descending).offset(offset).limit(limit)))


STARTED = (AppointmentStatus.ON_SITE.value, AppointmentStatus.DONE.value)
ID_CHUNK = 500  # ids per IN list


def listed(f: JobFilter, sort: SortKey, descending: bool, *columns: Any) -> Select[Any]:
    """Every matching job as `columns` (of the job, its customer and its site), in the list's
    order: an export reads what it writes, not the list's rows (whose promise state it does
    not show, a third of its time)."""
    q = (select(*columns).select_from(Job).join(Customer, Customer.id == Job.customer_id)
         .join(Site, Site.id == Job.site_id))
    return _sorted(q, replace(f, text=v.search(f.text).text), sort, descending)


def _live_visits(ids: Sequence[str], *columns: Any) -> Select[Any]:
    """The live visits of these jobs: job id, start, technician's name, then `columns`."""
    return (select(Appointment.job_id, Appointment.start, Technician.name, *columns)
            .join(Technician, Technician.id == Appointment.technician_id)
            .where(Appointment.job_id.in_(ids), _LIVE_APPT))


def _crew(visits: list[tuple[dt.datetime, str]]) -> tuple[tuple[str, ...], dt.datetime | None]:
    """A job's technicians as the list names them (by their first visit) and its first visit."""
    visits = sorted(visits)
    return tuple(dict.fromkeys(n for _, n in visits)), visits[0][0] if visits else None


def crews(s: Session, ids: Sequence[str]
          ) -> dict[str, tuple[tuple[str, ...], dt.datetime | None]]:
    """The technicians and first visit of each of these jobs (those with a live visit), as the
    list shows them."""
    found: dict[str, list[tuple[dt.datetime, str]]] = {}
    for job_id, start, name in s.execute(_live_visits(ids)):
        found.setdefault(job_id, []).append((start, name))
    return {job_id: _crew(visits) for job_id, visits in found.items()}


def _rows(s: Session, ids: list[str], now: dt.datetime, calendar: BusinessCalendar
          ) -> list[JobRow]:
    if not ids:
        return []
    base = s.execute(
        select(Job.id, Job.number, Job.job_type, Job.priority, Job.status, Customer.name,
               Customer.phone, Site.address, Site.district, Job.created_at, Job.sla_due,
               Job.requested_end)
        .join(Customer, Customer.id == Job.customer_id)
        .join(Site, Site.id == Job.site_id)
        .where(Job.id.in_(ids))
    ).all()
    techs: dict[str, list[tuple[dt.datetime, str]]] = {}
    arrivals: dict[str, list[dt.datetime]] = {}
    for job_id, start, name, actual, status in s.execute(
        _live_visits(ids, Appointment.actual_start, Appointment.status)
    ):
        techs.setdefault(job_id, []).append((start, name))
        began = actual or (start if status in STARTED else None)
        if began is not None:
            arrivals.setdefault(job_id, []).append(began)
    by_id = {}
    for r in base:
        due = promise_due(r[10], r[11])
        state, left = sla_state(r[4], due, min(arrivals.get(r[0], []), default=None), now,
                                calendar)
        by_id[r[0]] = JobRow(
            r[0], r[1], JobType(r[2]), Priority(r[3]), JobStatus(r[4]), r[5], r[6], r[7], r[8],
            r[9], r[10], *_crew(techs.get(r[0], [])), due, state, left,
        )
    return [by_id[i] for i in ids]


def query_jobs(
    db: Database, f: JobFilter, sort: SortKey = SortKey.CREATED, descending: bool = True,
    offset: int = 0, limit: int = 200, with_total: bool = True, now: dt.datetime | None = None,
) -> JobPage:
    """One page of the job list; `total` counts every match (or -1 when not asked for). The
    rows' time left is counted at `now` (default: the current time)."""
    search = v.search(f.text)
    f = replace(f, text=search.text)
    with db.session() as s:
        total = count_jobs(s, f) if with_total else -1
        rows = _rows(s, _page_ids(s, f, sort, descending, offset, limit), now or utcnow(),
                     calendar_in(s))
    return JobPage(total, offset, rows, search.cut)


def jobs_by_id(db: Database, ids: Sequence[str], now: dt.datetime | None = None
               ) -> list[JobRow]:
    """The job list's rows of these jobs, in that order (the jobs behind a quality figure)."""
    rows: list[JobRow] = []
    with db.session() as s:
        calendar = calendar_in(s)
        for first in range(0, len(ids), ID_CHUNK):
            rows += _rows(s, list(ids[first:first + ID_CHUNK]), now or utcnow(), calendar)
    return rows
