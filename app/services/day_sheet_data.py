"""What the day sheets print, read as plain frozen data (Qt- and PDF-free): a date's visits per
technician in route order (the order of the appointments that day, in the station's time zone)
and the sheets of the jobs visited: none (the route pages only), those not printed yet as they
stand (`printed_sheets.unprinted`), or all. `app.printing.day_sheets` lays out what this
returns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
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
from app.scheduling.travel import LatLon, TravelModel
from app.services import validation as v
from app.services.job_sheet_data import SheetData, SheetTechnician, sheets_data
from app.services.printed_sheets import SheetPrint, sheet_print, unprinted
from app.services.station import StationInfo, home_station
from app.services.station_settings import travel_model_in
from app.services.suggestions import station_place
from app.texts import Text

CHUNK = 50  # jobs read per session: `cancelled()` is asked between chunks
IsCancelled = Callable[[], bool]


class Sheets(enum.Enum):
    """Which job sheets follow the route pages."""

    NONE = "none"  # the route pages only
    UNPRINTED = "unprinted"  # the sheets never printed nor saved as they stand
    ALL = "all"


class Base(enum.Enum):
    HOME = "home"  # the technician's home base on the map
    STATION = "station"  # no home on the map: the station, as the suggestions assume


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
    drive_minutes: int | None = None  # from the previous stop (the first: from the base)


@dataclass(frozen=True)
class TechnicianDay:
    technician: SheetTechnician
    day: dt.date
    visits: tuple[DayVisit, ...]  # route order: by start time
    base: Base = Base.HOME  # where the day starts and ends
    return_minutes: int | None = None  # from the last visit back to the base

    @property
    def back_at(self) -> dt.datetime | None:
        """When the technician is back at the base (None: no visit, or no place known)."""
        if not self.visits or self.return_minutes is None:
            return None
        return self.visits[-1].end + dt.timedelta(minutes=self.return_minutes)


@dataclass(frozen=True)
class DaySheets:
    """Everything a batch of day sheets prints: each technician's day and each visited job's
    sheet (by job id), as of `printed_at`."""

    station: StationInfo
    days: tuple[TechnicianDay, ...]
    sheets: Mapping[str, SheetData]  # the sheets to print, by job id
    printed_at: dt.datetime

    def sheet_prints(self) -> tuple[SheetPrint, ...]:
        """What to record once the batch was printed or saved (`record_printed`)."""
        return tuple(sheet_print(sheet) for sheet in self.sheets.values())


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
    station = home_station(db)
    start = dt.datetime.combine(date, dt.time(), station.tz)
    with db.session() as s:
        q = (select(Appointment.start, Appointment.end, Job.id, Job.number, Job.job_type,
                    Job.priority, Customer.name, Customer.phone, Site.address, Site.access_notes,
                    Site.lat, Site.lon, Technician.home_lat, Technician.home_lon,
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
        places: dict[str, list[LatLon]] = {}  # per technician: home, then each visit's site
        model = travel_model_in(s)
        if technician_code is not None:
            tech = _technician(s, technician_code)
            q = q.where(Appointment.technician_id == tech.id)
            techs[tech.code] = SheetTechnician(tech.id, tech.code, tech.name, tech.phone)
            days[tech.code] = []
            places[tech.code] = [(tech.home_lat, tech.home_lon)]
        for (begin, end, job_id, number, job_type, priority, name, phone, address, notes,
             lat, lon, home_lat, home_lon, *tech_row) in s.execute(q):
            tech_ref = SheetTechnician(*tech_row)
            techs.setdefault(tech_ref.code, tech_ref)
            places.setdefault(tech_ref.code, [(home_lat, home_lon)]).append((lat, lon))
            days.setdefault(tech_ref.code, []).append(DayVisit(
                job_id, number, JobType(job_type), Priority(priority), begin, end, name, phone,
                address, notes))
    return [_route(TechnicianDay(techs[code], date, tuple(visits)), places[code], model,
                   lambda: station_place(db, station.address))
            for code, visits in days.items()]


def _route(day: TechnicianDay, places: list[LatLon], model: TravelModel,
           station: Callable[[], LatLon | None]) -> TechnicianDay:
    """The day with its drives: to each visit from the stop before (the first from the base)
    and back to the base after the last. The base is the home on the map, else the station."""
    home, base = places[0], Base.HOME
    if home[0] is None or home[1] is None:
        home, base = station() or (None, None), Base.STATION
    stops = [home, *places[1:], home]
    drives = [model.minutes(a, b) for a, b in zip(stops, stops[1:], strict=False)]
    visits = tuple(dataclasses.replace(v, drive_minutes=m)
                   for v, m in zip(day.visits, drives, strict=False))
    back = drives[-1] if day.visits else None
    return dataclasses.replace(day, visits=visits, base=base, return_minutes=back)


def day_sheets_data(db: Database, day: str | dt.date, technician_code: str | None = None,
                    cancelled: IsCancelled | None = None, now: dt.datetime | None = None,
                    sheets: Sheets = Sheets.ALL) -> DaySheets:
    """The date's days (of every technician with a visit, or of one) and the jobs' sheets
    `sheets` asks for. Raises ValidationError when nobody has a visit that day."""
    date = parse_day(day)
    plan = day_plan(db, date, technician_code)
    if not plan:
        raise ValidationError("Nobody has a visit on {date:%Y-%m-%d}.", date=date)
    if sheets is Sheets.NONE:
        return DaySheets(home_station(db), tuple(plan), {}, now or utcnow())
    data = plan_sheets_data(db, plan, cancelled, now)
    if sheets is Sheets.UNPRINTED:
        kept = unprinted(db, data.sheets.values())
        data = dataclasses.replace(data, sheets={sheet.job_id: sheet for sheet in kept})
    return data


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
