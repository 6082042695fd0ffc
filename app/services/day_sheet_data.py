"""What the day sheets print, read as plain frozen data (Qt- and PDF-free): a date's visits per
technician in route order (the order of the appointments that day, in the station's time zone)
and the sheet of every job visited. `app.printing.day_sheets` lays out what this returns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cancel import Cancelled
from app.db import Database
from app.errors import ValidationError
from app.models import Appointment, Customer, Job, Site, Technician
from app.models.base import utcnow
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.services import validation as v
from app.services.job_sheet_data import SheetData, SheetTechnician, sheets_data
from app.services.station import StationInfo, home_station
from app.texts import Text

CHUNK = 50  # jobs read per session: `cancelled()` is asked between chunks
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class DayVisit:
    job_id: str
    number: str
    job_type: JobType
    priority: Priority
    start: dt.datetime
    end: dt.datetime
    customer_name: str
    phone: str
    address: str
    access_notes: str


@dataclass(frozen=True)
class TechnicianDay:
    technician: SheetTechnician
    day: dt.date
    visits: tuple[DayVisit, ...]  # route order: by start time


@dataclass(frozen=True)
class DaySheets:
    """Everything a batch of day sheets prints: each technician's day and each visited job's
    sheet (by job id), as of `printed_at`."""

    station: StationInfo
    days: tuple[TechnicianDay, ...]
    sheets: Mapping[str, SheetData]
    printed_at: dt.datetime


def parse_day(text: str | dt.date) -> dt.date:
    """A day to print, from YYYY-MM-DD; refused outside the years the desk works in (the end
    of year 9999 has no next midnight)."""
    if isinstance(text, dt.date):
        day = text
    else:
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            raise ValidationError("{text!r} is not a date: write it as YYYY-MM-DD "
                                  "(for example 2026-03-15).", text=v.lookup(text)) from None
    v.day(day, Text("day"))
    return day


def _technician(s: Session, code: str) -> Technician:
    tech = s.scalar(select(Technician).where(Technician.code == code.strip().upper(),
                                             Technician.deleted.is_(False)))
    if tech is None:
        raise ValidationError("There is no technician with the code {code}.", code=code)
    return tech


def day_plan(db: Database, day: str | dt.date, technician_code: str | None = None
             ) -> list[TechnicianDay]:
    """A date's visits per technician (by code), each in route order. With a technician code,
    that technician's day only (an empty day too); without, every technician with a visit."""
    date = parse_day(day)
    start = dt.datetime.combine(date, dt.time(), home_station(db).tz)
    with db.session() as s:
        q = (select(Appointment.start, Appointment.end, Job.id, Job.number, Job.job_type,
                    Job.priority, Customer.name, Customer.phone, Site.address, Site.access_notes,
                    Technician.id, Technician.code, Technician.name, Technician.phone)
             .join(Job, Job.id == Appointment.job_id)
             .join(Customer, Customer.id == Job.customer_id).join(Site, Site.id == Job.site_id)
             .join(Technician, Technician.id == Appointment.technician_id)
             .where(Appointment.start >= start, Appointment.start < start + dt.timedelta(days=1),
                    Appointment.deleted.is_(False), Job.deleted.is_(False),
                    Appointment.status != AppointmentStatus.CANCELLED.value,
                    Job.status != JobStatus.CANCELLED.value)
             .order_by(Technician.code, Appointment.start, Job.number))
        days: dict[str, list[DayVisit]] = {}
        techs: dict[str, SheetTechnician] = {}
        if technician_code is not None:
            tech = _technician(s, technician_code)
            q = q.where(Appointment.technician_id == tech.id)
            techs[tech.code] = SheetTechnician(tech.id, tech.code, tech.name, tech.phone)
            days[tech.code] = []
        for (begin, end, job_id, number, job_type, priority, name, phone, address, notes,
             *tech_row) in s.execute(q):
            tech_ref = SheetTechnician(*tech_row)
            techs.setdefault(tech_ref.code, tech_ref)
            days.setdefault(tech_ref.code, []).append(DayVisit(
                job_id, number, JobType(job_type), Priority(priority), begin, end, name, phone,
                address, notes))
    return [TechnicianDay(techs[code], date, tuple(visits)) for code, visits in days.items()]


def day_sheets_data(db: Database, day: str | dt.date, technician_code: str | None = None,
                    cancelled: IsCancelled | None = None, now: dt.datetime | None = None
                    ) -> DaySheets:
    """The date's days (of every technician with a visit, or of one) and their jobs' sheets.
    Raises ValidationError when nobody has a visit that day."""
    date = parse_day(day)
    plan = day_plan(db, date, technician_code)
    if not plan:
        raise ValidationError("Nobody has a visit on {date:%Y-%m-%d}.", date=date)
    return plan_sheets_data(db, plan, cancelled, now)


def plan_sheets_data(db: Database, plan: Sequence[TechnicianDay],
                     cancelled: IsCancelled | None = None, now: dt.datetime | None = None
                     ) -> DaySheets:
    """The sheets of the jobs visited in `plan` (from `day_plan`), read `CHUNK` jobs per
    session; `cancelled()` is asked between chunks, and True raises `Cancelled`."""
    printed_at = now or utcnow()
    job_ids = list(dict.fromkeys(v.job_id for tech_day in plan for v in tech_day.visits))
    sheets: dict[str, SheetData] = {}
    for n in range(0, len(job_ids), CHUNK):
        if cancelled is not None and cancelled():
            raise Cancelled
        sheets.update((d.job_id, d) for d in sheets_data(db, job_ids[n:n + CHUNK], printed_at))
    return DaySheets(home_station(db), tuple(plan), sheets, printed_at)
