"""A job's charges from the catalogue: the price of the day kept, each line decided by the
station's warranty policy, totals covered and payable, a supervisor's override audited, the
finding that voids the warranty, and signatures voided by any change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.actor import Actor
from app.services.catalogue import set_price
from app.services.charges import (
    catalogue_line,
    job_charges_view,
    override_line,
    save_lines,
    set_warranty_void,
)
from app.services.customers import EquipmentInput
from app.services.jobs import JobDetail, JobInput, update_job
from app.services.signatures import sign_job, signatures_of
from app.services.warranty_policy import current_policy, publish_policy
from app.services.warranty_rules import Rule
from tests.core.conftest import MakeJob, local
from tests.parts.conftest import Catalogue

PNG = b"\x89PNG\r\n\x1a\n" + b"strokes"
COMMISSIONED = dt.date(2026, 6, 1)


def unit(commissioned: dt.date | None = COMMISSIONED) -> EquipmentInput:
    return EquipmentInput("格力", "KFR-35GW", "IN-1", "OUT-1", commissioning_date=commissioned)


@pytest.fixture
def repair(make_job: MakeJob) -> JobDetail:
    """A repair reported 20 days after commissioning: free repair under the unit's warranty."""
    return make_job("repair", now=local(2026, 6, 21, 10), new_equipment=unit())


def test_lines_from_the_catalogue_decided_by_the_policy(
    db: Database, dispatcher: Actor, items: Catalogue, repair: JobDetail
) -> None:
    view, _ = save_lines(db, dispatcher, repair.id, [
        catalogue_line(items.compressor, 1, old_serial="CMP-OLD-778"),
        catalogue_line(items.labour), catalogue_line(items.travel)])
    assert [(d.line.code, d.line.unit_price, d.decision.covered, d.decision.rule)
            for d in view.decisions] == [
        ("P-CMP-01", Decimal("1280.00"), True, Rule.PART_WARRANTY),  # its own 120 months
        ("L-REP", Decimal("80.00"), True, Rule.UNIT_WARRANTY),
        ("T-OUT", Decimal("50.00"), False, Rule.TRAVEL)]
    assert (view.charges.total, view.charges.covered, view.charges.payable) == (
        Decimal("1410.00"), Decimal("1360.00"), Decimal("50.00"))
    assert view.charges.lines[0].old_serial == "CMP-OLD-778"
    assert str(view.decisions[2].decision.text) == \
        "Travel and out-of-area charges are paid by the customer."


def test_a_new_price_never_changes_a_written_line(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue, repair: JobDetail
) -> None:
    view, _ = save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor, 2)])
    sign_job(db, dispatcher, repair.id, "customer", "张伟", PNG)
    set_price(db, supervisor, items.capacitor, "60.00", dt.date.today())  # in force today
    line = view.charges.lines[0]
    again, _ = save_lines(db, dispatcher, repair.id, [  # the same line, kept as it was
        catalogue_line(items.capacitor, 2, line_id=line.id)])
    assert again.charges.lines[0].unit_price == Decimal("45.50")
    assert all(sig.valid for sig in signatures_of(db, repair.id))


def test_a_change_after_signing_voids_the_signature(
    db: Database, dispatcher: Actor, items: Catalogue, repair: JobDetail
) -> None:
    view, _ = save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor)])
    sign_job(db, dispatcher, repair.id, "customer", "张伟", PNG)
    line = view.charges.lines[0]
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor, 1, "C-OLD-1",
                                                          line_id=line.id)])
    assert not any(sig.valid for sig in signatures_of(db, repair.id))


def test_within_seven_days_is_refund_or_replacement(
    db: Database, dispatcher: Actor, items: Catalogue, make_job: MakeJob
) -> None:
    job = make_job("repair", now=local(2026, 6, 8, 23, 30), new_equipment=unit())
    view, _ = save_lines(db, dispatcher, job.id, [catalogue_line(items.capacitor)])
    assert view.decisions[0].decision.rule is Rule.REFUND_DAYS  # the station's day, not UTC's


def test_a_supervisor_overrides_with_a_reason_audited(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue, repair: JobDetail
) -> None:
    view, _ = save_lines(db, dispatcher, repair.id, [catalogue_line(items.travel)])
    line_id = view.charges.lines[0].id
    with pytest.raises(PermissionDenied):
        override_line(db, dispatcher, line_id, True, "nice customer")
    with pytest.raises(ValidationError, match="reason"):
        override_line(db, supervisor, line_id, True, " ")
    view, _ = override_line(db, supervisor, line_id, True, "远程费由厂家承担（活动）")
    decision = view.decisions[0].decision
    assert (decision.covered, decision.rule) == (True, Rule.OVERRIDE)
    assert "远程费由厂家承担" in str(decision.text)
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.travel, 2, line_id=line_id)])
    assert job_charges_view(db, repair.id).charges.covered == Decimal("100.00")  # it stays
    with db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "warranty_override"))
        assert [(a.username, a.reason) for a in audit] == [("super", "远程费由厂家承担（活动）")]
    view, _ = override_line(db, supervisor, line_id, None)
    assert (view.decisions[0].decision.rule, view.charges.covered) == (Rule.TRAVEL, 0)


def test_a_finding_of_damage_makes_the_lines_payable(
    db: Database, dispatcher: Actor, items: Catalogue, repair: JobDetail
) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor)])
    view, _ = set_warranty_void(db, dispatcher, repair.id, "damage")
    assert (view.void, view.decisions[0].decision.rule, view.charges.covered) == (
        "damage", Rule.VOID, 0)
    assert "damage by accident" in str(view.decisions[0].decision.text)
    with pytest.raises(ValidationError, match="Unknown warranty finding"):
        set_warranty_void(db, dispatcher, repair.id, "bad_luck")
    view, _ = set_warranty_void(db, dispatcher, repair.id, "")
    assert view.decisions[0].decision.rule is Rule.UNIT_WARRANTY


def test_another_unit_on_the_job_decides_its_lines_again(
    db: Database, dispatcher: Actor, items: Catalogue, repair: JobDetail
) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor)])
    update_job(db, dispatcher, repair.id, JobInput(
        "repair", symptom="不制冷", new_equipment=unit(dt.date(2018, 1, 1))))
    view = job_charges_view(db, repair.id)
    assert (view.decisions[0].decision.rule, view.charges.payable) == (
        Rule.UNIT_EXPIRED, Decimal("45.50"))


def test_a_new_policy_version_decides_what_is_saved_after_it(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue, repair: JobDetail
) -> None:
    save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor)])
    with pytest.raises(PermissionDenied):
        publish_policy(db, dispatcher, {"replacement_days": 30})
    published, _ = publish_policy(db, supervisor, {"replacement_days": 30})
    assert published.version == 2 and current_policy(db).body.replacement_days == 30
    view = job_charges_view(db, repair.id)
    assert view.decisions[0].stale and view.charges.lines[0].warranty_rule == "unit_warranty"
    line_id = view.charges.lines[0].id
    view, _ = save_lines(db, dispatcher, repair.id, [catalogue_line(items.capacitor,
                                                                    line_id=line_id)])
    assert view.decisions[0].decision.rule is Rule.REPLACEMENT_DAYS
    assert not view.decisions[0].stale and view.policy_version == 2


def test_an_item_without_a_price_or_withdrawn_is_refused(
    db: Database, dispatcher: Actor, supervisor: Actor, items: Catalogue, repair: JobDetail
) -> None:
    from app.services.catalogue import ItemInput, save_item

    save_item(db, supervisor, items.labour, ItemInput("labour", "L-REP", "维修工时",
                                                      active=False))
    with pytest.raises(ValidationError, match="L-REP is no longer offered"):
        save_lines(db, dispatcher, repair.id, [catalogue_line(items.labour)])
    new_id, _ = save_item(db, supervisor, None, ItemInput("part", "P-NEW", "新件"))
    with pytest.raises(ValidationError, match="P-NEW has no price"):
        save_lines(db, dispatcher, repair.id, [catalogue_line(new_id)])
    assert job_charges_view(db, repair.id).charges.lines == ()
