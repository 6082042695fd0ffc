"""Station and van stock: receipts, issues, use on a job from the visit technician's van,
returns, stock-takes, old parts for the maker's claim; counts never go below zero silently."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.errors import ValidationError
from app.models import AuditEntry, OutboxEntry, StockMovement, Technician
from app.services.actor import Actor
from app.services.charges import catalogue_line, job_charges_view, save_lines
from app.services.stock import (
    issue_to_van,
    low_stock,
    receive,
    record_stock_take,
    return_from_van,
    stock_levels,
)
from app.services.stock_jobs import claim_old_parts, old_parts, return_old_part
from tests.core.conftest import MakeJob, MakeTech, Visit
from tests.parts.conftest import Catalogue


def count(db: Database, code: str, technician: str | None = None) -> Decimal:
    for level in stock_levels(db, technician):
        if level.code == code and (level.technician_code or None) == technician:
            return level.quantity
    return Decimal(0)


def movements(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(StockMovement)) or 0


def test_receipt_issue_and_return_move_between_store_and_van(
    db: Database, dispatcher: Actor, items: Catalogue, make_tech: MakeTech
) -> None:
    tech = make_tech("T001")
    issue_to_van(db, dispatcher, items.capacitor, tech, 4)
    assert (count(db, "P-CAP-35"), count(db, "P-CAP-35", "T001")) == (6, 4)
    return_from_van(db, dispatcher, items.capacitor, tech, "1.5")
    assert (count(db, "P-CAP-35"), count(db, "P-CAP-35", "T001")) == (Decimal("7.5"),
                                                                        Decimal("2.5"))
    receive(db, dispatcher, items.capacitor, 2)
    assert count(db, "P-CAP-35") == Decimal("9.5")
    with db.session() as s:  # every movement is a synced row with its audit entry
        outbox = s.scalar(select(func.count()).select_from(OutboxEntry)
                          .where(OutboxEntry.table_name == "stock_movements"))
        audited = s.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.entity == "stock_movements"))
    assert outbox == audited == movements(db)


def test_stock_never_goes_below_zero_without_a_supervisors_reason(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue, make_tech: MakeTech
) -> None:
    tech = make_tech("T001")
    before = movements(db)
    with pytest.raises(ValidationError, match="Only 10 个 of P-CAP-35 in the station's store, "
                                              "not 11"):
        issue_to_van(db, dispatcher, items.capacitor, tech, 11)
    with pytest.raises(ValidationError, match="Only 0 个 of P-CAP-35 in 陈师傅"):
        return_from_van(db, dispatcher, items.capacitor, tech, 1, "a reason, but no rank")
    with pytest.raises(ValidationError, match="supervisor"):
        issue_to_van(db, supervisor, items.capacitor, tech, 11)  # no reason
    assert movements(db) == before and count(db, "P-CAP-35") == 10  # nothing half-moved
    issue_to_van(db, supervisor, items.capacitor, tech, 11, "delivery arrives tomorrow")
    assert count(db, "P-CAP-35") == -1
    with db.session() as s:
        reasons = s.scalars(select(AuditEntry.reason).where(
            AuditEntry.entity == "stock_movements", AuditEntry.reason != "")).all()
    assert reasons[-2:] == ["delivery arrives tomorrow"] * 2


def test_parts_on_a_job_come_out_of_the_visit_technicians_van(
    db: Database, dispatcher: Actor, items: Catalogue, make_job: MakeJob, visit: Visit
) -> None:
    job = make_job("repair")
    visit(job.id)  # technician V001 did the visit
    tech = stock_levels(db, "V001")  # nothing in the van yet
    assert tech == []
    with db.session() as s:
        v001 = s.scalar(select(Technician.id).where(Technician.code == "V001"))
    assert v001 is not None
    issue_to_van(db, dispatcher, items.capacitor, v001, 3)
    view, _ = save_lines(db, dispatcher, job.id, [catalogue_line(items.capacitor, 2),
                                                  catalogue_line(items.labour)])
    assert (count(db, "P-CAP-35", "V001"), count(db, "P-CAP-35")) == (1, 7)
    line = view.charges.lines[0]
    save_lines(db, dispatcher, job.id, [catalogue_line(items.capacitor, 1, line_id=line.id)])
    assert count(db, "P-CAP-35", "V001") == 2  # one went back into the van
    with pytest.raises(ValidationError, match="Only 2 个 of P-CAP-35 in 现场 周"):
        save_lines(db, dispatcher, job.id, [catalogue_line(items.capacitor, 4, line_id=line.id)])
    assert job_charges_view(db, job.id).charges.lines[0].quantity == 1  # the lines stayed too
    save_lines(db, dispatcher, job.id, [])
    assert count(db, "P-CAP-35", "V001") == 3


def test_without_a_visit_the_parts_come_from_the_store(
    db: Database, dispatcher: Actor, items: Catalogue, make_job: MakeJob
) -> None:
    job = make_job("repair")
    save_lines(db, dispatcher, job.id, [catalogue_line(items.compressor)])
    assert count(db, "P-CMP-01") == 1


def test_low_stock_and_a_stock_take_that_records_its_differences(
    db: Database, dispatcher: Actor, items: Catalogue, make_tech: MakeTech
) -> None:
    assert [lvl.code for lvl in low_stock(db)] == []
    issue_to_van(db, dispatcher, items.capacitor, make_tech("T001"), 5)
    assert [(lvl.code, lvl.quantity) for lvl in low_stock(db)] == [("P-CAP-35", 5)]
    found = record_stock_take(db, dispatcher, None, {items.capacitor: 4, items.compressor: 2})
    assert [(d.code, d.book, d.counted, d.difference) for d in found] == [
        ("P-CAP-35", 5, 4, -1)]
    assert count(db, "P-CAP-35") == 4
    with pytest.raises(ValidationError, match="cannot be negative"):
        record_stock_take(db, dispatcher, None, {items.capacitor: -1})


def test_old_parts_wait_for_the_makers_claim(
    db: Database, dispatcher: Actor, items: Catalogue, make_job: MakeJob
) -> None:
    job = make_job("repair")
    view, _ = save_lines(db, dispatcher, job.id, [
        catalogue_line(items.compressor, 1, old_serial="CMP-OLD-778"),
        catalogue_line(items.labour)])
    part, labour = view.charges.lines
    old_id, _ = return_old_part(db, dispatcher, part.id)
    with pytest.raises(ValidationError, match="returned already"):
        return_old_part(db, dispatcher, part.id)
    with pytest.raises(ValidationError, match="Only a part line"):
        return_old_part(db, dispatcher, labour.id)
    waiting = old_parts(db)
    assert [(o.job_number, o.code, o.serial) for o in waiting] == [
        (job.number, "P-CMP-01", "CMP-OLD-778")]
    claim_old_parts(db, dispatcher, [old_id], "GREE-CLAIM-2026-0042")
    assert old_parts(db) == [] and old_parts(db, unclaimed_only=False)[0].claim_ref == \
        "GREE-CLAIM-2026-0042"
