"""Load what `scheduling.suggest` needs for one job and one day, in a few bulk queries.

A technician's day starts at their home base; one without a home on the map starts at the
station (its address located offline: the cache, else the gazetteer's district centre).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import replace
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import NotFoundError
from app.models import Absence, Appointment, Certification, Job, Shift, Site, Technician
from app.scheduling.reasons import HOME, STATION
from app.scheduling.rules import Busy, TechnicianFacts
from app.scheduling.suggest import Candidate, JobNeeds, Suggestion, suggest
from app.scheduling.travel import LatLon, TravelModel
from app.services.appointments import LIVE
from app.services.site_locations import build_chain
from app.services.station import home_station_in
from app.services.station_settings import travel_model_in

LIVE_VALUES = [x.value for x in LIVE]


def _needs(s: Session, job_id: str) -> JobNeeds:
    row = s.execute(
        select(Job.id, Job.required_skills, Job.estimated_minutes, Site.lat, Site.lon,
               Job.requested_start, Job.requested_end)
        .join(Site, Site.id == Job.site_id)
        .where(Job.id == job_id, Job.deleted.is_(False))
    ).one_or_none()
    if row is None:
        raise NotFoundError("That job no longer exists.")
    job_id, skills, minutes, lat, lon, first, last = row
    window = (first, last) if first is not None and last is not None else None
    return JobNeeds(job_id, frozenset(skills), minutes, lat, lon, window)


def station_place(db: Database, address: str) -> LatLon | None:
    """Where the station is, found offline (None when its address says nothing)."""
    found = build_chain(db).geocode(address, offline=True) if address.strip() else None
    return None if found is None else (found.lat, found.lon)


def _around(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The local day with a day either side (the rules count visits by local day)."""
    start = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), (start + dt.timedelta(days=3)).astimezone(dt.UTC)


def candidates_in(s: Session, day: dt.date, tz: ZoneInfo) -> list[Candidate]:
    """Every active technician with the facts the rules need around the local `day`."""
    lo, hi = _around(day, tz)
    certs: dict[str, list[tuple[str, dt.date]]] = defaultdict(list)
    for tech_id, kind, expires in s.execute(
        select(Certification.technician_id, Certification.kind, Certification.expires_on)
        .where(Certification.deleted.is_(False))
    ):
        certs[tech_id].append((kind, expires))
    shifts: dict[str, list[tuple[int, dt.time, dt.time]]] = defaultdict(list)
    for tech_id, weekday, s_start, s_end in s.execute(
        select(Shift.technician_id, Shift.weekday, Shift.start_time, Shift.end_time)
        .where(Shift.deleted.is_(False), Shift.weekday == day.weekday())
    ):
        shifts[tech_id].append((weekday, s_start, s_end))
    absences: dict[str, list[tuple[dt.datetime, dt.datetime, str]]] = defaultdict(list)
    for tech_id, start, end, reason in s.execute(
        select(Absence.technician_id, Absence.start, Absence.end, Absence.reason)
        .where(Absence.deleted.is_(False), Absence.start < hi, Absence.end > lo)
    ):
        absences[tech_id].append((start, end, reason))
    busy: dict[str, list[Busy]] = defaultdict(list)
    places: dict[str, dict[str, LatLon]] = defaultdict(dict)
    for tech_id, job_id, start, end, number, lat, lon in s.execute(
        select(Appointment.technician_id, Appointment.job_id, Appointment.start,
               Appointment.end, Job.number, Site.lat, Site.lon)
        .join(Job, Job.id == Appointment.job_id)
        .join(Site, Site.id == Job.site_id)
        .where(Appointment.deleted.is_(False), Appointment.status.in_(LIVE_VALUES),
               Appointment.start < hi, Appointment.start > lo - dt.timedelta(days=1),
               Appointment.end > lo)
    ):
        busy[tech_id].append(Busy(job_id, start, end, number))
        places[tech_id][job_id] = (lat, lon)
    techs = s.execute(
        select(Technician.id, Technician.code, Technician.name, Technician.skills,
               Technician.max_jobs_per_day, Technician.home_lat, Technician.home_lon)
        .where(Technician.deleted.is_(False), Technician.active.is_(True))
        .order_by(Technician.code)
    ).all()
    return [Candidate(TechnicianFacts(t_id, name, frozenset(skills), tuple(certs[t_id]),
                                      tuple(shifts[t_id]), tuple(absences[t_id]), max_jobs,
                                      tuple(busy[t_id])),
                      code, (h_lat, h_lon), places[t_id], HOME)
            for t_id, code, name, skills, max_jobs, h_lat, h_lon in techs]


def _homeless(c: Candidate) -> bool:
    return c.home is None or c.home[0] is None or c.home[1] is None


def from_station(db: Database, address: str, candidates: list[Candidate]) -> list[Candidate]:
    """Technicians without a home on the map start their day at the station (located only
    when one of them needs it)."""
    if not any(_homeless(c) for c in candidates):
        return candidates
    station = station_place(db, address)
    if station is None:
        return candidates
    return [replace(c, home=station, base=STATION) if _homeless(c) else c for c in candidates]


def suggest_for_job(
    db: Database, job_id: str, day: dt.date, now: dt.datetime,
    travel: TravelModel | None = None,
) -> list[Suggestion]:
    """Every active technician ranked for the job on the station's local `day`.

    No slot is proposed before `now`, nor before the technician can drive there. The job's
    own appointments are ignored, so the list also answers "who else could do it" for a job
    already on the board; its requested window is kept to when it has one.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    with db.session() as s:
        station = home_station_in(s)
        if station is None:
            raise NotFoundError("This database has no station yet.")
        needs = _needs(s, job_id)
        candidates = candidates_in(s, day, station.tz)
        travel = travel or travel_model_in(s)
    candidates = from_station(db, station.address, candidates)
    return suggest(needs, day, station.tz, candidates, travel, not_before=now)
