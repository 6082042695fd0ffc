"""The quality figures as SQL: for one station, one window of time and the moment `now`, each
figure is a query of rows (job id, technician, counted in the base 0/1, a hit 0/1).

Summed per technician (`counts`) they give the figures; filtered (`jobs`) they give the jobs
behind a figure. Plain SQLAlchemy Core over the shared tables, nothing particular to a
database (no date arithmetic in SQL, CASE rather than booleans, NULLs ordered explicitly): the
same queries run on a desk's SQLite file and on the central PostgreSQL database. Every query
is bounded by the station and an indexed time column; a job's visits are probed by index.
The repeat visits need date arithmetic and are filtered in Python (`quality_repeats`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Select,
    String,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.models import Appointment, Callback, ChecklistRun, Complaint, Job, Technician
from app.models.base import UTCDateTime
from app.models.enums import AppointmentStatus, CallbackKind, JobStatus, JobType

REPEAT_WINDOW = dt.timedelta(days=30)
DONE = (JobStatus.COMPLETED.value, JobStatus.CLOSED.value)
# Without an arrival these jobs' response is not judged: paused, stopped or gone.
STOPPED = (JobStatus.ON_HOLD.value, JobStatus.CANCELLED.value, JobStatus.IN_PROGRESS.value,
           *DONE)
UNSATISFIED = 2

Facts = Select[Any] | CompoundSelect[Any]


@dataclass(frozen=True)
class Window:
    station_id: str
    start: dt.datetime  # inclusive
    end: dt.datetime  # exclusive
    now: dt.datetime  # what has fallen due by then counts

    def params(self) -> dict[str, Any]:
        return {"station_id": self.station_id, "start": self.start, "end": self.end,
                "now": self.now, "repeat_from": self.start - REPEAT_WINDOW}


# The queries are built once (their construction costs more than a small month's reading)
# and run with the window's values.
STATION = bindparam("station_id", type_=String())
START = bindparam("start", type_=UTCDateTime())
END = bindparam("end", type_=UTCDateTime())
NOW = bindparam("now", type_=UTCDateTime())
REPEAT_FROM = bindparam("repeat_from", type_=UTCDateTime())


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def _rows(job_id: Any, tech: Any, base: Any, hit: Any) -> list[Any]:
    return [job_id.label("job_id"), tech.label("technician_id"), base.label("base"),
            hit.label("hit")]


def _live_visit(a: Any, job_id: Any) -> ColumnElement[bool]:
    return and_(a.job_id == job_id, a.deleted.is_(False),
                a.status != AppointmentStatus.CANCELLED.value)


def _finisher() -> Any:
    """The technician of the visit whose finish completed the job (`completed_at` is its
    last visit's finish; none for a job completed over the gate without a visit)."""
    a = aliased(Appointment)
    return (select(a.technician_id)
            .where(_live_visit(a, Job.id), a.actual_end == Job.completed_at)
            .limit(1).correlate(Job).scalar_subquery())


def _inside(column: Any) -> ColumnElement[bool]:
    return and_(column >= START, column < END)


def _completed() -> Select[Any]:
    """The month's completed jobs: technician, type, finished visits (repairs), whether the
    checklist failed first (installations)."""
    a = aliased(Appointment)
    finished = (select(func.count(a.id)).where(_live_visit(a, Job.id), a.actual_end.is_not(None))
                .correlate(Job).scalar_subquery())
    failed = exists().where(ChecklistRun.job_id == Job.id, ChecklistRun.deleted.is_(False),
                            ChecklistRun.first_result == "fail").correlate(Job)
    repair, install = Job.job_type == JobType.REPAIR.value, Job.job_type == JobType.INSTALL.value
    return select(Job.id, _finisher().label("tech"), _flag(repair).label("repair"),
                  _flag(install).label("install"),
                  case((repair, finished), else_=0).label("finished"),
                  case((install, _flag(failed)), else_=0).label("failed")).where(
        Job.station_id == STATION, _inside(Job.completed_at), Job.status.in_(DONE),
        Job.deleted.is_(False))


def _once(q: Select[Any], name: str) -> Any:
    """`q` evaluated once (a materialised CTE): flattened into the query around it, its
    correlated subqueries would run again for each use of their columns."""
    return q.cte(name).prefix_with("MATERIALIZED")


def completed() -> Facts:
    jobs = _once(_completed(), "completed")
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), literal(1)))


def complaints_received() -> Select[Any]:
    c = Complaint
    return select(*_rows(c.job_id, c.technician_id, literal(0), literal(1))).where(
        c.station_id == STATION, c.deleted.is_(False), _inside(c.received_at))


def complaint_rate() -> Facts:
    jobs = _once(_completed(), "completed")
    return union_all(select(*_rows(jobs.c.id, jobs.c.tech, literal(1), literal(0))),
                     complaints_received())


def repeat_base() -> Facts:
    """The repeat visits' base: the month's completed jobs (the repeats are counted apart)."""
    jobs = _once(_completed(), "completed")
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), literal(0)))


def first_time_fix() -> Facts:
    jobs = _once(_completed(), "completed")
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), _flag(jobs.c.finished == 1))
                  ).where(jobs.c.repair == 1)


def install_first_fail() -> Facts:
    jobs = _once(_completed(), "completed")
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), jobs.c.failed)).where(
        jobs.c.install == 1)


@cache
def _completed_counting() -> Select[Any]:
    jobs = _once(_completed(), "completed")
    return select(jobs.c.tech, func.count(), func.sum(jobs.c.repair),
                  func.sum(_flag(and_(jobs.c.repair == 1, jobs.c.finished == 1))),
                  func.sum(jobs.c.install), func.sum(jobs.c.failed)).group_by(jobs.c.tech)


def completed_counts(s: Session, w: Window) -> dict[str | None, tuple[int, ...]]:
    """Per technician, in one pass: completed, repairs, repairs fixed in one visit,
    installations, installations failed first."""
    return {tech: tuple(int(n or 0) for n in rest)
            for tech, *rest in s.execute(_completed_counting(), w.params())}


def _responses() -> Any:
    """Calls received in the window whose response is decided by `now`: the first arrival,
    the promise, and the technician of the first visit (by its planned start)."""
    a, b = aliased(Appointment), aliased(Appointment)
    arrival = (select(func.min(a.actual_start))
               .where(_live_visit(a, Job.id), a.actual_start <= NOW)
               .correlate(Job).scalar_subquery())
    first = (select(b.technician_id).where(_live_visit(b, Job.id)).order_by(b.start).limit(1)
             .correlate(Job).scalar_subquery())
    promise = case((Job.requested_end > Job.sla_due, Job.requested_end), else_=Job.sla_due)
    jobs = _once(select(Job.id, Job.status, arrival.label("arrival"), promise.label("promise"),
                        first.label("tech"))
                 .where(Job.station_id == STATION, Job.deleted.is_(False),
                        Job.status != JobStatus.CANCELLED.value, _inside(Job.created_at)),
                 "responses")
    decided = or_(jobs.c.arrival.is_not(None),
                  and_(jobs.c.status.not_in(STOPPED),
                       jobs.c.promise < NOW))
    return jobs, decided, and_(jobs.c.arrival.is_not(None), jobs.c.arrival <= jobs.c.promise)


def response_attainment() -> Facts:
    jobs, decided, met = _responses()
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), _flag(met))).where(decided)


def failed_responses() -> Facts:
    jobs, decided, met = _responses()
    return select(*_rows(jobs.c.id, jobs.c.tech, literal(1), _flag(~met))).where(decided)


def late_callbacks() -> Facts:
    c = Callback
    late = or_(c.first_called_at.is_(None), c.first_called_at > c.due_at)
    return select(*_rows(c.job_id, c.technician_id, literal(1), _flag(late))).where(
        c.station_id == STATION, c.deleted.is_(False), c.kind == CallbackKind.VISIT.value,
        c.status != "cancelled", _inside(c.due_at), c.due_at <= NOW)


def dissatisfaction_rate() -> Facts:
    c = Callback
    return select(*_rows(c.job_id, c.technician_id, literal(1),
                         _flag(c.satisfaction <= UNSATISFIED))).where(
        c.station_id == STATION, c.deleted.is_(False), c.kind == CallbackKind.VISIT.value,
        c.reached.is_(True), _inside(c.called_at))


def _stages() -> list[Select[Any]]:
    c = Complaint
    return [select(*_rows(c.job_id, c.technician_id, literal(1),
                          _flag(or_(done.is_(None), done > due)))).where(
        c.station_id == STATION, c.deleted.is_(False), _inside(due), due <= NOW)
        for due, done in ((c.handling_due, c.handled_at), (c.review_due, c.reviewed_at),
                          (c.report_due, c.reported_at))]


def late_complaint_stages() -> Facts:
    return union_all(*_stages())


def omission_rate() -> Facts:
    return union_all(late_callbacks(), *_stages(), failed_responses())


FACTS: dict[str, Callable[[], Facts]] = {
    "completed": completed, "complaints": complaints_received,
    "complaint_rate": complaint_rate, "omission_rate": omission_rate,
    "dissatisfaction_rate": dissatisfaction_rate, "response_attainment": response_attainment,
    "first_time_fix": first_time_fix, "repeat_visits": repeat_base,
    "install_first_fail": install_first_fail, "late_callbacks": late_callbacks,
    "late_complaint_stages": late_complaint_stages, "failed_responses": failed_responses,
}


@cache
def _counting(name: str) -> Select[Any]:
    rows = FACTS[name]().subquery()
    return select(rows.c.technician_id, func.sum(rows.c.hit), func.sum(rows.c.base)).group_by(
        rows.c.technician_id)


def counts(s: Session, name: str, w: Window) -> dict[str | None, tuple[int, int]]:
    """Figure `name`'s (hits, base) per technician (None: nobody's)."""
    return {tech: (int(hits or 0), int(base or 0))
            for tech, hits, base in s.execute(_counting(name), w.params())}


TECHNICIANS: BindParameter[str] = bindparam("technicians", expanding=True)


@cache
def _listing(name: str, hits: bool, of_some: bool) -> Select[Any]:
    rows = FACTS[name]().subquery()
    q = select(rows.c.job_id).distinct().where(rows.c.job_id.is_not(None),
                                               (rows.c.hit if hits else rows.c.base) == 1)
    return q.where(rows.c.technician_id.in_(TECHNICIANS)) if of_some else q


def jobs(s: Session, name: str, w: Window, technicians: list[str] | None, hits: bool
         ) -> list[str]:
    """The jobs behind figure `name`: its hits, else its base; of some technicians (None:
    all)."""
    params = w.params() | ({"technicians": technicians} if technicians is not None else {})
    return sorted(s.scalars(_listing(name, hits, technicians is not None), params))


def technicians(s: Session, station_id: str) -> dict[str, tuple[str, str, str]]:
    """Every technician of the station (former ones too): id -> (code, name, team)."""
    return {r[0]: (r[1], r[2], r[3]) for r in s.connection().execute(
        select(Technician.id, Technician.code, Technician.name, Technician.team)
        .where(Technician.station_id == station_id))}
