"""Plan a day: read the day's problem from the station database and ask the planner.

In play are the technicians of the scope (a team, chosen ones, or every active one) and the
jobs: the queue's new jobs (nobody booked; jobs on hold wait for parts or the customer) and the
scope's visits that day that may move (scheduled, not pinned, not begun, not before now, the
job's only live visit). Every other visit of those technicians stays where it is, as do their
absences; a technician without a home on the map starts from the station (`from_station`).
The weights are the station's planning settings, the travel model its travel settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cancel import CancelToken
from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.geo.address_parts import HomeArea
from app.models import Appointment, Job, Site, Technician
from app.models.enums import AppointmentStatus, JobStatus
from app.scheduling.day_problem import DayProblem, PlanJob
from app.scheduling.proposal import Proposal
from app.scheduling.reach import Candidate, Day, JobNeeds
from app.scheduling.sla import promise_due
from app.services.appointments import LIVE
from app.services.board_queue import unassigned_in
from app.services.settings_sections import Planning
from app.services.station import home_station_in
from app.services.station_settings import calendar_in, section_in, travel_model_in
from app.services.suggestions import candidates_in, from_station

if TYPE_CHECKING:  # the solver (numpy, pyvrp) loads when a plan is asked for: `_plan`
    from app.scheduling.routing import Progress

MOVABLE_JOBS = (JobStatus.SCHEDULED.value, JobStatus.DISPATCHED.value)


@dataclass(frozen=True)
class Scope:
    day: dt.date
    team: str | None = None  # None: every team
    technician_ids: tuple[str, ...] = ()  # chosen ones (empty: the team's, or everyone)


def _in_scope(s: Session, scope: Scope, candidates: list[Candidate]) -> list[Candidate]:
    if scope.technician_ids:
        return [c for c in candidates if c.facts.id in scope.technician_ids]
    if scope.team is None:
        return candidates
    team = set(s.scalars(select(Technician.id).where(Technician.team == scope.team)))
    if not team:
        raise ValidationError("No technician is in the team {team}.", team=scope.team)
    return [c for c in candidates if c.facts.id in team]


def _day_range(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=1)).astimezone(dt.UTC)


def _movable(s: Session, scope_ids: list[str], day: dt.date, tz: ZoneInfo, now: dt.datetime
             ) -> list[PlanJob]:
    lo, hi = _day_range(day, tz)
    live = [x.value for x in LIVE]
    visits = (select(Appointment.job_id).where(Appointment.deleted.is_(False),
                                               Appointment.status.in_(live))
              .group_by(Appointment.job_id).having(func.count() == 1))
    rows = s.execute(
        select(Appointment.id, Appointment.start, Appointment.end, Job.id, Job.number,
               Job.required_skills, Site.lat, Site.lon, Job.requested_start, Job.requested_end,
               Job.sla_due)
        .join(Job, Job.id == Appointment.job_id).join(Site, Site.id == Job.site_id)
        .where(Appointment.technician_id.in_(scope_ids), Appointment.deleted.is_(False),
               Appointment.pinned.is_(False),
               Appointment.status == AppointmentStatus.SCHEDULED.value,
               Appointment.actual_start.is_(None), Appointment.start >= max(lo, now),
               Appointment.start < hi, Job.status.in_(MOVABLE_JOBS), Job.id.in_(visits))
        .order_by(Appointment.start)).all()
    return [PlanJob(JobNeeds(job_id, frozenset(skills), int((end - start).total_seconds() // 60),
                             lat, lon, None if first is None or last is None else (first, last)),
                    number, promise_due(due, last), appt_id)
            for appt_id, start, end, job_id, number, skills, lat, lon, first, last, due in rows]


def _queue(s: Session, station_id: str, now: dt.datetime) -> list[PlanJob]:
    return [PlanJob(JobNeeds(j.id, frozenset(j.required_skills), j.estimated_minutes, j.lat,
                             j.lon, None if j.requested_start is None or j.requested_end is None
                             else (j.requested_start, j.requested_end)), j.number, j.sla_due)
            for j in unassigned_in(s, station_id, now, calendar_in(s), HomeArea())
            if j.status is JobStatus.NEW]


def day_problem(db: Database, scope: Scope, now: dt.datetime) -> DayProblem:
    """The day's planning problem as the station database holds it now."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            raise NotFoundError("This database has no station yet.")
        if scope.day < now.astimezone(station.tz).date():
            raise ValidationError("A day that is over cannot be planned.")
        candidates = _in_scope(s, scope, candidates_in(s, scope.day, station.tz))
        ids = [c.facts.id for c in candidates]
        jobs = _movable(s, ids, scope.day, station.tz, now) + _queue(s, station.id, now)
        travel, weights = travel_model_in(s), section_in(s, Planning).weights()
    candidates = from_station(db, station.address, candidates)
    return DayProblem(Day(station.tz, scope.day, now), tuple(candidates), tuple(jobs), travel,
                      weights)


def propose(db: Database, scope: Scope, now: dt.datetime, seconds: float, *,
            token: CancelToken | None = None, progress: Progress | None = None) -> Proposal:
    """The planner's proposal for the scope's day (nothing is written)."""
    return _plan(day_problem(db, scope, now), seconds, token, progress)


def fit_job(db: Database, job_id: str, day: dt.date, now: dt.datetime, seconds: float, *,
            token: CancelToken | None = None) -> Proposal:
    """"Fit this job in": the best place for one job of the queue in every technician's day as
    it stands (no other visit moves)."""
    problem = day_problem(db, Scope(day), now)
    wanted = [j for j in problem.jobs if j.needs.job_id == job_id and j.appointment_id is None]
    if not wanted:
        raise ValidationError("Only a new job of the queue can be fitted in.")
    # The day's other visits are not in play, so they stay where they are (fixed visits).
    return _plan(dataclasses.replace(problem, jobs=tuple(wanted)), seconds, token)


def _plan(problem: DayProblem, seconds: float, token: CancelToken | None,
          progress: Progress | None = None) -> Proposal:
    """The solver's plan for `problem`. Its modules are imported here, when a plan is asked
    for: numpy and pyvrp take some 0.15 s to load, which the board and the settings, importing
    this module, should not add to every start."""
    from app.scheduling.day_plan import plan_day

    return plan_day(problem, seconds, token=token, progress=progress)
