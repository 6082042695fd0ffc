"""Core fixtures: users of each role and builders, on the real SQLite station database `db`
(tests/conftest.py: a copy of the migrated template in tmp_path)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

import pytest

from app.db import Database
from app.models.base import utcnow
from app.models.enums import Role
from app.services.actor import Actor
from app.services.appointments import assign
from app.services.customers import CustomerInput, SiteInput
from app.services.jobs import JobDetail, JobInput, NewCustomer, create_job
from app.services.technicians import (
    CertificationInput,
    ShiftInput,
    TechnicianForm,
    TechnicianInput,
    save_technician,
)
from app.services.users import actor_for, create_first_admin, create_user
from app.services.visits import record_arrival, record_finish

TZ = ZoneInfo("Asia/Shanghai")
PASSWORD = "correct-horse"


def local(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    """An aware datetime in station time (Asia/Shanghai)."""
    return dt.datetime(y, m, d, hh, mm, tzinfo=TZ)


@pytest.fixture
def admin(db: Database) -> Actor:
    return create_first_admin(db, "admin", "管理员", PASSWORD,
                              station={"code": "NJ01", "name": "南京服务站"})


@pytest.fixture
def supervisor(db: Database, admin: Actor) -> Actor:
    create_user(db, admin, "super", "主管 王", Role.SUPERVISOR, PASSWORD)
    return actor_for(db, "super")


@pytest.fixture
def dispatcher(db: Database, admin: Actor) -> Actor:
    create_user(db, admin, "disp", "调度 李", Role.DISPATCHER, PASSWORD)
    return actor_for(db, "disp")


MakeJob = Callable[..., JobDetail]
MakeTech = Callable[..., str]


@pytest.fixture
def make_job(db: Database, dispatcher: Actor) -> MakeJob:
    def make(job_type: str = "install", name: str = "张伟", phone: str = "13912345678",
             address: str = "江苏省南京市鼓楼区中山北路100号", **job: object) -> JobDetail:
        who = NewCustomer(CustomerInput(name, phone), SiteInput(address, district="鼓楼区"))
        symptom = str(job.pop("symptom", "不制冷"))
        now = job.pop("now", None)  # when the call was received (default: now)
        detail, _ = create_job(db, dispatcher, who,
                               JobInput(job_type=job_type, symptom=symptom, **job),  # type: ignore[arg-type]
                               now=now)  # type: ignore[arg-type]
        return detail
    return make


@pytest.fixture
def make_tech(db: Database, admin: Actor) -> MakeTech:
    """A technician working Mon-Sat 08:30-17:30 with install/repair/refrigerant skills."""
    def make(code: str = "T001", name: str = "陈师傅",
             skills: tuple[str, ...] = ("install", "repair", "refrigerant", "maintenance"),
             cert_expiry: dt.date | None = dt.date(2030, 1, 1), max_jobs: int = 6,
             absences: tuple[object, ...] = ()) -> str:
        certs = () if cert_expiry is None else (
            CertificationInput("refrigeration", "苏安特2021001", cert_expiry),)
        shifts = tuple(ShiftInput(d, dt.time(8, 30), dt.time(17, 30)) for d in range(6))
        form = TechnicianForm(TechnicianInput(code, name, skills=skills, max_jobs_per_day=max_jobs),
                              certs, shifts, absences)  # type: ignore[arg-type]
        tech_id, _ = save_technician(db, admin, None, form)
        return tech_id
    return make


Visit = Callable[[str], str]
ALL_SKILLS = ("install", "repair", "refrigerant", "maintenance", "height", "electrical")


@pytest.fixture
def visit(db: Database, supervisor: Actor, make_tech: MakeTech) -> Visit:
    """A visit of the job that happened just now, its arrival and finish recorded (booked by a
    supervisor over any shift rule: tests run at any hour); returns the appointment's id."""
    techs: list[str] = []

    def done(job_id: str) -> str:
        if not techs:
            techs.append(make_tech("V001", "现场 周", skills=ALL_SKILLS))
        now = utcnow()
        appt, _ = assign(db, supervisor, job_id, techs[0], now,
                         now + dt.timedelta(hours=1), override_reason="test visit")
        record_arrival(db, supervisor, appt.id, at=now, now=now)
        later = now + dt.timedelta(minutes=1)
        record_finish(db, supervisor, appt.id, at=later, now=later)
        return appt.id
    return done
