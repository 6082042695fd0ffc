"""Issue 22 point 2: a job names its unit, one of the customer's or a new one registered with
it in the same transaction; the unit reaches the job's detail with its warranty, the
checklist's facts and the customer's picker."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import NotFoundError, ValidationError
from app.models import AuditEntry, Customer, Equipment, Job, OutboxEntry
from app.services.actor import Actor
from app.services.checklists import job_checklist
from app.services.customers import (
    CustomerInput,
    EquipmentInput,
    SiteInput,
    add_equipment,
    add_site,
    delete_equipment,
)
from app.services.job_equipment import UnitChoice, customer_units
from app.services.jobs import ExistingSite, JobInput, NewCustomer, create_job, get_job, update_job
from app.services.warranty import WarrantyStatus
from tests.core.conftest import MakeJob

GREE = EquipmentInput("格力", "KFR-35GW/(35592)FNhAa-B1", "4F2604176139", "5F2604968326",
                      "R410A", 3.5, purchase_date=dt.date(2024, 6, 1),
                      warranty_end=dt.date(2030, 6, 1))
MIDEA = EquipmentInput("美的", "KFR-26GW/N8XHC1", "IN-26", "OUT-26", "R32",
                       warranty_end=dt.date(2020, 1, 1))
NEW_CALLER = NewCustomer(CustomerInput("周敏", "13912345670"),
                         SiteInput("江苏省南京市玄武区珠江路88号"))


def count(db: Database, model: type[Customer | Equipment | Job]) -> int:
    with db.session() as s:
        return int(s.scalar(select(func.count(model.id))) or 0)


def test_a_new_callers_job_registers_the_unit_with_it(db: Database, dispatcher: Actor) -> None:
    job, _ = create_job(db, dispatcher, NEW_CALLER,
                        JobInput("repair", symptom="不制冷", new_equipment=GREE))
    unit = job.equipment
    assert unit is not None and job.equipment_id == unit.id
    assert (unit.site_id, unit.brand, unit.model, unit.indoor_serial, unit.outdoor_serial,
            unit.refrigerant, unit.purchase_date, unit.warranty_end) == (
        job.site_id, "格力", "KFR-35GW/(35592)FNhAa-B1", "4F2604176139", "5F2604968326",
        "R410A", dt.date(2024, 6, 1), dt.date(2030, 6, 1))
    assert unit.warranty is WarrantyStatus.UNDER_WARRANTY
    with db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == unit.id)).one()
        outbox = s.scalars(select(OutboxEntry).where(OutboxEntry.row_id == unit.id)).one()
    assert (audit.entity, audit.action, outbox.op) == ("equipment", "create", "insert")


def test_a_bad_unit_leaves_no_customer_no_job_and_no_unit(db: Database,
                                                          dispatcher: Actor) -> None:
    bad = EquipmentInput("格力", "KFR-35GW", refrigerant="R12")
    with pytest.raises(ValidationError, match="refrigerant"):
        create_job(db, dispatcher, NEW_CALLER, JobInput("install", new_equipment=bad))
    assert (count(db, Customer), count(db, Job), count(db, Equipment)) == (0, 0, 0)


def test_a_job_names_a_unit_of_its_own_site_only(db: Database, dispatcher: Actor,
                                                 make_job: MakeJob) -> None:
    job = make_job("repair")
    here, _ = add_equipment(db, dispatcher, job.site_id, GREE)
    other_site, _ = add_site(db, dispatcher, job.customer_id, SiteInput("南京市江宁区双龙大道1号"))
    there, _ = add_equipment(db, dispatcher, other_site, MIDEA)
    stranger = make_job("repair", name="李娜", phone="13800000000")
    theirs, _ = add_equipment(db, dispatcher, stranger.site_id, MIDEA)
    site = ExistingSite(job.site_id)

    named, _ = create_job(db, dispatcher, site, JobInput("repair", symptom="漏水",
                                                         equipment_id=here))
    assert named.equipment is not None and named.equipment.id == here
    with pytest.raises(ValidationError, match="another site of the customer"):
        create_job(db, dispatcher, site, JobInput("repair", symptom="漏水", equipment_id=there))
    with pytest.raises(ValidationError, match="belongs to another customer"):
        create_job(db, dispatcher, site, JobInput("repair", symptom="漏水", equipment_id=theirs))
    with pytest.raises(ValidationError, match="not both"):
        create_job(db, dispatcher, site, JobInput("repair", symptom="漏水", equipment_id=here,
                                                  new_equipment=MIDEA))
    gone, _ = add_equipment(db, dispatcher, job.site_id, MIDEA)
    delete_equipment(db, dispatcher, gone)
    with pytest.raises(NotFoundError, match="equipment does not exist"):
        update_job(db, dispatcher, job.id, JobInput("repair", symptom="漏水", equipment_id=gone))


def test_editing_a_job_changes_its_unit_or_adds_one(db: Database, dispatcher: Actor,
                                                    make_job: MakeJob) -> None:
    job = make_job("repair")
    first, _ = add_equipment(db, dispatcher, job.site_id, MIDEA)
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷", equipment_id=first))
    detail = get_job(db, job.id)
    assert detail.equipment is not None and detail.equipment.warranty is WarrantyStatus.EXPIRED
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷", new_equipment=GREE))
    detail = get_job(db, job.id)
    assert detail.equipment is not None and detail.equipment.model == GREE.model
    assert detail.equipment_id not in (None, first)
    update_job(db, dispatcher, job.id, JobInput("repair", symptom="不制冷"))
    assert get_job(db, job.id).equipment is None
    assert [u.model for u in customer_units(db, job.customer_id)] == [MIDEA.model, GREE.model]


def test_the_picker_lists_the_customers_units_with_their_warranty(
        db: Database, dispatcher: Actor, make_job: MakeJob) -> None:
    job = make_job("repair")
    kept, _ = add_equipment(db, dispatcher, job.site_id, GREE)
    old, _ = add_equipment(db, dispatcher, job.site_id, MIDEA)
    elsewhere, _ = add_site(db, dispatcher, job.customer_id, SiteInput("南京市江宁区双龙大道1号"))
    far, _ = add_equipment(db, dispatcher, elsewhere, EquipmentInput("海尔", "KFR-50LW"))
    units = customer_units(db, job.customer_id, today=dt.date(2026, 1, 1))
    assert [(u.id, u.warranty) for u in units] == [
        (kept, WarrantyStatus.UNDER_WARRANTY), (old, WarrantyStatus.EXPIRED),
        (far, WarrantyStatus.UNKNOWN)]
    assert units[0] == UnitChoice(
        kept, job.site_id, job.address, "格力", GREE.model, "4F2604176139", "5F2604968326",
        "R410A", dt.date(2024, 6, 1), dt.date(2030, 6, 1), WarrantyStatus.UNDER_WARRANTY)
    assert [u.id for u in customer_units(db, job.customer_id, site_id=elsewhere)] == [far]


def test_the_checklist_takes_model_refrigerant_and_serials_from_the_unit(
        db: Database, dispatcher: Actor) -> None:
    job, _ = create_job(db, dispatcher, NEW_CALLER,
                        JobInput("install", symptom="新装", new_equipment=GREE))
    view = job_checklist(db, job.id)
    assert view is not None
    assert {k: view.facts[k] for k in ("model", "refrigerant", "indoor_serial",
                                       "outdoor_serial")} == {
        "model": GREE.model, "refrigerant": "R410A", "indoor_serial": "4F2604176139",
        "outdoor_serial": "5F2604968326"}
    prefilled = {i.id for i in view.template.items() if i.fact in view.facts}
    assert {"model", "refrigerant"} <= prefilled
    assert prefilled.isdisjoint(view.outcome.missing)  # not asked again
    bare, _ = create_job(db, dispatcher, ExistingSite(job.site_id), JobInput("install"))
    bare_view = job_checklist(db, bare.id)
    assert bare_view is not None and "model" in bare_view.outcome.missing
