"""The dispatch board's read model: technicians' rows for a window of days and the unassigned queue.

Built with a few bulk queries (technicians, shifts, absences, the window's appointments with
their jobs and sites, first visits, the unassigned jobs) and plain Python: never one query per
technician. The board paints from the returned frozen dataclasses and re-builds them in the
background when a `Changes.SCHEDULE | Changes.JOBS | Changes.TECHNICIANS` flag arrives.
All datetimes are aware UTC; day boundaries and shifts follow the station's time zone.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.geo.address_parts import home_area
from app.models import Absence, Appointment, Customer, Job, Shift, Site, Technician
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.scheduling.calendar import BusinessCalendar
from app.scheduling.sla import SlaState, promise_due, sla_state
from app.scheduling.travel import TravelModel
from app.services.appointments import LIVE
from app.services.board_queue import UnassignedJob as UnassignedJob  # the UI names it here
from app.services.board_queue import first_visit, unassigned_in
from app.services.station import home_station_in
from app.services.station_settings import calendar_in, travel_model_in

# An appointment that began this long before the window and still reaches into it is found;
# rules keep a visit inside one shift, so only an overridden multi-day visit could be longer.
LONGEST_VISIT = dt.timedelta(days=3)
# Stored strings to enum members by dict: a few thousand rows per build, enum calls add up.
_JOB_TYPE = {x.value: x for x in JobType}
_JOB_STATUS = {x.value: x for x in JobStatus}
_PRIORITY = {x.value: x for x in Priority}
_APPT_STATUS = {x.value: x for x in AppointmentStatus}


@dataclass(frozen=True, slots=True)
class Interval:
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True, slots=True)
class BoardAbsence:
    start: dt.datetime
    end: dt.datetime
    reason: str


@dataclass(frozen=True, slots=True)
class BoardAppointment:
    id: str
    job_id: str
    job_number: str
    customer_name: str
    address: str
    job_type: JobType
    job_status: JobStatus
    priority: Priority
    status: AppointmentStatus
    start: dt.datetime
    end: dt.datetime
    pinned: bool
    sla_due: dt.datetime  # when the response promise falls due (`sla.promise_due`)
    sla: SlaState
    sla_minutes_left: int | None  # business minutes (the station's calendar)
    lat: float | None
    lon: float | None
    override_reason: str = ""

    @property
    def live(self) -> bool:
        """Still movable on the board (not done)."""
        return self.status in LIVE


@dataclass(frozen=True, slots=True)
class TravelGap:
    """The time between two consecutive visits of one technician on one local day."""

    from_appointment_id: str
    to_appointment_id: str
    start: dt.datetime  # the earlier visit's end
    end: dt.datetime  # the later visit's start
    gap_minutes: int  # negative when the visits overlap
    travel_minutes: int | None  # None: a site has no coordinates
    too_short: bool  # the gap is shorter than the travel time


@dataclass(frozen=True, slots=True)
class BoardRow:
    technician_id: str
    code: str
    name: str
    team: str
    skills: tuple[str, ...]
    colour: str
    active: bool
    max_jobs_per_day: int
    home_lat: float | None
    home_lon: float | None
    shifts: tuple[Interval, ...]  # the window's working hours, in order
    absences: tuple[BoardAbsence, ...]  # those overlapping the window, unclipped
    appointments: tuple[BoardAppointment, ...]  # by start
    gaps: tuple[TravelGap, ...]


@dataclass(frozen=True, slots=True)
class BoardData:
    start: dt.datetime  # local midnight of the first day, as UTC
    end: dt.datetime  # local midnight after the last day, as UTC
    days: int
    timezone: str
    now: dt.datetime
    rows: tuple[BoardRow, ...]  # by technician code
    unassigned: tuple[UnassignedJob, ...]  # most urgent first

    def row(self, technician_id: str) -> BoardRow | None:
        return next((r for r in self.rows if r.technician_id == technician_id), None)


@dataclass(frozen=True, slots=True)
class _Window:
    tz: ZoneInfo
    first: dt.date
    days: int
    start: dt.datetime
    end: dt.datetime
    calendar: BusinessCalendar


def local_midnight(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def _shifts(s: Session, w: _Window) -> dict[str, list[Interval]]:
    weekly: dict[str, list[tuple[int, dt.time, dt.time]]] = defaultdict(list)
    for tech_id, weekday, start, end in s.connection().execute(
        select(Shift.technician_id, Shift.weekday, Shift.start_time, Shift.end_time)
        .where(Shift.deleted.is_(False))
    ):
        weekly[tech_id].append((weekday, start, end))
    out: dict[str, list[Interval]] = {}
    dates = [w.first + dt.timedelta(days=i) for i in range(w.days)]
    utc: dict[tuple[dt.date, dt.time], dt.datetime] = {}  # few distinct shift times: convert once

    def at(d: dt.date, t: dt.time) -> dt.datetime:
        if (d, t) not in utc:
            utc[(d, t)] = dt.datetime.combine(d, t, tzinfo=w.tz).astimezone(dt.UTC)
        return utc[(d, t)]

    for tech_id, rows in weekly.items():
        out[tech_id] = sorted(
            (Interval(at(d, a), at(d, b)) for d in dates for wd, a, b in rows
             if wd == d.weekday()),
            key=lambda i: i.start)
    return out


def _absences(s: Session, w: _Window) -> dict[str, list[BoardAbsence]]:
    out: dict[str, list[BoardAbsence]] = defaultdict(list)
    for tech_id, start, end, reason in s.connection().execute(
        select(Absence.technician_id, Absence.start, Absence.end, Absence.reason)
        .where(Absence.deleted.is_(False), Absence.start < w.end, Absence.end > w.start)
        .order_by(Absence.start)
    ):
        out[tech_id].append(BoardAbsence(start, end, reason))
    return out


def _appointments(s: Session, w: _Window, now: dt.datetime) -> dict[str, list[BoardAppointment]]:
    rows = s.connection().execute(
        select(Appointment.id, Appointment.job_id, Appointment.technician_id, Appointment.start,
               Appointment.end, Appointment.status, Appointment.pinned,
               Appointment.override_reason, Job.number, Job.job_type, Job.status, Job.priority,
               Job.sla_due, Job.requested_end, Customer.name, Site.address, Site.lat, Site.lon,
               first_visit())
        .join(Job, Job.id == Appointment.job_id)
        .join(Customer, Customer.id == Job.customer_id)
        .join(Site, Site.id == Job.site_id)
        .where(Appointment.deleted.is_(False),
               Appointment.status != AppointmentStatus.CANCELLED.value,
               Appointment.start < w.end, Appointment.start > w.start - LONGEST_VISIT,
               Appointment.end > w.start)
    ).all()
    out: dict[str, list[BoardAppointment]] = defaultdict(list)
    for (appt_id, job_id, tech_id, start, end, status, pinned, override, number, job_type,
         job_status, priority, sla_due, requested_end, customer, address, lat, lon,
         first) in rows:
        due = promise_due(sla_due, requested_end)
        state, left = sla_state(_JOB_STATUS[job_status], due, first, now, w.calendar)
        out[tech_id].append(BoardAppointment(
            appt_id, job_id, number, customer, address, _JOB_TYPE[job_type],
            _JOB_STATUS[job_status], _PRIORITY[priority], _APPT_STATUS[status], start, end,
            pinned, due, state, left, lat, lon, override))
    for visits in out.values():
        visits.sort(key=lambda a: (a.start, a.end))
    return out


def _gaps(visits: list[BoardAppointment], midnights: list[dt.datetime], travel: TravelModel
          ) -> list[TravelGap]:
    """Gaps between consecutive visits on the same local day (`midnights`: the window's local
    midnights in UTC, so a visit's day is a bisection, not a time zone conversion)."""
    out = []
    days = [bisect.bisect_right(midnights, a.start) for a in visits]
    for i, (a, b) in enumerate(zip(visits, visits[1:], strict=False)):
        if days[i] != days[i + 1]:
            continue
        gap = int((b.start - a.end).total_seconds() // 60)
        need = travel.minutes((a.lat, a.lon), (b.lat, b.lon))
        out.append(TravelGap(a.id, b.id, a.end, b.start, gap, need,
                             need is not None and gap < need))
    return out


def _rows(s: Session, w: _Window, now: dt.datetime, travel: TravelModel) -> list[BoardRow]:
    visits = _appointments(s, w, now)
    shifts, absences = _shifts(s, w), _absences(s, w)
    techs = s.connection().execute(
        select(Technician.id, Technician.code, Technician.name, Technician.team,
               Technician.skills, Technician.colour, Technician.active,
               Technician.max_jobs_per_day, Technician.home_lat, Technician.home_lon)
        .where(Technician.deleted.is_(False)).order_by(Technician.code)
    ).all()
    midnights = [local_midnight(w.first + dt.timedelta(days=i), w.tz) for i in range(w.days + 1)]
    return [
        BoardRow(t_id, code, name, team, tuple(skills), colour, active, max_jobs, h_lat, h_lon,
                 tuple(shifts.get(t_id, ())), tuple(absences.get(t_id, ())),
                 tuple(visits.get(t_id, ())), tuple(_gaps(visits.get(t_id, []), midnights, travel)))
        for t_id, code, name, team, skills, colour, active, max_jobs, h_lat, h_lon in techs
        if active or t_id in visits  # a former technician's visits stay visible
    ]


def board_data(
    db: Database, start: dt.date, days: int, now: dt.datetime,
    travel: TravelModel | None = None,
) -> BoardData:
    """The board for `days` local days from `start` (1 for the day scale, 7 for the week)."""
    if days < 1:
        raise ValueError("the board shows at least one day")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            raise NotFoundError("This database has no station yet.")
        travel = travel or travel_model_in(s)
        tz = station.tz
        w = _Window(tz, start, days, local_midnight(start, tz),
                    local_midnight(start + dt.timedelta(days=days), tz), calendar_in(s))
        rows = _rows(s, w, now, travel)
        unassigned = unassigned_in(s, station.id, now, w.calendar,
                                   home_area(station.address))
    return BoardData(w.start, w.end, days, station.timezone, now, tuple(rows), tuple(unassigned))
