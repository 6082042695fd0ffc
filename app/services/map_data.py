"""The map's read model: jobs at their sites, technicians' home bases, a technician's day route.

A few bulk queries returning frozen dataclasses; the map widget paints only from these. Jobs
whose site has no coordinates cannot be drawn: they are listed apart (`MapData.unplaced`, with
their site), so a job selected elsewhere can still be given a location by hand on the map.
A day route lists a technician's visits of one local day in appointment order, each with the
estimated driving minutes from the stop before it (from the home base for the first stop),
by `app.scheduling.travel.TravelModel`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.db import Database
from app.errors import NotFoundError
from app.models import Appointment, Customer, Job, Site, Technician
from app.models.enums import AppointmentStatus, JobStatus, JobType, Priority
from app.scheduling.travel import TravelModel, distance_km
from app.services.rows import fetch
from app.services.station import home_station_in
from app.services.station_settings import travel_model_in
from app.texts import Text

OPEN_STATUSES = frozenset({JobStatus.NEW, JobStatus.SCHEDULED, JobStatus.DISPATCHED,
                           JobStatus.IN_PROGRESS, JobStatus.ON_HOLD})
_JOB_TYPE = {x.value: x for x in JobType}
_JOB_STATUS = {x.value: x for x in JobStatus}
_PRIORITY = {x.value: x for x in Priority}
_APPT_STATUS = {x.value: x for x in AppointmentStatus}


@dataclass(frozen=True, slots=True)
class MapJob:
    id: str
    number: str
    status: JobStatus
    priority: Priority
    job_type: JobType
    customer_name: str
    address: str
    site_id: str
    lat: float
    lon: float
    precision: str  # the site's GeoPrecision: manual, rooftop ... district, city


@dataclass(frozen=True, slots=True)
class UnplacedJob:
    """An open job whose site has no coordinates yet: no pin, but a site to place by hand."""

    id: str
    number: str
    customer_name: str
    address: str
    site_id: str


@dataclass(frozen=True, slots=True)
class HomeBase:
    technician_id: str
    code: str
    name: str
    colour: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class MapData:
    jobs: tuple[MapJob, ...]  # by number
    homes: tuple[HomeBase, ...]  # active technicians with a home on the map, by code
    unplaced: tuple[UnplacedJob, ...] = ()  # jobs of the same statuses without coordinates

    @property
    def unlocated(self) -> int:
        return len(self.unplaced)

    def job(self, job_id: str) -> MapJob | None:
        return next((j for j in self.jobs if j.id == job_id), None)

    def site_of(self, job_id: str) -> str | None:
        """The site of a job on the map, with a pin or without: where "Set location here"
        puts the pin for that job (None: the job is not among the map's jobs)."""
        found = self.job(job_id) or next((j for j in self.unplaced if j.id == job_id), None)
        return found.site_id if found is not None else None


@dataclass(frozen=True, slots=True)
class RouteStop:
    appointment_id: str
    job_id: str
    job_number: str
    customer_name: str
    address: str
    lat: float | None
    lon: float | None
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    km: float | None  # straight-line distance from the stop before (the home base first)
    travel_minutes: int | None  # None: this stop or the one before has no coordinates


@dataclass(frozen=True, slots=True)
class DayRoute:
    technician_id: str
    technician_name: str
    colour: str
    day: dt.date
    home_lat: float | None
    home_lon: float | None
    stops: tuple[RouteStop, ...]  # in appointment order

    @property
    def travel_minutes(self) -> int:
        """The estimated driving of the day, over the legs whose both ends are known."""
        return sum(s.travel_minutes or 0 for s in self.stops)


def map_data(db: Database, statuses: frozenset[JobStatus] = OPEN_STATUSES) -> MapData:
    """The home station's live jobs in `statuses` (the open ones by default) and the home
    bases of active technicians."""
    wanted = [s.value for s in statuses]
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            raise NotFoundError("This database has no station yet.")
        scope = (Job.station_id == station.id, Job.deleted.is_(False), Job.status.in_(wanted))
        rows = s.execute(
            select(Job.id, Job.number, Job.status, Job.priority, Job.job_type, Customer.name,
                   Site.address, Site.id, Site.lat, Site.lon, Site.geocode_precision)
            .join(Customer, Customer.id == Job.customer_id)
            .join(Site, Site.id == Job.site_id)
            .where(*scope, Site.lat.is_not(None), Site.lon.is_not(None))
            .order_by(Job.number)
        ).all()
        unplaced = s.execute(
            select(Job.id, Job.number, Customer.name, Site.address, Site.id)
            .join(Customer, Customer.id == Job.customer_id)
            .join(Site, Site.id == Job.site_id)
            .where(*scope, (Site.lat.is_(None)) | (Site.lon.is_(None)))
            .order_by(Job.number)
        ).all()
        homes = s.execute(
            select(Technician.id, Technician.code, Technician.name, Technician.colour,
                   Technician.home_lat, Technician.home_lon)
            .where(Technician.deleted.is_(False), Technician.active.is_(True),
                   Technician.home_lat.is_not(None), Technician.home_lon.is_not(None))
            .order_by(Technician.code)
        ).all()
    jobs = tuple(MapJob(job_id, number, _JOB_STATUS[status], _PRIORITY[priority],
                        _JOB_TYPE[job_type], customer, address, site_id, lat, lon, precision)
                 for (job_id, number, status, priority, job_type, customer, address, site_id,
                      lat, lon, precision) in rows
                 if lat is not None and lon is not None)  # (the query's filter, for mypy)
    bases = tuple(HomeBase(tech_id, code, name, colour, lat, lon)
                  for tech_id, code, name, colour, lat, lon in homes
                  if lat is not None and lon is not None)
    return MapData(jobs, bases, tuple(UnplacedJob(*row) for row in unplaced))


def _local_midnight(day: dt.date, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def day_route(db: Database, technician_id: str, day: dt.date, tz: ZoneInfo,
              travel: TravelModel | None = None) -> DayRoute:
    """The technician's visits starting on local `day` (not cancelled), in order, with the
    estimated travel of each leg."""
    start, end = _local_midnight(day, tz), _local_midnight(day + dt.timedelta(days=1), tz)
    with db.session() as s:
        travel = travel or travel_model_in(s)
        tech = fetch(s, Technician, technician_id, Text("technician"))
        name, colour, home = tech.name, tech.colour, (tech.home_lat, tech.home_lon)
        rows = s.execute(
            select(Appointment.id, Appointment.job_id, Job.number, Customer.name, Site.address,
                   Site.lat, Site.lon, Appointment.start, Appointment.end, Appointment.status)
            .join(Job, Job.id == Appointment.job_id)
            .join(Customer, Customer.id == Job.customer_id)
            .join(Site, Site.id == Job.site_id)
            .where(Appointment.technician_id == technician_id,
                   Appointment.deleted.is_(False),
                   Appointment.status != AppointmentStatus.CANCELLED.value,
                   Appointment.start >= start, Appointment.start < end)
            .order_by(Appointment.start, Appointment.end, Appointment.id)
        ).all()
    stops = []
    before: tuple[float | None, float | None] = home
    for appt_id, job_id, number, customer, address, lat, lon, a_start, a_end, status in rows:
        km = distance_km(before, (lat, lon))
        stops.append(RouteStop(appt_id, job_id, number, customer, address, lat, lon, a_start,
                               a_end, _APPT_STATUS[status], km,
                               None if km is None else travel.minutes_for_km(km)))
        before = (lat, lon)
    return DayRoute(technician_id, name, colour, day, home[0], home[1], tuple(stops))
