"""Maintenance contracts: visits spread through the year, their jobs created ahead of time
once, the setting, and the contracts due for renewal."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.services.actor import Actor
from app.services.contracts import (
    ContractInput,
    contracts,
    create_due_jobs,
    renewals_due,
    save_contract,
    set_days_ahead,
    visit_days,
)
from app.services.customers import EquipmentInput
from app.services.jobs import find_job_id, get_job
from tests.core.conftest import MakeJob


@pytest.fixture
def unit_id(make_job: MakeJob) -> str:
    job = make_job("repair", new_equipment=EquipmentInput("美的", "KFR-26GW"))
    assert job.equipment_id is not None
    return job.equipment_id


def contract(unit_id: str, visits: int = 2, starts: dt.date = dt.date(2026, 4, 1),
             ends: dt.date = dt.date(2027, 3, 31)) -> ContractInput:
    return ContractInput(unit_id, visits, "360", starts, ends, reference="MC-2026-001")


def test_visits_fall_evenly_through_each_year() -> None:
    assert visit_days(dt.date(2026, 4, 1), dt.date(2027, 3, 31), 2) == [
        dt.date(2026, 4, 1), dt.date(2026, 10, 1)]
    assert visit_days(dt.date(2026, 4, 1), dt.date(2028, 3, 31), 1) == [
        dt.date(2026, 4, 1), dt.date(2027, 4, 1)]
    assert len(visit_days(dt.date(2026, 1, 31), dt.date(2026, 12, 31), 12)) == 12
    assert visit_days(dt.date(2026, 1, 31), dt.date(2026, 12, 31), 12)[1] == dt.date(2026, 2, 28)


def test_jobs_are_created_ahead_of_time_once(db: Database, supervisor: Actor,
                                             dispatcher: Actor, unit_id: str) -> None:
    save_contract(db, supervisor, None, contract(unit_id))
    assert create_due_jobs(db, dispatcher, dt.date(2026, 2, 28)) == []  # 32 days before
    made = create_due_jobs(db, dispatcher, dt.date(2026, 3, 2))  # 30 days before
    assert len(made) == 1
    assert create_due_jobs(db, dispatcher, dt.date(2026, 3, 10)) == []  # not twice
    [info] = contracts(db)
    assert info.jobs == tuple(made) and info.price == Decimal("360.00")

    job = get_job(db, find_job_id(db, made[0]))
    assert job.job_type == "maintenance" and job.equipment_id == unit_id
    assert job.requested_start is not None and job.requested_start.date() == dt.date(2026, 4, 1)
    set_days_ahead(db, supervisor, 180)
    assert len(create_due_jobs(db, dispatcher, dt.date(2026, 4, 10))) == 1  # October's


def test_who_may_set_what(db: Database, dispatcher: Actor, supervisor: Actor,
                          unit_id: str) -> None:
    with pytest.raises(PermissionDenied):
        save_contract(db, dispatcher, None, contract(unit_id))
    with pytest.raises(PermissionDenied):
        set_days_ahead(db, dispatcher, 10)
    with pytest.raises(ValidationError, match="end after it starts"):
        save_contract(db, supervisor, None, contract(unit_id, ends=dt.date(2026, 4, 1)))
    with pytest.raises(ValidationError, match="visits per year"):
        save_contract(db, supervisor, None, contract(unit_id, visits=0))


def test_contracts_due_for_renewal(db: Database, supervisor: Actor, unit_id: str) -> None:
    save_contract(db, supervisor, None, contract(unit_id))
    assert renewals_due(db, dt.date(2027, 2, 28)) == []
    assert [c.reference for c in renewals_due(db, dt.date(2027, 3, 1))] == ["MC-2026-001"]
    assert [c.reference for c in renewals_due(db, dt.date(2027, 4, 30))] == ["MC-2026-001"]
    assert renewals_due(db, dt.date(2027, 5, 1)) == []
