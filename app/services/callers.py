"""Who is calling: customers found by phone number or name while the phone rings, each with
the units and recent jobs a complaint can be linked to (three small indexed queries)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.db import Database
from app.models import Customer, Equipment, Job, Site
from app.models.enums import JobStatus, JobType
from app.services import validation as v

RECENT_JOBS = 10


@dataclass(frozen=True)
class CallerUnit:
    id: str
    site_id: str
    address: str
    brand: str
    model: str
    indoor_serial: str


@dataclass(frozen=True)
class CallerJob:
    id: str
    number: str
    job_type: JobType
    status: JobStatus
    created_at: dt.datetime
    equipment_id: str | None
    site_id: str


@dataclass(frozen=True)
class Caller:
    customer_id: str
    name: str
    phone: str
    alt_phone: str
    units: tuple[CallerUnit, ...]
    jobs: tuple[CallerJob, ...]  # newest first, at most RECENT_JOBS


def _customer_ids(db: Database, text: str, limit: int) -> list[str]:
    """An exact phone number first (by its index), else every word in the name, phones or
    addresses (the customers list's search column)."""
    digits = text.replace(" ", "").replace("-", "")
    with db.session() as s:
        if v.plausible_phone(text):
            found = list(s.scalars(select(Customer.id).where(
                Customer.deleted.is_(False),
                or_(Customer.phone == digits, Customer.alt_phone == digits)).limit(limit)))
            if found:
                return found
        words = [Customer.search_text.contains(w, autoescape=True) for w in text.lower().split()]
        return list(s.scalars(select(Customer.id).where(Customer.deleted.is_(False), *words)
                              .order_by(Customer.name, Customer.id).limit(limit)))


def find_callers(db: Database, text: str, limit: int = 8) -> list[Caller]:
    """Customers whose phone number is `text`, or whose name, phones or addresses contain
    its words; with their units and recent jobs."""
    text = v.search(text).text
    if not text:
        return []
    ids = _customer_ids(db, text, limit)
    if not ids:
        return []
    with db.session() as s:
        customers = {c.id: c for c in s.scalars(select(Customer).where(Customer.id.in_(ids)))}
        units: dict[str, list[CallerUnit]] = {i: [] for i in ids}
        for unit, customer_id, address in s.execute(
                select(Equipment, Site.customer_id, Site.address)
                .join(Site, Site.id == Equipment.site_id)
                .where(Site.customer_id.in_(ids), Site.deleted.is_(False),
                       Equipment.deleted.is_(False)).order_by(Equipment.id)):
            units[customer_id].append(CallerUnit(unit.id, unit.site_id, address, unit.brand,
                                                 unit.model, unit.indoor_serial))
        jobs: dict[str, list[CallerJob]] = {i: [] for i in ids}
        for j in s.scalars(select(Job).where(Job.customer_id.in_(ids), Job.deleted.is_(False))
                           .order_by(Job.created_at.desc())):
            if len(jobs[j.customer_id]) < RECENT_JOBS:
                jobs[j.customer_id].append(CallerJob(
                    j.id, j.number, JobType(j.job_type), JobStatus(j.status), j.created_at,
                    j.equipment_id, j.site_id))
        return [Caller(i, customers[i].name, customers[i].phone, customers[i].alt_phone,
                       tuple(units[i]), tuple(jobs[i])) for i in ids]
