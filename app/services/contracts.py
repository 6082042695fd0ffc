"""Maintenance contracts: a customer's unit visited `visits_per_year` times (cleaning before
summer, say) for a price over a period. The contract's visits fall evenly through each year
from its start; FieldDesk creates each visit's maintenance job `days ahead` of its day (a
supervisor's setting of this desk, 30 by default), once, and lists the contracts due for
renewal."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.models import ContractVisit, Customer, Equipment, Job, MaintenanceContract, Site
from app.models.enums import JobType
from app.services import validation as v
from app.services.actor import SUPERVISORS, Actor, guarded
from app.services.changes import Changes
from app.services.job_lines import money
from app.services.jobs import ExistingSite, JobInput, create_job_in
from app.services.local_settings import change_setting, setting_in
from app.services.rows import fetch, insert, update
from app.services.warranty import add_months
from app.texts import Text

DAYS_AHEAD_KEY = "contracts.days_ahead"
DEFAULT_DAYS_AHEAD = 30
RENEWAL_DAYS = 30  # a contract ending within this many days (or ended as long ago) is listed
WINDOW_DAYS = 7  # a visit's job asks for its day and the six after it
VISIT_NAMESPACE = uuid.UUID("e3a1c4f0-6b2d-4c8e-a917-52d0f3b8c6a1")


@dataclass(frozen=True)
class ContractInput:
    equipment_id: str
    visits_per_year: int
    price: Decimal | str | float
    starts_on: dt.date
    ends_on: dt.date
    reference: str = ""
    notes: str = ""

    def checked(self) -> dict[str, object]:
        v.int_range(self.visits_per_year, 1, 12, Text("visits per year"))
        v.day(self.starts_on, Text("contract start"))
        v.day(self.ends_on, Text("contract end"))
        if self.ends_on <= self.starts_on:
            raise ValidationError("A contract must end after it starts.")
        return {"equipment_id": self.equipment_id, "visits_per_year": self.visits_per_year,
                "price": money(self.price, Text("contract price")),
                "starts_on": self.starts_on, "ends_on": self.ends_on,
                "reference": v.text(self.reference, Text("contract reference"),
                                    MaintenanceContract.reference),
                "notes": v.text(self.notes, Text("notes"), MaintenanceContract.notes)}


@dataclass(frozen=True)
class ContractInfo:
    id: str
    reference: str
    customer_id: str
    customer_name: str
    equipment_id: str
    unit: str  # brand and model
    visits_per_year: int
    price: Decimal
    starts_on: dt.date
    ends_on: dt.date
    jobs: tuple[str, ...]  # the numbers of the jobs made for its visits


def visit_days(starts_on: dt.date, ends_on: dt.date, visits_per_year: int) -> list[dt.date]:
    """The contract's visit days: evenly through each year from the start, up to its end."""
    days: list[dt.date] = []
    step = 12 / visits_per_year
    year = 0
    while (first := add_months(starts_on, 12 * year)) <= ends_on:
        days += [d for k in range(visits_per_year)
                 if (d := add_months(first, round(k * step))) <= ends_on]
        year += 1
    return days


@guarded(*SUPERVISORS)
def save_contract(db: Database, actor: Actor, contract_id: str | None,
                  contract: ContractInput) -> tuple[str, Changes]:
    """Create or change a contract (supervisors: it carries a price)."""
    values = contract.checked()
    with db.session() as s:
        unit = fetch(s, Equipment, contract.equipment_id, Text("unit"))
        values["customer_id"] = fetch(s, Site, unit.site_id, Text("site")).customer_id
        if contract_id is None:
            return insert(s, actor, MaintenanceContract(**values)).id, Changes.CONTRACTS
        update(s, actor, fetch(s, MaintenanceContract, contract_id, Text("contract")), values)
        return contract_id, Changes.CONTRACTS


def days_ahead(db: Database) -> int:
    with db.session() as s:
        return int(setting_in(s, DAYS_AHEAD_KEY) or DEFAULT_DAYS_AHEAD)


@guarded(*SUPERVISORS)
def set_days_ahead(db: Database, actor: Actor, days: int) -> Changes:
    """How many days before a visit's day its job is created (supervisors, audited)."""
    v.int_range(days, 0, 180, Text("days ahead"))
    with db.session() as s:
        change_setting(s, actor, DAYS_AHEAD_KEY, str(days))
    return Changes.CONTRACTS


def _visit_job(s: Session, actor: Actor, contract: MaintenanceContract, due: dt.date,
               now: dt.datetime) -> Job:
    tz = ZoneInfo(actor.timezone)
    unit = fetch(s, Equipment, contract.equipment_id, Text("unit"))
    start = dt.datetime.combine(due, dt.time(8), tz)
    end = dt.datetime.combine(due + dt.timedelta(days=WINDOW_DAYS - 1), dt.time(18), tz)
    reference = contract.reference or contract.id[:8]
    symptom = f"保养合同 {reference}：{due.isoformat()} 上门清洗保养"
    return create_job_in(s, actor, ExistingSite(unit.site_id), JobInput(
        JobType.MAINTENANCE.value, symptom=symptom, requested_start=start, requested_end=end,
        equipment_id=unit.id, sla_due=end), now)


def create_due_jobs(db: Database, actor: Actor, today: dt.date,
                    now: dt.datetime | None = None) -> list[str]:
    """Create the jobs of every contract visit from `today` to `days ahead` after it that has
    none yet (running it again creates nothing new); returns the new jobs' numbers."""
    horizon = today + dt.timedelta(days=days_ahead(db))
    made: list[str] = []
    with db.session() as s:
        contracts = s.scalars(select(MaintenanceContract).where(
            MaintenanceContract.deleted.is_(False), MaintenanceContract.ends_on >= today,
            MaintenanceContract.starts_on <= horizon)).all()
        for contract in contracts:
            for due in visit_days(contract.starts_on, contract.ends_on, contract.visits_per_year):
                visit_id = str(uuid.uuid5(VISIT_NAMESPACE, f"{contract.id}/{due.isoformat()}"))
                if not today <= due <= horizon or s.get(ContractVisit, visit_id) is not None:
                    continue
                job = _visit_job(s, actor, contract, due, now or dt.datetime.now(dt.UTC))
                insert(s, actor, ContractVisit(id=visit_id, contract_id=contract.id, due=due,
                                               job_id=job.id))
                made.append(job.number)
    return made


def _info(s: Session, row: MaintenanceContract) -> ContractInfo:
    customer = s.get(Customer, row.customer_id)
    unit = s.get(Equipment, row.equipment_id)
    numbers = s.scalars(select(Job.number).join(ContractVisit, ContractVisit.job_id == Job.id)
                        .where(ContractVisit.contract_id == row.id,
                               ContractVisit.deleted.is_(False)).order_by(ContractVisit.due))
    return ContractInfo(row.id, row.reference, row.customer_id,
                        customer.name if customer else "", row.equipment_id,
                        f"{unit.brand} {unit.model}" if unit else "", row.visits_per_year,
                        Decimal(row.price), row.starts_on, row.ends_on, tuple(numbers))


def contracts(db: Database, customer_id: str | None = None) -> list[ContractInfo]:
    with db.session() as s:
        query = select(MaintenanceContract).where(MaintenanceContract.deleted.is_(False))
        if customer_id is not None:
            query = query.where(MaintenanceContract.customer_id == customer_id)
        return [_info(s, r) for r in s.scalars(query.order_by(MaintenanceContract.ends_on))]


def renewals_due(db: Database, today: dt.date, within_days: int = RENEWAL_DAYS
                 ) -> list[ContractInfo]:
    """Contracts ending within `within_days` of today, or ended no longer ago than that."""
    window = dt.timedelta(days=within_days)
    return [c for c in contracts(db) if today - window <= c.ends_on <= today + window]
