"""A small hand-made station: the core fixtures plus technicians and jobs placed on the map."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable

import pytest

from app.db import Database
from app.services.actor import Actor
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobDetail, JobInput, NewCustomer, create_job
from app.services.technicians import (
    AbsenceInput,
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
    save_technician,
)
from tests.core.conftest import *  # noqa: F403  (db, admin, dispatcher, supervisor...)
from tests.core.conftest import local

# Places in Nanjing (lat, lon); 0.09 degrees of latitude is about 10 km.
CENTRE = (32.05, 118.78)
NORTH_10KM = (32.14, 118.78)
NORTH_2KM = (32.068, 118.78)
SOUTH_20KM = (31.87, 118.78)
MONDAY = dt.date(2026, 11, 23)
SUNDAY_EVENING = local(2026, 11, 22, 20)  # "now" for most tests: before the week starts

Place = tuple[float, float] | None
PlaceTech = Callable[..., str]
PlaceJob = Callable[..., JobDetail]


@pytest.fixture
def place_tech(db: Database, admin: Actor) -> PlaceTech:
    """A technician working Mon-Sat 08:30-17:30 with a home on the map."""
    def make(code: str, name: str = "", home: Place = CENTRE, team: str = "A",
             skills: tuple[str, ...] = ("install", "repair", "refrigerant", "maintenance"),
             cert_expiry: dt.date | None = dt.date(2030, 1, 1), max_jobs: int = 6,
             absences: tuple[AbsenceInput, ...] = (), active: bool = True) -> str:
        certs = () if cert_expiry is None else (
            CertificationInput("refrigeration", f"CERT-{code}", cert_expiry),)
        shifts = tuple(ShiftInput(d, dt.time(8, 30), dt.time(17, 30)) for d in range(6))
        lat, lon = home if home else (None, None)
        tech = TechnicianInput(code, name or f"师傅 {code}", team=team, skills=skills,
                               home_lat=lat, home_lon=lon, max_jobs_per_day=max_jobs,
                               active=active)
        tech_id, _ = save_technician(db, admin, None,
                                     TechnicianForm(tech, certs, shifts, absences))
        return tech_id
    return make


@pytest.fixture
def place_job(db: Database, dispatcher: Actor) -> PlaceJob:
    """A job at a site on the map, created at `created` (its SLA due 24 hours later)."""
    phones = itertools.count(1)

    def make(job_type: str = "repair", at: Place = CENTRE, customer: str = "张伟",
             created: dt.datetime = SUNDAY_EVENING, **job: object) -> JobDetail:
        lat, lon = at if at else (None, None)
        who = NewCustomer(CustomerInput(customer, f"139{next(phones):08d}"),
                          SiteInput(f"南京市鼓楼区中山北路{next(phones)}号", district="鼓楼区",
                                    lat=lat, lon=lon))
        job.setdefault("symptom", "不制冷")
        detail, _ = create_job(db, dispatcher, who, JobInput(job_type=job_type, **job),  # type: ignore[arg-type]
                               now=created)
        return detail
    return make
